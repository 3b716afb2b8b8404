"""The work of one input file, stage by stage, as plain functions.

``flows.intake_flow`` decides the order and wraps each stage as a Prefect task; this module does
the work and knows nothing of Prefect, so every stage is testable on its own and the same code runs
with or without an orchestrator.

Crash safety: the original is in the store before anything else happens; document ids are derived
from the input's sha256, and routing is idempotent per document id, so rerunning a file after a crash
at any point finishes what was started and never routes a document twice. The result object is
written last. ``flows.intake_flow`` runs one file's stages inside one
:func:`storage.objectstore.deferred_sync` block: every object is renamed into place whole as soon as
it is written, and made durable in two batches (before the result, and before the run returns, i.e.
before a watcher moves the input out of its inbox) instead of ~40 fsyncs per input.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from flows.workers import analyse_documents, warm_up
from pipeline.model import STATUS_NEEDS_REVIEW, STATUS_ROUTED, Document, Page, Rejected
from pipeline.settings import Settings
from storage.objectstore import (atomic_write, ocr_key, original_key, page_key, result_key,
                                 searchable_pdf_key, sync_pending)

log = logging.getLogger("intake.flow")

MODEL_VERSION_UNKNOWN = "unknown"


@dataclass
class Context:
    """What every stage of one run may use. Built once per process, shared by file runs."""

    settings: Settings
    store: Any  # storage.objectstore.ObjectStore
    index: Any  # storage.caseindex.CaseIndex
    progress: Callable[[str], None] | None = None
    executor: Any = None  # a shared page-worker pool (flows.workers.worker_pool) or None
    classify_in_workers: bool = False  # classify on ``executor`` (worker_pool(classify=True))

    def say(self, msg: str) -> None:
        if self.progress:
            self.progress(msg)

    def warm_up(self) -> threading.Thread:
        """Load the classifier models in a background thread now: spaCy's import and model load
        (~1 s) then overlap with start-up and the first pages instead of stalling the first
        classify. Returns the (daemon) thread."""
        t = threading.Thread(target=warm_up, name="intake-models", daemon=True)
        t.start()
        return t


@dataclass
class Received:
    path: str
    name: str
    sha256: str
    size: int
    source: str  # where it came from (folder or "cli")
    earlier: dict[str, Any] | None = None  # result of an earlier input with identical bytes
    earlier_source: str | None = None  # where that earlier input came from
    recovering: bool = False  # a watcher re-runs a file it had claimed before a crash


@dataclass
class Processed:
    pages: list[Page]
    workdir: str
    documents: list[Document] = field(default_factory=list)
    groups: list[list[int]] = field(default_factory=list)  # page numbers per document
    page_timings: dict[str, float] = field(default_factory=dict)  # summed over pages (CPU seconds)
    # CPU seconds of classification, extraction and the second readings, by part (wherever they
    # ran: flows.workers.CPU_PARTS)
    classify_cpu: dict[str, float] = field(default_factory=dict)


def sha256_file(path: str | Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


# -- stage 1: receive ---------------------------------------------------------------------------

def receive(ctx: Context, path: str, source: str = "cli", recovering: bool = False) -> Received:
    """Hash the input, keep the original safe in the store, look for an earlier identical input."""
    p = Path(path)
    sha, size = sha256_file(p)
    rec = Received(path=str(p), name=p.name, sha256=sha, size=size, source=source,
                   recovering=recovering)
    key = original_key(sha)
    if not ctx.store.exists(key):
        ctx.store.put_file(key, p, "application/octet-stream",
                           {"name": p.name, "sha256": sha, "source": source})
    earlier = ctx.index.find_input(sha)
    if earlier is not None and getattr(earlier, "state", "done") == "done":
        result = getattr(earlier, "result", None)
        if result and result.get("status") == "processed":
            rec.earlier = result
            rec.earlier_source = getattr(earlier, "source", None)
    if rec.earlier is None:
        ctx.index.begin_input(sha, p.name, source)
    return rec


def duplicate_result(rec: Received) -> dict[str, Any]:
    """Result for bytes seen before: names the earlier input, repeats its documents."""
    earlier = rec.earlier or {}
    out = dict(earlier)
    out["input"] = rec.name
    out["sha256"] = rec.sha256
    first = earlier.get("duplicate_of") or earlier.get("input")
    if rec.recovering and first == rec.name and rec.earlier_source in (None, rec.source):
        return out  # the same drop, finished before a crash: not a duplicate of itself
        # (a copy of the same name dropped into another inbox is still a duplicate)
    out["duplicate_of"] = first
    return out


# -- stage 2: inspect ---------------------------------------------------------------------------

def inspect(ctx: Context, rec: Received) -> dict[str, Any]:
    """Check the file is something we can read; raises Rejected with a plain-words reason."""
    from pipeline.load import inspect_input

    info = inspect_input(rec.path, ctx.settings)
    return {"kind": info.kind, "page_count": info.page_count, "size_bytes": info.size_bytes}


# -- stage 3: pages (load, cleanup, orientation, OCR, separators, blanks) --------------------------

def read_pages(ctx: Context, rec: Received, info: dict[str, Any]) -> Processed:
    from pipeline.pages import process_file

    workdir = Path(ctx.settings.work_root) / rec.sha256
    workdir.mkdir(parents=True, exist_ok=True)
    total = info.get("page_count") or 0

    def progress(done: int, n: int) -> None:
        ctx.say(f"{rec.name}: page {done}/{n or total}")

    pages = process_file(rec.path, workdir, ctx.settings, progress=progress,
                         executor=ctx.executor)
    page_timings: dict[str, float] = {}
    for p in pages:
        for k, v in p.timings.items():
            page_timings[k] = page_timings.get(k, 0.0) + v
    return Processed(pages=pages, workdir=str(workdir), page_timings=page_timings)


# -- stage 4: split ----------------------------------------------------------------------------

def split(ctx: Context, proc: Processed) -> Processed:
    from pipeline.split import split_documents

    # the runs between separator sheets; the classify stage parts a run further where its pages
    # say a new document starts (a stack scanned without the sheets: classifiers.split)
    groups = split_documents(proc.pages)
    proc.groups = [[p.page for p in g] for g in groups]
    return proc


# -- stage 5: classify and extract --------------------------------------------------------------

def classify(ctx: Context, rec: Received, proc: Processed) -> Processed:
    by_number = {p.page: p for p in proc.pages}
    groups = [[by_number[n] for n in numbers] for numbers in proc.groups]
    if ctx.executor is not None and ctx.classify_in_workers and groups:
        # on the page workers: classification is pure Python, and in this process it would
        # hold the one GIL that every file thread's storing and routing needs too
        try:
            docs, cpu = ctx.executor.submit(analyse_documents, groups, ctx.settings).result()
        except BrokenProcessPool:
            from pipeline.pages import program_engine, run_alone

            # a page worker died (in native code: pipeline.pages.WorkerPool), maybe over another
            # file's page: once more in a process of its own, the second readings by the program
            docs, cpu = run_alone(analyse_documents, groups, program_engine(ctx.settings))
    else:
        # here; with page workers at hand (one input of several pages), they read the values
        # a second time
        docs, cpu = analyse_documents(groups, ctx.settings, readings_on=ctx.executor)
    proc.classify_cpu = cpu
    for i, doc in enumerate(docs, start=1):
        doc.document_id = f"{rec.sha256[:16]}-{i:02d}"
    proc.documents = docs
    return proc


# -- stage 6: store derived files -----------------------------------------------------------------

def store_derived(ctx: Context, rec: Received, proc: Processed) -> list[str]:
    """Page images, per-document searchable PDF, the input's OCR words. Returns the keys written.
    Key names follow storage/README.md ("Object layout")."""
    from pipeline.pdf import searchable_pdf

    keys: list[str] = []
    by_number = {p.page: p for p in proc.pages}
    okey = ocr_key(rec.sha256)
    ocr_file = write_ocr_json(rec, proc.pages, Path(proc.workdir) / "ocr.json")
    ctx.store.put_file(okey, ocr_file, "application/json", {"sha256": rec.sha256})
    keys.append(okey)
    for doc in proc.documents:
        meta = {"doc_type": doc.doc_type, "department": doc.department, "sha256": rec.sha256,
                "document_id": doc.document_id}
        pages = [by_number[n] for n in doc.pages]
        for j, page in enumerate(pages, start=1):
            if page.image_path and Path(page.image_path).exists():
                key = page_key(doc.document_id, j)
                ctx.store.put_file(key, Path(page.image_path), "image/png",
                                   {**meta, "input_page": str(page.page)})
                keys.append(key)
        pdf_path = searchable_pdf(pages, Path(proc.workdir) / f"{doc.document_id}.pdf")
        key = searchable_pdf_key(doc.document_id)
        ctx.store.put_file(key, pdf_path, "application/pdf", meta)
        keys.append(key)
    # documents/<id>/document.json is written by the case index after routing (storage owns it)
    return keys


def write_ocr_json(rec: Received, pages: list[Page], path: Path) -> Path:
    """``{"input", "sha256", "pages": [...]}`` written page by page: a 300-page input never has
    all its words as one JSON string in memory."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"input": rec.name, "sha256": rec.sha256}, ensure_ascii=False)[:-1])
        fh.write(', "pages": [')
        for i, p in enumerate(pages):
            if i:
                fh.write(", ")
            fh.write(json.dumps(p.to_ocr_json(), ensure_ascii=False))
        fh.write("]}")
    return path


# -- stage 7: route -----------------------------------------------------------------------------

def route(ctx: Context, rec: Received, proc: Processed) -> list[dict[str, str | None]]:
    """Routed documents go into their case file; the rest wait in the review queue."""
    out = []
    for doc in proc.documents:
        az = doc.fields.get("aktenzeichen")
        why = ctx.index.aktenzeichen_doubt(az.value) if doc.status == STATUS_ROUTED and az else None
        if why:  # a misread file number would open a new case beside the right one
            doc.status, doc.reasons = STATUS_NEEDS_REVIEW, [*doc.reasons, why]
        if doc.status == STATUS_ROUTED:
            case_id, rule = ctx.index.route(doc, input_sha256=rec.sha256)
            doc.case_id = case_id
            out.append({"document_id": doc.document_id, "case_id": case_id, "rule": rule})
        else:
            doc.case_id = None
            ctx.index.save_for_review(doc, input_sha256=rec.sha256)
            out.append({"document_id": doc.document_id, "case_id": None,
                        "rule": "needs_review: " + "; ".join(doc.reasons)})
    return out


# -- stage 8: result ----------------------------------------------------------------------------

def build_result(rec: Received, documents: list[Document] | None, error: str | None) -> dict[str, Any]:
    return {
        "input": rec.name,
        "sha256": rec.sha256,
        "status": "rejected" if error else "processed",
        "error": error,
        "duplicate_of": None,
        "documents": [d.to_result() for d in (documents or [])],
    }


def result_bytes(result: dict[str, Any]) -> bytes:
    """A result file's bytes (UTF-8 JSON, indented)."""
    return json.dumps(result, ensure_ascii=False, indent=2).encode("utf-8")


def finish(ctx: Context, rec: Received, result: dict[str, Any], out_dir: str | None) -> str | None:
    """Store the result (last, so it never points at missing objects), mark the input done,
    write the result file. Returns the result file path.

    Inside a :func:`storage.objectstore.deferred_sync` block, everything written before is made
    durable first, so the result never points at an object a power cut could take away."""
    sync_pending()
    body = result_bytes(result)
    ctx.store.put_bytes(result_key(rec.sha256), body, "application/json",
                        {"sha256": rec.sha256, "status": result["status"]})
    if result.get("duplicate_of") is None:
        ctx.index.finish_input(rec.sha256, result)
    path = None
    if out_dir:
        path = write_atomic(Path(out_dir) / f"{rec.name}.json", body)
    return str(path) if path else None


def cleanup(proc: Processed | None) -> None:
    if proc and proc.workdir and Path(proc.workdir).exists():
        shutil.rmtree(proc.workdir, ignore_errors=True)


def write_atomic(path: Path, data: bytes) -> Path:
    """Result files appear complete or not at all (storage's atomic file write)."""
    return atomic_write(path, data)
