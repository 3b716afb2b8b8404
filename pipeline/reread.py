"""A second, independent reading of a few small regions of processed page images, in ONE
tesseract run.

Used to check extracted field values before a document is routed without a person: the value's
box is cut out of the page image (with a little paper around it), the cut-outs are stacked on one
white sheet, and the sheet is read once with a different recognition set-up than the page was
(by default the German model alone, one uniform block, no page layout analysis). Where the two
readings of a value differ, the value is doubtful. One run per document keeps the cost to one
tesseract start (~0.1 s CPU) plus a few lines of recognition.
"""

from __future__ import annotations

import re
import statistics
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np

from pipeline import ocr
from pipeline.model import Word

#: the recognition set-up of the second reading: German only (the page read uses German+English,
#: whose English model drops umlauts on names it finds plausible), psm 6 (one block of lines)
SECOND_LANG = "deu"
SECOND_PSM = 6
#: the third reading, asked only where the first two differ: both models, cut-outs enlarged
THIRD_LANG = "deu+eng"
THIRD_SCALE = 1.5
#: white space between stacked cut-outs and around them (pixels)
GAP = 40


def gray_path_for(image_path: str) -> str:
    """Where the page pipeline keeps the cleaned grey page (before binarisation) beside the page
    image at ``image_path``: the independent reading's source (``read_regions(source="gray")``)."""
    return str(image_path).rsplit(".", 1)[0] + ".gray.jpg"


@dataclass(frozen=True)
class Region:
    """``bbox`` (x0, y0, x1, y1 in pixels) on the page image at ``image_path``."""
    image_path: str
    bbox: tuple[float, float, float, float]


def _crop(img: np.ndarray, bbox: tuple[float, float, float, float]) -> tuple[np.ndarray, int, int] | None:
    """The cut-out of ``bbox`` with a little paper around it, rules painted out, and its top-left
    (x, y) on ``img``; None where nothing can be cut out."""
    x0, y0, x1, y1 = bbox
    h = max(1.0, y1 - y0)
    mv, mh = int(0.3 * h) + 3, int(0.15 * h) + 2  # little paper sideways: neighbours are close
    H, W = img.shape[:2]
    ya, yb = max(0, int(y0) - mv), min(H, int(y1) + mv)
    xa, xb = max(0, int(x0) - mh), min(W, int(x1) + mh)
    if yb - ya < 4 or xb - xa < 4:
        return None
    crop = img[ya:yb, xa:xb].copy()
    # paint out rules and box edges cut off with the value (a fill-in line under it, a cell's
    # side): stubs of them read as "1", "|" or "_" beside the value
    ink = (crop < 128).astype(np.uint8)
    long_h = max(8, int(1.5 * h))
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_h, 1)))
    rules |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, int(1.6 * h)))))
    crop[rules > 0] = 255
    return crop, xa, ya


def read_regions(regions: list[Region], *, timeout: float, lang: str = SECOND_LANG,
                 dpi: float = 300.0, scale: float = 1.0, engine: str | None = None,
                 source: str = "binary") -> list[list[Word]]:
    """The words read in each region (left to right), in the order of ``regions``; an empty list
    for a region that could not be cut out. ``scale`` enlarges the cut-outs first (a third
    reading that differs from the second). ``source="gray"`` cuts them out of the cleaned grey
    page kept beside the page image (:func:`gray_path_for`) instead of the binarised page the
    first reading saw; a region whose page has none reads as nothing. Raises
    :class:`pipeline.ocr.OcrError` when tesseract fails."""
    if not regions:
        return []
    crops: list[np.ndarray | None] = []
    for r in regions:
        img = _page_image(gray_path_for(r.image_path) if source == "gray" else r.image_path)
        cut = None if img is None else _crop(img, r.bbox)
        crop = None if cut is None else cut[0]
        if crop is not None and scale != 1.0:
            crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        crops.append(crop)
    usable = [c for c in crops if c is not None]
    if not usable:
        return [[] for _ in regions]
    sheet, spans = _stack(usable)
    res = ocr.ocr_page(sheet, lang=lang, timeout=timeout, dpi=dpi * scale, psm=SECOND_PSM, want_pdf=False,
                       engine=engine)
    read = iter(_by_span([part for w in res.words for part in split_letter_suffix(sheet, w)], spans))
    return [[] if c is None else _reading_order(next(read)) for c in crops]


#: decoded page images kept for the next reading of the same document (its second reading, the
#: third of a doubtful value, the enlarged one: each would decode the page again, 13 ms for a
#: page PNG, 24 ms for the grey JPEG): a page and its grey copy, ~9 MB each
_IMAGES: OrderedDict[tuple[str, int, int], np.ndarray] = OrderedDict()
_IMAGES_KEPT = 2
_IMAGES_LOCK = threading.Lock()


def _page_image(path: str) -> np.ndarray | None:
    """The page image at ``path`` in grey (decoded once for a document's readings), or None
    where there is none. A file written anew (another run over the same input) is read anew."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    key = (path, st.st_mtime_ns, st.st_size)
    with _IMAGES_LOCK:
        img = _IMAGES.get(key)
        if img is not None:
            _IMAGES.move_to_end(key)
            return img
    img = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    if img is None:
        return None
    img.flags.writeable = False  # shared by the readings: cut-outs are copies
    with _IMAGES_LOCK:
        _IMAGES[key] = img
        while len(_IMAGES) > _IMAGES_KEPT:
            _IMAGES.popitem(last=False)
    return img


def _reading_order(words: list[Word]) -> list[Word]:
    """Left to right, line by line: a value that wraps ("Neubau eines Doppelhauses" / "und
    Carport") read back in the order it is printed, not its two lines' words interleaved."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bbox[1] + w.bbox[3]) / 2):
        c, h = (w.bbox[1] + w.bbox[3]) / 2, max(1.0, w.bbox[3] - w.bbox[1])
        last = lines[-1] if lines else None
        if last:
            line_h = statistics.median(x.bbox[3] - x.bbox[1] for x in last)
            if h < 0.35 * line_h:
                # a hyphen or a dash ("HN - LH 8295"): a few pixels high, it sits below the letters'
                # middle but above their baseline (the dots of a fill-in line sit below it)
                joins = statistics.median(x.bbox[1] for x in last) <= c <= statistics.median(
                    x.bbox[3] for x in last)
            else:
                joins = abs(c - sum((x.bbox[1] + x.bbox[3]) / 2 for x in last) / len(last)) <= 0.5 * h
            if joins:
                last.append(w)
                continue
        lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: w.bbox[0])]


_SUFFIXED = re.compile(r"^(\d{1,4})([a-zA-Z])([,.]?)$")


def split_letter_suffix(image: np.ndarray, word: Word) -> list[Word]:
    """A house number and its letter printed apart ("10 a") that tesseract read as one word
    ("10a"): split where the page shows a word space before the letter (a white gap of a quarter
    of the word's height or more, and clearly wider than the gaps between its digits: "11c" has
    wide ones after each "1"). Any other word is returned as it is."""
    m = _SUFFIXED.match(word.text)
    if not m:
        return [word]
    x0, y0, x1, y1 = (int(round(v)) for v in word.bbox)
    box = image[max(0, y0):y1, max(0, x0):x1]
    if box.size == 0:
        return [word]
    ink_cols = (box < 128).any(axis=0)
    gaps, run_start = [], None
    for i, ink in enumerate(ink_cols):
        if not ink and run_start is None:
            run_start = i
        elif ink and run_start is not None:
            if run_start > 0:
                gaps.append((run_start, i))
            run_start = None
    if not gaps:
        return [word]
    a, b = gaps[-1]  # the gap before the last glyph
    h = y1 - y0
    inner = [g1 - g0 for g0, g1 in gaps[:-1]]  # between the digits: a "1" stands apart in many fonts
    if b - a < 0.25 * h or (inner and b - a < 1.8 * max(inner)) or (not inner and b - a < 0.35 * h):
        return [word]
    return [replace(word, text=m.group(1), bbox=(word.bbox[0], word.bbox[1], x0 + a, word.bbox[3])),
            replace(word, text=m.group(2) + m.group(3), bbox=(x0 + b, word.bbox[1], word.bbox[2], word.bbox[3]))]


#: a missed line: at least this many letter-sized marks no word box covers, side by side
MISSED_MIN_MARKS = 2
#: more missed lines than this, or a sheet of them taller than this (pixels), is dirt, not print:
#: not read (6,000 specks of 1-2 mm made 213 "lines" and a 17 s reading of junk)
MISSED_MAX_LINES = 30
MISSED_MAX_SHEET = 8000
#: words of a missed-line reading kept only from this confidence up (stamps, logos, scribbles
#: read as junk below it)
MISSED_MIN_CONF = 0.5


def missed_lines(image: np.ndarray, words: list[Word]) -> list[tuple[int, int, int, int]]:
    """Lines of print on ``image`` (binarised page, ink dark) that no word of ``words`` covers:
    tesseract's page layout analysis now and then drops a whole block (a form's column of filled-in
    values under dashed fill-in lines, a heading), and what it drops is never read. The marks of
    letter size (from a third to 1.6 times the page's median word height) outside every word box,
    grouped into lines; boxes (x0, y0, x1, y1), top to bottom, of lines with at least :data:`MISSED_MIN_MARKS`
    marks. The search runs on a half-size copy (a few ms)."""
    if not words:
        return []
    hs = sorted(w.bbox[3] - w.bbox[1] for w in words)
    H = max(4.0, hs[len(hs) // 2] / 2.0)  # the median word height, at half size
    # halving with bilinear weights averages each 2x2 block: a half-size pixel with a quarter of
    # ink or more is ink
    half = cv2.resize(image, (image.shape[1] // 2, image.shape[0] // 2), interpolation=cv2.INTER_LINEAR)
    small = (half < 192).astype(np.uint8)
    for w in words:  # what was read is out of the search
        x0, y0, x1, y1 = (int(v / 2) for v in w.bbox)
        small[max(0, y0 - 2):y1 + 3, max(0, x0 - 2):x1 + 3] = 0
    # 16-bit labels are three times faster; they cannot overflow with fewer ink pixels than labels
    ltype = cv2.CV_16U if cv2.countNonZero(small) < 65_000 else cv2.CV_32S
    n, _, stats, _ = cv2.connectedComponentsWithStats(small, connectivity=8, ltype=ltype)
    marks = [tuple(int(v) for v in stats[i][:4]) for i in range(1, n)
             if 0.33 * H <= stats[i][3] <= 1.6 * H and stats[i][2] <= 3 * H
             and stats[i][4] >= 0.02 * H * H]
    marks.sort(key=lambda b: b[0])
    groups: list[list[int]] = []  # x0, y0, x1, y1, count
    for x, y, w, h in marks:
        for g in groups:
            overlap = min(g[3], y + h) - max(g[1], y)
            if overlap >= 0.5 * min(h, g[3] - g[1]) and x <= g[2] + 2.5 * H:
                g[0], g[1], g[2], g[3] = min(g[0], x), min(g[1], y), max(g[2], x + w), max(g[3], y + h)
                g[4] += 1
                break
        else:
            groups.append([x, y, x + w, y + h, 1])
    return sorted(((2 * g[0], 2 * g[1], 2 * g[2], 2 * g[3]) for g in groups if g[4] >= MISSED_MIN_MARKS),
                  key=lambda b: (b[1], b[0]))


def read_missed_lines(image: np.ndarray, words: list[Word], *, lang: str, timeout: float,
                      dpi: float = 300.0, engine: str | None = None) -> list[Word]:
    """Words on the lines of ``image`` that the page reading ``words`` missed
    (:func:`missed_lines`), in page coordinates, read in ONE tesseract run: each line cut out
    (the words already read painted white), stacked on a sheet, read as one block. Words under
    :data:`MISSED_MIN_CONF` or without a letter or digit are left out, and so are lines without a
    word of three letters or digits. Raises :class:`pipeline.ocr.OcrError` when tesseract fails."""
    boxes = missed_lines(image, words)
    if not boxes or len(boxes) > MISSED_MAX_LINES:
        return []  # none, or a page strewn with dirt the cleanup kept (no page drops that many lines)
    covered = np.zeros(image.shape[:2], np.uint8)
    for w in words:
        x0, y0, x1, y1 = (int(round(v)) for v in w.bbox)
        covered[max(0, y0 - 3):y1 + 3, max(0, x0 - 3):x1 + 3] = 1
    H, W = image.shape[:2]
    crops, origins = [], []
    for x0, y0, x1, y1 in boxes:
        m = max(4, (y1 - y0) // 3)
        ya, yb, xa, xb = max(0, y0 - m), min(H, y1 + m), max(0, x0 - m), min(W, x1 + m)
        crop = image[ya:yb, xa:xb].copy()
        crop[covered[ya:yb, xa:xb] > 0] = 255
        crops.append(crop)
        origins.append((xa, ya))
    sheet, spans = _stack(crops)
    if sheet.shape[0] > MISSED_MAX_SHEET:
        return []
    res = ocr.ocr_page(sheet, lang=lang, timeout=timeout, dpi=dpi, psm=SECOND_PSM, want_pdf=False,
                       bilevel=True, engine=engine)
    read = [w for w in res.words if w.confidence >= MISSED_MIN_CONF and _ALNUM.search(w.text)]
    lines = [[replace(w, block=10_000 + i) for w in ws]
             for i, ws in enumerate(_on_page(_by_span(read, spans), spans, origins))]
    # a line of print has a word of three letters or digits; the holes of continuous-form paper,
    # a box's tick marks or a lone speck read as "Oo C) 1 1" or "2" have none
    return [w for ws in lines if any(len(_ALNUM.findall(w.text)) >= 3 for w in ws) for w in ws]


_ALNUM = re.compile(r"[0-9A-Za-zÄÖÜäöüß]")


#: a line of a noisy page whose words' mean confidence is under this is read again from the grey page
WEAK_LINE_CONF = 0.8


def _stack(crops: list[np.ndarray]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The cut-outs on one white sheet, :data:`GAP` apart and from its edges, and the (top,
    bottom) of each on the sheet."""
    width = max(c.shape[1] for c in crops) + 2 * GAP
    sheet = np.full((sum(c.shape[0] + GAP for c in crops) + GAP, width), 255, np.uint8)
    spans = []
    y = GAP
    for c in crops:
        sheet[y:y + c.shape[0], GAP:GAP + c.shape[1]] = c
        spans.append((y, y + c.shape[0]))
        y += c.shape[0] + GAP
    return sheet, spans


def _by_span(words: list[Word], spans: list[tuple[int, int]]) -> list[list[Word]]:
    """The sheet's words per cut-out (by the word's vertical centre)."""
    out: list[list[Word]] = [[] for _ in spans]
    for w in words:
        cy = (w.bbox[1] + w.bbox[3]) / 2
        for i, (a, b) in enumerate(spans):
            if a - GAP / 2 <= cy <= b + GAP / 2:
                out[i].append(w)
                break
    return out


def _on_page(words: list[list[Word]], spans: list[tuple[int, int]],
             origins: list[tuple[int, int]]) -> list[list[Word]]:
    """Each cut-out's sheet words moved back to where the cut-out (top-left ``origins``) was on
    the page."""
    out = []
    for ws, (top, _), (x, y) in zip(words, spans, origins):
        dx, dy = x - GAP, y - top
        out.append([replace(w, bbox=(w.bbox[0] + dx, w.bbox[1] + dy, w.bbox[2] + dx, w.bbox[3] + dy))
                    for w in ws])
    return out


def read_weak_lines(gray: np.ndarray, words: list[Word], *, lang: str, timeout: float, dpi: float = 300.0,
                    engine: str | None = None) -> tuple[list[Word], int]:
    """The page's words with its weak lines (mean confidence under :data:`WEAK_LINE_CONF`) read
    again from the cleaned grey page ``gray`` (same coordinates): binarising a noisy page loses
    strokes the grey page still has. The weak lines are cut out (rules painted out), stacked and
    read in ONE tesseract run; a line's grey reading replaces its page reading where its mean
    confidence is higher. Returns (words, lines replaced). Raises :class:`pipeline.ocr.OcrError`
    when tesseract fails."""
    lines: dict[int, list[Word]] = {}
    for w in ocr.assign_lines([replace(w) for w in words]):
        lines.setdefault(w.line, []).append(w)

    def mean(ws: list[Word]) -> float:
        return sum(w.confidence for w in ws) / len(ws) if ws else 0.0

    weak = [ws for ws in lines.values() if mean(ws) < WEAK_LINE_CONF]
    if not weak:
        return words, 0
    cut = [(ws, _crop(gray, (min(w.bbox[0] for w in ws), min(w.bbox[1] for w in ws),
                             max(w.bbox[2] for w in ws), max(w.bbox[3] for w in ws)))) for ws in weak]
    cut = [(ws, c) for ws, c in cut if c is not None]
    if not cut:
        return words, 0
    sheet, spans = _stack([c for _, (c, _, _) in cut])
    if sheet.shape[0] > MISSED_MAX_SHEET:
        return words, 0
    res = ocr.ocr_page(sheet, lang=lang, timeout=timeout, dpi=dpi, psm=SECOND_PSM, want_pdf=False, engine=engine)
    replaced: set[int] = set()
    out: list[Word] = []
    for (ws, _), got in zip(cut, _on_page(_by_span(res.words, spans), spans, [(x, y) for _, (_, x, y) in cut])):
        if got and mean(got) > mean(ws):
            replaced.update(id(w) for w in ws)
            out += got
    if not out:
        return words, 0
    kept = [w for ws in lines.values() for w in ws if id(w) not in replaced]
    return ocr.assign_lines(kept + out), sum(1 for ws, _ in cut if id(ws[0]) in replaced)
