"""The sensor's template flash: numbered positions, an index bitmap, 1:N search, optional JSON file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from devices.emulator import characteristics

# R307's capacity. AS608 variants hold 300 or 1000; pyfingerprint's four 256-bit index pages reach 1024.
DEFAULT_CAPACITY = 1000
PAGE_POSITIONS = 256
PAGES = 4


class TemplateLibrary:
    def __init__(self, capacity: int = DEFAULT_CAPACITY, path: Path | None = None) -> None:
        if not 0 < capacity <= PAGES * PAGE_POSITIONS:
            raise ValueError(f"capacity must be 1..{PAGES * PAGE_POSITIONS}")
        self.capacity = capacity
        self._path = path
        self._templates: dict[int, bytes] = {}
        if path is not None and path.exists():
            self._templates = _read(path, capacity)

    def __len__(self) -> int:
        return len(self._templates)

    def valid(self, position: int) -> bool:
        return 0 <= position < self.capacity

    def store(self, position: int, template: bytes) -> None:
        self._templates[position] = template
        self._save()

    def load(self, position: int) -> bytes | None:
        return self._templates.get(position)

    def delete(self, start: int, count: int) -> None:
        for position in range(start, start + count):
            self._templates.pop(position, None)
        self._save()

    def clear(self) -> None:
        self._templates.clear()
        self._save()

    def index_page(self, page: int) -> bytes:
        """32 bytes; bit p of byte k is position page*256 + 8k + p (pyfingerprint reads bits low first)."""
        bits = bytearray(PAGE_POSITIONS // 8)
        first = page * PAGE_POSITIONS
        for position in self._templates:
            if first <= position < first + PAGE_POSITIONS:
                offset = position - first
                bits[offset // 8] |= 1 << (offset % 8)
        return bytes(bits)

    def search(self, probe: bytes, start: int, count: int) -> tuple[int, int] | None:
        """Lowest matching position in [start, start + count) and its score."""
        for position in sorted(self._templates):
            if start <= position < start + count:
                found = characteristics.score(probe, self._templates[position])
                if found:
                    return position, found
        return None

    def _save(self) -> None:
        if self._path is None:
            return
        text = json.dumps({str(k): v.hex() for k, v in sorted(self._templates.items())}, indent=0)
        partial = self._path.with_name(self._path.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, self._path)  # a crash mid-write leaves the previous library, as flash would


def _read(path: Path, capacity: int) -> dict[int, bytes]:
    stored = json.loads(path.read_text(encoding="utf-8"))
    templates = {int(k): bytes.fromhex(v) for k, v in stored.items()}
    outside = [k for k in templates if not 0 <= k < capacity]
    if outside:
        raise ValueError(f"{path}: positions {outside} are beyond the capacity {capacity}")
    return templates
