"""Errors an admin or a device can act on: a message of one line."""

from __future__ import annotations


class ServerError(Exception):
    """A refused command or request, with its reason."""
