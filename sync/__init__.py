"""The station's sync engine: enrollment with the national server, the push of the outbox and the
pull of the station's scopes (its own operations, the district watchlist).

Qt-free; the GUI will run it in a worker thread. ``thana sync`` runs one cycle."""
