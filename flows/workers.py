"""What runs in the page-worker processes besides the pages: the documents' classification.

Kept apart from ``flows.stages`` so that a worker unpickling :func:`analyse_documents` imports
only this module, the classifiers and the data model (not the case index, SQLAlchemy, the store).
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Executor

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


def warm_up() -> None:
    """:func:`load_models`, for a background thread: a failure is logged here and raised again by
    the first classification, which reports it for its file."""
    try:
        load_models()
    except Exception as exc:  # noqa: BLE001 - not swallowed: analyse_documents loads again
        log.warning("loading the classifier models failed (%s: %s); each file will report it",
                    type(exc).__name__, exc)


def analyse_documents(groups: list[list[Page]], settings: Settings) -> tuple[list[Document], float]:
    """Type and fields of the documents in each group of pages (a run between separator sheets,
    parted further by content: :func:`classifiers.split.split_by_content`), and the CPU seconds that took
    (without waiting for the models). Runs in the calling process or, sent by
    ``flows.stages.classify``, in a worker of :func:`worker_pool`."""
    from functools import partial

    from classifiers import analyse_document
    from classifiers.split import split_by_content
    from pipeline.reread import read_regions

    load_models()
    # before a document is routed, the values it is routed on are read a second time
    # (one small tesseract run per document; its CPU is the child's, not counted below)
    reread = partial(read_regions, timeout=settings.ocr_timeout, engine=settings.ocr_engine)
    t0 = time.thread_time()
    # a run of pages between separator sheets may still hold several documents (a stack scanned
    # without the sheets): parted by what the pages say
    docs = [analyse_document(pages, settings, reread=reread)
            for group in groups for pages in split_by_content(group)]
    return docs, time.thread_time() - t0


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
