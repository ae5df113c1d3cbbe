"""Marking of user-facing core strings for Qt Linguist without importing Qt.

The core only marks strings; the UI translates them with
``QCoreApplication.translate(context, text)``. ``pyside6-lupdate`` finds the
marker by name, so the spelling below must stay exactly ``QT_TRANSLATE_NOOP``.
"""

CORE = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    del context
    return text
