"""Separator sheets: a QR code or Code 128 barcode whose payload is ``PATCHT``.

zxing-cpp reads the codes; a small copy of the page is tried first (fast, and what most separator
sheets need), then the full-resolution page (small or faint codes). Its own binariser copes with
low contrast, and both symbologies are read at any skew a scanner produces.
"""

from __future__ import annotations

import cv2
import numpy as np
import zxingcpp

SEPARATOR_PAYLOAD = "PATCHT"
_FORMATS = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128)


def read_codes(gray: np.ndarray, dpi: float) -> list[str]:
    """Payloads of every QR / Code 128 code found on the page (small copy first, then full size)."""
    found: list[str] = []
    f = min(1.0, 120.0 / max(dpi, 1.0))
    if f < 0.9:
        small = _shrink(gray, f)
        found = [b.text for b in zxingcpp.read_barcodes(small, formats=_FORMATS, try_downscale=False)]
        if any(is_separator_payload(t) for t in found):
            return found
    # the small copy above already covered the coarse scale, and inverted (light on dark) codes,
    # which are printed large if at all
    full = [b.text for b in zxingcpp.read_barcodes(gray, formats=_FORMATS, try_downscale=f >= 0.9,
                                                     try_invert=f >= 0.9)]
    return found + [t for t in full if t not in found]


def _shrink(gray: np.ndarray, f: float) -> np.ndarray:
    """Area-average ``gray`` by ``f``: first by a whole factor (OpenCV's fast path), then the
    rest on the smaller copy."""
    h, w = gray.shape
    size = (max(1, round(w * f)), max(1, round(h * f)))
    k = int(1.0 / f)
    if k >= 2:
        hk, wk = h // k, w // k
        gray = cv2.resize(gray[:hk * k, :wk * k], (wk, hk), interpolation=cv2.INTER_AREA)
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA)


def is_separator_payload(text: str) -> bool:
    return text.strip().upper() == SEPARATOR_PAYLOAD


def is_separator(gray: np.ndarray, dpi: float) -> bool:
    return any(is_separator_payload(t) for t in read_codes(gray, dpi))
