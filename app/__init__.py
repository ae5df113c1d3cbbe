"""Thana core: Qt-free domain, services and storage for the station client."""

__version__ = "0.1.0"
