"""Page cleanup with OpenCV, adapting to the page: resolution, scanner border, uneven lighting,
noise, binarisation, form lines, and the blank-page test.

Every function takes and returns plain numpy arrays (uint8 grayscale, dark text on light paper);
the callers record which steps ran in ``Page.steps``.
"""

from __future__ import annotations

import cv2
import numpy as np

#: the resolution pages below ``MIN_NATIVE_DPI`` or above ``MAX_NATIVE_DPI`` are resampled to
WORK_DPI = 300.0
#: scans from here to ``MAX_NATIVE_DPI`` are read at their own resolution: tesseract reads
#: 240-300 dpi text as well as the same page upsampled to 300 dpi, and every step after this
#: one (and tesseract) works on up to 1.56x fewer pixels; 200 dpi scans read worse unless
#: upsampled (harsh tier CER 4.0% -> 5.4%, bench/README.md), so they still are
MIN_NATIVE_DPI = 240.0
MAX_NATIVE_DPI = 400.0


def normalise_resolution(gray: np.ndarray, dpi: float, target: float = WORK_DPI,
                         keep: tuple[float, float] = (MIN_NATIVE_DPI, MAX_NATIVE_DPI)
                         ) -> tuple[np.ndarray, float, str | None]:
    """Resample to ``target`` dpi when the scan's resolution lies outside ``keep`` (a few
    percent of slack): cubic upscaling for low-resolution scans, area averaging for
    high-resolution ones. Returns (image, new dpi, step name or None)."""
    if keep[0] * 0.96 <= dpi <= keep[1] * 1.04:
        return gray, dpi, None
    scale = target / dpi
    if abs(scale - 1.0) < 0.08:
        return gray, dpi, None
    interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
    h, w = gray.shape
    out = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=interp)
    return out, target, f"resample {dpi:.0f}->{target:.0f}dpi"


def label(ink: np.ndarray, connectivity: int = 8
          ) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """``cv2.connectedComponentsWithStats`` of a 0/1 uint8 mask, with 16-bit labels when they
    fit: 3-4x faster than 32-bit labels on a whole page (measured with OpenCV 5.0)."""
    try:
        return cv2.connectedComponentsWithStats(ink, connectivity=connectivity, ltype=cv2.CV_16U)
    except cv2.error:  # more than 65535 components: OpenCV refuses 16-bit labels
        return cv2.connectedComponentsWithStats(ink, connectivity=connectivity, ltype=cv2.CV_32S)


def shrink(img: np.ndarray, dpi: float, small_dpi: float) -> tuple[np.ndarray, float]:
    """A copy of ``img`` at about ``small_dpi`` (area averaging) and the factor used. When the
    ratio is within 10% of a whole number k, the image is shrunk by exactly k (its last few
    rows and columns, fewer than k, are left out): OpenCV's fast path, several times faster than
    area averaging by a fractional factor."""
    ratio = dpi / small_dpi
    if ratio <= 1.001:
        return img, 1.0
    k = int(round(ratio))
    h, w = img.shape[:2]
    if k >= 2 and abs(ratio - k) <= 0.1 * k and h >= k and w >= k:
        hk, wk = h // k, w // k
        return cv2.resize(img[:hk * k, :wk * k], (wk, hk), interpolation=cv2.INTER_AREA), 1.0 / k
    f = 1.0 / ratio
    return cv2.resize(img, (max(1, round(w * f)), max(1, round(h * f))),
                      interpolation=cv2.INTER_AREA), f


def _small(gray: np.ndarray, dpi: float, small_dpi: float) -> tuple[np.ndarray, float]:
    return shrink(gray, dpi, small_dpi)


def histogram_u8(values: np.ndarray) -> np.ndarray:
    """Counts of the 256 levels of a uint8 array (OpenCV: several times faster than
    ``np.bincount``, and no copy of a strided view)."""
    if values.size == 0:
        return np.zeros(256, dtype=np.float64)
    if values.ndim != 2:
        values = values.reshape(1, -1)
    return cv2.calcHist([values], [0], None, [256], [0, 256]).ravel().astype(np.float64)


def percentile_u8(values: np.ndarray, q: float) -> int:
    """Percentile of uint8 values from their histogram (no sort of the whole page)."""
    hist = histogram_u8(values)
    total = int(hist.sum())
    if total == 0:
        return 255
    return int(np.searchsorted(np.cumsum(hist), q / 100.0 * total))


def paper_level(gray: np.ndarray) -> int:
    """The gray level of the paper (the brightest common level)."""
    sample = gray[::4, ::4]
    return percentile_u8(sample, 90)


def remove_dark_border(gray: np.ndarray, dpi: float) -> tuple[np.ndarray, bool]:
    """Paint dark regions that touch the image edge (scanner lid, shadow of a skewed sheet) in the
    paper's colour. Text never touches the edge of a scan, a scanner border always does."""
    small, f = _small(gray, dpi, 50.0)
    h, w = small.shape
    paper = paper_level(small)
    dark = (small < min(paper * 0.55, 140)).astype(np.uint8)
    # a scanner border is solid; rules and letters are thin at this size and vanish when opened
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    n, labels, stats, _ = label(solid)
    mask = np.zeros_like(dark)
    min_area = 0.002 * h * w
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        touches = x == 0 or y == 0 or x + bw >= w or y + bh >= h
        long_side = bw >= 0.15 * w or bh >= 0.15 * h
        if touches and (area >= min_area or long_side):
            mask[labels == i] = 1
    if not mask.any():
        return gray, False
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    full = cv2.resize(mask, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST)
    out = gray.copy()
    out[full > 0] = percentile_u8(gray[::4, ::4][full[::4, ::4] == 0], 90) if (full == 0).any() else 255
    return out, True


def flatten_illumination(gray: np.ndarray, dpi: float) -> np.ndarray:
    """Divide by the estimated paper background (a morphological close on a small copy, which
    erases text strokes but keeps shading and stains), so the paper becomes uniformly white."""
    small, f = _small(gray, dpi, 50.0)
    k = max(5, int(round(0.3 * dpi * f)) | 1)  # 0.3 in: wider than any letter stroke
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    bg = cv2.GaussianBlur(bg, (0, 0), k / 2.0)
    bg = cv2.resize(bg, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    bg = np.maximum(bg, 1, out=bg)
    return cv2.divide(gray, bg, scale=255.0)  # saturating uint8: no float copy of the page


def noise_level(gray: np.ndarray) -> float:
    """Robust estimate of pixel noise (sigma, gray levels) on the paper areas."""
    sample = np.ascontiguousarray(gray[::2, ::2])
    med = cv2.medianBlur(sample, 3)
    paper = cv2.compare(med, percentile_u8(med, 50), cv2.CMP_GT)
    if not cv2.countNonZero(paper):
        return 0.0
    return float(cv2.mean(cv2.absdiff(sample, med), mask=paper)[0]) * 1.25


def speck_ratio(gray: np.ndarray) -> float:
    """Fraction of isolated dark pixels (no dark neighbour): salt-and-pepper noise."""
    if gray.size == 0:
        return 0.0
    _, dark = cv2.threshold(gray, 127, 1, cv2.THRESH_BINARY_INV)  # 1 where gray < 128
    neigh = cv2.boxFilter(dark, cv2.CV_8U, (3, 3), normalize=False)  # at most 9: fits
    lonely = cv2.bitwise_and(cv2.compare(neigh, 1, cv2.CMP_EQ), cv2.compare(dark, 1, cv2.CMP_EQ))
    return cv2.countNonZero(lonely) / float(gray.size)


def denoise(gray: np.ndarray, sigma: float, specks: float) -> tuple[np.ndarray, str | None]:
    """Median filter for speckle / moderate noise; non-local means only for heavy noise."""
    if sigma >= 14:
        return cv2.fastNlMeansDenoising(gray, None, h=min(30.0, sigma * 1.1), templateWindowSize=7,
                                        searchWindowSize=15), f"nlmeans(sigma={sigma:.0f})"
    if sigma >= 6 or specks > 0.0005:
        return cv2.medianBlur(gray, 3), f"median3(sigma={sigma:.0f})"
    return gray, None


def otsu(gray: np.ndarray) -> tuple[int, float]:
    """Otsu threshold and the contrast between the two classes (gray levels)."""
    sample = np.ascontiguousarray(gray[::2, ::2])
    t, _ = cv2.threshold(sample, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    t = int(t)
    hist = histogram_u8(sample)
    levels = np.arange(256, dtype=np.float64)
    lo, hi = hist[:t + 1], hist[t + 1:]
    if lo.sum() == 0 or hi.sum() == 0:
        return t, 0.0
    m_lo = float((lo * levels[:t + 1]).sum() / lo.sum())
    m_hi = float((hi * levels[t + 1:]).sum() / hi.sum())
    return t, m_hi - m_lo


def binarize(flat: np.ndarray) -> np.ndarray:
    """Black text (0) on white (255). Expects an illumination-flattened page."""
    t, contrast = otsu(flat)
    if contrast < 35:  # nothing but paper: no threshold separates ink from it
        t = min(t, 150)
    # never call light-gray paper texture ink
    t = min(t, 215)
    _, binary = cv2.threshold(flat, t, 255, cv2.THRESH_BINARY)
    return binary


def line_mask(binary: np.ndarray, dpi: float) -> np.ndarray:
    """Mask of long, thin horizontal and vertical rules (form boxes, tables, underlines), also
    when a faint scan has broken them into dashes.

    A candidate is a long run of ink (after bridging small gaps); it counts as a rule only when it
    is thin and the paper just above and below it (left and right of it, for vertical rules) is
    mostly empty. Rows through the middle of a line of bold text are long runs of ink as well,
    but they have ink on both sides all along."""
    ink = (binary < 128).astype(np.uint8)
    length = max(20, int(round(1.0 * dpi)))  # 1 in: longer than any letter stroke or short word
    gap = max(3, int(round(0.02 * dpi)) | 1)
    max_thick = max(3, int(round(0.03 * dpi)))
    off = max(2, int(round(0.01 * dpi)))
    band = max(3, int(round(0.015 * dpi)))
    mask = np.zeros_like(ink)
    for horizontal in (True, False):
        src = ink if horizontal else ink.T
        bridged = cv2.morphologyEx(src, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1)))
        runs = cv2.morphologyEx(bridged, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
        n, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
        keep = np.zeros(n, dtype=bool)
        H = src.shape[0]
        for k in range(1, n):
            x, y, w, h, area = stats[k]
            if h > 3 * max_thick:  # a bar or a block, not a rule
                continue
            above = src[max(0, y - off - band):max(0, y - off), x:x + w]
            below = src[min(H, y + h + off):min(H, y + h + off + band), x:x + w]
            da = float(above.mean()) if above.size else 0.0
            db = float(below.mean()) if below.size else 0.0
            # a text baseline has letters standing on it: ink on one side along much of it
            if max(da, db) < 0.3:
                keep[k] = True
        sel = keep[labels].astype(np.uint8) & src  # only pixels that are ink
        mask |= sel if horizontal else sel.T
    return mask


def remove_lines(image: np.ndarray, binary: np.ndarray, dpi: float) -> tuple[np.ndarray, int]:
    """Paint long rules white in ``image`` so text inside boxes is read as text, not as part of a
    frame. Returns (image, number of rule pixels removed)."""
    mask = line_mask(binary, dpi)
    n = int(mask.sum())
    if n == 0:
        return image, 0
    out = image.copy()
    out[mask > 0] = 255
    return out, n


def rule_pieces(binary: np.ndarray, dpi: float) -> np.ndarray:
    """Mask of the pieces of fill-in lines and other rules that stand free of the text: flat,
    solid bars (a dashed line's dashes, a rule that noise or a faint scan broke up, an underline
    below the text) lying in a row that runs on for half an inch or more, and the ragged bits
    between them.

    Tesseract reads such pieces beside or below a value as characters ("Pfarrgasse 450" for
    "Pfarrgasse 45" above a dashed line, "Tübingen 0000", "... 2.2.0.0."). A hyphen or a dash in
    the text is one piece on its own; a letter's bar broken off on a poor scan is shorter than the
    row asked for. Pieces that touch a letter are part of its component and stay.
    :func:`tidy_binary` erases them (``rules=True``) in its one pass over the components."""
    n, labels, stats, _ = label((binary < 128).astype(np.uint8))
    lut = np.zeros(n, np.uint8)
    lut[rule_piece_labels(stats, dpi)] = 1
    return lut[labels]


#: more flat pieces than this on a page: streaks of noise or a screened background, not fill-in
#: lines; nothing is erased (and no time spent chaining them)
MAX_RULE_PIECES = 3000


def rule_piece_labels(stats: np.ndarray, dpi: float) -> np.ndarray:
    """The components (rows of ``stats`` from a labelling of the ink) that are free-standing
    pieces of fill-in lines and rules: see :func:`rule_pieces`."""
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    # longer than a hyphen (0.04-0.05 in at 10-14 pt): a row of hyphens in a text is never taken
    flat = (h <= max(2, round(0.025 * dpi))) & (w >= 2.5 * h) & (w >= 0.06 * dpi) & (area >= 0.5 * w * h)
    flat[0] = False
    cand = np.flatnonzero(flat)
    if len(cand) == 0 or len(cand) > MAX_RULE_PIECES:
        return cand[:0]
    gap = 0.15 * dpi  # a dashed line's gaps vary with the scan
    # chain the pieces left to right: a piece joins a row whose last piece it overlaps in height
    # (a row may drift a little over its length, after deskewing) and which ends at most ``gap``
    # before it; a row that ended further left than that can take no more pieces
    rows: list[list[int]] = []
    active: list[list] = []  # [right end, top, bottom (exclusive) of the last piece, row index]
    for k in cand[np.argsort(x[cand], kind="stable")]:
        x0, y0, y1 = x[k], y[k], y[k] + h[k]
        active = [a for a in active if x0 - a[0] <= gap]
        for a in active:
            if y0 < a[2] and y1 > a[1]:
                rows[a[3]].append(k)
                a[0], a[1], a[2] = max(a[0], x0 + w[k]), y0, y1
                break
        else:
            rows.append([k])
            active.append([x0 + w[k], y0, y1, len(rows) - 1])
    keep = []
    for members in rows:
        m = np.asarray(members)
        x0, x1 = x[m].min(), (x[m] + w[m]).max()
        if x1 - x0 < 0.5 * dpi:
            continue
        keep.append(m)
        # the ragged bits of a noisy rule between its solid pieces: wholly inside the height of a
        # piece of the row near them (a pixel more above and below); a letter standing on the rule
        # reaches out of it, a full stop just above it is as tall as wide
        near = np.flatnonzero((x >= x0 - gap) & (x + w <= x1 + gap) & (w >= 1.5 * h)
                              & (y >= y[m].min() - 1) & (y + h <= (y[m] + h[m]).max() + 1))
        near = near[near > 0]
        if len(near):
            close = np.abs(x[near][:, None] - x[m][None, :]) <= gap + w[m][None, :]
            inside = (y[near][:, None] >= y[m][None, :] - 1) & \
                ((y[near] + h[near])[:, None] <= (y[m] + h[m])[None, :] + 1)
            keep.append(near[(close & inside).any(axis=1)])
    return np.unique(np.concatenate(keep)) if keep else cand[:0]


def comb_cells(labels: np.ndarray, stats: np.ndarray, dpi: float) -> list[tuple[int, int, np.ndarray]]:
    """Comb fields and rows of boxes (one character per cell, as official forms print names,
    postcodes, dates and plates) among the components of a labelling: (x, y, mask) of their rails
    and of the thin walls or ticks standing on them at one pitch, to be painted white.

    Tesseract reads the walls as letters between the letters ("NOWOTINIYı", "KIOIBIE R'SIT/R/A/S").
    The letters in the cells are components of their own and stay; one that touches a rail loses
    only the rail's rows. A table's rule with letters on it has no walls at one pitch, and a whole
    table grid is taller than a row of cells."""
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    cand = np.flatnonzero((w >= 0.25 * dpi) & (h >= 0.08 * dpi) & (h <= 0.6 * dpi) & (area < 0.35 * w * h))
    thin = max(2, int(round(0.02 * dpi)))
    out = []
    for k in cand[cand > 0]:
        x, y, cw, ch = (int(v) for v in stats[k, :4])
        comp = (labels[y:y + ch, x:x + cw] == k).astype(np.uint8)
        rail_rows = comp.sum(axis=1) >= 0.8 * cw
        if not rail_rows.any():
            continue
        rest = comp.copy()
        rest[rail_rows] = 0
        m, rlab, rst, _ = cv2.connectedComponentsWithStats(rest, connectivity=8)
        walls = [j for j in range(1, m) if rst[j, 2] <= thin and rst[j, 3] >= 0.03 * dpi]
        if len(walls) < 3:
            continue
        d = np.diff(np.sort([rst[j, 0] + rst[j, 2] / 2 for j in walls]))
        p = float(np.median(d))
        if not 0.08 * dpi <= p <= 0.4 * dpi or np.mean(np.abs(d / p - np.round(d / p)) < 0.12) < 0.7:
            continue  # walls not at one pitch: no comb
        sel = np.isin(rlab, walls)
        sel[rail_rows] = comp[rail_rows] > 0
        out.append((x, y, sel))
    return out


#: up to this many specks on a page, each is looked at on its own (see :func:`tidy_binary`)
FEW_SPECKS = 3000


def _lonely_specks(idx: np.ndarray, small: np.ndarray, labels: np.ndarray, cents: np.ndarray,
                   radius: float) -> np.ndarray:
    """The labels in ``idx`` with no ink of a larger component (``~small``) within ``radius``
    pixels of their centre."""
    is_big = ~small
    is_big[0] = False
    h, w = labels.shape
    R = max(1, int(radius))
    yy, xx = np.ogrid[-R:R + 1, -R:R + 1]
    disc = (yy * yy + xx * xx) <= radius * radius
    lonely = []
    for k in idx:
        cx, cy = int(cents[k, 0]), int(cents[k, 1])
        y0, y1, x0, x1 = max(0, cy - R), min(h, cy + R + 1), max(0, cx - R), min(w, cx + R + 1)
        near = is_big[labels[y0:y1, x0:x1]] & disc[y0 - cy + R:y1 - cy + R, x0 - cx + R:x1 - cx + R]
        if not near.any():
            lonely.append(k)
    return np.asarray(lonely, dtype=np.int64)


def tidy_binary(binary: np.ndarray, dpi: float, specks: bool = True, checkboxes: bool = True,
                scribbles: bool = True, rules: bool = False, combs: bool = False
                ) -> tuple[np.ndarray, int, int, int]:
    """One pass over the ink components of a binary page (0 = ink):

    * isolated specks (dust, noise) far from any letter are removed; small marks next to letters
      (i-dots, umlaut dots, full stops) stay;
    * small square frames (form check boxes, ticked or not) are erased: tesseract reads them as
      "[]", "O", "CJ" and the like, noise in the text;
    * scribbles (signatures, initials): one wide, sparse, curvy stroke with no straight rule in
      it; tesseract turns them into invented words. Printed letters are separate components,
      bold merged letters are dense, and frames and rules have full rows or columns;
    * with ``rules``: the free-standing pieces of fill-in lines and rules (:func:`rule_pieces`);
    * with ``combs``: comb fields and rows of boxes around single characters (:func:`comb_cells`).

    Returns (image, specks removed, check boxes and scribbles erased, rule pieces and combs erased)."""
    ink = (binary < 128).astype(np.uint8)
    n, labels, stats, cents = label(ink)
    if n <= 1:
        return binary, 0, 0, 0
    areas = stats[:, cv2.CC_STAT_AREA]
    erase = np.zeros(n, dtype=bool)
    n_specks = 0
    if specks:
        min_area = max(4, int(round((0.012 * dpi) ** 2)))
        small = areas < min_area
        small[0] = False
        if small.any():
            idx = np.flatnonzero(small)
            r = max(1, int(round(0.04 * dpi / 4)))  # in quarter-size cells
            if len(idx) <= FEW_SPECKS:
                # look around each speck in the labels themselves: a few hundred small windows
                # cost far less than the two whole-page passes below
                lonely = _lonely_specks(idx, small, labels, cents, (r + 0.5) * 4)
            else:
                # where the letters are, on a quarter-size map: a speck near one is kept
                f = 4
                lut = np.where(small, 0, 255).astype(np.uint8)
                lut[0] = 0
                big = lut[labels]  # one table look-up: the ink of every component but the small ones
                big_s = shrink(big, f, 1.0)[0] > 0
                near = cv2.dilate(big_s.astype(np.uint8),
                                  cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1)))
                cx = np.clip((cents[idx, 0] / f).astype(int), 0, near.shape[1] - 1)
                cy = np.clip((cents[idx, 1] / f).astype(int), 0, near.shape[0] - 1)
                lonely = idx[near[cy, cx] == 0]
            erase[lonely] = True
            n_specks = len(lonely)
    boxes = []
    if checkboxes:
        lo, hi = 0.07 * dpi, 0.3 * dpi
        t = max(2, int(round(0.012 * dpi)))
        ws, hs = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
        cand = np.flatnonzero((ws >= lo) & (ws <= hi) & (hs >= lo) & (hs <= hi)
                              & (ws <= 1.25 * hs) & (hs <= 1.25 * ws))
        for k in cand:
            if k == 0:
                continue
            x, y, w, h = stats[k, :4]
            comp = labels[y:y + h, x:x + w] == k
            # a closed frame, not a round O or D: ink along all four edges (stop at the first
            # edge that has too little: most candidates are letters)
            if (comp[:t, :].any(axis=0).mean() >= 0.9 and comp[-t:, :].any(axis=0).mean() >= 0.9
                    and comp[:, :t].any(axis=1).mean() >= 0.9
                    and comp[:, -t:].any(axis=1).mean() >= 0.9):
                boxes.append((x, y, w, h))
    strokes = []
    if scribbles:
        ws, hs = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
        cand = np.flatnonzero((ws >= 0.4 * dpi) & (ws <= 4.0 * dpi) & (hs >= 0.12 * dpi)
                              & (hs <= 1.2 * dpi) & (areas < 0.2 * ws * hs))
        for k in cand:
            if k == 0:
                continue
            x, y, w, h = stats[k, :4]
            comp = labels[y:y + h, x:x + w] == k
            if comp.sum(axis=1).max() > 0.35 * w or comp.sum(axis=0).max() > 0.6 * h:
                continue  # has a straight rule: a frame, table or underline
            strokes.append(k)
    pieces = rule_piece_labels(stats, dpi) if rules else []
    cells = comb_cells(labels, stats, dpi) if combs else []
    if not n_specks and not boxes and not strokes and not len(pieces) and not cells:
        return binary, 0, 0, 0
    out = binary.copy()
    for x, y, sel in cells:
        out[y:y + sel.shape[0], x:x + sel.shape[1]][sel] = 255
    for k in (*strokes, *pieces):
        x, y, w, h = stats[k, :4]
        sub = out[y:y + h, x:x + w]
        sub[labels[y:y + h, x:x + w] == k] = 255
    if n_specks > FEW_SPECKS:
        out = cv2.max(out, (erase.astype(np.uint8) * 255)[labels])
    elif n_specks:
        for k in np.flatnonzero(erase):
            x, y, w, h = stats[k, :4]
            sub = out[y:y + h, x:x + w]
            sub[labels[y:y + h, x:x + w] == k] = 255
    for x, y, w, h in boxes:
        out[y:y + h, x:x + w] = 255
    return out, n_specks, len(boxes) + len(strokes), len(pieces) + len(cells)


def text_components(binary: np.ndarray, dpi: float, margin: float = 0.04
                    ) -> tuple[int, float, int]:
    """Inside the page margins: the number of letter-sized ink components, the ink ratio they
    make up, and the number of large marks (photos, drawings, stamps: more ink than a faint
    stroke of show-through or a fold line)."""
    h, w = binary.shape
    my, mx = int(h * margin), int(w * margin)
    core = binary[my:h - my, mx:w - mx]
    small, f = _small(core, dpi, 150.0)
    ink = (small < 128).astype(np.uint8)
    n, _, stats, _ = label(ink)
    if n <= 1:
        return 0, 0.0, 0
    d = dpi * f
    hs, ws, areas = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_AREA]
    min_h = 0.035 * d  # ~ 2.5 pt
    max_h = 1.0 * d
    letters = (hs >= min_h) & (hs <= max_h) & (ws <= 2.0 * d) & (areas >= (0.02 * d) ** 2 * 2)
    marks = ~letters & (areas >= (0.3 * d) ** 2)
    return int(letters.sum()), float(areas[letters].sum()) / float(ink.size), int(marks.sum())


def text_components_of(stats: np.ndarray, centroids: np.ndarray, shape: tuple[int, int],
                       dpi: float, margin: float = 0.04) -> tuple[int, float, int]:
    """:func:`text_components` from the components of a page already labelled at ``dpi``
    (``stats``/``centroids`` as from ``cv2.connectedComponentsWithStats``, label 0 = paper, of
    an image of ``shape``): components whose centre lies inside the margins count."""
    h, w = shape
    my, mx = int(h * margin), int(w * margin)
    if len(stats) <= 1:
        return 0, 0.0, 0
    cx, cy = centroids[1:, 0], centroids[1:, 1]
    inside = (cx >= mx) & (cx < w - mx) & (cy >= my) & (cy < h - my)
    st = stats[1:][inside]
    d = dpi
    hs, ws, areas = st[:, cv2.CC_STAT_HEIGHT], st[:, cv2.CC_STAT_WIDTH], st[:, cv2.CC_STAT_AREA]
    letters = (hs >= 0.035 * d) & (hs <= 1.0 * d) & (ws <= 2.0 * d) & (areas >= (0.02 * d) ** 2 * 2)
    marks = ~letters & (areas >= (0.3 * d) ** 2)
    core = max(1, (h - 2 * my) * (w - 2 * mx))
    return int(letters.sum()), float(areas[letters].sum()) / float(core), int(marks.sum())


def is_blank(binary: np.ndarray | None, dpi: float,
             counts: tuple[int, float, int] | None = None) -> bool:
    """A page with (next to) no letter-sized ink and no picture: an empty duplex back, with or
    without speckle, punch holes or faint show-through. A single short line ("Seite 2 von 2")
    is content, and so is a page holding only a photo or a sketch. ``counts``: the page's
    :func:`text_components` when known already (then ``binary`` is not looked at)."""
    n, _, marks = counts if counts is not None else text_components(binary, dpi)
    return n < 5 and marks == 0
