"""The FIR an application for its copy asks for, as the counter reaches it to print the certified copy
(``ui.printing.fir_copy``). Counter staff do not read the registers: the application is their way in,
and only to the FIR it names, in this station's register."""

from __future__ import annotations

from app.counter.hooks.fir_copy import fir_of_application
from app.counter.tokens import station_of
from app.errors import NotFound
from app.registers.fir import FirHistory, history_of
from app.security.actor import Actor
from app.storage.database import Database
from app.storage.models import CounterApplication

SERVICE = "fir_copy"


def fir_for_application(db: Database, actor: Actor, application_id: int) -> FirHistory:
    """The FIR's entries (the certified copy prints the current one); NotFound if the application is not an
    FIR-copy application of this station or its FIR is not in the register."""
    station_id = station_of(actor)
    with db.read() as s:
        application = s.get(CounterApplication, application_id)
        if application is None or application.station_id != station_id or application.service_code != SERVICE:
            raise NotFound()
        fir = fir_of_application(s, application)
        if fir is None:
            raise NotFound()
        return history_of(s, station_id, fir.id)
