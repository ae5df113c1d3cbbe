"""The station's sync engine: enrollment with the national server and the push of the outbox.

Qt-free; the GUI will run it in a worker thread. ``thana sync`` runs one cycle."""
