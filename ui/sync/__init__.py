"""The sync engine in the running app: its background worker, status bar, problems panel, watchlist."""
