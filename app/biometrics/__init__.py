"""Synthetic fingerprints for demo mode and the simulated scanner, and a quick print-quality score."""
