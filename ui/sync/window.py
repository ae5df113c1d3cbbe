"""The sync parts of the main window: the status bar, the problems panel, the district watchlist and
"Sync now" (Ctrl+Shift+S). Nothing of it when the app runs without a sync controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from app.security.permissions import Permission, allowed
from ui.context import AppContext
from ui.sync.problems_view import SyncProblemsView
from ui.sync.status_bar import SyncStatusBar
from ui.sync.watchlist_view import WatchlistView

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SYNC_NOW_KEYS = "Ctrl+Shift+S"


class SyncParts(QObject):
    """What the window shows of sync; it goes with the window (parented to it)."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        assert ctx.sync is not None
        sync = ctx.sync
        self.problems = SyncProblemsView(sync)
        self.watchlist: WatchlistView | None = None
        if allowed(ctx.require_actor().role, Permission.VIEW_REGISTERS):
            self.watchlist = WatchlistView(sync)
            window._page(self.watchlist, self.tr("District watchlist"))
        window._page(self.problems, self.tr("Sync problems"))
        self.status = SyncStatusBar(sync)
        self.status.problems_requested.connect(lambda: window.nav.setCurrentRow(window.stack.indexOf(self.problems)))
        window.statusBar().insertPermanentWidget(0, self.status)
        self.sync_now = QAction(self.tr("&Sync now"), window, objectName="syncNow",
                                shortcut=QKeySequence(SYNC_NOW_KEYS))
        self.sync_now.setToolTip(self.tr("Send the queued entries to the national server and fetch what is new "
                                         "(%1)").replace("%1", SYNC_NOW_KEYS))
        self.sync_now.triggered.connect(sync.sync_now)
        menu = window.menuBar().addMenu(self.tr("S&ync"))
        menu.addAction(self.sync_now)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addAction(self.sync_now)


def add_sync(window: MainWindow, ctx: AppContext) -> SyncParts | None:
    return SyncParts(window, ctx) if ctx.sync is not None else None
