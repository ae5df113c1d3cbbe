"""Complaint categories, declared as data in ``app/reference/complaint_categories.json``: each with its
names, whether a complaint of it is cognizable (may become an FIR), the offence sections an FIR form starts
from and the time promised before the complaint is escalated. The file also says which counter services
(and crime-report categories) a complaint registered from a counter application falls under.

The file ships with the program: a broken one raises ``CatalogueError`` naming the entry, at start-up.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.counter.catalogue import CatalogueError, Turnaround, TurnaroundUnit

CATEGORIES_FILE = Path(__file__).resolve().parent.parent / "reference" / "complaint_categories.json"


@dataclass(frozen=True)
class Category:
    code: str
    name_en: str
    name_ur: str
    cognizable: bool
    sections: tuple[tuple[str, str], ...]  # (law code, section) an FIR form starts from
    promised: Turnaround


@dataclass(frozen=True)
class Categories:
    categories: tuple[Category, ...]
    # counter service code -> category code, or -> {the crime report's own category -> category code}
    from_counter: Mapping[str, str | Mapping[str, str]]

    def get(self, code: str) -> Category:
        for category in self.categories:
            if category.code == code:
                return category
        raise KeyError(code)

    def for_application(self, service_code: str, values: Mapping[str, str]) -> Category | None:
        """The category of a complaint taken from a counter application, or None for other services."""
        target = self.from_counter.get(service_code)
        if isinstance(target, Mapping):
            target = target.get(values.get("category", ""))
        return None if target is None else self.get(target)


def load_categories(path: Path = CATEGORIES_FILE) -> Categories:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        categories = tuple(_category(entry) for entry in raw["categories"])
        codes = [c.code for c in categories]
        if len(set(codes)) != len(codes) or not codes:
            raise ValueError(f"the category codes {codes} must be present and distinct")
        from_counter = raw["from_counter"]
        for service, target in from_counter.items():
            for code in (target.values() if isinstance(target, dict) else [target]):
                if code not in codes:
                    raise ValueError(f"the counter service {service} names an unknown category {code!r}")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CatalogueError(f"the complaint categories {path} are unusable: {exc!r}") from exc
    return Categories(categories, from_counter)


def _category(entry: Any) -> Category:
    promised = entry["promised"]
    amount = promised["amount"]
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValueError(f"category {entry['code']}: the promised time must be a positive whole number")
    if not isinstance(entry["cognizable"], bool):
        raise TypeError(f"category {entry['code']}: 'cognizable' must be true or false")
    sections = tuple(tuple(s.split(":", 1)) for s in entry["sections"])
    if any(len(s) != 2 for s in sections):
        raise ValueError(f"category {entry['code']}: a section is written LAW:SECTION")
    return Category(str(entry["code"]), str(entry["en"]), str(entry["ur"]), entry["cognizable"],
                    sections,  # pairs, checked above
                    Turnaround(amount, TurnaroundUnit(promised["unit"])))
