"""The one module that wraps tesseract: how it is called, its languages, page segmentation, timeouts.

Everything else in the project calls :func:`ocr_page` (words + one-page searchable PDF from ONE
tesseract run) and :func:`reading_score` (does a reading look like text, used to settle 0 vs 180
degrees on pages too sparse for the cheap test).

Tesseract is always run with ``OMP_THREAD_LIMIT=1``: the page pool already uses every core, and
tesseract's own OpenMP threads only fight over them.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytesseract
from PIL import Image

from pipeline.model import Word

# Set before any tesseract process starts; pytesseract passes os.environ to the subprocess.
os.environ["OMP_THREAD_LIMIT"] = "1"

#: page segmentation used for whole pages (measured with bench/ocr_quality.py: see bench/README.md)
DEFAULT_PSM = 4


class OcrError(RuntimeError):
    """Tesseract failed or took too long. The message says what to do."""


@dataclass
class OcrResult:
    words: list[Word]
    pdf: bytes | None


def _write_pnm(image: np.ndarray | Image.Image, path: Path, bilevel: bool) -> Path:
    """The page as an uncompressed PBM (``bilevel``: 1 bit per pixel, dark pixels black) or PGM
    file: nothing to compress here and nothing for tesseract to decompress (a PNG cost more than
    both). Tesseract gets the resolution from ``--dpi``."""
    if isinstance(image, Image.Image):
        bilevel = bilevel or image.mode == "1"
        image = np.asarray(image.convert("L"))
    if image.ndim != 2 or image.dtype != np.uint8:
        raise ValueError("a page for tesseract is a 2-D uint8 grayscale array")
    h, w = image.shape
    if bilevel:
        data = np.packbits(image < 128, axis=1).tobytes()
        head = b"P4\n%d %d\n" % (w, h)
    else:
        data = np.ascontiguousarray(image).tobytes()
        head = b"P5\n%d %d\n255\n" % (w, h)
    with path.open("wb") as fh:
        fh.write(head)
        fh.write(data)
    return path


def _run(image: np.ndarray | Image.Image, extensions: list[str], lang: str, config: str,
         timeout: float, dpi: float, bilevel: bool = False) -> dict[str, bytes]:
    """One tesseract process writing every requested renderer; returns their bytes by extension."""
    with tempfile.TemporaryDirectory(prefix="tess_") as tmp:
        src = _write_pnm(image, Path(tmp) / ("page.pbm" if bilevel else "page.pgm"), bilevel)
        base = str(Path(tmp) / "out")
        cfg = f"--dpi {int(round(dpi))} {config}".strip()
        renderer_cfg = []
        if "tsv" in extensions:
            renderer_cfg.append("tessedit_create_tsv=1")
        if renderer_cfg:
            cfg += " " + " ".join(f"-c {c}" for c in renderer_cfg)
        try:
            pytesseract.pytesseract.run_tesseract(
                str(src), base, " ".join(extensions), lang, config=cfg,
                timeout=max(0.001, float(timeout)))
        except RuntimeError as exc:
            if "timeout" in str(exc).lower():
                raise OcrError(
                    f"Text recognition of this page took longer than {timeout:g} seconds and was "
                    f"stopped. Rescan the page at 300 dpi, or raise INTAKE_OCR_TIMEOUT.") from None
            raise OcrError(f"Text recognition failed: {exc}") from exc
        except pytesseract.TesseractNotFoundError:
            raise OcrError("The OCR program tesseract is not installed or not on PATH; "
                           "install tesseract-ocr with the deu and eng languages.") from None
        out: dict[str, bytes] = {}
        for ext in extensions:
            p = Path(f"{base}.{ext}")
            if not p.exists():
                raise OcrError(f"Text recognition produced no {ext} output.")
            out[ext] = p.read_bytes()
        return out


def parse_tsv(tsv: str, scale: float = 1.0, offset: tuple[float, float] = (0.0, 0.0)) -> list[Word]:
    """Tesseract TSV → words (confidence 0..1, bbox scaled by ``scale`` then shifted by ``offset``).

    ``line`` is left at tesseract's own (block, paragraph, line) order; :func:`assign_lines`
    turns it into visual reading-order lines.
    """
    words: list[Word] = []
    rows = tsv.splitlines()
    if not rows:
        return words
    header = rows[0].split("\t")
    idx = {name: i for i, name in enumerate(header)}
    line_keys: dict[tuple[int, int, int], int] = {}
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) < len(header) or cols[idx["level"]] != "5":
            continue
        text = cols[idx["text"]].strip()
        if not text:
            continue
        conf = float(cols[idx["conf"]])
        if conf < 0:
            continue
        x, y = float(cols[idx["left"]]), float(cols[idx["top"]])
        w, h = float(cols[idx["width"]]), float(cols[idx["height"]])
        block = int(cols[idx["block_num"]])
        key = (block, int(cols[idx["par_num"]]), int(cols[idx["line_num"]]))
        line = line_keys.setdefault(key, len(line_keys))
        ox, oy = offset
        words.append(Word(text=text, confidence=max(0.0, min(1.0, conf / 100.0)),
                          bbox=(x * scale + ox, y * scale + oy, (x + w) * scale + ox,
                                (y + h) * scale + oy),
                          line=line, block=block))
    return words


def assign_lines(words: list[Word]) -> list[Word]:
    """Group words into visual lines (top to bottom) and number them 0, 1, ... in reading order.

    A word joins a line when its vertical centre lies inside the line's band; this keeps a form's
    label and the value printed to its right on one line even when tesseract put them in different
    blocks. Words are returned sorted by (line, x).
    """
    if not words:
        return words
    order = sorted(words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0]))
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for w in order:
        cy = (w.bbox[1] + w.bbox[3]) / 2
        h = max(1.0, w.bbox[3] - w.bbox[1])
        placed = False
        # look at the few most recent lines only (they are sorted by centre)
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bot = bands[i]
            band_h = bot - top
            if top - 0.15 * band_h <= cy <= bot + 0.15 * band_h and h < 2.5 * band_h + 1:
                lines[i].append(w)
                bands[i] = (min(top, w.bbox[1]), max(bot, w.bbox[3])) if h < 1.5 * band_h else (top, bot)
                placed = True
                break
        if not placed:
            lines.append([w])
            bands.append((w.bbox[1], w.bbox[3]))
    out: list[Word] = []
    for i, ln in enumerate(lines):
        for w in sorted(ln, key=lambda w: w.bbox[0]):
            w.line = i
            out.append(w)
    return out


def ocr_page(image: np.ndarray | Image.Image, *, lang: str, timeout: float, dpi: float = 300.0,
             psm: int = DEFAULT_PSM, want_pdf: bool = True, bilevel: bool = False) -> OcrResult:
    """Read a whole (upright, deskewed, cleaned) page: words with boxes in ``image`` pixels, and
    the one-page searchable PDF of the same run (``want_pdf``). ``bilevel``: the page is black
    and white (0/255, or a PIL image of mode "1") and is handed over at 1 bit per pixel."""
    exts = ["tsv", "pdf"] if want_pdf else ["tsv"]
    out = _run(image, exts, lang, f"--psm {psm}", timeout, dpi, bilevel=bilevel)
    words = assign_lines(parse_tsv(out["tsv"].decode("utf-8", errors="replace")))
    return OcrResult(words=words, pdf=out.get("pdf"))


_ALNUM = re.compile(r"[0-9A-Za-zÄÖÜäöüß]")


def reading_score(words: list[Word]) -> tuple[float, float]:
    """How much the words look like a real reading: (letters and digits weighted by the square
    of their word's confidence, mean word confidence). Upside-down text reads as short
    low-confidence garbage and scores near zero."""
    total = 0.0
    confs = []
    for w in words:
        n = len(_ALNUM.findall(w.text))
        if n:
            total += w.confidence ** 2 * n
            confs.append(w.confidence)
    return total, (sum(confs) / len(confs) if confs else 0.0)
