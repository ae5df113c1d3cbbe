"""The counter's service catalogue, declared as data in ``app/reference/services.json``.

Each service names the fields the counter captures (beyond the applicant, whom every service takes from
the person index), the documents to check, the fee, the promised turnaround, the role that approves and
the kind of document issued. A service with a rule no field kind expresses names a hook: one module in
``app.counter.hooks`` with ``check(values, today) -> list[FieldProblem]`` and, when the station checks
its records for it, ``verify(s, application) -> list[Finding]`` (``app.counter.findings``). So a new
service is one catalogue entry and, at most, one small module.

The file ships with the program: a broken catalogue is a packaging bug, so loading it raises
``CatalogueError`` naming the entry, before any window opens.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar, cast

from app.counter.findings import Verifier
from app.documents.kinds import DocumentKind
from app.errors import FieldProblem
from app.security.permissions import Role

CATALOGUE_FILE = Path(__file__).resolve().parent.parent / "reference" / "services.json"
HOOK_PACKAGE = "app.counter.hooks"

Hook = Callable[[Mapping[str, str], date], list[FieldProblem]]
E = TypeVar("E", bound=StrEnum)


class CatalogueError(Exception):
    """The catalogue file is unusable; the message names the entry and what is wrong with it."""


class FieldKind(StrEnum):
    TEXT = "text"
    NAME = "name"
    CNIC = "cnic"  # also B-Form and NICOP: the same 13 digits
    PASSPORT = "passport"
    DATE = "date"
    PHONE = "phone"
    VEHICLE_REGISTRATION = "vehicle_registration"
    NUMBER = "number"
    CHOICE = "choice"


class TurnaroundUnit(StrEnum):
    HOURS = "hours"
    WORKING_DAYS = "working_days"


@dataclass(frozen=True)
class Choice:
    code: str
    en: str
    ur: str


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind
    required: bool
    label_en: str
    label_ur: str
    max_length: int = 200
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class RequiredDocument:
    en: str
    ur: str
    required: bool  # False: asked for only in some cases, which the text says


@dataclass(frozen=True)
class Turnaround:
    amount: int
    unit: TurnaroundUnit


@dataclass(frozen=True)
class Service:
    code: str
    name_en: str
    name_ur: str
    fields: tuple[FieldSpec, ...]
    documents: tuple[RequiredDocument, ...]
    fee_pkr: int
    turnaround: Turnaround
    approver: Role
    issues: DocumentKind
    hook: Hook | None = None
    verifier: Verifier | None = None  # the hook module's record checks, if it has any
    fingerprint_check: bool = False  # True: not ready until the applicant's finger was searched at the counter
    # the keys whose values are our assumption rather than a published figure
    assumed: frozenset[str] = frozenset()

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)


@dataclass(frozen=True)
class Catalogue:
    services: tuple[Service, ...]

    def get(self, code: str) -> Service:
        for service in self.services:
            if service.code == code:
                return service
        raise KeyError(code)

    def codes(self) -> list[str]:
        return [s.code for s in self.services]


_SERVICE_KEYS = {"code", "en", "ur", "fields", "documents", "fee_pkr", "turnaround", "approver", "issues",
                 "hook", "assumed", "fingerprint_check"}
_FIELD_KEYS = {"name", "kind", "required", "en", "ur", "max_length", "choices"}
_ASSUMABLE = {"fee_pkr", "turnaround", "approver", "issues", "documents"}


def load_catalogue(path: Path = CATALOGUE_FILE, hook_package: str = HOOK_PACKAGE) -> Catalogue:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"the service catalogue {path} cannot be read: {exc}") from exc
    entries = raw.get("services") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(f"the service catalogue {path} has no 'services' list")
    services: list[Service] = []
    for index, entry in enumerate(entries):
        where = f"service {entry.get('code', '#' + str(index + 1)) if isinstance(entry, dict) else index + 1}"
        try:
            service = _service(entry, hook_package)
        except KeyError as exc:
            raise CatalogueError(f"{where}: the key {exc} is missing") from exc
        except (TypeError, ValueError) as exc:
            raise CatalogueError(f"{where}: {exc}") from exc
        if service.code in {s.code for s in services}:
            raise CatalogueError(f"{where}: the code is used by an earlier service")
        services.append(service)
    return Catalogue(tuple(services))


def _service(entry: Any, hook_package: str) -> Service:
    if not isinstance(entry, dict):
        raise TypeError("an entry must be an object")
    _only(entry, _SERVICE_KEYS, "entry")
    code = _identifier(entry["code"], "code")
    fields = tuple(_field(f) for f in _list(entry["fields"], "fields"))
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise ValueError(f"two fields have the same name in {names}")
    fee = entry["fee_pkr"]
    if not isinstance(fee, int) or isinstance(fee, bool) or fee < 0:
        raise ValueError(f"the fee must be a whole number of rupees, 0 or more, not {fee!r}")
    turnaround = _dict(entry["turnaround"], "turnaround")
    amount = turnaround.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValueError(f"the turnaround must be a positive whole number, not {amount!r}")
    assumed = frozenset(_list(entry.get("assumed", []), "assumed"))
    fingerprint_check = entry.get("fingerprint_check", False)
    if not isinstance(fingerprint_check, bool):
        raise TypeError("'fingerprint_check' must be true or false")
    if not assumed <= _ASSUMABLE:
        raise ValueError(f"'assumed' may name only {sorted(_ASSUMABLE)}, not {sorted(assumed - _ASSUMABLE)}")
    return Service(
        code=code, name_en=_text(entry["en"], "en"), name_ur=_text(entry["ur"], "ur"), fields=fields,
        documents=tuple(_document(d) for d in _list(entry["documents"], "documents")),
        fee_pkr=fee, turnaround=Turnaround(amount, _member(TurnaroundUnit, turnaround.get("unit"), "turnaround unit")),
        approver=_member(Role, entry["approver"], "approver role"),
        issues=_member(DocumentKind, entry["issues"], "document kind"),
        assumed=assumed, fingerprint_check=fingerprint_check,
        **(_hook(entry["hook"], hook_package) if entry.get("hook") is not None else {}),
    )


def _field(raw: Any) -> FieldSpec:
    spec = _dict(raw, "a field")
    _only(spec, _FIELD_KEYS, "field")
    name = _identifier(spec["name"], "field name")
    kind = _member(FieldKind, spec["kind"], f"kind of field {name}")
    required = spec["required"]
    if not isinstance(required, bool):
        raise TypeError(f"field {name}: 'required' must be true or false")
    max_length = spec.get("max_length", 200)
    if not isinstance(max_length, int) or not 1 <= max_length <= 4000:
        raise ValueError(f"field {name}: max_length must be 1 to 4000")
    choices = tuple(_choice(c) for c in _list(spec.get("choices", []), f"choices of field {name}"))
    if (kind is FieldKind.CHOICE) != bool(choices):
        raise ValueError(f"field {name}: choices are given for, and only for, a field of kind 'choice'")
    if len({c.code for c in choices}) != len(choices):
        raise ValueError(f"field {name}: two choices have the same code")
    return FieldSpec(name, kind, required, _text(spec["en"], f"{name}.en"), _text(spec["ur"], f"{name}.ur"),
                     max_length, choices)


def _choice(raw: Any) -> Choice:
    choice = _dict(raw, "a choice")
    _only(choice, {"code", "en", "ur"}, "choice")
    return Choice(_identifier(choice["code"], "choice code"), _text(choice["en"], "en"), _text(choice["ur"], "ur"))


def _document(raw: Any) -> RequiredDocument:
    doc = _dict(raw, "a document")
    _only(doc, {"en", "ur", "required"}, "document")
    if not isinstance(doc["required"], bool):
        raise TypeError("a document's 'required' must be true or false")
    return RequiredDocument(_text(doc["en"], "document en"), _text(doc["ur"], "document ur"), doc["required"])


def _hook(name: Any, package: str) -> dict[str, Any]:
    """The ``hook`` and ``verifier`` of a module of the hook package, named plainly: the data file cannot
    reach any other code."""
    module_name = _identifier(name, "hook")
    try:
        module: ModuleType = importlib.import_module(f"{package}.{module_name}")
    except ImportError as exc:
        raise ValueError(f"the hook module {package}.{module_name} cannot be imported: {exc}") from exc
    check = getattr(module, "check", None)
    if not callable(check):
        raise ValueError(f"the hook module {package}.{module_name} has no check(values, today) function")
    verify = getattr(module, "verify", None)
    if verify is not None and not callable(verify):
        raise ValueError(f"the hook module {package}.{module_name} has a 'verify' that is not a function")
    return {"hook": cast(Hook, check), "verifier": cast(Verifier | None, verify)}


def _only(raw: dict[str, Any], allowed: set[str], what: str) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"unknown key(s) {sorted(unknown)} in a {what}")


def _dict(raw: Any, what: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TypeError(f"{what} must be an object")
    return raw


def _list(raw: Any, what: str) -> list[Any]:
    if not isinstance(raw, list):
        raise TypeError(f"{what} must be a list")
    return raw


def _text(raw: Any, what: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"{what} must be non-empty text")
    return raw


def _identifier(raw: Any, what: str) -> str:
    if not isinstance(raw, str) or not raw.isidentifier() or not raw.isascii() or raw != raw.lower():
        raise ValueError(f"the {what} {raw!r} must be a lower-case ASCII identifier")
    return raw


def _member(enum: type[E], raw: Any, what: str) -> E:
    try:
        return enum(raw)
    except ValueError:
        raise ValueError(f"unknown {what} {raw!r}; known: {', '.join(m.value for m in enum)}") from None
