"""Orientation (0/90/180/270) and skew from cheap signals on a small binary copy of the page.

* Skew and text direction: projection profiles of the ink pixels. Text lines make the profile
  across them sharply peaked at the right angle; the direction (rows vs columns) with the sharper
  peaks is the direction of the text lines, which tells upright/upside-down pages from pages
  lying on their side.
* Upright vs upside down: in Latin script ascenders and capitals (b d f h k l t, A-Z, 0-9) are far
  more common than descenders (g j p q y), so each text line has more ink above its x-height band
  than below it. Only when this vote is weak (a line or two, all capitals) does the OCR pass
  decide: :mod:`pipeline.pages` reads the page the likelier way up and, when that reads as
  garbage, the other way too, keeping the better reading.

Angles: ``skew`` is the counter-clockwise angle (degrees) of the text lines in the input as seen
on screen; the page is corrected by rotating it by ``-skew``.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pipeline.cleanup import label, shrink

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
    return float(np.dot(hist, hist)) / (n * n)


def _peakedness(xs: np.ndarray, ys: np.ndarray, angle_deg: float) -> float:
    """Sharpness relative to an even spread over the same extent: comparable between the two
    directions of a page."""
    t = np.deg2rad(angle_deg)
    proj = ys * np.cos(t) + xs * np.sin(t)
    extent = float(np.percentile(proj, 99) - np.percentile(proj, 1)) + 1.0
    return _sharpness(xs, ys, angle_deg) * extent


#: the coarse angle search looks at this many of the points (every n-th); the fine search at all
COARSE_POINTS = 12_000


def _best_angle(xs: np.ndarray, ys: np.ndarray, max_angle: float) -> tuple[float, float]:
    step = max(1, len(xs) // COARSE_POINTS)
    cx, cy = xs[::step], ys[::step]
    coarse = np.arange(-max_angle, max_angle + 1e-6, 0.5)
    scores = [_sharpness(cx, cy, a) for a in coarse]
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
    small, f = shrink(binary, dpi, target_dpi)
    ink = (small < 128).astype(np.uint8)
    return ink, dpi * f


@dataclass
class InkComponents:
    """The ink of a page at the analysis resolution, labelled once: every analysis step (blank
    test, skew and direction, up/down vote) reads these statistics instead of labelling the page
    again."""

    ink: np.ndarray  # uint8 mask, 1 = ink, at ``dpi``
    dpi: float
    labels: np.ndarray  # component label per pixel (0 = paper), uint16 or int32
    stats: np.ndarray  # cv2 CC_STAT_* rows, one per label
    centroids: np.ndarray
    _letter_ink: np.ndarray | None = None

    @property
    def count(self) -> int:
        return len(self.stats)

    def letters(self) -> np.ndarray:
        """Which labels are letter-sized (see :func:`letter_ink`)."""
        return _letter_keep(self.stats, self.dpi)

    def letter_ink(self) -> np.ndarray:
        """The ink of the letter-sized components only (computed once)."""
        if self._letter_ink is None:
            self._letter_ink = (self.letters()[self.labels].astype(np.uint8) if self.count > 1
                                else self.ink)
        return self._letter_ink


def components(binary: np.ndarray, dpi: float, target_dpi: float = ANALYSIS_DPI) -> InkComponents:
    """Downscale a binary page (0 = ink) once to the analysis resolution and label its ink."""
    ink, sdpi = small_ink(binary, dpi, target_dpi)
    _, labels, stats, cents = label(ink)
    return InkComponents(ink=ink, dpi=sdpi, labels=labels, stats=stats, centroids=cents)


def estimate(binary: np.ndarray | None, dpi: float, max_angle: float = 10.0,
             comps: InkComponents | None = None) -> Orientation:
    """Text direction and skew of a binary page (0 = ink), or of its already labelled
    ``comps`` (then ``binary`` is not looked at)."""
    if comps is None:
        comps = components(binary, dpi)
    ink = comps.letter_ink()
    pts = _points(ink)
    if len(pts) < 200:
        return Orientation(quarter=0, skew=0.0, direction_ratio=1.0, ink_points=len(pts))
    xs, ys = pts[:, 0], pts[:, 1]
    a_h, _ = _best_angle(xs, ys, max_angle)
    s_h = _peakedness(xs, ys, a_h)
    # the same points seen with rows and columns swapped (the page turned by 90 degrees cw)
    h = ink.shape[0]
    a_v, _ = _best_angle(h - 1 - ys, xs, max_angle)
    s_v = _peakedness(h - 1 - ys, xs, a_v)
    horizontal = s_h >= s_v
    # neighbouring letters settle it when the profiles are close (few lines, tables)
    keep = comps.letters()
    share, n_pairs = neighbour_direction(ink, stats=comps.stats[keep], centroids=comps.centroids[keep])
    if n_pairs >= 6 and (max(s_h, s_v) / max(min(s_h, s_v), 1e-9) < 1.6 or abs(share - 0.5) > 0.3):
        horizontal = share >= 0.5
    if horizontal:
        return Orientation(quarter=0, skew=a_h, direction_ratio=s_h / max(s_v, 1e-9), ink_points=len(pts))
    return Orientation(quarter=90, skew=a_v, direction_ratio=s_v / max(s_h, 1e-9), ink_points=len(pts))


def neighbour_direction(ink: np.ndarray | None, limit: int = 2500, stats: np.ndarray | None = None,
                        centroids: np.ndarray | None = None) -> tuple[float, int]:
    """Share of letters whose nearest neighbouring letter lies beside them rather than above or
    below (letters of a word sit closer together than lines do), and how many pairs voted.
    High share: text lines run horizontally. Takes the ink mask, or the statistics and centroids
    of its components (without the paper label) when they are known already."""
    if stats is None:
        _, _, stats, centroids = label(ink)
        stats, centroids = stats[1:], centroids[1:]
    if len(stats) <= 2:
        return 0.5, 0
    hs = stats[:, cv2.CC_STAT_HEIGHT]
    ws = stats[:, cv2.CC_STAT_WIDTH]
    c = centroids
    size = np.maximum(hs, ws)
    med = np.median(size)
    keep = size >= 0.5 * med  # no dots, commas or specks
    c = c[keep]
    if len(c) < 4:
        return 0.5, 0
    if len(c) > limit:
        c = c[np.random.default_rng(0).choice(len(c), limit, replace=False)]
    horiz = 0
    vert = 0
    c = c.astype(np.float32)
    cx, cy = c[:, 0], c[:, 1]
    for start in range(0, len(c), 500):
        chunk = c[start:start + 500]
        dx = chunk[:, 0, None] - cx[None, :]
        dy = chunk[:, 1, None] - cy[None, :]
        dist = dx * dx + dy * dy  # squared: the same nearest neighbour, no square root
        dist[np.arange(len(chunk)), np.arange(start, start + len(chunk))] = np.inf
        j = np.argmin(dist, axis=1)
        v = c[j] - chunk
        ang = np.degrees(np.arctan2(np.abs(v[:, 1]), np.abs(v[:, 0])))
        horiz += int((ang < 30).sum())
        vert += int((ang > 60).sum())
    total = horiz + vert
    return (horiz / total if total else 0.5), total


def letter_ink(ink: np.ndarray, dpi: float) -> np.ndarray:
    """Only letter-sized components: big blobs (logos, photos, black bars, rules) and specks
    mislead both the skew and the up/down test."""
    n, labels, stats, _ = label(ink)
    if n <= 1:
        return ink
    return _letter_keep(stats, dpi)[labels].astype(np.uint8)


def _letter_keep(stats: np.ndarray, dpi: float) -> np.ndarray:
    hs, ws = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    keep = (hs <= 0.6 * dpi) & (ws <= 0.6 * dpi) & (stats[:, cv2.CC_STAT_AREA] >= 3)
    keep[0] = False
    return keep


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


def updown_vote(ink: np.ndarray, dpi: float, letters_only: bool = False) -> tuple[float, int]:
    """For an upright or upside-down deskewed ink mask: (vote in [-1, 1], lines that voted).
    Positive: upright; negative: upside down. ``letters_only``: the mask holds letter-sized
    components only already (see :func:`letter_ink`)."""
    if not letters_only:
        ink = letter_ink(ink, dpi)
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
