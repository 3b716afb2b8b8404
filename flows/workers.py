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


def analyse_documents(groups: list[list[Page]], settings: Settings,
                      readings_on: Executor | None = None) -> tuple[list[Document], float]:
    """Type and fields of the documents in each group of pages (a run between separator sheets,
    parted further by content: :func:`classifiers.split.split_by_content`), and the CPU seconds that took
    (without waiting for the models). Runs in the calling process or, sent by
    ``flows.stages.classify``, in a worker of :func:`worker_pool`. ``readings_on``: page workers
    (:func:`worker_pool`) that read the values a second time, where this process would otherwise
    start the tesseract program for each reading."""
    from classifiers import analyse_document
    from classifiers.split import split_by_content

    load_models()
    # before a document is routed, the values it is routed on are read a second time
    # (a few small tesseract runs per document; where they run on page workers or as the
    # tesseract program, their CPU is not counted below)
    reread = second_reader(settings, readings_on)
    t0 = time.thread_time()
    # a run of pages between separator sheets may still hold several documents (a stack scanned
    # without the sheets): parted by what the pages say
    parts = [pages for group in groups for pages in split_by_content(group)]
    cpu = time.thread_time() - t0

    def one(pages: list[Page]) -> tuple[Document, float]:
        t = time.thread_time()
        doc = analyse_document(pages, settings, reread=reread)
        return doc, time.thread_time() - t

    if readings_on is None or len(parts) < 2:
        done = [one(pages) for pages in parts]
    else:
        # a batch of documents: while one waits for its second reading on a page worker, the
        # next is classified here (the readings of two documents run on two workers at once)
        with ThreadPoolExecutor(max_workers=max(1, settings.worker_count),
                                thread_name_prefix="intake-document") as threads:
            done = list(threads.map(one, parts))
    return [d for d, _ in done], cpu + sum(c for _, c in done)


def second_reader(settings: Settings, executor: Executor | None = None) -> Callable[..., list]:
    """:func:`pipeline.reread.read_regions` with ``settings`` bound: in this process or, given
    ``executor`` (page workers, whose tesseract library stays loaded: a reading there costs a
    fraction of a program start), on a page worker. Where that worker dies, or the workers were
    shut down, the reading is done here, with the tesseract program."""
    from functools import partial

    from pipeline.reread import read_regions

    here = partial(read_regions, timeout=settings.ocr_timeout, engine=settings.ocr_engine)
    if executor is None:
        return here

    def on_worker(regions, **kwargs):
        try:
            fut = executor.submit(here, regions, **kwargs)
        except RuntimeError:  # the workers were shut down (a service stopping; BrokenProcessPool too)
            log.warning("no page worker takes a second reading any more; reading it here")
            return here(regions, **{**kwargs, "engine": "program"})
        try:
            return fut.result()
        except BrokenProcessPool:
            log.warning("a page worker died during a second reading; reading it again here")
            return here(regions, **{**kwargs, "engine": "program"})
    return on_worker


def files_at_once(settings: Settings) -> int:
    """Input files processed at the same time when several are at hand (``intake process``,
    ``intake watch`` without Prefect): a file needs the page workers twice (its pages, then its
    documents' classification) and the main process in between (store, route), so twice as many
    files as workers, plus two, keep the workers busy (measured on 100 one-page PDFs: with 3
    files in flight and classification in the main process, 1.35 of 2 cores were busy; its GIL
    was the limit)."""
    return 2 * settings.worker_count + 2


def worker_pool(settings: Settings, classify: bool = True) -> Executor:
    """``settings.worker_count`` page-worker processes (spawned, so safe next to threads) that
    several files share: their pages (``pipeline.pages.process_file(..., executor=)``) and, with
    ``classify``, their documents' classification (:func:`analyse_documents`). With ``classify``
    each worker starts loading the classifier models in a background thread as it starts, beside
    its first pages. The caller shuts it down."""
    from pipeline.pages import WorkerPool

    return WorkerPool(settings.worker_count, initializer=_start_warm_up if classify else None)


def _start_warm_up() -> None:
    threading.Thread(target=warm_up, name="intake-models", daemon=True).start()
