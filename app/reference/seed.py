"""Reference data (provinces, districts, police stations, laws and sections)
from ``reference/*.json``, loaded into the database idempotently by code."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.database import Database
from app.storage.models import District, Law, OffenceSection, PoliceStation, Province, Setting

DATA = Path(__file__).resolve().parent
FILES = ("geography", "laws")
VERSION_KEY = "reference_sha256"


def load_json(name: str) -> Any:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def _upsert(session: Session, model: Any, key: dict[str, object], values: dict[str, object]) -> Any:
    row = session.scalars(select(model).filter_by(**key)).first()
    if row is None:
        row = model(**key, **values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    return row


def data_version() -> str:
    digest = hashlib.sha256()
    for name in FILES:
        digest.update((DATA / f"{name}.json").read_bytes())
    return digest.hexdigest()


def seed_reference(db: Database) -> None:
    """Load the reference files if they changed since the last load (cheap at start-up)."""
    version = data_version()
    with db.read() as s:
        stored = s.get(Setting, VERSION_KEY)
        if stored is not None and stored.value == version:
            return
    geo = load_json("geography")
    laws = load_json("laws")
    with db.write() as s:
        s.merge(Setting(key=VERSION_KEY, value=version))
        provinces = {
            p["code"]: _upsert(s, Province, {"code": p["code"]},
                               {"cnic_digit": p.get("cnic_digit"), "name_en": p["name_en"], "name_ur": p["name_ur"]})
            for p in geo["provinces"]
        }
        districts = {
            d["code"]: _upsert(s, District, {"code": d["code"]},
                               {"province_id": provinces[d["province"]].id, "division_en": d.get("division_en", ""),
                                "name_en": d["name_en"], "name_ur": d["name_ur"]})
            for d in geo["districts"]
        }
        for ps in geo["police_stations"]:
            _upsert(s, PoliceStation, {"code": ps["code"]},
                    {"district_id": districts[ps["district"]].id, "name_en": ps["name_en"], "name_ur": ps["name_ur"]})
        law_rows = {
            law["code"]: _upsert(s, Law, {"code": law["code"]},
                                 {k: law[k] for k in ("name_en", "name_ur", "short_en", "short_ur")})
            for law in laws["laws"]
        }
        for sec in laws["sections"]:
            _upsert(s, OffenceSection, {"law_id": law_rows[sec["law"]].id, "section": sec["section"]},
                    {k: sec[k] for k in ("title_en", "title_ur", "cognizable", "bailable")})
