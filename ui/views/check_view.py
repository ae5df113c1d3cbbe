"""The check post: one finger on the scanner, then red, yellow or green with the candidates to compare."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app import settings
from app.errors import ThanaError
from app.fingerprints.fingers import CATEGORY_NAMES, FINGER_NAMES, Category, Finger
from app.fingerprints.identification import Candidate, CheckResult, Outcome
from devices.base import Capture
from ui.context import AppContext
from ui.forms.person_fields import person_label
from ui.forms.widgets import FormGrid, MessageLabel, ProblemDisplay
from ui.i18n import tr
from ui.scanner.bridge import ScannerStatus
from ui.scanner.capture_widget import CaptureWidget
from ui.scanner.trainer_panel import TrainerPanel

COLOURS = {Outcome.RED: ("#b00020", "#fde7ea"), Outcome.YELLOW: ("#8a5a00", "#fff4d6"),
           Outcome.GREEN: ("#1e7e34", "#e6f4ea")}
PHOTO_SIZE = QSize(72, 90)


def photo_icon(photo: bytes | None) -> QIcon:
    pixmap = QPixmap()
    if photo is None or not pixmap.loadFromData(photo):
        pixmap = QPixmap(PHOTO_SIZE)
        pixmap.fill(QColor("#d9d9d9"))  # no photo on record: a grey card, not a stranger's face
    return QIcon(pixmap.scaled(PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation))


class CheckView(QWidget):
    def __init__(self, ctx: AppContext, status: ScannerStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkView")
        self.ctx = ctx
        heading = QLabel(self.tr("Fingerprint check"), objectName="heading")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold")
        about = QLabel(self.tr("Take one thumb or index finger. The answer comes from this station's records, "
                               "without the network."), wordWrap=True)
        self.place = QLineEdit(objectName="checkPlace")
        self.place.setPlaceholderText(self.tr("check post or counter, e.g. Thokar Niaz Baig picket"))
        self.saved_place = ""
        self.problem = MessageLabel()
        grid = FormGrid()
        grid.add_row((self.tr("Place of the check"), self.place, "place"))
        self.display = ProblemDisplay(self.problem, lambda: grid.slots)
        self.capture = CaptureWidget(status, self)
        self.capture.captured.connect(self.identify)
        self.verdict = QLabel(objectName="checkVerdict", wordWrap=True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.hide()
        self.candidates = QListWidget(objectName="checkCandidates")
        self.candidates.setIconSize(PHOTO_SIZE)
        self.candidates.setWordWrap(True)
        self.candidates.setSpacing(4)
        self.candidates.setMinimumHeight(2 * (PHOTO_SIZE.height() + 12))
        self.candidates.hide()
        answer = QVBoxLayout()  # beside the print, so the officer sees both at once
        answer.addWidget(self.problem)
        answer.addWidget(self.verdict)
        answer.addWidget(self.candidates, 1)
        answer.addStretch()
        capture = QVBoxLayout()
        capture.addWidget(self.capture)
        if ctx.sensor is not None:
            capture.addWidget(TrainerPanel(ctx, ctx.sensor, self))
        capture.addStretch()
        body = QHBoxLayout()
        body.addLayout(capture, 1)
        body.addLayout(answer, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addLayout(body, 1)
        ctx.ops.db(lambda: ctx.services.settings.get(settings.CHECK_PLACE), self._place_loaded)

    def _place_loaded(self, place: str) -> None:
        self.saved_place = place
        if not self.place.text():
            self.place.setText(place)

    @Slot(object)
    def identify(self, capture: Capture) -> None:
        self.candidates.clear()
        self.candidates.hide()
        self.display.clear()
        self._say(self.tr("Searching the records..."), None)
        actor, place, demo = self.ctx.require_actor(), self.place.text(), self.ctx.demo
        service = self.ctx.services.identification

        def work() -> CheckResult:
            return service.identify(actor, capture.pixels, capture.dpi, place=place, is_demo=demo)

        self.ctx.ops.compute(work, self._show, self._failed)

    def _show(self, result: CheckResult) -> None:
        verdicts = {
            Outcome.RED: self.tr("RED: probable hit. Hold the person and verify the record below."),
            Outcome.YELLOW: self.tr("YELLOW: possible match. Compare the candidates below before deciding."),
            Outcome.GREEN: self.tr("GREEN: no record at this station matches this finger."),
        }
        seconds = self.tr("Answered in %1 s.").replace("%1", f"{result.seconds:.1f}")
        self._say(f"{verdicts[result.outcome]} {seconds}", result.outcome)
        for candidate in result.candidates:
            self.candidates.addItem(self._item(candidate))
        self.candidates.setVisible(bool(result.candidates))
        place = " ".join(self.place.text().split())
        if place != self.saved_place:  # the next check here starts with the same place
            self.saved_place = place
            actor = self.ctx.require_actor()
            self.ctx.ops.db(lambda: self.ctx.services.settings.set(actor, settings.CHECK_PLACE, place))

    def _item(self, c: Candidate) -> QListWidgetItem:
        lines = [
            person_label(c.person, self.ctx.urdu),
            f"{tr(CATEGORY_NAMES[Category(c.category)])}: {c.reason}",
            self.tr("%1, match score %2 of 100").replace("%1", tr(FINGER_NAMES[Finger(c.finger)]))
            .replace("%2", str(round(c.score * 100))),
        ]
        item = QListWidgetItem(photo_icon(c.photo), "\n".join(lines))
        item.setBackground(QColor(COLOURS[c.level][1]))
        return item

    def _failed(self, error: ThanaError) -> None:
        self.verdict.hide()  # no answer was given: only what to do about it
        self.display.show(error)

    def _say(self, text: str, outcome: Outcome | None) -> None:
        self.verdict.setText(text)
        if outcome is None:
            self.verdict.setStyleSheet("font-size: 13pt; padding: 8px")
        else:
            fg, bg = COLOURS[outcome]
            self.verdict.setStyleSheet(f"font-size: 15pt; font-weight: bold; padding: 10px; color: {fg}; "
                                       f"background: {bg}; border: 2px solid {fg}")
        self.verdict.show()
