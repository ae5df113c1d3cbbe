"""QR codes of document payloads, made and read with zxing-cpp (Qt-free: pixels are numpy arrays).

A payload is all base45 characters, so the code uses the QR's compact alphanumeric mode. Level M
(15 % of the code may be lost) keeps a certificate's code near 80 modules a side while surviving a
smudged photocopy.
"""

from __future__ import annotations

import numpy as np
import zxingcpp

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def qr_modules(payload: str) -> np.ndarray:
    """The code's modules, True where dark, without the quiet zone."""
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    pixels = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False))
    return pixels < 128


def read_qr_codes(grey: np.ndarray) -> list[str]:
    """The text of every QR code found in an 8-bit grey image (dark on light or the reverse)."""
    if grey.ndim != 2 or grey.dtype != np.uint8 or min(grey.shape) < 21:
        return []
    found = zxingcpp.read_barcodes(np.ascontiguousarray(grey), formats=QR_ONLY)
    return [barcode.text for barcode in found if barcode.valid]
