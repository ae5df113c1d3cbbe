"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An aware instant stored as ISO text in UTC; comes back aware (UTC).

    Text sorts in time order, which the indexes on reported and written times need.
    """

    impl = String(20)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:  # noqa: ARG002 - SQLAlchemy API
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:  # noqa: ARG002
        if value is None:
            return None
        return datetime.fromisoformat(value)  # reads the trailing Z as UTC; ten times faster than strptime
