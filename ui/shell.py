"""The session controller: login, the main window, language switches, the idle lock, logout."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from app import settings
from ui.context import AppContext
from ui.fonts import apply_app_font
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.session_lock import SWITCH_USER, Curtain, IdleWatcher, LockDialog


class Shell(QObject):
    """Owns the one main window; rebuilding it is how the language changes."""

    def __init__(self, app: QApplication, ctx: AppContext, insecure_key: bool, idle_ms: int | None = None) -> None:
        """``idle_ms`` overrides the idle-lock setting (tests)."""
        super().__init__()
        self.app, self.ctx, self.insecure_key = app, ctx, insecure_key
        self.window: MainWindow | None = None
        self.idle_ms = idle_ms
        self.watcher: IdleWatcher | None = None
        self.locked = False

    def set_language(self, code: str) -> None:
        self.ctx.language.apply(code)
        apply_app_font(self.app, urdu=self.ctx.urdu)

    def login(self) -> bool:
        dialog = LoginDialog(self.ctx)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_main(self) -> MainWindow:
        actor = self.ctx.require_actor()
        assert actor.station_id is not None
        station = self.ctx.services.reference.station(actor.station_id)
        old = self.window
        self.window = MainWindow(self.ctx, station, self.insecure_key)
        self.window.language_requested.connect(self.switch_language)
        self.window.logout_requested.connect(self.logout)
        self.window.lock_requested.connect(lambda: self.lock("request"))
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()
        self._watch()
        return self.window

    def _watch(self) -> None:
        """The idle time is read at every login, so the admin's change applies from the next one."""
        interval = self.idle_ms or int(self.ctx.services.settings.get(settings.IDLE_LOCK_MINUTES)) * 60_000
        if self.watcher is None:
            self.watcher = IdleWatcher(self.app, interval)
            self.watcher.idle.connect(lambda: self.lock("idle"))
        else:
            self.watcher.timer.setInterval(interval)

    def lock(self, reason: str) -> None:
        """Hide every window behind the lock; the same password shows them again as they were."""
        if self.locked or self.ctx.actor is None:
            return
        self.locked = True
        actor = self.ctx.actor
        self.ctx.ops.db(lambda: self.ctx.services.users.lock_session(actor, reason))
        if self.watcher is not None:
            self.watcher.pause()
        dialog = LockDialog(self.ctx)
        try:
            with Curtain(self.app, dialog) as curtain:
                result = dialog.exec()
                if result == SWITCH_USER:
                    self._discard_forms()
                    curtain.restore = False
        finally:
            self.locked = False
            if self.watcher is not None:
                self.watcher.resume()
        if result == SWITCH_USER:
            self.logout()

    def _discard_forms(self) -> None:
        """Open forms belong to the user leaving: closed unsaved, never saved under the next name."""
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget is not self.window:
                widget.reject()

    def switch_language(self, code: str) -> None:
        """Save the choice, then rebuild the window in the new language and direction."""
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.settings.set(actor, settings.LANGUAGE, code))
        self.set_language(code)
        self.show_main()

    def close(self) -> None:
        """The session ends without quitting the application (a test's end): the window closes and the
        idle lock stops watching, so it can never fire once the worker pools are gone."""
        if self.watcher is not None:
            self.watcher.stop()
        if self.window is not None:
            self.window.close()

    def logout(self) -> None:
        self._discard_forms()
        if self.window is not None:
            self.window.hide()
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.users.logout(actor))
        self.ctx.actor = None
        if self.login():
            self.show_main()
            if self.watcher is not None:
                self.watcher.resume()
        else:
            self.app.quit()
