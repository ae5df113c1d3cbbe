"""Request and response bodies of the HTTP API (they make the published OpenAPI document)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_BATCH = 500

Status = Literal["accepted", "duplicate", "conflict", "rejected", "blocked"]


class EnrollRequest(BaseModel):
    code: str = Field(min_length=1, max_length=40, description="the one-time code from the administrator")
    name: str = Field(default="", max_length=80, description="what the station calls this PC")
    device_key: str = Field(pattern=r"^[0-9a-f]{64}$",
                            description="the device's Ed25519 public key (hex): it signs every request")


class EnrollResponse(BaseModel):
    device_id: str
    station: str
    credential: str = Field(description="send as 'Authorization: Bearer <credential>'; shown only once")


class DeviceInfo(BaseModel):
    device_id: str
    station: str
    name: str
    enrolled_at: str


class Meta(BaseModel):
    server_time: str
    protocol: int


class Operation(BaseModel):
    """One outbox operation as the client holds it (app/storage/models.py OutboxOp)."""

    op_id: str = Field(pattern=UUID_PATTERN, description="the client's UUIDv7: the idempotency key")
    entity: str = Field(max_length=24)
    entity_uid: str = Field(max_length=80)
    op: str = Field(max_length=16)
    created_at: str = Field(max_length=40, description="device clock, UTC; informational")
    payload: dict[str, Any] = Field(description="register entries carry a 'chain' block: register, station, "
                                                "position, prev_hash, entry_hash")


class PushRequest(BaseModel):
    ops: list[Operation] = Field(max_length=MAX_BATCH, description="in the client's outbox order")


class OpResult(BaseModel):
    op_id: str
    status: Status
    reason: str | None = None
    blocked_by: str | None = Field(default=None, description="the rejected operation of the same chain")
    position: int | None = None
    entry_hash: str | None = None
    received_at: str | None = None
    signature: str | None = Field(default=None, description="the server's countersignature (HMAC-SHA256 for now)")


class PushResponse(BaseModel):
    results: list[OpResult]


class FeedOp(BaseModel):
    """An accepted operation in the pull feed."""

    position: int = Field(description="the feed position: commit order, the same in every scope")
    txn: int = Field(description="the first position of its push transaction (pages end between transactions)")
    op_id: str
    station: str
    entity: str
    entity_uid: str
    op: str
    entry_hash: str
    received_at: str
    signature: str
    body: dict[str, Any] = Field(description="the operation as the station pushed it")


class PullResponse(BaseModel):
    scope: str
    ops: list[FeedOp]
    next_after: int = Field(description="send as 'after' for the next page")
    high_water: int = Field(description="the last position given when the page was read")
    more: bool = Field(description="true while the scope has operations after next_after")


class DigestResponse(BaseModel):
    scope: str
    upto: int
    count: int
    digest: str = Field(description="SHA-256 over the lines 'position op_id entry_hash\\n' in position order")
