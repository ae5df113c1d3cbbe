"""Shrink Qt's ICU data library to the locales Thana speaks (English and Urdu).

Qt's ``libicudata.so.73`` carries every language of the world (32 MB, the largest file of the frozen
program). This keeps the root data, English and Urdu, and ICU's language-independent tables
(normalisation, properties, time zones), and drops legacy code-page converters, transliterators and every other
locale. Needs binutils, gcc and Debian's
``icu-devtools`` (icupkg, genccode); where they are missing the library is left as it is.

    python build/icu_data.py build/dist/thana
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LIBRARY = "libicudata.so.73"
ENTRY = "icudt73"
OURS = re.compile(r"(?:.*/)?(?:root|pool|res_index|en(?:_\w+)?|ur(?:_\w+)?)\.res$")
LOCALE = re.compile(r"(?:.*/)?[a-z]{2,3}(?:_\w*)?\.res$")
DROPPED_KINDS = (".cnv",)
DROPPED_FOLDERS = ("translit/",)


def symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of one data symbol, located through readelf (the library holds nothing else)."""
    symbols = subprocess.run(["readelf", "-Ws", str(library)], capture_output=True, text=True, check=True).stdout
    value, size, section = next((int(f[1], 16), int(f[2], 0), int(f[6])) for f in map(str.split, symbols.splitlines())
                                if len(f) >= 8 and f[7] == symbol)
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    header = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    assert header is not None, f"section {section} of {library}"
    offset = value - int(header.group(1), 16) + int(header.group(2), 16)
    return library.read_bytes()[offset:offset + size]


def unwanted(item: str) -> bool:
    if item.endswith(DROPPED_KINDS) or item.startswith(DROPPED_FOLDERS):
        return True
    return bool(LOCALE.fullmatch(item)) and not OURS.fullmatch(item)


def shrink(folder: Path) -> None:
    library = next(folder.rglob(LIBRARY), None)
    tools = [shutil.which(tool) for tool in ("icupkg", "genccode", "gcc", "readelf")]
    if library is None or not all(tools):
        print(f"icu_data: left {LIBRARY} whole (missing library or tools: icu-devtools, gcc, binutils)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # icupkg wants the package's own name, genccode names the symbol after the file
        full, small = work / f"{ENTRY}l.dat", work / "out" / f"{ENTRY}.dat"
        small.parent.mkdir()
        full.write_bytes(symbol_bytes(library, f"{ENTRY}_dat"))
        items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
        (work / "drop.txt").write_text("\n".join(item for item in items if unwanted(item)) + "\n")
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)], check=True)
        subprocess.run(["genccode", "-d", str(work), str(small)], check=True, capture_output=True)
        source = next(work.glob("*.c"))
        built = work / LIBRARY
        subprocess.run(["gcc", "-shared", "-O0", "-o", str(built), f"-Wl,-soname,{LIBRARY}", "-Wl,-s", str(source)],
                       check=True)
        before = library.stat().st_size
        shutil.copyfile(built, library)
        print(f"icu_data: {LIBRARY} {before / 1e6:.1f} MB -> {library.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    shrink(Path(sys.argv[1]))
