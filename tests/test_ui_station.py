"""The real windows, driven as a moharrar would: log in to the demo, register an FIR through the form,
find it in the list and by search, print its PDF, switch to Urdu."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import settings
from app.demo.generator import build_demo
from app.errors import KeyUnavailable
from app.security.actor import SYSTEM
from app.security.permissions import Role
from app.services import Services
from app.storage.models import AuditRecord, Fir
from tests.factories import PASSWORD as F_PASSWORD
from tests.qt_helpers import when_modal
from ui.bidi import LRI, PDI
from ui.context import AppContext, DemoUser
from ui.entry import run_station
from ui.fonts import load_fonts
from ui.forms.close_day import CloseDayDialog
from ui.forms.diary_form import DiaryForm
from ui.forms.fir_form import FirForm
from ui.i18n import Language
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.session_lock import LockDialog
from ui.shell import Shell
from ui.views.diary_record import DiaryRecordDialog
from ui.views.fir_record import FirRecordDialog
from ui.views.users_view import AccountDialog

WAIT_MS = 15_000


@pytest.fixture
def ctx(qapp: QApplication, services: Services) -> Iterator[AppContext]:
    load_fonts()
    info = build_demo(services, 11, days=2, stations_per_district=1)
    language = Language(qapp)
    language.apply("en")
    users = [DemoUser(*u) for u in info.users]
    # The demo moharrar first: the account a trainer logs in with.
    users.sort(key=lambda u: u.username != info.moharrar_username)
    context = AppContext(services=services, ops=Ops(), language=language, demo_users=users)
    yield context
    context.ops.shutdown()  # no worker may outlive the test
    language.apply("en")


def moharrar(ctx: AppContext) -> str:
    return ctx.demo_users[0].username


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying the characters: qtbot.keyClicks cannot send Urdu letters."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def plain(cell: str) -> str:
    """A cell's text without its bidi isolates."""
    return cell.replace(LRI, "").replace(PDI, "")


def log_in(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "demoAccounts")
    cell = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert dialog.username.text() == moharrar(ctx)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert ctx.actor is not None and ctx.actor.username == moharrar(ctx)


@pytest.fixture
def shell(qtbot: QtBot, qapp: QApplication, ctx: AppContext) -> Iterator[Shell]:
    log_in(qtbot, ctx)
    shell = Shell(qapp, ctx, insecure_key=False)
    shell.set_language("en")
    shell.show_main()  # the shell owns its windows: a language switch replaces (and deletes) this one
    yield shell
    if shell.window is not None:
        shell.window.close()


@pytest.fixture
def head_moharrar_window(qapp: QApplication, ctx: AppContext) -> Iterator[MainWindow]:
    """The main window of the station's head moharrar, who may correct entries and close days."""
    head = next(u for u in ctx.demo_users if u.role == "head_moharrar" and u.station == ctx.demo_users[0].station)
    ctx.actor = ctx.services.users.login(head.username, head.password)
    shell = Shell(qapp, ctx, insecure_key=False)
    shell.set_language("en")
    window = shell.show_main()
    yield window
    window.close()


def open_fir_form(qtbot: QtBot, window: MainWindow) -> FirForm:
    window.findChild(QAction, "newFir").trigger()
    form = window.findChild(FirForm)
    assert form is not None
    qtbot.waitUntil(lambda: form.sections.matches.topLevelItemCount() > 0, timeout=WAIT_MS)
    return form


def test_wrong_password_is_refused_with_a_message(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, moharrar(ctx))
    qtbot.keyClicks(dialog.password, "not the password")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT_MS)
    assert ctx.actor is None


def test_register_find_search_and_print_an_fir(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    window = shell.window
    assert window is not None
    before = window.firs.model.rowCount()
    form = open_fir_form(qtbot, window)
    now = form.reported_at.value()
    assert now is not None
    form.occurred_from.set_value(now - timedelta(hours=3))
    qtbot.keyClicks(form.place, "Bund Road near the petrol pump")
    qtbot.keyClicks(form.distance, "3.5")
    qtbot.keyClicks(form.complainant.name_en, "Zarbakht Nausherwan")
    type_text(form.complainant.name_ur, "زربخت نوشیروان")
    form.complainant.relation.setCurrentIndex(form.complainant.relation.findData("s/o"))
    qtbot.keyClicks(form.complainant.relative_en, "Nazir Ahmad")
    qtbot.keyClicks(form.complainant.cnic, "3520276543213")
    form.add_accused()
    qtbot.keyClicks(form.accused_rows[0].description, "Unknown man, about 30, blue shalwar kameez")
    qtbot.keyClicks(form.sections.search, "379")
    qtbot.keyClick(form.sections.search, Qt.Key.Key_Return)
    assert len(form.sections.section_ids()) == 1
    assert form.isEnabled() and not form.submitter.busy  # Enter added the section, it did not submit
    qtbot.keyClicks(form.first_information, "My motorcycle LEB-1234 was stolen from outside the bank.")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    fir: Fir = saved.args[0]
    number = f"{fir.serial}/{fir.year}"
    assert fir.complainant.cnic == "35202-7654321-3"  # typed bare, kept in 5-7-1 form

    # In the list: the newest FIR is at the top.
    qtbot.waitUntil(lambda: window.firs.model.rowCount() == before + 1, timeout=WAIT_MS)
    top = window.firs.model.index(0, 0)
    assert plain(window.firs.model.data(top)) == number

    # By search: the Urdu name, the number as written, the CNIC.
    for query in ("نوشیروان", number, "35202-7654321-3", "motorcycle bank"):
        with qtbot.waitSignal(window.firs.search_done, timeout=WAIT_MS) as done:
            window.firs.search.setText(query)
        assert done.args == [1], query
        assert plain(window.firs.model.data(window.firs.model.index(0, 0))) == number

    # The record view, and its court copy as a PDF.
    window.open_fir(fir.root_id or fir.id)
    qtbot.waitUntil(lambda: window.findChild(FirRecordDialog) is not None, timeout=WAIT_MS)
    record = window.findChild(FirRecordDialog)
    pdf = record.write_pdf(tmp_path / "fir.pdf", "en")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert number in text and "Zarbakht Nausherwan" in text and "379" in text
    record.close()


def test_invalid_form_shows_messages_by_the_fields_and_saves_nothing(qtbot: QtBot, shell: Shell) -> None:
    window = shell.window
    assert window is not None
    count = window.firs.model.rowCount()
    form = open_fir_form(qtbot, window)
    type_text(form.complainant.name_en, "Ali محمد")  # mixed scripts in an English name
    qtbot.keyClicks(form.complainant.cnic, "9520276543213")  # no province 9
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    slots = form.all_slots()
    qtbot.waitUntil(lambda: bool(form.banner.error), timeout=WAIT_MS)
    for name in ("place", "first_information", "sections", "complainant.name_en", "complainant.cnic"):
        assert slots[name].label.error, name
        assert slots[name].label.isVisibleTo(form), name
    assert form.isVisible()
    assert window.firs.model.rowCount() == count
    assert shell.ctx.services.queries.fir_count(shell.ctx.require_actor()) == count


def test_f2_sets_now_and_ctrl_s_saves_a_diary_entry(qtbot: QtBot, shell: Shell) -> None:
    window = shell.window
    assert window is not None
    window.nav.setCurrentRow(1)
    before = window.diary.model.rowCount()
    window.findChild(QAction, "newDiary").trigger()
    form = window.findChild(DiaryForm)
    form.received.known.setChecked(True)  # type: ignore[union-attr]
    form.received.set_value(form.received.value() - timedelta(hours=5))  # type: ignore[operator]
    qtbot.keyPress(form.received.edit, Qt.Key.Key_F2)
    assert abs((form.received.value() - shell.ctx.services.diary.clock()).total_seconds()) < 120  # type: ignore[operator]
    type_text(form.text, "گشت پر روانگی: اے ایس آئی مع دو کانسٹیبلان")
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=WAIT_MS)
    form.text.setFocus()
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        qtbot.keyPress(form.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.diary.model.rowCount() == before + 1, timeout=WAIT_MS)


def test_switching_to_urdu_turns_the_window_right_to_left(qtbot: QtBot, qapp: QApplication, shell: Shell) -> None:
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    old = shell.window
    assert old is not None
    old.findChild(QAction, "switchLanguage").trigger()
    window = shell.window
    assert window is not None and window is not old
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    # Translated from the .qm built from resources/translations/thana_ur.ts.
    assert window.findChild(QAction, "newFir").text() != "New &FIR"
    assert window.nav.item(0).text() != "FIR register"
    # The form mirrors too, but a date-time keeps its dd-MM-yyyy HH:mm order (Qt would reverse it).
    form = open_fir_form(qtbot, window)
    assert form.isRightToLeft()
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", form.reported_at.edit.text())
    form.reject()
    qtbot.waitUntil(lambda: shell.ctx.ops.idle, timeout=WAIT_MS)
    assert shell.ctx.services.settings.get(settings.LANGUAGE) == "ur"


def test_a_correction_is_made_from_the_record_view_and_the_original_stays_readable(
        qtbot: QtBot, head_moharrar_window: MainWindow) -> None:
    window = head_moharrar_window
    window.firs.table.selectRow(0)
    window.findChild(QAction, "openRecord").trigger()
    qtbot.waitUntil(lambda: window.findChild(FirRecordDialog) is not None, timeout=WAIT_MS)
    record = window.findChild(FirRecordDialog)
    old_place = record.history.current.place
    record.correct()
    form = record.findChild(FirForm)
    qtbot.waitUntil(lambda: form.sections.matches.topLevelItemCount() > 0, timeout=WAIT_MS)
    assert form.place.text() == old_place and form.sections.section_ids()  # starts from the entry
    form.place.setText("Corrected place: Ferozepur Road")
    qtbot.keyClicks(form.reason, "Place written wrongly in the original")
    with qtbot.waitSignal(record.changed, timeout=WAIT_MS):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert record.entries.count() == 2
    assert "Ferozepur Road" in record.document.toPlainText()
    record.entries.setCurrentRow(0)  # the original entry, as it was
    assert old_place in record.document.toPlainText()
    assert "Ferozepur Road" not in record.document.toPlainText()
    record.close()


def test_a_diary_entry_is_corrected_from_its_view_and_a_day_is_closed(
        qtbot: QtBot, head_moharrar_window: MainWindow) -> None:
    window = head_moharrar_window
    window.nav.setCurrentRow(1)
    before = window.diary.model.rowCount()
    window.diary.table.selectRow(0)
    window.findChild(QAction, "openRecord").trigger()
    qtbot.waitUntil(lambda: window.findChild(DiaryRecordDialog) is not None, timeout=WAIT_MS)
    record = window.findChild(DiaryRecordDialog)
    record.correct()
    form = record.findChild(DiaryForm)
    assert form.text.text() == record.entry.text and form.category.currentData() == "correction"
    form.text.setPlainText(record.entry.text + " (time of return corrected to 14:30)")
    with qtbot.waitSignal(record.corrected, timeout=WAIT_MS) as corrected:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert corrected.args[0].corrects_id == record.entry.id
    qtbot.waitUntil(lambda: window.diary.model.rowCount() == before + 1, timeout=WAIT_MS)

    window.findChild(QAction, "closeDay").trigger()
    dialog = window.findChild(CloseDayDialog)
    dialog.submit()  # yesterday: the demo closed it already
    qtbot.waitUntil(lambda: bool(dialog.message.error), timeout=WAIT_MS)
    assert "closed" in dialog.message.error
    dialog.day.setDate(dialog.day.maximumDate())  # today
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.submit()


def test_a_key_file_instead_of_the_keyring_is_shown_as_a_warning(qapp: QApplication, ctx: AppContext) -> None:
    ctx.actor = ctx.services.users.login(ctx.demo_users[0].username, ctx.demo_users[0].password)
    shell = Shell(qapp, ctx, insecure_key=True)
    window = shell.show_main()
    banner = window.findChild(QLabel, "keyFileBanner")
    assert banner is not None and banner.isVisible() and "key file" in banner.text()
    window.close()


@pytest.mark.usefixtures("qapp")
def test_no_keyring_means_a_clear_message_and_no_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(FailKeyring())  # what a machine without a Secret Service gives
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_station installs its own
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)
    try:
        with pytest.raises(KeyUnavailable):
            run_station(tmp_path / "station", None, "en")
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
            root.removeHandler(handler)
            handler.close()
    assert shown and "--key-file" in shown[0]
    assert not (tmp_path / "station" / "thana.db").exists()


def audit_actions(ctx: AppContext, username: str) -> list[str]:
    with ctx.services.db.read() as s:
        return list(s.scalars(select(AuditRecord.action).where(AuditRecord.username == username)
                              .order_by(AuditRecord.id)))


@pytest.mark.security
def test_idle_lock_keeps_the_unsaved_form_for_the_same_user(qtbot: QtBot, qapp: QApplication,
                                                           ctx: AppContext) -> None:
    ctx.actor = ctx.services.users.login(moharrar(ctx), ctx.demo_users[0].password)
    # Long enough that a loaded machine cannot lock before the form is open and typed in; then short.
    shell = Shell(qapp, ctx, insecure_key=False, idle_ms=600_000)
    window = shell.show_main()
    form = open_fir_form(qtbot, window)
    qtbot.keyClicks(form.place, "Half-typed place")
    seen: dict[str, bool] = {}

    def unlock(dialog: LockDialog) -> None:
        seen["form hidden"] = not form.isVisible() and not window.isVisible()
        dialog.password.setText(ctx.demo_users[0].password)
        dialog.unlock()

    when_modal(LockDialog, unlock)
    shell.watcher.timer.setInterval(300)  # type: ignore[union-attr]
    shell.watcher.resume()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "form hidden" in seen and form.isVisible(), timeout=WAIT_MS)
    assert seen["form hidden"] and window.isVisible()
    assert form.place.text() == "Half-typed place"
    qtbot.waitUntil(lambda: ctx.ops.idle, timeout=WAIT_MS)
    assert {"session.lock", "session.unlock"} <= set(audit_actions(ctx, moharrar(ctx)))
    shell.watcher.stop()  # type: ignore[union-attr]
    form.reject()
    window.close()


@pytest.mark.security
def test_another_user_at_the_lock_gets_none_of_the_first_users_draft(qtbot: QtBot, shell: Shell) -> None:
    ctx, window = shell.ctx, shell.window
    assert ctx.actor is not None and window is not None
    before = ctx.services.queries.fir_count(ctx.actor)
    form = open_fir_form(qtbot, window)
    qtbot.keyClicks(form.place, "Draft of the first user")
    head = next(u for u in ctx.demo_users if u.role == "head_moharrar" and u.station == ctx.demo_users[0].station)

    def log_in_as_head(dialog: LoginDialog) -> None:
        dialog.fill(head.username, head.password)
        dialog.try_login()

    when_modal(LockDialog, lambda dialog: dialog.switch_button.click())
    when_modal(LoginDialog, log_in_as_head)
    window.findChild(QAction, "lock").trigger()  # returns once the next user is in
    assert ctx.actor is not None and ctx.actor.username == head.username
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Rejected
    assert ctx.services.queries.fir_count(ctx.actor) == before
    qtbot.waitUntil(lambda: ctx.ops.idle, timeout=WAIT_MS)
    assert audit_actions(ctx, moharrar(ctx))[-2:] == ["session.lock", "logout"]


@pytest.mark.security
def test_the_sho_reads_and_exports_the_audit_trail(qtbot: QtBot, qapp: QApplication, ctx: AppContext,
                                                    tmp_path: Path) -> None:
    sho = next(u for u in ctx.demo_users if u.role == "sho" and u.station == ctx.demo_users[0].station)
    ctx.actor = ctx.services.users.login(sho.username, sho.password)
    window = Shell(qapp, ctx, insecure_key=False).show_main()
    audit = window.audit
    assert audit is not None
    audit.action.setCurrentText("login")
    with qtbot.waitSignal(audit.searched, timeout=WAIT_MS) as shown:
        audit.run_search()
    assert shown.args[0] >= 1
    assert {audit.table.item(row, 3).text() for row in range(audit.table.rowCount())} == {"login"}
    audit.export_to(tmp_path / "audit.csv")
    qtbot.waitUntil(lambda: ctx.ops.idle, timeout=WAIT_MS)
    lines = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("when (PKT),user") and len(lines) == shown.args[0] + 1
    assert audit_actions(ctx, sho.username)[-1] == "audit.export"
    window.close()


def test_a_role_without_registers_gets_a_window_without_them(qapp: QApplication, ctx: AppContext) -> None:
    station_id = ctx.services.users.login(moharrar(ctx), ctx.demo_users[0].password).station_id
    ctx.services.users.create(SYSTEM, username="station.admin", full_name="Admin", role=Role.STATION_ADMIN,
                              password=F_PASSWORD, station_id=station_id)  # users and audit trail, no registers
    ctx.actor = ctx.services.users.login("station.admin", F_PASSWORD)
    window = Shell(qapp, ctx, insecure_key=False).show_main()
    assert window.firs is None and window.audit is not None
    assert not window.findChild(QAction, "newFir").isEnabled()
    window.close()


@pytest.mark.security
def test_the_admin_adds_a_user_and_resets_a_password_with_a_second_admin(
        qtbot: QtBot, qapp: QApplication, ctx: AppContext) -> None:
    station_id = ctx.services.users.login(moharrar(ctx), ctx.demo_users[0].password).station_id
    for name in ("first.admin", "second.admin"):
        ctx.services.users.create(SYSTEM, username=name, full_name=name.title(), role=Role.STATION_ADMIN,
                                  password=F_PASSWORD, station_id=station_id)
    ctx.actor = ctx.services.users.login("first.admin", F_PASSWORD)
    window = Shell(qapp, ctx, insecure_key=False).show_main()
    users = window.users
    assert users is not None
    qtbot.waitUntil(lambda: bool(users.users), timeout=WAIT_MS)
    users.new_user()
    dialog = users.findChild(AccountDialog)
    qtbot.keyClicks(dialog.username, "new.constable")
    qtbot.keyClicks(dialog.full_name, "New Constable")
    for edit in (dialog.password, dialog.again):
        qtbot.keyClicks(edit, "first password 1")
    with qtbot.waitSignal(users.loaded, timeout=WAIT_MS):
        dialog.submit()
    row = [u.username for u in users.users].index("new.constable")
    users.table.selectRow(row)
    users.reset_password()
    reset = [d for d in users.findChildren(AccountDialog) if d.target == "new.constable"][0]
    for edit in (reset.password, reset.again):
        qtbot.keyClicks(edit, "second password 2")
    qtbot.keyClicks(reset.witness, "first.admin")  # the same admin cannot confirm their own reset
    qtbot.keyClicks(reset.witness_password, F_PASSWORD)
    reset.submit()
    qtbot.waitUntil(lambda: bool(reset.banner.error), timeout=WAIT_MS)
    reset.witness.setText("second.admin")
    with qtbot.waitSignal(reset.accepted, timeout=WAIT_MS):
        reset.submit()
    assert ctx.services.users.login("new.constable", "second password 2").username == "new.constable"
    window.close()


@pytest.mark.security
def test_nothing_shows_through_the_lock_and_a_finished_form_stays_closed(qtbot: QtBot, shell: Shell) -> None:
    ctx, window = shell.ctx, shell.window
    assert window is not None
    form = open_fir_form(qtbot, window)
    late = QMessageBox(QMessageBox.Icon.Information, "Thana", "A result that arrived while locked")
    seen: dict[str, bool] = {}

    def while_locked(dialog: LockDialog) -> None:
        form.accept()  # its save finished on the worker while the screen was locked
        late.show()  # and a window opened by a late result

        def then_unlock() -> None:
            seen["late hidden"] = not late.isVisible()
            dialog.password.setText(ctx.demo_users[0].password)
            dialog.unlock()

        QTimer.singleShot(50, then_unlock)

    when_modal(LockDialog, while_locked)
    window.findChild(QAction, "lock").trigger()  # returns once unlocked
    assert seen == {"late hidden": True}
    assert window.isVisible() and late.isVisible()  # both come back
    assert not form.isVisible()  # the finished form does not
    late.close()
    window.close()
