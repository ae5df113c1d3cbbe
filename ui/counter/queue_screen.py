"""The queue screen: a separate window for a second monitor facing the waiting area, in large type: the
token now called at each counter and the next ones. It polls the database (on the DB worker) every few
seconds, so it follows every counter PC's calls, not only this one's."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.counter.tokens import QueueBoard
from app.errors import ThanaError
from ui.context import AppContext
from ui.i18n import error_text

REFRESH_MS = 3000
CALLED_PT, NEXT_PT = 48, 28


def _label(text: str, points: int, name: str = "") -> QLabel:
    label = QLabel(text, objectName=name)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class QueueScreen(QWidget):
    shown = Signal(object)  # the QueueBoard just drawn (for tests and a status line)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        """A window of its own (for the second monitor), owned by the page so it goes when the page does."""
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("queueScreen")
        self.setWindowTitle(self.tr("Khidmat Markaz: now serving"))
        self.setStyleSheet("QWidget#queueScreen { background: #10243e; } QLabel { color: white; }")
        self.grid = QGridLayout()
        self.upcoming = _label("", NEXT_PT, "upcoming")
        self.upcoming.setWordWrap(True)
        self.problem = QLabel(objectName="queueProblem")
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Now serving"), NEXT_PT))
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.problem)
        self.resize(1024, 640)
        self.closed = False  # a board still on its way when the screen closes is dropped
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self.closed or not self.isVisible():  # nobody is looking (and the workers may be gone)
            return
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.counter.tokens.board(actor), self._show, self._failed)

    def _show(self, board: QueueBoard) -> None:
        if self.closed:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.setParent(None)  # off the screen now, not at the next turn of the event loop
                widget.deleteLater()
        for row, called in enumerate(board.called):
            self.grid.addWidget(_label(self.tr("Counter %1").replace("%1", str(called.counter_no)), CALLED_PT), row, 0)
            self.grid.addWidget(_label(called.label, CALLED_PT, f"calledAt{called.counter_no}"), row, 1)
        waiting = "   ".join(board.waiting) if board.waiting else self.tr("No one is waiting.")
        self.upcoming.setText(self.tr("Next: %1").replace("%1", waiting))
        self.problem.setText("")
        self.shown.emit(board)

    def _failed(self, error: ThanaError) -> None:
        if not self.closed:
            self.problem.setText(error_text(error))

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        self.closed = True
        super().closeEvent(event)  # type: ignore[arg-type]
