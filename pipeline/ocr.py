"""The one module that wraps tesseract: how it is called, its languages, page segmentation, timeouts.

Everything else in the project calls :func:`ocr_page` (words + one-page searchable PDF from ONE
tesseract run) and :func:`reading_score` (does a reading look like text, used to settle 0 vs 180
degrees on pages too sparse for the cheap test).

Tesseract is always run with ``OMP_THREAD_LIMIT=1``: the page pool already uses every core, and
tesseract's own OpenMP threads only fight over them.

Two engines read the same way (same library, same settings; words, boxes and the PDF are the
same):

* ``"program"``: one run of the tesseract program per page through pytesseract. A crash or a hang
  costs that page only, and the timeout stops it whatever it is doing; starting the program loads
  the models every time (0.15 CPU seconds a page for ``deu+eng``, a fifth of reading one).
* ``"library"``: libtesseract inside this process, through its C API with ctypes; engines are kept
  loaded and reused, one per language and page read at the same time. ``--dpi`` is the
  ``user_defined_dpi`` variable, the timeout tesseract's own deadline (it covers recognition). A
  crash inside the library takes the process down with it.

The default, ``"auto"`` (``INTAKE_OCR_ENGINE``), is the library in the page-worker processes
(:class:`pipeline.pages.WorkerPool` sets :data:`AUTO_ENGINE` there; a worker that dies is replaced
and its pages are read again with the program) and the program in any other process, so that no
crash inside libtesseract can take the main process, its other files and its bookkeeping with it.
Where the library cannot be loaded, the program is run.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import fcntl
import glob
import os
import re
import shutil
import socket
import tempfile
import threading
import time
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
#: what the engine "auto" (the default) is in this process: "program" (one tesseract program run
#: per page, through pytesseract); the page workers set "library" (libtesseract in the process, kept
#: loaded). ``Settings.ocr_engine`` chooses per call.
AUTO_ENGINE = "program"


#: each process's scratch folder for tesseract's files is named this prefix, the host's name and
#: the process id (for a person looking at it). Whether its process still runs is told by a lock
#: (``flock``) the process holds on the folder as long as it lives, which the kernel drops however
#: the process ends: process ids say nothing across PID namespaces and are reused. (A locked
#: folder is also one that systemd-tmpfiles leaves alone.)
SCRATCH_PREFIX = "scan-intake-ocr-"
#: a folder made but not yet locked and named (its process ended in between) is removed once it
#: is this old, seconds
_UNFINISHED_AGE = 600.0
_scratch_dir: str | None = None
_scratch_fd: int | None = None
_scratch_ending = False
_scratch_lock = threading.Lock()


def _scratch_tag() -> str:
    return SCRATCH_PREFIX + re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname() or "host") + "-"


def scratch_dir() -> str:
    """This process's folder (under the system's temporary folder) for the files a tesseract run
    writes. Each run works in a folder of its own inside it and removes that folder; the process
    removes this one at exit. A process killed mid-run (a page worker whose parent died, a crash
    in native code) cannot: :func:`sweep_scratch` removes what it left at the next worker start."""
    global _scratch_dir, _scratch_fd
    with _scratch_lock:
        if _scratch_ending:
            raise OcrError("Text recognition stopped: this process is ending.")
        if _scratch_dir is None or not os.path.isdir(_scratch_dir):
            _close_scratch_fd()  # a folder a clean-up of the temporary folder removed
            # made under a name no sweep looks at, locked, then named: a sweep never sees it
            # unlocked
            unfinished = tempfile.mkdtemp(prefix=f".{_scratch_tag()}{os.getpid()}-")
            fd = os.open(unfinished, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            fcntl.flock(fd, fcntl.LOCK_EX)
            final = os.path.join(os.path.dirname(unfinished), os.path.basename(unfinished)[1:])
            os.rename(unfinished, final)
            _scratch_dir, _scratch_fd = final, fd
        return _scratch_dir


def _close_scratch_fd() -> None:
    global _scratch_fd
    if _scratch_fd is not None:
        os.close(_scratch_fd)
        _scratch_fd = None


@atexit.register
def _remove_scratch() -> None:
    if _scratch_dir is not None:
        shutil.rmtree(_scratch_dir, ignore_errors=True)
    _close_scratch_fd()


def drop_scratch() -> None:
    """Remove this process's scratch folder now, and make no new one: for a process about to end
    with ``os._exit`` (a read still running fails, and nobody waits for it)."""
    global _scratch_ending
    _scratch_ending = True
    _remove_scratch()


def sweep_scratch() -> int:
    """Remove the scratch folders of this host's processes that no longer run (the folder's lock
    is free); returns how many. A temporary folder that cannot be read is left as it is."""
    n = 0
    tag = _scratch_tag()
    try:
        root = Path(tempfile.gettempdir())
        found = list(root.glob(f"{glob.escape(tag)}*")) + list(root.glob(f".{glob.escape(tag)}*"))
    except OSError:
        return 0
    for d in found:
        if str(d) == _scratch_dir:
            continue
        try:
            if d.name.startswith("."):
                if time.time() - d.stat().st_mtime > _UNFINISHED_AGE:
                    shutil.rmtree(d, ignore_errors=True)
                    n += 1
                continue
            fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # its process still runs
            os.close(fd)
            continue
        try:
            shutil.rmtree(d, ignore_errors=True)
            n += 1
        finally:
            os.close(fd)
    return n


def engine_for(engine: str | None) -> str:
    """The engine that ``engine`` (a ``Settings.ocr_engine`` value, None = "auto") means here."""
    return AUTO_ENGINE if engine in (None, "auto") else engine


class OcrError(RuntimeError):
    """Tesseract failed or took too long. The message says what to do."""


@dataclass
class OcrResult:
    words: list[Word]
    pdf: bytes | None


def _pnm(image: np.ndarray | Image.Image, bilevel: bool) -> bytes:
    """The page as an uncompressed PBM (``bilevel``: 1 bit per pixel, dark pixels black) or PGM:
    nothing to compress here and nothing for tesseract to decompress (a PNG cost more than
    both). Tesseract gets the resolution separately."""
    if isinstance(image, Image.Image):
        bilevel = bilevel or image.mode == "1"
        image = np.asarray(image.convert("L"))
    if image.ndim != 2 or image.dtype != np.uint8:
        raise ValueError("a page for tesseract is a 2-D uint8 grayscale array")
    h, w = image.shape
    if bilevel:
        return b"P4\n%d %d\n" % (w, h) + np.packbits(image < 128, axis=1).tobytes()
    return b"P5\n%d %d\n255\n" % (w, h) + np.ascontiguousarray(image).tobytes()


def _write_pnm(image: np.ndarray | Image.Image, path: Path, bilevel: bool) -> Path:
    path.write_bytes(_pnm(image, bilevel))
    return path


def _timeout_error(timeout: float) -> OcrError:
    return OcrError(f"Text recognition of this page took longer than {timeout:g} seconds and was "
                    f"stopped. Rescan the page at 300 dpi, or raise INTAKE_OCR_TIMEOUT.")


_TSV_HEADER = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\t"
               "height\tconf\ttext\n")


class _CApi:
    """The few functions of libtesseract's and Leptonica's C API that reading a page needs."""

    def __init__(self) -> None:
        tess = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
        lept = ctypes.CDLL(ctypes.util.find_library("lept") or ctypes.util.find_library("leptonica")
                           or "liblept.so.5")
        vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        text_p = ctypes.POINTER(ctypes.c_char)

        def fn(lib, name, res, *args):
            f = getattr(lib, name)
            f.restype, f.argtypes = res, list(args)
            return f

        self.pix_read_mem = fn(lept, "pixReadMem", vp, cp, ctypes.c_size_t)
        self.pix_set_resolution = fn(lept, "pixSetResolution", ci, vp, ci, ci)
        self.pix_destroy = fn(lept, "pixDestroy", None, ctypes.POINTER(vp))
        self.create = fn(tess, "TessBaseAPICreate", vp)
        self.delete = fn(tess, "TessBaseAPIDelete", None, vp)
        self.init = fn(tess, "TessBaseAPIInit3", ci, vp, cp, cp)
        self.set_psm = fn(tess, "TessBaseAPISetPageSegMode", None, vp, ci)
        self.set_variable = fn(tess, "TessBaseAPISetVariable", ci, vp, cp, cp)
        self.datapath = fn(tess, "TessBaseAPIGetDatapath", cp, vp)
        self.process_page = fn(tess, "TessBaseAPIProcessPage", ci, vp, vp, ci, cp, cp, ci, vp)
        self.tsv_text = fn(tess, "TessBaseAPIGetTsvText", text_p, vp, ci)
        self.delete_text = fn(tess, "TessDeleteText", None, text_p)
        self.clear = fn(tess, "TessBaseAPIClear", None, vp)
        self.pdf_renderer = fn(tess, "TessPDFRendererCreate", vp, cp, cp, ci)
        self.begin_document = fn(tess, "TessResultRendererBeginDocument", ci, vp, cp)
        self.end_document = fn(tess, "TessResultRendererEndDocument", ci, vp)
        self.delete_renderer = fn(tess, "TessDeleteResultRenderer", None, vp)


_capi_lock = threading.Lock()
_capi: _CApi | None = None
_capi_failed = False
_idle: dict[str, list[int]] = {}  # loaded engines not in use, by language
_all_engines: list[int] = []
_engine_cpu = 0.0


def _load_capi() -> _CApi | None:
    global _capi, _capi_failed
    with _capi_lock:
        if _capi is None and not _capi_failed:
            try:
                _capi = _CApi()
                atexit.register(_free_engines)
            except (OSError, AttributeError):  # no libtesseract 5 here: run the program instead
                _capi_failed = True
    return _capi


def _free_engines() -> None:
    if _capi is not None:
        with _capi_lock:
            for handle in _all_engines:
                _capi.delete(handle)
            _all_engines.clear()
            _idle.clear()


def _checkout(api: _CApi, lang: str) -> int:
    """An engine for ``lang`` for one page: an idle one, or a new one (so there are never more
    engines than pages read at the same time in this process; one in a page worker)."""
    with _capi_lock:
        idle = _idle.get(lang)
        if idle:
            return idle.pop()
    handle = api.create()
    if api.init(handle, None, lang.encode()) != 0:
        api.delete(handle)
        raise OcrError(f"Tesseract cannot load the language(s) {lang!r}; install "
                       f"tesseract-ocr with the deu and eng languages.")
    api.set_variable(handle, b"debug_file", os.devnull.encode())  # no console chatter
    with _capi_lock:
        _all_engines.append(handle)
    return handle


def _checkin(lang: str, handle: int) -> None:
    with _capi_lock:
        _idle.setdefault(lang, []).append(handle)


def engine_cpu_seconds() -> float:
    """CPU seconds this process has spent reading pages with the in-process engine."""
    return _engine_cpu


def _run_in_process(api: _CApi, pnm: bytes, extensions: list[str], lang: str, psm: int,
                    timeout: float, dpi: float) -> dict[str, bytes]:
    """Read one page with an idle (or new) engine; returns the renderers' bytes by extension, as
    :func:`_run` does."""
    global _engine_cpu
    t0, w0 = time.thread_time(), time.monotonic()
    try:
        handle = _checkout(api, lang)  # the first page loads the model
    finally:
        _engine_cpu += time.thread_time() - t0
    try:
        return _read_with(api, handle, pnm, extensions, psm, timeout, dpi, w0)
    finally:
        _checkin(lang, handle)


def _read_with(api: _CApi, handle: int, pnm: bytes, extensions: list[str], psm: int,
               timeout: float, dpi: float, w0: float) -> dict[str, bytes]:
    global _engine_cpu
    t0 = time.thread_time()
    res = int(round(dpi))
    api.set_psm(handle, psm)
    api.set_variable(handle, b"user_defined_dpi", str(res).encode())
    pix = ctypes.c_void_p(api.pix_read_mem(pnm, len(pnm)))
    if not pix.value:
        raise OcrError("Text recognition failed: the page image could not be handed to tesseract.")
    try:
        api.pix_set_resolution(pix, res, res)
        with tempfile.TemporaryDirectory(prefix="tess_", dir=scratch_dir()) as tmp:
            base = str(Path(tmp) / "out")
            renderer = None
            if "pdf" in extensions:
                renderer = api.pdf_renderer(base.encode(), api.datapath(handle), 0)
                api.begin_document(renderer, b"")
            try:
                # no file name: the PDF embeds the image handed over, not a file of that name
                ok = api.process_page(handle, pix, 0, None, None,
                                      max(1, int(timeout * 1000)), renderer)
            finally:
                if renderer:
                    api.end_document(renderer)
                    api.delete_renderer(renderer)
            if not ok:
                if time.monotonic() - w0 >= 0.9 * timeout:
                    raise _timeout_error(timeout)
                raise OcrError("Text recognition failed (tesseract could not read the page).")
            out: dict[str, bytes] = {}
            if "tsv" in extensions:
                text = api.tsv_text(handle, 0)
                try:
                    out["tsv"] = _TSV_HEADER.encode() + (ctypes.string_at(text) if text else b"")
                finally:
                    if text:
                        api.delete_text(text)
            if "pdf" in extensions:
                pdf = Path(f"{base}.pdf")
                if not pdf.exists():
                    raise OcrError("Text recognition produced no pdf output.")
                out["pdf"] = pdf.read_bytes()
            return out
    finally:
        api.clear(handle)
        api.pix_destroy(ctypes.byref(pix))
        _engine_cpu += time.thread_time() - t0


def _run(image: np.ndarray | Image.Image, extensions: list[str], lang: str, config: str,
         timeout: float, dpi: float, bilevel: bool = False) -> dict[str, bytes]:
    """One tesseract process writing every requested renderer; returns their bytes by extension."""
    with tempfile.TemporaryDirectory(prefix="tess_", dir=scratch_dir()) as tmp:
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
                raise _timeout_error(timeout) from None
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
             psm: int = DEFAULT_PSM, want_pdf: bool = True, bilevel: bool = False,
             engine: str | None = None) -> OcrResult:
    """Read a whole (upright, deskewed, cleaned) page: words with boxes in ``image`` pixels, and
    the one-page searchable PDF of the same run (``want_pdf``). ``bilevel``: the page is black
    and white (0/255, or a PIL image of mode "1") and is handed over at 1 bit per pixel."""
    exts = ["tsv", "pdf"] if want_pdf else ["tsv"]
    api = _load_capi() if engine_for(engine) == "library" else None
    if api is not None:
        out = _run_in_process(api, _pnm(image, bilevel), exts, lang, psm, timeout, dpi)
    else:
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
