"""The session controller: login, the main window, language switches, logout."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from app import settings
from ui.context import AppContext
from ui.fonts import apply_app_font
from ui.login import LoginDialog
from ui.main_window import MainWindow


class Shell(QObject):
    """Owns the one main window; rebuilding it is how the language changes."""

    def __init__(self, app: QApplication, ctx: AppContext, insecure_key: bool) -> None:
        super().__init__()
        self.app, self.ctx, self.insecure_key = app, ctx, insecure_key
        self.window: MainWindow | None = None

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
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()
        return self.window

    def switch_language(self, code: str) -> None:
        """Save the choice, then rebuild the window in the new language and direction."""
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.settings.set(actor, settings.LANGUAGE, code))
        self.set_language(code)
        self.show_main()

    def logout(self) -> None:
        if self.window is not None:
            self.window.hide()
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.users.logout(actor))
        self.ctx.actor = None
        if self.login():
            self.show_main()
        else:
            self.app.quit()
