"""What runs in the page-worker processes besides the pages: the documents' classification.

Kept apart from ``flows.stages`` so that a worker unpickling :func:`analyse_documents` imports
only this module, the classifiers and the data model (not the case index, SQLAlchemy, the store).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from pipeline.model import Document, Page
from pipeline.settings import Settings

log = logging.getLogger("intake.flow")

# The models are loaded once per process: file threads that classify at the same time wait for the
# first load instead of each loading spaCy again (measured: load_textcat ran 3 times with 3 file
# threads, its lru_cache does not hold concurrent first callers back).
_MODELS_LOCK = threading.Lock()


def load_models() -> None:
    """The classifier models, loaded at most once at a time in this process (cached after)."""
    from classifiers import load_models as _load

    with _MODELS_LOCK:
        _load()
        freeze_start_up("models")


_FROZEN: set[str] = set()


def freeze_start_up(what: str) -> None:
    """Take what this process holds now (modules, models, the store and index) out of the garbage
    collector's full collections, which otherwise walk every one of those objects again and again
    although none of them ever becomes garbage (``gc.freeze``; measured: 5 % of the CPU time of a
    batch of born-digital files). Once per ``what`` ("context", "models") and process, right after
    it was built: objects alive at that moment are never collected."""
    import gc

    if what not in _FROZEN:
        _FROZEN.add(what)
        gc.freeze()


def warm_up() -> None:
    """:func:`load_models`, for a background thread: a failure is logged here and raised again by
    the first classification, which reports it for its file."""
    try:
        load_models()
    except Exception as exc:  # noqa: BLE001 - not swallowed: analyse_documents loads again
        log.warning("loading the classifier models failed (%s: %s); each file will report it",
                    type(exc).__name__, exc)


#: the parts of a classification's CPU seconds, as :func:`analyse_documents` reports them:
#: parting a run of pages into documents, the document type, the fields and review rules, the
#: checks of the second readings, and the second readings themselves (tesseract; on a page worker
#: or in the calling thread; a reading by the tesseract program, in a child process, is not counted)
CPU_PARTS = ("split", "classify", "extract", "verify", "reading")


def analyse_documents(groups: list[list[Page]], settings: Settings,
                      readings_on: Executor | None = None) -> tuple[list[Document], dict[str, float]]:
    """Type and fields of the documents in each group of pages (a run between separator sheets,
    parted further by content: :func:`classifiers.split.split_by_content`), and the CPU seconds
    that took, by part (:data:`CPU_PARTS`; without waiting for the models). Runs in the calling
    process or, sent by ``flows.stages.classify``, in a worker of :func:`worker_pool`.
    ``readings_on``: page workers (:func:`worker_pool`) that read the values a second time, where
    this process would otherwise start the tesseract program for each reading."""
    from classifiers import analyse_document
    from classifiers.split import split_by_content

    load_models()
    # before a document is routed, the values it is routed on are read a second time
    # (a few small tesseract runs per document, on a page worker or in this thread)
    reread = second_reader(settings, readings_on)
    t0 = time.thread_time()
    # a run of pages between separator sheets may still hold several documents (a stack scanned
    # without the sheets): parted by what the pages say
    parts = [pages for group in groups for pages in split_by_content(group)]
    cpu = dict.fromkeys(CPU_PARTS, 0.0)
    cpu["split"] = time.thread_time() - t0

    def one(pages: list[Page]) -> tuple[Document, dict[str, float]]:
        spent: dict[str, float] = {}
        return analyse_document(pages, settings, reread=reread, cpu=spent), spent

    if readings_on is None or len(parts) < 2:
        done = [one(pages) for pages in parts]
    else:
        # a batch of documents: while one waits for its second reading on a page worker, the
        # next is classified here (the readings of two documents run on two workers at once)
        with ThreadPoolExecutor(max_workers=max(1, settings.worker_count),
                                thread_name_prefix="intake-document") as threads:
            done = list(threads.map(one, parts))
    for _, spent in done:
        for k, v in spent.items():
            cpu[k] = cpu.get(k, 0.0) + v
    # a reading in the calling thread was timed by the checks around it as well
    cpu["verify"] = max(0.0, cpu["verify"] - reread.cpu_here)
    cpu["reading"] = reread.cpu_here + reread.cpu_there
    return [d for d, _ in done], cpu


def _timed_reading(fn: Callable[..., list], regions, kwargs: dict) -> tuple[list, float]:
    """``fn(regions, **kwargs)`` and the CPU seconds of this thread it took (on a page worker the
    tesseract library reads in this thread)."""
    t = time.thread_time()
    words = fn(regions, **kwargs)
    return words, time.thread_time() - t


class SecondReader:
    """:func:`pipeline.reread.read_regions` with the settings bound: in this process or, given
    ``executor`` (page workers, whose tesseract library stays loaded: a reading there costs a
    fraction of a program start), on a page worker. Where that worker dies, or the workers were
    shut down, the reading is done here, with the tesseract program. Counts the CPU seconds of
    its readings: ``cpu_here`` in the calling threads (the library engine; a program's CPU is
    its own process's), ``cpu_there`` on page workers."""

    def __init__(self, settings: Settings, executor: Executor | None = None) -> None:
        from functools import partial

        from pipeline.reread import read_regions

        self._here = partial(read_regions, timeout=settings.ocr_timeout, engine=settings.ocr_engine)
        self._executor = executor
        self._lock = threading.Lock()
        self.cpu_here = 0.0
        self.cpu_there = 0.0

    def _add(self, here: float = 0.0, there: float = 0.0) -> None:
        with self._lock:
            self.cpu_here += here
            self.cpu_there += there

    def _read_here(self, regions, **kwargs) -> list:
        words, cpu = _timed_reading(self._here, regions, kwargs)
        self._add(here=cpu)
        return words

    def __call__(self, regions, **kwargs) -> list:
        if self._executor is None:
            return self._read_here(regions, **kwargs)
        try:
            fut = self._executor.submit(_timed_reading, self._here, regions, kwargs)
        except RuntimeError:  # the workers were shut down (a service stopping; BrokenProcessPool too)
            log.warning("no page worker takes a second reading any more; reading it here")
            return self._read_here(regions, **{**kwargs, "engine": "program"})
        try:
            words, cpu = fut.result()
        except BrokenProcessPool:
            log.warning("a page worker died during a second reading; reading it again here")
            return self._read_here(regions, **{**kwargs, "engine": "program"})
        self._add(there=cpu)
        return words


def second_reader(settings: Settings, executor: Executor | None = None) -> SecondReader:
    """The second reader of a batch of documents (:class:`SecondReader`)."""
    return SecondReader(settings, executor)


def files_at_once(settings: Settings) -> int:
    """Input files processed at the same time when several are at hand (``intake process``,
    ``intake watch`` without Prefect): a file needs the page workers twice (its pages, then its
    documents' classification) and the main process in between (store, route), so twice as many
    files as workers, plus two, keep the workers busy (measured on 100 one-page PDFs: with 3
    files in flight and classification in the main process, 1.35 of 2 cores were busy; its GIL
    was the limit)."""
    return 2 * settings.worker_count + 2


def worker_pool(settings: Settings, classify: bool = True) -> Executor:
    """``settings.worker_count`` page-worker processes (forked from a single-threaded server or
    spawned, so safe next to threads: ``pipeline.workerserver``) that
    several files share: their pages (``pipeline.pages.process_file(..., executor=)``) and, with
    ``classify``, their documents' classification (:func:`analyse_documents`). With ``classify``
    each worker starts loading the classifier models in a background thread as it starts, beside
    its first pages. The caller shuts it down."""
    from pipeline import workerserver
    from pipeline.pages import WorkerPool

    # the workers fork from a server that loaded the models once (where it starts now)
    workerserver.start(PRELOAD_CLASSIFY if classify else ())
    return WorkerPool(settings.worker_count, initializer=_start_warm_up if classify else None)


#: what the page workers' server imports when the workers classify (``pipeline.workerserver``)
PRELOAD_CLASSIFY = ("flows.worker_boot",)


def _start_warm_up() -> None:
    threading.Thread(target=warm_up, name="intake-models", daemon=True).start()
