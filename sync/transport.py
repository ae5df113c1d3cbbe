"""HTTP to the national server: one ``requests`` Session, (connect, read) timeouts on every call,
gzip request bodies, and every failure turned into a typed SyncError."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import requests

from sync.errors import (
    BadResponse,
    CredentialRefused,
    DeviceRevoked,
    RequestRefused,
    ScopeRefused,
    ServerFailed,
    ServerTimeout,
    ServerUnreachable,
)


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    read: float = 60.0  # a 500-op batch over 2G, and the server's work on it


DEFAULT_TIMEOUTS = Timeouts()
READ_SIZE = 16 * 1024  # a download's bytes reach the caller in pieces this large: a cut loses less than one


class Transport:
    """Requests to one server. The credential is sent only in its header, never logged."""

    def __init__(self, base_url: str, timeouts: Timeouts = DEFAULT_TIMEOUTS, session: requests.Session | None = None
                 ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeouts = timeouts
        self.session = session or requests.Session()
        self.session.trust_env = False  # no proxy or .netrc credentials from the environment

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def post(self, path: str, body: object, credential: str | None = None) -> Any:
        """POST ``body`` as gzip-compressed JSON; the decoded JSON answer of a 2xx, else a SyncError."""
        data = gzip.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), compresslevel=6)
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return self._request("POST", path, credential, data=data, headers=headers)

    def get(self, path: str, params: dict[str, str | int], credential: str | None = None) -> Any:
        """GET with query ``params`` (answers come gzip-compressed: requests asks for it and unpacks it)."""
        return self._request("GET", path, credential, params=params)

    def put_bytes(self, path: str, data: bytes, params: dict[str, str | int], credential: str | None = None) -> Any:
        """PUT raw bytes as they are (a blob's chunk: already compressed images, so no gzip)."""
        headers = {"Content-Type": "application/octet-stream"}
        return self._request("PUT", path, credential, data=data, params=params, headers=headers)

    def download(self, path: str, offset: int, credential: str | None = None) -> tuple[int, Iterator[bytes]]:
        """GET raw bytes from ``offset`` on (a Range request): the offset the answer starts at (0 when the
        server sent the whole body), and its bytes as they arrive. A cut link raises ServerUnreachable from
        the iterator, after the bytes that did arrive."""
        headers = {"Accept-Encoding": "identity", **({"Range": f"bytes={offset}-"} if offset else {})}
        response = self._request("GET", path, credential, raw=True, headers=headers, stream=True)
        return (offset if response.status_code == 206 else 0), self._body(response)

    def _body(self, response: requests.Response) -> Iterator[bytes]:
        try:
            with response:
                yield from response.iter_content(READ_SIZE)
        except requests.Timeout as exc:
            raise ServerTimeout(url=self.base_url) from exc
        except requests.RequestException as exc:
            raise ServerUnreachable(url=self.base_url) from exc

    def _request(self, method: str, path: str, credential: str | None, raw: bool = False, **options: Any) -> Any:
        """The decoded JSON answer; with ``raw``, the response itself once its status is a success."""
        headers = {"Accept": "application/json", **options.pop("headers", {})}
        if credential is not None:
            headers["Authorization"] = f"Bearer {credential}"
        try:
            response = self.session.request(method, self.base_url + path, headers=headers,
                                            timeout=(self.timeouts.connect, self.timeouts.read), **options)
        except requests.Timeout as exc:
            raise ServerTimeout(url=self.base_url) from exc
        except requests.RequestException as exc:  # refused, reset, DNS, TLS, a body cut short
            raise ServerUnreachable(url=self.base_url) from exc
        if raw and response.status_code < 400:
            return response
        return self._answer(response)

    def _answer(self, response: requests.Response) -> Any:
        status = response.status_code
        if status == 401:
            raise CredentialRefused(reason=_detail(response))
        if status == 403 and response.headers.get("X-Thana-Refusal") == "scope":
            raise ScopeRefused(reason=_detail(response))
        if status == 403:
            raise DeviceRevoked(reason=_detail(response))
        if status == 429 or status >= 500:
            raise ServerFailed(status=status)
        if status >= 400:
            raise RequestRefused(status=status, reason=_detail(response))
        if not response.headers.get("Content-Type", "").startswith("application/json"):
            raise BadResponse(url=self.base_url)  # a captive portal's page, a proxy's
        try:
            return response.json()
        except ValueError as exc:  # truncated or damaged
            raise BadResponse(url=self.base_url) from exc


def _detail(response: requests.Response) -> str:
    """The server's one-line reason (FastAPI's ``detail``), or the HTTP reason phrase."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    return detail if isinstance(detail, str) else (response.reason or str(response.status_code))
