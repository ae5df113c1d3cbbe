"""Request bodies sent with ``Content-Encoding: gzip`` (as the station's sync engine sends them),
decompressed before FastAPI reads them. A pure ASGI middleware: the body is bounded before and after
decompression, so a small gzip bomb cannot fill the server's memory."""

from __future__ import annotations

import zlib

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 64 * 1024 * 1024  # decompressed: 500 operations with their payloads fit many times over


class GzipRequests:
    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"]]
        encoding = next((v.decode("latin-1").strip().lower() for k, v in headers if k == b"content-encoding"), None)
        if encoding in (None, "identity"):
            await self.app(scope, receive, send)
            return
        if encoding != "gzip":
            await JSONResponse({"detail": f"unsupported content encoding {encoding!r}: send gzip or none"},
                               415)(scope, receive, send)
            return
        body = await self._inflate(receive)
        if body is None:
            await JSONResponse({"detail": "the request body is not valid gzip, or too large"}, 400)(
                scope, receive, send)
            return
        kept = [(k, v) for k, v in headers if k not in (b"content-encoding", b"content-length")]
        scope = {**scope, "headers": [*kept, (b"content-length", str(len(body)).encode())]}
        delivered = False

        async def inflated() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()  # the disconnect, when it comes
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, inflated, send)

    async def _inflate(self, receive: Receive) -> bytes | None:
        inflater = zlib.decompressobj(wbits=31)  # gzip header and trailer
        out, size, more = [], 0, True
        try:
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return None
                more = message.get("more_body", False)
                chunk = inflater.decompress(message.get("body", b""), self.max_body + 1 - size)
                size += len(chunk)
                if size > self.max_body or inflater.unconsumed_tail:
                    return None
                out.append(chunk)
            out.append(inflater.flush())
        except zlib.error:
            return None
        if not inflater.eof:
            return None  # cut short
        return b"".join(out)
