"""The main window: a shell with one view per register, nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.complaints.service import READERS as COMPLAINT_READERS
from app.errors import ThanaError
from app.registers.fir import FirHistory
from app.security.permissions import Permission, allowed
from app.storage.models import DiaryEntry, PoliceStation
from devices.scanner import Scanner
from ui.complaints.page import ComplaintsPage
from ui.context import AppContext
from ui.counter.decisions import DecisionsPage
from ui.counter.page import CounterPage
from ui.forms.change_password import ChangePasswordDialog
from ui.forms.close_day import CloseDayDialog
from ui.forms.diary_form import DiaryForm
from ui.forms.fir_form import FirForm
from ui.i18n import error_text
from ui.models.paged_table import PagedTableModel
from ui.models.registers import DIARY_COLUMNS, diary_source, fir_columns, fir_source
from ui.sync.window import add_sync
from ui.views.audit_view import AuditView
from ui.views.check_view import CheckView
from ui.views.diary_record import DiaryRecordDialog
from ui.views.enrolment_view import EnrolmentView
from ui.views.fir_record import FirRecordDialog
from ui.views.register_view import RegisterView
from ui.views.scanner_view import ScannerView, describe
from ui.views.users_view import UsersView

ROW_HEIGHT = {False: 26, True: 34}  # Urdu rows are taller (Naskh in tables)
SCANNER_WORK = (Permission.ENROL_FINGERPRINTS, Permission.RUN_IDENTIFICATION, Permission.MANAGE_USERS)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    logout_requested = Signal()
    lock_requested = Signal()

    def __init__(self, ctx: AppContext, station: PoliceStation, insecure_key: bool) -> None:
        super().__init__()
        self.ctx, self.station = ctx, station
        actor = ctx.require_actor()
        assert actor.station_id is not None
        self.setObjectName("mainWindow")
        name = station.name_ur if ctx.urdu else station.name_en
        self.setWindowTitle(self.tr("Thana: Police Station %1").replace("%1", name))
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.nav = QListWidget(objectName="registerNav")
        self.firs: RegisterView | None = None
        self.diary: RegisterView | None = None
        self.audit: AuditView | None = None
        if allowed(actor.role, Permission.VIEW_REGISTERS):
            rows = ROW_HEIGHT[ctx.urdu]
            fir_src, diary_src = fir_source(ctx.services.queries, actor), diary_source(ctx.services.queries, actor)
            self.firs = RegisterView(self.tr("Register No. I: First Information Reports"),
                                     PagedTableModel(fir_columns(ctx.urdu), fir_src), fir_src, ctx.ops, rows)
            self.diary = RegisterView(self.tr("Register No. II: Daily Diary (Roznamcha)"),
                                      PagedTableModel(DIARY_COLUMNS, diary_src), diary_src, ctx.ops, rows)
            self.firs.setObjectName("firRegister")
            self.diary.setObjectName("diaryRegister")
            self.firs.opened.connect(self.open_fir)
            self.diary.opened.connect(self.open_diary_entry)
            self._page(self.firs, self.tr("FIR register"))
            self._page(self.diary, self.tr("Daily diary"))
        self.users: UsersView | None = None
        if allowed(actor.role, Permission.MANAGE_USERS):
            self.users = UsersView(ctx)
            self._page(self.users, self.tr("Users"))
        if allowed(actor.role, Permission.VIEW_AUDIT):
            self.audit = AuditView(ctx)
            self._page(self.audit, self.tr("Audit trail"))
        self.check: CheckView | None = None
        self.enrolment: EnrolmentView | None = None
        self.scanner: ScannerView | None = None
        if ctx.scanners is not None and allowed(actor.role, Permission.RUN_IDENTIFICATION):
            self.check = CheckView(ctx, ctx.scanners)
            self._page(self.check, self.tr("Fingerprint check"))
            ctx.ops.compute(ctx.services.gallery.warm_up)  # the first check should not wait for the load
        if ctx.scanners is not None and allowed(actor.role, Permission.ENROL_FINGERPRINTS):
            self.enrolment = EnrolmentView(ctx, ctx.scanners)
            self._page(self.enrolment, self.tr("CRO enrolment"))
        if ctx.scanners is not None and any(allowed(actor.role, p) for p in SCANNER_WORK):
            self.scanner = ScannerView(ctx, ctx.scanners)
            self._page(self.scanner, self.tr("Fingerprint scanner"))
        self.counter: CounterPage | None = None
        if allowed(actor.role, Permission.COUNTER_WORK):
            self.counter = CounterPage(ctx, station)
            self._page(self.counter, self.tr("Khidmat Markaz counter"))
        self.complaints: ComplaintsPage | None = None
        if any(allowed(actor.role, p) for p in COMPLAINT_READERS):
            self.complaints = ComplaintsPage(ctx)
            self._page(self.complaints, self.tr("Complaints"))
        self.decisions: DecisionsPage | None = None
        if allowed(actor.role, Permission.DECIDE_APPLICATION):
            self.decisions = DecisionsPage(ctx)
            self._page(self.decisions, self.tr("Counter decisions"))
        if not self.stack.count():
            note = QLabel(self.tr("Your role has no station registers to show here."), objectName="noRegisters")
            self._page(note, self.tr("Start"))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.nav.setMaximumWidth(220)
        # a wide page (the counter's rows of buttons) must not squeeze the page names out of sight
        self.nav.setMinimumWidth(min(220, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12))
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        for banner in self._banners(insecure_key):
            layout.addWidget(banner)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self._actions()
        user = QLabel(f"{actor.username} · {name}", objectName="userLabel")
        self.scanner_state = QLabel(objectName="scannerState")
        self.statusBar().addPermanentWidget(self.scanner_state)
        self.statusBar().addPermanentWidget(user)
        if ctx.scanners is not None:
            ctx.scanners.changed.connect(self._show_scanner)
        self._show_scanner(ctx.scanners.current if ctx.scanners is not None else None)
        ctx.ops.busy_changed.connect(self._show_busy)  # a bound slot: disconnected when this window goes
        self.sync = add_sync(self, ctx)  # status, problems panel, watchlist and "Sync now", if sync runs

    @Slot(object)
    def _show_scanner(self, scanner: Scanner | None) -> None:
        self.scanner_state.setText(self.tr("Scanner: %1").replace("%1", describe(scanner)) if scanner is not None
                                   else self.tr("Scanner: none connected"))

    def _page(self, widget: QWidget, label: str) -> None:
        self.stack.addWidget(widget)
        self.nav.addItem(label)

    def _show_busy(self, running: int) -> None:
        self.statusBar().showMessage(self.tr("Working...") if running else "")

    def _banners(self, insecure_key: bool) -> list[QLabel]:
        banners = []
        if insecure_key:
            banners.append(self._banner("keyFileBanner", "#fff3cd", self.tr(
                "Warning: the database key is kept in a key file, not in the protected key store. "
                "Anyone who copies the key file and the database can read the registers.")))
        if self.ctx.demo:
            banners.append(self._banner("trainingBanner", "#d1ecf1", self.tr(
                "TRAINING: synthetic demo data. Nothing here is a real person or case.")))
        return banners

    def _banner(self, name: str, colour: str, text: str) -> QLabel:
        label = QLabel(text, objectName=name)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        label.setStyleSheet(f"background: {colour}; color: #222; padding: 6px; border-radius: 3px")
        return label

    def _actions(self) -> None:
        role = self.ctx.require_actor().role
        menu = self.menuBar().addMenu(self.tr("&Registers"))
        toolbar = self.addToolBar(self.tr("Registers"))
        toolbar.setObjectName("mainToolbar")
        specs = [
            ("newFir", self.tr("New &FIR"), QKeySequence("Ctrl+N"), self.new_fir, Permission.REGISTER_FIR),
            ("newDiary", self.tr("New &diary entry"), QKeySequence("Ctrl+D"), self.new_diary_entry,
             Permission.WRITE_DIARY),
            ("closeDay", self.tr("&Close a diary day..."), QKeySequence(), self.close_diary_day,
             Permission.CLOSE_DIARY_DAY),
            ("find", self.tr("&Search"), QKeySequence("Ctrl+F"), self.focus_search, None),
            ("openRecord", self.tr("&Open selected"), QKeySequence("Ctrl+O"), self.open_selected, None),
        ]
        for name, text, keys, slot, permission in specs:
            action = QAction(text, self, objectName=name, shortcut=keys)
            action.triggered.connect(slot)
            action.setEnabled(permission is None or allowed(role, permission))
            menu.addAction(action)
            toolbar.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        other = "en" if self.ctx.urdu else "ur"
        switch = QAction("اردو" if other == "ur" else "English", self, objectName="switchLanguage",
                         shortcut=QKeySequence("Ctrl+L"))
        switch.triggered.connect(lambda: self.language_requested.emit(other))
        view.addAction(switch)
        toolbar.addAction(switch)
        session = self.menuBar().addMenu(self.tr("&Session"))
        logout = QAction(self.tr("Log &out"), self, objectName="logout", shortcut=QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self.logout_requested.emit)
        session.addAction(logout)
        lock = QAction(self.tr("&Lock the screen"), self, objectName="lock", shortcut=QKeySequence("F12"))
        lock.triggered.connect(self.lock_requested.emit)
        session.addAction(lock)
        password = QAction(self.tr("&Change my password..."), self, objectName="changePassword")
        password.triggered.connect(self.change_password)
        session.addAction(password)

    # --- commands --------------------------------------------------------------

    def current_view(self) -> RegisterView | None:
        view = self.stack.currentWidget()
        return view if isinstance(view, RegisterView) else None

    def _refresh(self, view: RegisterView | None) -> None:
        if view is not None:
            view.refresh()
        if self.ctx.sync is not None:
            self.ctx.sync.refresh()  # a save queued an operation: the pending count follows

    def focus_search(self) -> None:
        if (view := self.current_view()) is not None:
            view.focus_search()

    def new_fir(self) -> None:
        form = FirForm(self.ctx, None, self)
        form.saved.connect(lambda _fir: self._refresh(self.firs))
        form.open()

    def new_diary_entry(self) -> None:
        form = DiaryForm(self.ctx, None, self)
        form.saved.connect(lambda _entry: self._refresh(self.diary))
        form.open()

    def close_diary_day(self) -> None:
        dialog = CloseDayDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._refresh(self.diary))
        dialog.open()

    def open_selected(self) -> None:
        view = self.current_view()
        record_id = view.selected_id() if view is not None else None
        if record_id is None:
            return
        if view is self.firs:
            self.open_fir(record_id)
        else:
            self.open_diary_entry(record_id)

    def change_password(self) -> None:
        ChangePasswordDialog(self.ctx, self).open()

    def open_diary_entry(self, entry_id: int) -> None:
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.diary.entry(actor, entry_id), self._show_diary_entry, self._failed)

    def _show_diary_entry(self, entry: DiaryEntry) -> None:
        dialog = DiaryRecordDialog(self.ctx, entry, self)
        dialog.corrected.connect(lambda _entry: self._refresh(self.diary))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_fir(self, root_id: int) -> None:
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.firs.history(actor, root_id), self._show_fir, self._failed)

    def _show_fir(self, history: FirHistory) -> None:
        dialog = FirRecordDialog(self.ctx, history, self.station, self)
        dialog.changed.connect(lambda: self._refresh(self.firs))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _failed(self, error: ThanaError) -> None:
        QMessageBox.warning(self, self.tr("Thana"), error_text(error))
