"""Performance benchmarks of the station client on generated data (``python -m bench``)."""
