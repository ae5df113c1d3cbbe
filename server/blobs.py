"""The blob endpoints: start or query an upload, append a chunk at the offset the server holds, download
with HTTP Range. Only enrolled devices (the API's device dependency). No ``from __future__ import
annotations``: FastAPI reads the endpoints' annotations at run time (see api.py).

The upload protocol: POST .../upload {size} answers the offset held (0 for a new upload, the size for a
blob already present); PUT .../upload?offset=N appends the request body there. A chunk at another offset
is refused (409) with the offset held, so a client that lost an answer learns where to go on from. The
chunk that brings the last byte gets the blob hashed: bytes that do not hash to its name are refused
(422) and discarded."""

import re
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from server import blob_store
from server.blob_store import MAX_BLOB, MAX_CHUNK, BlobError, Held
from server.database import Store
from server.schema import Device

SHA256_PATTERN = r"^[0-9a-f]{64}$"
RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")
Name = Annotated[str, Path(pattern=SHA256_PATTERN, description="the SHA-256 of the blob's bytes, lowercase hex")]


class UploadStart(BaseModel):
    size: int = Field(ge=1, le=MAX_BLOB, description="the blob's length in bytes")


class BlobStatus(BaseModel):
    sha256: str
    size: int
    offset: int = Field(description="bytes the server holds: send the next chunk from here")
    complete: bool = Field(description="the blob is present: all its bytes arrived and hashed to its name")


class OffsetRefused(BaseModel):
    detail: str
    offset: int = Field(description="the offset the server holds")


def _status(held: Held) -> BlobStatus:
    return BlobStatus(sha256=held.sha256, size=held.size, offset=held.offset, complete=held.complete)


def _refused(exc: BlobError) -> JSONResponse:
    body: dict[str, Any] = {"detail": str(exc)}
    if exc.status == 409 and exc.held is not None:
        body["offset"] = exc.held.offset
    return JSONResponse(body, exc.status)


def router(store: Store, current_device: Callable[..., Any], clock: Callable[[], datetime]) -> APIRouter:
    DeviceDep = Annotated[Device, Depends(current_device)]
    api = APIRouter(prefix="/v1/blobs", tags=["blobs"])

    @api.post("/{sha256}/upload", response_model=BlobStatus, summary="start an upload, or learn the offset held",
              responses={409: {"model": OffsetRefused}, 413: {"description": "larger than the size limit"}})
    def start(sha256: Name, body: UploadStart, device: DeviceDep) -> Any:
        try:
            with store.write() as s:
                return _status(blob_store.start(s, sha256, body.size, device.id, clock()))
        except BlobError as exc:
            return _refused(exc)

    @api.get("/{sha256}/upload", response_model=BlobStatus, summary="the offset held of an upload",
             responses={404: {"description": "no upload of this blob was started"}})
    def status(sha256: Name, _device: DeviceDep) -> BlobStatus:
        with store.read() as s:
            held = blob_store.held(s, sha256)
        if held is None:
            raise HTTPException(404, f"no upload of blob {sha256} was started")
        return _status(held)

    @api.put("/{sha256}/upload", response_model=BlobStatus, summary="append a chunk at the offset held",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
             responses={409: {"model": OffsetRefused, "description": "not the offset held"},
                        413: {"description": "a chunk too large, or past the blob's size"},
                        422: {"description": "the bytes do not hash to the blob's name: discarded"}})
    async def append(sha256: Name, offset: Annotated[int, Query(ge=0)], request: Request,
                     _device: DeviceDep) -> Any:
        data = await _body(request, MAX_CHUNK)
        try:
            held, corrupt = await run_in_threadpool(_append, store, sha256, offset, data, clock())
        except BlobError as exc:
            return _refused(exc)
        if corrupt:
            raise HTTPException(422, f"the bytes uploaded do not hash to {sha256}: they were discarded")
        return _status(held)

    @api.get("/{sha256}", summary="download a blob; a Range header (bytes=N- or bytes=N-M) resumes",
             response_class=Response,
             responses={200: {"content": {"application/octet-stream": {}}}, 206: {"description": "the range"},
                        404: {"description": "not present"}, 416: {"description": "a range past the end"}})
    def download(sha256: Name, request: Request, _device: DeviceDep) -> Response:
        with store.read() as s:
            held = blob_store.held(s, sha256)
            if held is None or not held.complete:
                raise HTTPException(404, f"blob {sha256} is not on the server")
            wanted = _range(request.headers.get("range"), held.size)
            first, last = wanted or (0, held.size - 1)
            data = blob_store.read(s, sha256, first, last)
        headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"'}
        if wanted is None:
            return Response(data, 200, headers, media_type="application/octet-stream")
        headers["Content-Range"] = f"bytes {first}-{last}/{held.size}"
        return Response(data, 206, headers, media_type="application/octet-stream")

    return api


def _append(store: Store, sha256: str, offset: int, data: bytes, now: datetime) -> tuple[Held, bool]:
    with store.write() as s:  # the discarding of a corrupt upload commits too
        return blob_store.append(s, sha256, offset, data, now)


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"a chunk may have at most {limit} bytes")
    parts, size = [], 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            raise HTTPException(413, f"a chunk may have at most {limit} bytes")
        parts.append(part)
    return b"".join(parts)


def _range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one range asked for, as (first, last) inclusive; None for the whole blob. A range that does
    not parse is ignored (RFC 9110); one that starts past the end is refused."""
    match = RANGE.match(header.strip()) if header else None
    if match is None:
        return None
    first = int(match[1])
    last = min(int(match[2]), size - 1) if match[2] else size - 1
    if first >= size or last < first:
        raise HTTPException(416, f"the blob has {size} bytes", headers={"Content-Range": f"bytes */{size}"})
    return first, last
