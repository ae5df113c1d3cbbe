"""What a demo applicant tells the counter for each service: the catalogue's fields filled with plausible
values in the application's language, valid by the counter's own checks (``app.counter.fields``)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.counter.catalogue import FieldKind, FieldSpec, Service
from app.demo import names
from app.demo.cases import StationInfo
from app.demo.people import DemoPerson, PeopleFactory

Pair = names.Pair
# Text fields by name, (English, Urdu); addresses, districts and stations come from the demo's geography.
TEXTS: dict[str, tuple[Pair, ...]] = {
    "purpose": (("Government job", "سرکاری ملازمت"), ("Bank account", "بینک اکاؤنٹ"),
                ("Arms licence", "اسلحہ لائسنس"), ("Job abroad", "بیرون ملک ملازمت")),
    "requested_by": (("Punjab Public Service Commission", "پنجاب پبلک سروس کمیشن"),
                     ("Habib Bank Limited", "حبیب بینک لمیٹڈ"),
                     ("Overseas Employment Promoter", "اوورسیز ایمپلائمنٹ پروموٹر")),
    "destination_country": (("Saudi Arabia", "سعودی عرب"), ("United Arab Emirates", "متحدہ عرب امارات"),
                            ("Qatar", "قطر"), ("United Kingdom", "برطانیہ")),
    "hospital": (("Jinnah Hospital", "جناح ہسپتال"), ("Services Hospital", "سروسز ہسپتال"),
                 ("District Headquarters Hospital", "ڈسٹرکٹ ہیڈ کوارٹر ہسپتال")),
    "request": (("Protection from harassment by relatives", "رشتہ داروں کی طرف سے ہراسانی سے تحفظ"),
                ("Help for an elderly parent left alone", "اکیلے چھوڑے گئے بزرگ والدین کی مدد"),
                ("A child missing from school", "اسکول سے غیر حاضر بچہ")),
    "reference": (("Sent by the police station's moharrar", "تھانے کے محرر کی طرف سے بھیجا گیا"),
                  ("Brought by Rescue 1122", "ریسکیو 1122 کے ذریعے لایا گیا")),
    "job": (("Driver", "ڈرائیور"), ("Cook", "باورچی"), ("Security guard", "سیکیورٹی گارڈ")),
    "make_model": (("Suzuki Mehran", "سوزوکی مہران"), ("Honda CD 70", "ہونڈا سی ڈی 70"),
                   ("Toyota Corolla", "ٹویوٹا کرولا")),
    "employer_name": (("Al-Noor Textiles", "النور ٹیکسٹائل"), ("City Security Services", "سٹی سیکیورٹی سروسز")),
}
FIR_RELATIONS = ("complainant", "accused", "lawyer")


class CounterValues:
    def __init__(self, rng: random.Random, people: PeopleFactory, station: StationInfo,
                 firs: list[tuple[int, int]]) -> None:
        self.rng, self.people, self.station, self.firs = rng, people, station, firs

    def values(self, service: Service, applicant: DemoPerson, phone: str, day: date, urdu: bool) -> dict[str, str]:
        """Every required field and about half the optional ones."""
        out: dict[str, str] = {}
        for spec in service.fields:
            if spec.name != "document_number" and (spec.required or self.rng.random() < 0.5):  # set below
                out[spec.name] = self._value(spec, applicant, phone, day, 1 if urdu else 0)
        if service.code == "fir_copy" and self.firs:
            serial, year = self.rng.choice(self.firs)
            out.update(fir_number=str(serial), fir_year=str(year), police_station=self.station.name[1 if urdu else 0],
                       relation=self.rng.choice(FIR_RELATIONS))
        if service.code == "lost_document_report":
            kind = out["document_type"]
            out["document_number"] = (applicant.cnic if kind == "cnic" else self._passport() if kind == "passport"
                                      else f"{self.rng.randint(100000, 999999)}")
        if service.code == "vehicle_verification":
            out.setdefault("registration_number", self._plate())
        return out

    def _value(self, spec: FieldSpec, applicant: DemoPerson, phone: str, day: date, script: int) -> str:
        rng = self.rng
        if spec.name == "mobile":
            return phone
        if spec.kind is FieldKind.CHOICE:
            return rng.choice(spec.choices).code
        if spec.kind is FieldKind.NAME:
            return rng.choice(names.MALE_NAMES + names.FEMALE_NAMES)[script]
        if spec.kind is FieldKind.CNIC:
            return self.people.cnics.issue(rng.choice(names.CNIC_PREFIXES[self.station.district]), "M")
        if spec.kind is FieldKind.DATE:
            return (day - timedelta(days=rng.randint(1, 400))).isoformat()
        if spec.kind is FieldKind.VEHICLE_REGISTRATION:
            return self._plate()
        if spec.kind is FieldKind.NUMBER:
            return str(rng.randint(1, 300))
        if "address" in spec.name or spec.name in ("lost_at", "incident_place"):
            return applicant.address[script] if rng.random() < 0.6 else self.people.address()[script]
        if spec.name == "residence_district":
            return names.CITY[self.station.district][script]
        if spec.name == "police_station":
            return self.station.name[script]
        if spec.name in ("chassis_number", "engine_number"):
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10))
        return rng.choice(TEXTS[spec.name])[script]  # a text field the catalogue adds needs its values here

    def _plate(self) -> str:
        return f"{self.rng.choice(names.PLATE_PREFIXES[self.station.district])}-{self.rng.randint(100, 9999)}"

    def _passport(self) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return f"{letters}{self.rng.randrange(10**7):07d}"
