"""The session lock: after some minutes without input (or on request) the windows hide behind a
password prompt. The same user's password brings everything back, unsaved forms included; choosing
another user discards the open forms, so nothing is ever saved under the wrong name."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ThanaError
from ui.context import AppContext
from ui.forms.widgets import MessageLabel, Submitter
from ui.i18n import error_text

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                       QEvent.Type.Wheel, QEvent.Type.TouchBegin})
SWITCH_USER = 2  # LockDialog's result when someone else is to log in


class IdleWatcher(QObject):
    """Emits ``idle`` once no key, mouse or touch input has reached the application for ``interval_ms``."""

    idle = Signal()

    def __init__(self, app: QApplication, interval_ms: int) -> None:
        super().__init__()
        self.app = app
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self.idle)
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.app.removeEventFilter(self)


class Curtain(QObject):
    """While the lock is up: every window hidden, and any window that opens meanwhile (a result
    arriving from the worker, a warning) hidden too; afterwards the ones still open come back."""

    def __init__(self, app: QApplication, lock: QWidget) -> None:
        super().__init__()
        self.app, self.lock = app, lock
        self.hidden: list[QWidget] = []
        self.finished: set[int] = set()  # dialogs that ended while hidden (their save completed)
        self.restore = True  # False when someone else logs in: nothing of the first session comes back

    def __enter__(self) -> Curtain:
        for widget in self.app.topLevelWidgets():
            if widget.isVisible() and widget is not self.lock:
                self._hide(widget)
        self.app.installEventFilter(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.app.removeEventFilter(self)
        for widget in self.hidden if self.restore else ():
            if shiboken6.isValid(widget) and id(widget) not in self.finished:
                widget.show()

    def _hide(self, widget: QWidget) -> None:
        widget.hide()
        if widget not in self.hidden:
            self.hidden.append(widget)
            if isinstance(widget, QDialog):
                self._watch_finished(widget)

    def _watch_finished(self, dialog: QDialog) -> None:
        key = id(dialog)
        dialog.finished.connect(lambda _result: self.finished.add(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and watched is not self.lock and not self.lock.isAncestorOf(watched)):
            QTimer.singleShot(0, lambda: shiboken6.isValid(watched) and self._hide(watched))
        return False


class LockDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Thana is locked"))
        actor = ctx.require_actor()
        self.password = QLineEdit(objectName="unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel()
        self.unlock_button = QPushButton(self.tr("&Unlock"), objectName="unlock")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Log in as &someone else"), objectName="switchUser")
        self.switch_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.switch_button.clicked.connect(lambda: self.done(SWITCH_USER))
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The session of %1 is locked. Enter the password to continue; "
                                        "your open forms are kept.").replace("%1", actor.username)))
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.password.setFocus()
        self.submitter = Submitter(ctx.ops, self, lambda _r: self.accept(), self._refused, lambda: None)

    def reject(self) -> None:
        """Esc does not unlock."""

    def unlock(self) -> None:
        actor, password = self.ctx.require_actor(), self.password.text()
        self.submitter.submit(lambda: self.ctx.services.users.unlock_session(actor, password))

    def _refused(self, error: ThanaError) -> None:
        self.message.set_error(error_text(error))
        self.password.selectAll()
        self.password.setFocus()
