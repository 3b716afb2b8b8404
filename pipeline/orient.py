"""Orientation (0/90/180/270) and skew from cheap signals on a small binary copy of the page.

* Skew and text direction: projection profiles of the ink pixels. Text lines make the profile
  across them sharply peaked at the right angle; the direction (rows vs columns) with the sharper
  peaks is the direction of the text lines, which tells upright/upside-down pages from pages
  lying on their side.
* Upright vs upside down: in Latin script ascenders and capitals (b d f h k l t, A-Z, 0-9) are far
  more common than descenders (g j p q y), so each text line has more ink above its x-height band
  than below it. Only when this vote is weak is a small strip read by tesseract both ways
  (see :mod:`pipeline.ocr`).

Angles: ``skew`` is the counter-clockwise angle (degrees) of the text lines in the input as seen
on screen; the page is corrected by rotating it by ``-skew``.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

ANALYSIS_DPI = 150.0


@dataclass
class Orientation:
    quarter: int  # 0 or 90: 90 when the text lines run vertically in the input
    skew: float  # degrees, counter-clockwise, of the text lines (in the quarter-turned image)
    direction_ratio: float  # sharpness(chosen direction) / sharpness(other)
    ink_points: int


def _points(ink: np.ndarray, limit: int = 80_000, seed: int = 0) -> np.ndarray:
    ys, xs = np.nonzero(ink)
    pts = np.stack([xs, ys], axis=1).astype(np.float32)
    if len(pts) > limit:
        rng = np.random.default_rng(seed)
        pts = pts[rng.choice(len(pts), limit, replace=False)]
    return pts


def _sharpness(xs: np.ndarray, ys: np.ndarray, angle_deg: float) -> float:
    """Peakedness of the profile of the points projected across lines tilted by ``angle_deg``."""
    t = np.deg2rad(angle_deg)
    # line direction (cos t, -sin t) in image coords (y down) for a counter-clockwise tilt
    proj = ys * np.cos(t) + xs * np.sin(t)
    lo = proj.min()
    hist = np.bincount((proj - lo).astype(np.int32))
    n = float(len(proj))
    extent = float(np.percentile(proj, 99) - np.percentile(proj, 1)) + 1.0
    return float(np.dot(hist, hist)) * extent / (n * n)


def _best_angle(xs: np.ndarray, ys: np.ndarray, max_angle: float) -> tuple[float, float]:
    coarse = np.arange(-max_angle, max_angle + 1e-6, 0.5)
    scores = [_sharpness(xs, ys, a) for a in coarse]
    a0 = float(coarse[int(np.argmax(scores))])
    fine = np.arange(a0 - 0.5, a0 + 0.5 + 1e-6, 0.05)
    fscores = [_sharpness(xs, ys, a) for a in fine]
    i = int(np.argmax(fscores))
    # parabolic refinement between neighbours
    a = float(fine[i])
    if 0 < i < len(fine) - 1:
        l, c, r = fscores[i - 1], fscores[i], fscores[i + 1]
        den = l - 2 * c + r
        if den < 0:
            a += 0.05 * 0.5 * (l - r) / den
    return a, float(fscores[i])


def small_ink(binary: np.ndarray, dpi: float, target_dpi: float = ANALYSIS_DPI
              ) -> tuple[np.ndarray, float]:
    """Ink mask (1 = ink) of a downscaled copy, with long rules removed (they carry no direction
    information a text line does not) and specks dropped."""
    f = min(1.0, target_dpi / dpi)
    h, w = binary.shape
    small = cv2.resize(binary, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)
    ink = (small < 128).astype(np.uint8)
    return ink, dpi * f


def estimate(binary: np.ndarray, dpi: float, max_angle: float = 10.0) -> Orientation:
    """Text direction and skew of a binary page (0 = ink)."""
    ink, sdpi = small_ink(binary, dpi)
    # keep letter-sized components only: big blobs (logos, photos, black bars) and specks mislead
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n > 1:
        hs, ws = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
        keep = (hs <= 0.6 * sdpi) & (ws <= 0.6 * sdpi) & (stats[:, cv2.CC_STAT_AREA] >= 3)
        keep[0] = False
        ink = keep[labels].astype(np.uint8)
    pts = _points(ink)
    if len(pts) < 200:
        return Orientation(quarter=0, skew=0.0, direction_ratio=1.0, ink_points=len(pts))
    xs, ys = pts[:, 0], pts[:, 1]
    a_h, s_h = _best_angle(xs, ys, max_angle)
    # the same points seen with rows and columns swapped (the page turned by 90 degrees cw)
    h = ink.shape[0]
    a_v, s_v = _best_angle(h - 1 - ys, xs, max_angle)
    if s_h >= s_v:
        return Orientation(quarter=0, skew=a_h, direction_ratio=s_h / max(s_v, 1e-9), ink_points=len(pts))
    return Orientation(quarter=90, skew=a_v, direction_ratio=s_v / max(s_h, 1e-9), ink_points=len(pts))


def rotate_quarter(img: np.ndarray, clockwise_deg: int) -> np.ndarray:
    k = (clockwise_deg // 90) % 4
    if k == 0:
        return img
    code = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}[k]
    return cv2.rotate(img, code)


def deskew(img: np.ndarray, skew: float, fill: int = 255,
           interpolation: int = cv2.INTER_CUBIC) -> np.ndarray:
    """Rotate by ``-skew`` about the centre, growing the canvas so no corner is cut off."""
    if abs(skew) < 0.05:
        return img
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), -skew, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(round(h * sin + w * cos)), int(round(h * cos + w * sin))
    m[0, 2] += nw / 2.0 - w / 2.0
    m[1, 2] += nh / 2.0 - h / 2.0
    return cv2.warpAffine(img, m, (nw, nh), flags=interpolation, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=fill)


def updown_vote(ink: np.ndarray, dpi: float) -> tuple[float, int]:
    """For an upright or upside-down deskewed ink mask: (vote in [-1, 1], lines that voted).
    Positive: upright; negative: upside down."""
    h, w = ink.shape
    votes = 0
    total = 0
    n_strips = 3
    min_line, max_line = 0.05 * dpi, 0.5 * dpi
    for s in range(n_strips):
        strip = ink[:, s * w // n_strips:(s + 1) * w // n_strips]
        prof = strip.sum(axis=1).astype(np.float64)
        if prof.max() <= 0:
            continue
        on = prof > max(1.0, 0.03 * prof.max())
        # runs of inked rows are text lines
        edges = np.flatnonzero(np.diff(np.concatenate([[0], on.astype(np.int8), [0]])))
        for y0, y1 in zip(edges[::2], edges[1::2]):
            hgt = y1 - y0
            if hgt < min_line or hgt > max_line:
                continue
            lp = prof[y0:y1]
            if lp.sum() < 20 * hgt * 0.2:
                continue
            core = np.flatnonzero(lp >= 0.45 * lp.max())
            c0, c1 = core[0], core[-1] + 1
            above = lp[:c0].sum()
            below = lp[c1:].sum()
            if above + below < 0.04 * lp.sum():
                continue
            total += 1
            if above > 1.25 * below:
                votes += 1
            elif below > 1.25 * above:
                votes -= 1
    if total == 0:
        return 0.0, 0
    return votes / total, total


def text_strip(binary: np.ndarray, dpi: float, height_in: float = 1.2) -> tuple[int, int]:
    """Rows (y0, y1) of the band of the page with the most text, for a quick trial read."""
    ink = (binary < 128)
    prof = ink.sum(axis=1).astype(np.float64)
    win = max(10, int(height_in * dpi))
    if len(prof) <= win:
        return 0, len(prof)
    # prefer many lines of ordinary text over a few big black blobs: cap each row's contribution
    cap = np.percentile(prof[prof > 0], 90) if (prof > 0).any() else 1.0
    c = np.cumsum(np.minimum(prof, cap))
    sums = c[win:] - c[:-win]
    y0 = int(np.argmax(sums))
    return y0, y0 + win
