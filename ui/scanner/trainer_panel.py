"""The trainer's hand on the simulated scanner: which finger of which demo person touches the glass."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QPushButton, QWidget

from app.fingerprints.fingers import FINGER_NAMES
from app.storage.models import Person
from devices.simulated import SimulatedSensor
from ui.context import AppContext
from ui.i18n import tr


class TrainerPanel(QGroupBox):
    def __init__(self, ctx: AppContext, sensor: SimulatedSensor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerPanel")
        self.setTitle(self.tr("Training: simulated scanner"))
        self.ctx, self.sensor = ctx, sensor
        self.person = QComboBox(objectName="trainerPerson")
        self.person.addItem(self.tr("A finger nobody has enrolled"), None)
        self.finger = QComboBox(objectName="trainerFinger")
        for finger, name in FINGER_NAMES.items():  # in ISO/IEC 19794-2 position order, 1..10
            self.finger.addItem(tr(name), int(finger))
        self.finger.setCurrentIndex(1)  # the right index finger, as check posts take it
        self.place = QPushButton(self.tr("&Place the finger on the scanner"), objectName="placeFinger")
        self.place.clicked.connect(self.place_finger)
        form = QFormLayout(self)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Finger"), self.finger)
        form.addRow(self.place)
        ctx.ops.db(ctx.services.persons.demo_identities, self._fill)

    def _fill(self, people: list[Person]) -> None:
        for person in people:
            name = person.name_ur if self.ctx.urdu and person.name_ur else person.name_en
            self.person.addItem(f"{name} · {person.cnic}" if person.cnic else name, person.uid)

    def place_finger(self) -> None:
        self.sensor.place(self.person.currentData(), int(self.finger.currentData()))
