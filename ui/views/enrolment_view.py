"""CRO enrolment: who the person is and why they are on record, then each chosen finger three times.

Every capture is read on the compute thread; a poor print or one that does not agree with the earlier
impressions of the same finger is refused with what to do, and the next capture is awaited. The record
is saved in one transaction once every chosen finger has its impressions (Ctrl+S).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ThanaError
from app.fingerprints.enrolment import IMPRESSIONS_PER_FINGER, EnrolmentDraft, Impression
from app.fingerprints.fingers import CATEGORY_NAMES, DEFAULT_FINGERS, FINGER_NAMES, Category, Finger
from app.fingerprints.images import read_photo
from app.registers.fir_rules import PartyRef
from app.registers.persons import PersonDraft
from app.storage.models import CroRecord
from devices.base import Capture
from ui.context import AppContext
from ui.forms.person_fields import PersonFields, person_label
from ui.forms.widgets import FormGrid, MessageLabel, ProblemDisplay, Submitter, TextArea
from ui.i18n import error_text, tr
from ui.scanner.bridge import ScannerStatus
from ui.scanner.capture_widget import CaptureWidget
from ui.scanner.trainer_panel import TrainerPanel

FINGER_ROLE = Qt.ItemDataRole.UserRole
PREFIX = "person."


class EnrolmentView(QWidget):
    def __init__(self, ctx: AppContext, status: ScannerStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentView")
        self.ctx = ctx
        self.taken: dict[Finger, list[Impression]] = {}
        self.photo: bytes | None = None
        heading = QLabel(self.tr("CRO enrolment"), objectName="heading")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold")
        self.banner = MessageLabel()
        self.banner.setObjectName("enrolMessage")
        self.saved_note = QLabel(objectName="enrolSaved", wordWrap=True)
        self.saved_note.setStyleSheet("color: #1e7e34; font-weight: bold")
        self.saved_note.hide()
        self.person = PersonFields(ctx, PREFIX, full=True)
        self.category = QComboBox(objectName="category")
        for category in Category:
            self.category.addItem(tr(CATEGORY_NAMES[category]), category.value)
        self.reason = TextArea(rows=3)
        self.reason.setObjectName("reason")
        self.photo_view = QLabel(self.tr("No photo"), objectName="photoPreview",
                                 alignment=Qt.AlignmentFlag.AlignCenter)
        self.photo_view.setFixedSize(96, 120)
        self.photo_view.setStyleSheet("background: #eee; border: 1px solid #bbb")
        photo_button = QPushButton(self.tr("Choose &photo..."), objectName="choosePhoto")
        photo_button.setAutoDefault(False)
        photo_button.clicked.connect(self.choose_photo)
        photo_row = QWidget()
        photo_layout = QHBoxLayout(photo_row)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_view)
        photo_layout.addWidget(photo_button, 0, Qt.AlignmentFlag.AlignBottom)
        photo_layout.addStretch()
        grid = FormGrid()
        grid.add_wide(self.person)
        grid.add_row((self.tr("C&ategory"), self.category, "category"))
        grid.add_row((self.tr("&Reason on record"), self.reason, "reason"))
        grid.add_row((self.tr("Photo"), photo_row, "photo"))
        self.slots = {**grid.slots, **self.person.slots()}
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addLayout(grid)
        form_layout.addStretch()
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(form)
        self.fingers = QListWidget(objectName="enrolFingers")
        self.fingers.setMinimumHeight(150)  # five fingers in view: the list scrolls for the rest
        self.fingers.setMaximumHeight(220)
        for finger in Finger:
            item = QListWidgetItem()
            item.setData(FINGER_ROLE, finger)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if finger in DEFAULT_FINGERS else Qt.CheckState.Unchecked)
            self.fingers.addItem(item)
        self.fingers.itemChanged.connect(lambda _item: self._refresh())
        retake = QPushButton(self.tr("Re&take the selected finger"), objectName="retakeFinger")
        retake.setAutoDefault(False)
        retake.clicked.connect(self.retake)
        self.capture = CaptureWidget(status, self)
        self.capture.captured.connect(self.assess)
        self.step = QLabel(objectName="enrolStep", wordWrap=True)
        self.step.setStyleSheet("font-weight: bold")
        self.verdict = MessageLabel()
        self.verdict.setObjectName("impressionVerdict")
        self.save_button = QPushButton(self.tr("&Save the record"), objectName="saveEnrolment")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Fingers to take (%1 impressions each)")
                              .replace("%1", str(IMPRESSIONS_PER_FINGER))))
        side.addWidget(self.fingers)
        side.addWidget(retake, 0, Qt.AlignmentFlag.AlignLeading)
        side.addWidget(self.step)
        side.addWidget(self.capture)
        side.addWidget(self.verdict)
        self.trainer: TrainerPanel | None = None
        if ctx.sensor is not None:
            self.trainer = TrainerPanel(ctx, ctx.sensor, self)
            side.addWidget(self.trainer)
        side.addStretch()
        side.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTrailing)
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.saved_note)
        layout.addLayout(body, 1)
        self.display = ProblemDisplay(self.banner, lambda: self.slots, scroll)
        self.submitter = Submitter(ctx.ops, self, self._saved, self.display.show, lambda: None)
        self._refresh()

    # --- fingers ------------------------------------------------------------------

    def chosen(self) -> list[Finger]:
        return [Finger(item.data(FINGER_ROLE)) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def _items(self) -> list[QListWidgetItem]:
        return [self.fingers.item(row) for row in range(self.fingers.count())]

    def current_finger(self) -> Finger | None:
        """The first chosen finger that still needs impressions."""
        return next((f for f in self.chosen() if len(self.taken.get(f, [])) < IMPRESSIONS_PER_FINGER), None)

    def _refresh(self) -> None:
        self.fingers.blockSignals(True)
        for item in self._items():
            listed = Finger(item.data(FINGER_ROLE))
            count = len(self.taken.get(listed, []))
            item.setText(self.tr("%1: %2 of %3").replace("%1", tr(FINGER_NAMES[listed])).replace("%2", str(count))
                         .replace("%3", str(IMPRESSIONS_PER_FINGER)))
        self.fingers.blockSignals(False)
        finger = self.current_finger()
        if finger is None:
            self.step.setText(self.tr("Every chosen finger is taken. Check the record and save it (Ctrl+S)."))
            return
        number = len(self.taken.get(finger, [])) + 1
        self.step.setText(self.tr("Next: %1, impression %2 of %3").replace("%1", tr(FINGER_NAMES[finger]))
                          .replace("%2", str(number)).replace("%3", str(IMPRESSIONS_PER_FINGER)))
        if self.trainer is not None:  # the trainer's hand follows the finger asked for
            self.trainer.finger.setCurrentIndex(int(finger) - 1)

    def retake(self) -> None:
        item = self.fingers.currentItem()
        if item is not None:
            self.taken.pop(Finger(item.data(FINGER_ROLE)), None)
            self.verdict.set_error("")
            self._refresh()

    @Slot(object)
    def assess(self, capture: Capture) -> None:
        finger = self.current_finger()
        if finger is None:
            self.verdict.set_error(self.tr("Every chosen finger is taken: tick another finger or save."))
            return
        earlier = list(self.taken.get(finger, []))
        service = self.ctx.services.enrolment
        self.verdict.set_error("")
        self.ctx.ops.compute(lambda: service.assess(capture.pixels, capture.dpi, earlier),
                             lambda impression: self._accepted(finger, impression), self._refused)

    def _accepted(self, finger: Finger, impression: Impression) -> None:
        self.taken.setdefault(finger, []).append(impression)
        self.verdict.set_warning("")
        self._refresh()

    def _refused(self, error: ThanaError) -> None:
        self.verdict.set_error(error_text(error))

    # --- photo and saving ---------------------------------------------------------------

    def choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Photo of the person"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if name:  # decoding a large picture takes a moment: off the GUI thread
            self.ctx.ops.compute(lambda: read_photo(Path(name)), self.show_photo,
                                 lambda error: self.slots["photo"].label.set_error(error_text(error)))

    def show_photo(self, photo: bytes) -> None:
        self.photo = photo
        self.slots["photo"].label.set_error("")
        pixmap = QPixmap()
        pixmap.loadFromData(photo)
        self.photo_view.setPixmap(pixmap.scaled(self.photo_view.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))

    def draft(self) -> EnrolmentDraft:
        return EnrolmentDraft(
            person=self.person.ref() or PartyRef(),  # nobody named: the core says so at the name
            category=self.category.currentData(), reason=self.reason.text(),
            fingers={f: list(self.taken.get(f, [])) for f in self.chosen()}, photo=self.photo)

    def submit(self) -> None:
        self.display.clear()
        self.saved_note.hide()
        try:
            draft = self.draft()
        except ThanaError as error:
            self.display.show(error)
            return
        actor, service, demo = self.ctx.require_actor(), self.ctx.services.enrolment, self.ctx.demo
        self.submitter.submit(lambda: service.enrol(actor, draft, is_demo=demo))

    def _saved(self, record: CroRecord) -> None:
        fingers = len({i.finger for i in record.impressions})
        self.taken.clear()
        self.photo = None
        self.photo_view.clear()
        self.photo_view.setText(self.tr("No photo"))
        self.reason.clear()
        self.person.unlink()
        self.person.set_draft(PersonDraft())
        self.verdict.set_error("")
        self.saved_note.setText(self.tr("Saved: the CRO record of %1 with %2 fingers.")
                                .replace("%1", person_label(record.person, self.ctx.urdu)).replace("%2", str(fingers)))
        self.saved_note.show()
        self._refresh()
