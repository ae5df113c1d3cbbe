"""HTTP to the national server: one ``requests`` Session, (connect, read) timeouts on every call,
gzip request bodies, every request signed with the device key (sync/signing.py), and every failure
turned into a typed SyncError.

TLS trusts only the national CA certificate given at enrollment (pinned: not the system's CAs). Plain
HTTP is allowed only to a loopback address: a demo or a test on this computer."""

from __future__ import annotations

import gzip
import ipaddress
import json
import os
import ssl
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from sync.errors import (
    BadResponse,
    CACertificateNeeded,
    CredentialRefused,
    DeviceRevoked,
    InsecureServer,
    RequestRefused,
    ScopeRefused,
    ServerFailed,
    ServerNotTrusted,
    ServerTimeout,
    ServerUnreachable,
    SessionSuperseded,
)
from sync.signing import Credential


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    read: float = 60.0  # a 500-op batch over 2G, and the server's work on it


DEFAULT_TIMEOUTS = Timeouts()
READ_SIZE = 16 * 1024  # a download's bytes reach the caller in pieces this large: a cut loses less than one


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this computer: the only place plain HTTP may go."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Transport:
    """Requests to one server. The credential is sent only in its headers, never logged.

    ``ca_pem``: the national CA certificate, required for https. ``clock``: the local time in seconds;
    when the server refuses a request's time, the offset to its clock is kept and the request signed
    again once (a station PC's clock may be wrong by days)."""

    def __init__(self, base_url: str, timeouts: Timeouts = DEFAULT_TIMEOUTS, session: requests.Session | None = None,
                 *, ca_pem: str | None = None, clock: Callable[[], float] = time.time) -> None:
        self.base_url = base_url.rstrip("/")
        parts = urlsplit(self.base_url)
        scheme = parts.scheme
        if scheme not in ("http", "https") or (scheme == "http" and not is_loopback(parts.hostname or "")):
            raise InsecureServer(url=self.base_url)
        if scheme == "https" and not ca_pem:
            raise CACertificateNeeded(url=self.base_url)
        self.ca_pem = ca_pem
        self.timeouts = timeouts
        self.clock = clock
        self.clock_offset = 0.0  # server time minus ours, learned from a refusal
        self.session = session or requests.Session()
        self.session.trust_env = False  # no proxy or .netrc credentials from the environment
        self._ca_file: str | None = None
        if ca_pem:  # requests pins a CA only by file: given a file, it loads that and not the system's CAs
            fd, self._ca_file = tempfile.mkstemp(prefix="thana-ca-", suffix=".pem")
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(ca_pem)
            self.session.verify = self._ca_file

    def close(self) -> None:
        self.session.close()
        if self._ca_file is not None:
            os.unlink(self._ca_file)
            self._ca_file = None

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def post(self, path: str, body: object, credential: Credential | None = None,
             headers: dict[str, str] | None = None) -> Any:
        """POST ``body`` as gzip-compressed JSON; the decoded JSON answer of a 2xx, else a SyncError."""
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        sent = {"Content-Type": "application/json", "Content-Encoding": "gzip", **(headers or {})}
        return self._request("POST", path, credential, raw, data=gzip.compress(raw, compresslevel=6), headers=sent)

    def get(self, path: str, params: dict[str, str | int], credential: Credential | None = None) -> Any:
        """GET with query ``params`` (answers come gzip-compressed: requests asks for it and unpacks it)."""
        return self._request("GET", path, credential, b"", params=params)

    def put_bytes(self, path: str, data: bytes, params: dict[str, str | int],
                  credential: Credential | None = None) -> Any:
        """PUT raw bytes as they are (a blob's chunk: already compressed images, so no gzip)."""
        headers = {"Content-Type": "application/octet-stream"}
        return self._request("PUT", path, credential, data, data=data, params=params, headers=headers)

    def download(self, path: str, offset: int, credential: Credential | None = None) -> tuple[int, Iterator[bytes]]:
        """GET raw bytes from ``offset`` on (a Range request): the offset the answer starts at (0 when the
        server sent the whole body), and its bytes as they arrive. A cut link raises ServerUnreachable from
        the iterator, after the bytes that did arrive."""
        headers = {"Accept-Encoding": "identity", **({"Range": f"bytes={offset}-"} if offset else {})}
        response = self._request("GET", path, credential, b"", whole=True, headers=headers)
        return (offset if response.status_code == 206 else 0), self._body(response)

    def _body(self, response: requests.Response) -> Iterator[bytes]:
        try:
            with response:
                yield from response.iter_content(READ_SIZE)
        except requests.Timeout as exc:
            raise ServerTimeout(url=self.base_url) from exc
        except requests.RequestException as exc:
            raise ServerUnreachable(url=self.base_url) from exc

    def _request(self, method: str, path: str, credential: Credential | None, raw: bytes, whole: bool = False,
                 **options: Any) -> Any:
        """The decoded JSON answer; with ``whole``, the response itself, streamed, once its status is a
        success. ``raw`` is the body before compression, which the signature covers."""
        headers = {"Accept": "application/json", **options.pop("headers", {})}
        request = self.session.prepare_request(requests.Request(method, self.base_url + path, headers=headers,
                                                                **options))
        response = self._send(request, credential, raw, whole)
        if response.headers.get("X-Thana-Refusal") == "clock" and credential is not None:
            server_time = response.headers.get("X-Thana-Server-Time", "")
            if server_time.isdigit():  # our clock is off: sign again with the server's time
                self.clock_offset = int(server_time) - self.clock()
                response = self._send(request, credential, raw, whole)
        if whole and response.status_code < 400:
            return response
        return self._answer(response)

    def _send(self, request: requests.PreparedRequest, credential: Credential | None, raw: bytes,
              stream: bool = False) -> requests.Response:
        if credential is not None:  # the signature covers the path with its query, as sent
            request.headers.update(credential.headers(request.method or "", request.path_url, raw,
                                                      int(self.clock() + self.clock_offset)))
        try:
            return self.session.send(request, timeout=(self.timeouts.connect, self.timeouts.read), stream=stream)
        except requests.exceptions.SSLError as exc:
            if _certificate_refused(exc):  # not the pinned CA's: no retry will change that
                raise ServerNotTrusted(url=self.base_url) from exc
            raise ServerUnreachable(url=self.base_url) from exc  # a handshake cut short by the link
        except requests.Timeout as exc:
            raise ServerTimeout(url=self.base_url) from exc
        except requests.RequestException as exc:  # refused, reset, DNS, a body cut short
            raise ServerUnreachable(url=self.base_url) from exc

    def _answer(self, response: requests.Response) -> Any:
        status = response.status_code
        if status == 409 and response.headers.get("X-Thana-Refusal") == "session":
            raise SessionSuperseded()
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


def _certificate_refused(exc: BaseException) -> bool:
    """Whether a certificate check failed somewhere in the chain requests and urllib3 wrap it in."""
    seen: set[int] = set()
    stack: list[object] = [exc]
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ssl.SSLCertVerificationError):
            return True
        stack += [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]
    return False
