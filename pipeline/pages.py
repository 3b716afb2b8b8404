"""One page from file to words: load, separator check, cleanup, blank check, orientation and
deskew, OCR. :func:`process_file` runs the pages of a file in parallel worker processes, each
worker opening the input itself and decoding only its own page."""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.util
import os
import re
import struct
import threading
import time
import zlib
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np

from pipeline import barcode, cleanup, ocr, orient, workerserver
from pipeline.reread import gray_path_for, read_missed_lines, read_weak_lines
from pipeline.load import extract_pdf_page, inspect_input, load_page
from pipeline.model import (PAGE_BLANK, PAGE_CONTENT, PAGE_SEPARATOR, SOURCE_OCR,
                            SOURCE_TEXT_LAYER, Page)
from pipeline.settings import Settings

log = logging.getLogger("intake.pages")

#: vote of the ascender/descender test above which no trial read is needed
UPDOWN_SURE = 0.5
UPDOWN_MIN_LINES = 4
#: ink of the whole page image fed to tesseract: "binary" or "gray" (see bench/README.md)
OCR_INPUT = "binary"
#: paint out long form rules before OCR: measured to cost CER on faint scans (bench/README.md)
REMOVE_RULES = False
#: erase the free-standing pieces of fill-in lines and rules before OCR (cleanup.rule_pieces;
#: measured with bench/ocr_quality.py: bench/README.md)
ERASE_RULE_PIECES = True
#: erase comb fields and rows of boxes around single characters before OCR (cleanup.comb_cells)
ERASE_COMBS = True
#: remove isolated dust specks before OCR
DESPECKLE = True


_SEPARATOR_WORDS = re.compile(r"patch|trenn", re.IGNORECASE)


def _mentions_separator(words) -> bool:
    """Does a text layer speak of a separator sheet ("Trennblatt", "Patch-T")?"""
    return any(_SEPARATOR_WORDS.search(w.text) for w in words)


def _png_chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def _save_png(img: np.ndarray, path: Path, bilevel: bool = False, fast: bool = False) -> str:
    """Write the page image. ``bilevel``: a black-and-white page as a 1-bit PNG, packed and
    deflated here (less than half of OpenCV's time for the same file); otherwise 8-bit gray
    without row filters (``fast``: lighter compression), which OpenCV writes 3x faster than with
    its adaptive filters and no larger for scanned or rendered pages."""
    if bilevel:
        h, w = img.shape
        rows = np.empty((h, (w + 7) // 8 + 1), np.uint8)
        rows[:, 0] = 0  # PNG row filter: none
        rows[:, 1:] = np.packbits(img >= 128, axis=1)  # 1 = white in a 1-bit gray PNG
        data = (b"\x89PNG\r\n\x1a\n"
                + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0))
                + _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), 3)) + _png_chunk(b"IEND", b""))
        Path(path).write_bytes(data)
        return str(path)
    cv2.imwrite(str(path), img, [cv2.IMWRITE_PNG_COMPRESSION, 1 if fast else 3,
                                 cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_NONE])
    return str(path)


def _updown_vote(comps: orient.InkComponents, quarter: int, skew: float,
                 steps: list[str]) -> tuple[int, bool]:
    """(0 or 180, sure?) from the ascender/descender vote on the page's letter ink (analysis
    resolution) turned by ``quarter`` and deskewed."""
    ink = orient.deskew(orient.rotate_quarter(comps.letter_ink(), quarter), skew, fill=0,
                        interpolation=cv2.INTER_NEAREST)
    vote, lines = orient.updown_vote(ink, comps.dpi, letters_only=True)
    sure = abs(vote) >= UPDOWN_SURE and lines >= UPDOWN_MIN_LINES
    steps.append(f"updown-vote({vote:+.2f},{lines} lines{'' if sure else ',unsure'})")
    return (180 if vote < 0 else 0), sure


def _prepare(flat: np.ndarray, rotation: int, skew: float, dpi: float
             ) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """Turn and deskew the flattened page; binarise; paint out form rules. Returns (image for
    tesseract, binary, rule pixels removed, the upright grey page)."""
    # linear interpolation: a third of the cubic's cost, no measurable difference for the
    # binarised page
    upright = orient.deskew(orient.rotate_quarter(flat, rotation), skew, interpolation=cv2.INTER_LINEAR)
    binary = cleanup.binarize(upright)
    binary, _, _, n_rule = cleanup.tidy_binary(binary, dpi, specks=DESPECKLE, rules=ERASE_RULE_PIECES,
                                               combs=ERASE_COMBS)
    ocr_img = binary if OCR_INPUT == "binary" else upright
    if REMOVE_RULES:
        ocr_img, n_rule = cleanup.remove_lines(ocr_img, binary, dpi)
    return ocr_img, binary, n_rule, upright


def _read(img: np.ndarray, dpi: float, settings: Settings, name: str, page_no: int) -> ocr.OcrResult:
    try:
        return ocr.ocr_page(img, lang=settings.ocr_lang, timeout=settings.ocr_timeout, dpi=dpi,
                            bilevel=OCR_INPUT == "binary", engine=settings.ocr_engine)
    except ocr.OcrError as exc:
        raise ocr.OcrError(f"{name} page {page_no}: {exc}") from None


def _extra_reading(what: str, name: str, page_no: int, fn: Callable, *args, **kwargs):
    """``fn(*args, **kwargs)``, or None where tesseract fails on it: the page was read, so an extra
    reading that fails only loses what it would have added."""
    try:
        return fn(*args, **kwargs)
    except ocr.OcrError as exc:
        log.warning("%s page %d: %s were not read again: %s", name, page_no, what, exc)
        return None


def process_page(path, index: int, workdir: Path, settings: Settings) -> Page:
    """Process page ``index`` (0-based) of ``path``; writes ``workdir/page-NNNN.png`` (and
    ``.pdf`` for content pages) and returns the :class:`Page`."""
    path = Path(path)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    stem = f"page-{index + 1:04d}"
    timings: dict[str, float] = {"load": 0.0, "cleanup": 0.0, "orientation": 0.0, "ocr": 0.0,
                                 "barcode": 0.0}
    t = time.perf_counter()
    lp = load_page(path, index, settings)
    timings["load"] = time.perf_counter() - t
    steps: list[str] = []
    if not lp.dpi_known:
        steps.append(f"dpi-estimated({lp.dpi:.0f})")

    if lp.text_words is not None:
        # born-digital page: its own words, no OCR. Separator sheets are nearly always scanned
        # paper; a generated page is searched for the code (30-50 ms) only when its text
        # speaks of a separator sheet ("Trennblatt", "Patch-T")
        t = time.perf_counter()
        separator = _mentions_separator(lp.text_words) and barcode.is_separator(lp.image, lp.dpi)
        timings["barcode"] = time.perf_counter() - t
        h, w = lp.image.shape
        page = Page(page=index + 1, width=w, height=h, source=SOURCE_TEXT_LAYER,
                    words=[] if separator else lp.text_words,
                    kind=PAGE_SEPARATOR if separator else PAGE_CONTENT, dpi=round(lp.dpi, 1),
                    steps=steps + ["text-layer"], timings=timings)
        page.image_path = _save_png(lp.image, workdir / f"{stem}.png", fast=True)
        if not separator:
            pdf_file = workdir / f"{stem}.pdf"
            pdf_file.write_bytes(lp.page_pdf if lp.page_pdf is not None
                                 else extract_pdf_page(path, index))
            page.pdf_path = str(pdf_file)
        return page

    t = time.perf_counter()
    separator = barcode.is_separator(lp.image, lp.dpi)
    timings["barcode"] = time.perf_counter() - t

    t = time.perf_counter()
    # noise is measured at the scan's own resolution (resampling smears specks into blobs)
    sigma, specks = cleanup.noise_level(lp.image), cleanup.speck_ratio(lp.image)
    gray, dpi, step = cleanup.normalise_resolution(lp.image, lp.dpi)
    if step:
        steps.append(step)
    # binarising a noisy or enlarged low-resolution scan loses detail (umlaut dots, thin strokes)
    # that the grey page keeps: such pages keep a grey copy for the independent reading
    lossy = lp.dpi < dpi
    del lp
    gray, had_border = cleanup.remove_dark_border(gray, dpi)
    if had_border:
        steps.append("border-removed")
    flat = cleanup.flatten_illumination(gray, dpi)
    steps.append("illumination-flattened")
    del gray
    flat, step = cleanup.denoise(flat, sigma, specks)
    if step:
        steps.append(step)
        lossy = True
    binary = cleanup.binarize(flat)
    # one small copy of the ink, labelled once, for the blank test and the orientation
    comps = orient.components(binary, dpi)
    timings["cleanup"] = time.perf_counter() - t

    if separator or cleanup.is_blank(None, dpi, counts=cleanup.text_components_of(
            comps.stats, comps.centroids, comps.ink.shape, comps.dpi)):
        kind = PAGE_SEPARATOR if separator else PAGE_BLANK
        h, w = binary.shape
        page = Page(page=index + 1, width=w, height=h, kind=kind, dpi=round(dpi, 1), steps=steps,
                    timings=timings)
        page.image_path = _save_png(binary, workdir / f"{stem}.png", bilevel=True)
        return page
    del binary

    t = time.perf_counter()
    est = orient.estimate(None, dpi, comps=comps)
    half, sure = _updown_vote(comps, est.quarter, est.skew, steps)
    del comps
    rotation = (est.quarter + half) % 360
    timings["orientation"] = time.perf_counter() - t

    t = time.perf_counter()
    ocr_img, binary, n_rule, upright = _prepare(flat, rotation, est.skew, dpi)
    timings["cleanup"] += time.perf_counter() - t

    t = time.perf_counter()
    res = _read(ocr_img, dpi, settings, path.name, index + 1)
    timings["ocr"] = time.perf_counter() - t
    if not sure:
        # too little text for the cheap test: if this reading looks like garbage, read the page
        # the other way up as well and keep whichever reads as text
        score, mean_conf = ocr.reading_score(res.words)
        if mean_conf < 0.80 or score < 10:
            t = time.perf_counter()
            alt_rotation = (rotation + 180) % 360
            alt_img, alt_binary, alt_rule, alt_upright = _prepare(flat, alt_rotation, est.skew, dpi)
            timings["cleanup"] += time.perf_counter() - t
            t = time.perf_counter()
            alt = _read(alt_img, dpi, settings, path.name, index + 1)
            timings["orientation"] += time.perf_counter() - t
            alt_score, _ = ocr.reading_score(alt.words)
            steps.append(f"updown-read({score:.0f} vs {alt_score:.0f})")
            if alt_score > score:
                res, ocr_img, binary, n_rule, rotation, upright = (alt, alt_img, alt_binary, alt_rule,
                                                                   alt_rotation, alt_upright)
    del flat
    t = time.perf_counter()
    tess = dict(lang=settings.ocr_lang, timeout=settings.ocr_timeout, dpi=dpi, engine=settings.ocr_engine)
    missed = _extra_reading("lines the page reading missed", path.name, index + 1,
                            read_missed_lines, ocr_img, res.words, **tess)
    if missed:
        res.words = ocr.assign_lines(res.words + missed)
        steps.append(f"missed-lines-read({len(missed)})")
    # a noisy or enlarged page: its weak lines once more from the grey page
    weak = _extra_reading("weak lines", path.name, index + 1, read_weak_lines, upright, res.words,
                          **tess) if lossy else None
    if weak and weak[1]:
        res.words = weak[0]
        steps.append(f"weak-lines-reread({weak[1]})")
    timings["ocr"] += time.perf_counter() - t
    if rotation:
        steps.append(f"rotated({rotation})")
    if abs(est.skew) >= 0.05:
        steps.append(f"deskewed({est.skew:+.2f})")
    steps.append("binarized")
    if n_rule:
        steps.append("rules-removed")

    h, w = ocr_img.shape
    page = Page(page=index + 1, width=w, height=h, rotation=rotation, skew=round(est.skew, 2),
                source=SOURCE_OCR, words=res.words, kind=PAGE_CONTENT, dpi=round(dpi, 1), steps=steps,
                timings=timings)
    page.image_path = _save_png(ocr_img, workdir / f"{stem}.png", bilevel=OCR_INPUT == "binary")
    if lossy:
        # the cleaned page before binarisation, a working copy for the independent reading of
        # the values a document is routed on (classifiers.verify.grey_check; JPEG q95: 12 ms)
        cv2.imwrite(gray_path_for(page.image_path), upright, [cv2.IMWRITE_JPEG_QUALITY, 95])
    del upright
    pdf_file = workdir / f"{stem}.pdf"
    pdf_file.write_bytes(res.pdf or b"")
    page.pdf_path = str(pdf_file)
    return page


def _worker(path: str, index: int, workdir: str, settings: Settings) -> Page:
    return process_page(path, index, Path(workdir), settings)


def _start_worker(initializer: Callable[[], object] | None, parent: int | None = None) -> None:
    ocr.AUTO_ENGINE = "library"  # the engine stays loaded; a crash costs this worker only
    ocr.sweep_scratch()  # what workers killed before (a crash, their parent gone) left behind
    # ``parent`` is the pool's process as the pool named it: a parent killed while this worker was
    # still starting up is gone by now, and os.getppid() would name init instead -- the watch
    # would then never see it go, and the worker would wait for work forever
    # tesseract's scratch folder goes when the worker ends: a worker forked from the server
    # (pipeline.workerserver) ends with os._exit, which runs no atexit handler
    multiprocessing.util.Finalize(None, ocr.drop_scratch, exitpriority=10)
    threading.Thread(target=_exit_with_parent, args=(parent or os.getppid(), os.getppid()),
                     name="intake-parent-watch", daemon=True).start()
    if initializer is not None:
        initializer()


def _exit_with_parent(parent: int, ppid: int) -> None:
    """A page worker outlives a killed parent (its queue holds both ends of its pipe, so it never
    reads an end of file) and would wait forever: it ends itself once its parent is gone.
    ``parent``: the pool's process; ``ppid``: this worker's parent when it started (the pool's
    process, or the server a forked worker came from). The pool's process is watched through
    multiprocessing's parent sentinel (a pipe that ends with it, whatever reuses its process id),
    and by its process id where there is none."""
    from multiprocessing.connection import wait

    here = multiprocessing.parent_process()
    sentinel = here.sentinel if here is not None else None
    while True:
        if sentinel is not None:
            gone = bool(wait([sentinel], timeout=1.0))
        else:
            time.sleep(1.0)
            gone = False
        if gone or os.getppid() != ppid or not _alive(parent):
            ocr.drop_scratch()  # os._exit runs no clean-up; a page read now fails, and nobody waits
            os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a process of another user: it runs
        return True
    return True


class WorkerPool(Executor):
    """Page-worker processes (forked from a single-threaded server, or spawned: both safe next to
    threads; :mod:`pipeline.workerserver`), in which the engine "auto" is the
    tesseract library kept loaded (:mod:`pipeline.ocr`).

    A crash inside the library (or any native code) kills its worker, and Python's process pool
    then fails every call in flight with :class:`BrokenProcessPool` and refuses new ones. This
    pool starts a fresh set of workers on the next call instead (at most :data:`MAX_RENEWALS`
    times in a row without a call that succeeded in between: the call after that is refused with
    :class:`BrokenProcessPool`, and the next one tries again, so a watcher's pool that lives for
    months is never used up for good; ``renewals`` counts them all); the callers read the pages
    whose call failed once more with the tesseract program (:func:`program_engine`), so one bad
    page neither loses the other files' pages nor takes down the next ones.

    ``submit`` returns a future of its own, fed by the pool's: cancelling it never cancels a call
    queued in the pool. (On Python 3.11 a cancelled call still queued when a worker dies stops the
    pool's manager thread, and every other call in flight then waits forever: CPython gh-107219.)
    A cancelled call still runs; its result is dropped."""

    #: fresh starts in a row (no call succeeding in between) after which a pool whose workers keep
    #: dying gives up (raises BrokenProcessPool)
    MAX_RENEWALS = 20

    def __init__(self, max_workers: int, initializer: Callable[[], object] | None = None) -> None:
        self._max_workers = max_workers
        self._initializer = initializer
        self._lock = threading.Lock()
        self._closed = False
        self._pool = self._start()
        self.renewals = 0
        self._in_a_row = 0  # renewals since a call last succeeded

    def _start(self) -> ProcessPoolExecutor:
        workerserver.start()
        return ProcessPoolExecutor(max_workers=self._max_workers, mp_context=workerserver.context(),
                                   initializer=_start_worker, initargs=(self._initializer, os.getpid()))

    def submit(self, fn, /, *args, **kwargs) -> Future:
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            for attempt in range(3):
                try:
                    inner = self._pool.submit(fn, *args, **kwargs)
                    break
                except (BrokenProcessPool, OSError, EOFError) as exc:
                    if attempt == 2:
                        raise
                    if not isinstance(exc, BrokenProcessPool):
                        # no worker could be forked from the server (its socket deleted by a
                        # clean-up of the temporary folder, the server killed): workers are
                        # spawned from now on
                        log.warning("page workers cannot be started from their server (%s: %s); "
                                    "starting them on their own from now on", type(exc).__name__, exc)
                        workerserver.give_up()
                    elif self._in_a_row >= self.MAX_RENEWALS:
                        self._in_a_row = 0  # this call is refused; the next one tries new workers again
                        raise
                    else:
                        log.warning("a page worker died (a crash in native code); starting new workers")
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._start()
                    self.renewals += 1
                    self._in_a_row += 1
        outer: Future = Future()
        outer.set_running_or_notify_cancel()  # running: a caller's cancel() is refused, not passed on
        inner.add_done_callback(lambda f: self._done(f, outer))
        return outer

    def _done(self, inner: Future, outer: Future) -> None:
        if not inner.cancelled() and inner.exception() is None:
            self._in_a_row = 0  # the workers work
        _relay(inner, outer)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def _relay(inner: Future, outer: Future) -> None:
    if inner.cancelled():  # only the pool's own shutdown cancels a queued call
        outer.set_exception(BrokenProcessPool("the page workers were shut down"))
    elif inner.exception() is not None:
        outer.set_exception(inner.exception())
    else:
        outer.set_result(inner.result())


def run_alone(fn: Callable, *args):
    """``fn(*args)`` in a spawned process of its own, for a call whose worker died once already: a
    second crash costs that one call (:class:`BrokenProcessPool` is raised), never this process."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as solo:
        return solo.submit(fn, *args).result()


def program_engine(settings: Settings) -> Settings:
    """``settings`` with every page read by the tesseract program: for reading again what a worker
    that died was reading (a crash of the program costs one page, not a process)."""
    return replace(settings, ocr_engine="program")


def shared_executor(settings: Settings) -> WorkerPool:
    """A pool of ``settings.worker_count`` page-worker processes that several
    :func:`process_file` calls can share, e.g. when many files are processed at once. The caller
    shuts it down."""
    return WorkerPool(settings.worker_count)


def process_file(path, workdir: Path, settings: Settings,
                 progress: Callable[[int, int], None] | None = None,
                 executor: Executor | None = None) -> list[Page]:
    """All pages of ``path`` in order, processed in ``settings.worker_count`` processes (or on
    ``executor``, a pool shared with other files: see :func:`shared_executor`). Each worker
    opens the file itself and decodes only its own page.

    Raises :class:`pipeline.model.Rejected` for inputs that cannot be read (see
    :func:`pipeline.load.inspect_input`)."""
    path = Path(path)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    info = inspect_input(path, settings)
    n = info.page_count
    pages: list[Page | None] = [None] * n
    if executor is not None:
        _run_on(executor, path, workdir, settings, pages, progress)
        return pages  # type: ignore[return-value]
    workers = max(1, min(settings.worker_count, n))
    if workers == 1:
        for i in range(n):
            pages[i] = process_page(path, i, workdir, settings)
            if progress:
                progress(i + 1, n)
        return pages  # type: ignore[return-value]
    pool = WorkerPool(workers)
    try:
        _run_on(pool, path, workdir, settings, pages, progress)
    finally:
        pool.shutdown(cancel_futures=True)
    return pages  # type: ignore[return-value]


def _run_on(pool: Executor, path: Path, workdir: Path, settings: Settings, pages: list,
            progress: Callable[[int, int], None] | None) -> None:
    n = len(pages)
    futures: dict[Future, int] = {}
    done = 0
    again: list[int] = []  # pages whose worker died while it read them (or another page)
    for i in range(n):
        try:
            futures[pool.submit(_worker, str(path), i, str(workdir), settings)] = i
        except BrokenProcessPool:  # workers that died again and again just before: read below
            again.append(i)
    try:
        for fut in as_completed(futures):
            try:
                pages[futures[fut]] = fut.result()
            except BrokenProcessPool:
                again.append(futures[fut])
                continue
            done += 1
            if progress:
                progress(done, n)
    except BaseException:
        for f in futures:
            f.cancel()
        raise
    if not again:
        return
    log.warning("%s: a page worker died while reading page(s) %s; reading them again with the "
                "tesseract program", path.name, ", ".join(str(i + 1) for i in sorted(again)))
    safe = program_engine(settings)
    alone: list[int] = []  # pages whose worker died again: each is read in a process of its own
    try:
        retry = {pool.submit(_worker, str(path), i, str(workdir), safe): i for i in again}
    except BrokenProcessPool:  # a pool that cannot start new workers
        retry, alone = {}, list(again)
    for fut in as_completed(retry):
        try:
            pages[retry[fut]] = fut.result()
        except BrokenProcessPool:
            alone.append(retry[fut])
            continue
        done += 1
        if progress:
            progress(done, n)
    for i in sorted(alone):
        try:
            pages[i] = run_alone(_worker, str(path), i, str(workdir), safe)
        except BrokenProcessPool:
            raise ocr.OcrError(
                f"{path.name} page {i + 1}: the OCR crashed on this page every time it was read "
                "(a damaged or unusual image?). The file was kept: check the page, scan it again "
                "and drop the new scan into the inbox.") from None
        done += 1
        if progress:
            progress(done, n)
