"""The HTTP API (FastAPI). Endpoints are plain functions: FastAPI runs them in its thread pool, which
suits SQLAlchemy's blocking sessions. No ``from __future__ import annotations``: FastAPI reads the
endpoints' annotations at run time, and the device dependency is local to ``create_app``."""

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from app import __version__
from app.clock import iso_utc, now_utc
from server import blobs, document_keys, enrollment, feed, push, request_auth, sessions
from server.database import Store
from server.enrollment import AuthError
from server.gzip_requests import GzipRequests
from server.schema import Device
from server.wire import (
    DeviceInfo,
    DigestResponse,
    EnrollRequest,
    EnrollResponse,
    Meta,
    OpResult,
    PullResponse,
    PushRequest,
    PushResponse,
)

PROTOCOL = 1
Clock = Callable[[], datetime]
bearer = HTTPBearer(auto_error=False, description="the device credential from enrollment")


def create_app(store: Store, clock: Clock = now_utc) -> FastAPI:
    app = FastAPI(title="Thana national server", version=__version__,
                  description="Reference server: device enrollment, the push of station register operations "
                              "and the pull feed by scope.")
    app.add_middleware(GzipRequests)  # request bodies may come gzip-compressed (Content-Encoding: gzip)
    app.add_middleware(GZipMiddleware, minimum_size=1000)  # and answers go gzip-compressed when asked

    async def current_device(request: Request,
                             auth: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Device:
        # the path as sent (not percent-decoded), with its query: what the client signed
        path = request.scope.get("raw_path", request.scope["path"].encode()).decode("latin-1")
        query = request.scope.get("query_string", b"").decode("latin-1")
        signed = request_auth.SignedRequest(request.method, path + (f"?{query}" if query else ""),
                                            await request.body(), request.headers)  # the body FastAPI read

        def check() -> Device:
            with store.write() as s:  # writes the request's nonce
                return request_auth.authenticate(s, auth.credentials if auth else None, signed, clock())

        try:
            return await run_in_threadpool(check)
        except AuthError as exc:
            raise _auth_refused(exc, clock()) from None

    DeviceDep = Annotated[Device, Depends(current_device)]

    @app.get("/v1/meta", response_model=Meta, summary="server time and protocol version (no credential)")
    def meta() -> Meta:
        return Meta(server_time=iso_utc(clock()), protocol=PROTOCOL)

    @app.post("/v1/devices/enroll", response_model=EnrollResponse, summary="redeem a one-time enrollment code")
    def enroll(body: EnrollRequest) -> EnrollResponse:
        try:
            with store.write() as s:
                done = enrollment.enroll(s, body.code, body.name, clock(), body.device_key)
        except AuthError as exc:
            raise HTTPException(exc.status, str(exc)) from None
        return EnrollResponse(device_id=done.device_id, station=done.station, credential=done.credential)

    @app.get("/v1/devices/me", response_model=DeviceInfo, summary="the device this credential belongs to")
    def me(device: DeviceDep) -> DeviceInfo:
        return DeviceInfo(device_id=device.id, station=device.station, name=device.name,
                          enrolled_at=iso_utc(device.enrolled_at))

    @app.post("/v1/push", response_model=PushResponse, summary="append outbox operations; a result for each")
    def push_ops(body: PushRequest, device: DeviceDep,
                 push_session: Annotated[str | None, Header(alias=sessions.HEADER)] = None) -> PushResponse:
        ops = [op.model_dump() for op in body.ops]
        try:
            with store.write() as s:
                sessions.claim(s, device, push_session)
                results = push.apply_batch(s, device, ops, clock())
        except AuthError as exc:  # a stale session: the header tells the client it is not a refused request
            raise HTTPException(exc.status, str(exc), headers={"X-Thana-Refusal": "session"}) from None
        return PushResponse(results=[OpResult(**asdict(r)) for r in results])

    @app.get("/v1/pull", response_model=PullResponse, summary="a scope's operations after a position")
    def pull(device: DeviceDep, scope: str, after: Annotated[int, Query(ge=0)] = 0,
             limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> PullResponse:
        with store.read() as s:
            try:
                done = feed.page(s, device, scope, after, limit)
            except feed.ScopeError as exc:
                raise _scope_refused(exc) from None
        return PullResponse.model_validate(asdict(done))

    @app.get("/v1/scopes/{scope}/digest", response_model=DigestResponse,
             summary="a digest of a scope up to a position, to detect drift")
    def scope_digest(device: DeviceDep, scope: str, upto: Annotated[int, Query(ge=0)]) -> DigestResponse:
        with store.read() as s:
            try:
                upto, count, value = feed.digest(s, device, scope, upto)
            except feed.ScopeError as exc:
                raise _scope_refused(exc) from None
        return DigestResponse(scope=scope, upto=upto, count=count, digest=value)

    app.include_router(blobs.router(store, current_device, clock))
    app.include_router(document_keys.router(store, current_device, clock))
    return app


def _auth_refused(exc: AuthError, now: datetime) -> HTTPException:
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
    if isinstance(exc, request_auth.ClockRefused):  # the client corrects its clock by this and signs again
        headers.update({"X-Thana-Refusal": "clock", "X-Thana-Server-Time": str(int(now.timestamp()))})
    return HTTPException(exc.status, str(exc), headers=headers or None)


def _scope_refused(exc: feed.ScopeError) -> HTTPException:
    # the header tells the client a refused scope from a revoked device (both are 403)
    return HTTPException(exc.status, str(exc), headers={"X-Thana-Refusal": "scope"})
