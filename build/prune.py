"""Remove shared libraries of the frozen program that nothing in it loads.

PyInstaller collects the dependencies of everything it analyses, including plugins the spec then
leaves out (the GTK theme, the framebuffer and VNC platforms): their libraries stay behind, unused.
Starting from what is loaded by name (Python extension modules, Qt plugins, the programs and
libpython), this follows the ELF NEEDED entries and deletes every library outside that closure.

    python build/prune.py build/dist/thana
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return [line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line]


def is_library(path: Path) -> bool:
    return ".so" in path.name and path.is_file()


def prune(folder: Path) -> None:
    internal = folder / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    # Libraries that are only ever loaded as a dependency: candidates for removal.
    candidates = {p.name: p for p in [*internal.glob("*.so*"), *qt_lib.glob("*.so*")]
                  if is_library(p) and not p.name.startswith("libpython")
                  and "cpython-" not in p.name and ".abi3." not in p.name}
    real = {name: path.resolve() for name, path in candidates.items()}
    roots = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
             and p.resolve() not in real.values() and (is_library(p) or p.parent == folder)]
    kept: set[Path] = set()
    queue = list(roots)
    while queue:
        for name in needed(queue.pop()):
            target = real.get(name)
            if target is not None and target not in kept:
                kept.add(target)
                queue.append(target)
    removed = 0
    for name, path in candidates.items():
        if real[name] not in kept:
            if not path.is_symlink():
                removed += path.stat().st_size
            path.unlink()
    for link in internal.glob("*.so*"):  # links left pointing at removed files
        if link.is_symlink() and not link.exists():
            link.unlink()
    print(f"prune: removed {removed / 1e6:.1f} MB of libraries nothing loads")


if __name__ == "__main__":
    prune(Path(sys.argv[1]))
