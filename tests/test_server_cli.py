"""``thana server``: the administrator's commands, their one-line errors, and the desktop program
that never loads the server's packages."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.server_helpers import ROOT, STATION_A, Server


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["server", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_issue_list_and_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'server.db'}"
    code, out, _ = run(capsys, "issue-code", "--db", db, "--station", STATION_A, "--valid-hours", "2")
    assert code == 0 and f"station {STATION_A}, single use, valid until" in out
    assert run(capsys, "--db", db, "devices")[1] == "no devices enrolled\n"  # --db before the command word
    code, _, err = run(capsys, "revoke", "--db", db, "0190-no-such-device")
    assert (code, err) == (2, "thana server: no device '0190-no-such-device' (thana server devices lists them)\n")


@pytest.mark.parametrize(("args", "message"), [
    (["devices"], "thana server: give the database: --db postgresql://USER@HOST/DB or --db sqlite:///FILE"),
    (["devices", "--db", "nonsense"], "thana server: not a database URL: 'nonsense'"),
    (["issue-code", "--db", "sqlite:///{tmp}/s.db", "--station", "NOWHERE"],
     "thana server: unknown police station code 'NOWHERE'"),
    (["devices", "--db", "sqlite:///{tmp}/missing/dir/s.db"], "thana server: cannot open the server database:"),
    (["devices", "--db", "postgresql://nobody@/x?host={tmp}&port=1"], "thana server: cannot open the server database:"),
])
def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                             message: str) -> None:
    code, out, err = run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert code == 2 and out == ""
    assert err.startswith(message) and err.count("\n") == 1, err


def test_the_openapi_document_lists_the_endpoints(server: Server) -> None:
    status, document = server.call("GET", "/openapi.json")
    assert status == 200
    assert {"/v1/meta", "/v1/devices/enroll", "/v1/devices/me", "/v1/push"} <= set(document["paths"])
    push = document["paths"]["/v1/push"]["post"]
    assert push["security"] == [{"HTTPBearer": []}]
    assert "OpResult" in document["components"]["schemas"]
    statuses = document["components"]["schemas"]["OpResult"]["properties"]["status"]["enum"]
    assert set(statuses) == {"accepted", "duplicate", "conflict", "rejected", "blocked"}


def test_the_desktop_program_does_not_load_the_server() -> None:
    script = "import sys, app.cli; app.cli._parser(); print(sorted(m for m in ('fastapi', 'uvicorn', 'psycopg', "\
             "'server') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_runtime_lock_and_the_frozen_program_leave_the_server_out() -> None:
    """The desktop build is at its size limit: the server's packages are in the dev lock only."""
    runtime = (ROOT / "requirements.lock").read_text()
    dev = (ROOT / "requirements-dev.lock").read_text()
    spec = (ROOT / "build" / "thana.spec").read_text()
    for package in ("fastapi", "uvicorn", "psycopg", "starlette", "pydantic"):
        assert f"\n{package}==" not in runtime and f"\n{package}==" in dev
        assert f'"{package}"' in spec
    assert '"server"' in spec


def test_a_port_in_use_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 's.db'}", "--port", str(port))
    assert (code, err) == (2, f"thana server: cannot listen on 127.0.0.1:{port}: Address already in use\n")
