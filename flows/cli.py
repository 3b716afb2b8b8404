"""The ``intake`` command (see shared/spec/README.md, "The command-line contract")."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Sequence

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

log = logging.getLogger("intake")

SKIP_DIRS = {".processing", "done", "failed", "__pycache__"}


class UsageError(Exception):
    """The command could not run at all (exit 2)."""


def collect_inputs(paths: Sequence[str]) -> list[Path]:
    """Files as given; folders recursively (hidden files and folders skipped), sorted."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
                out.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
        elif p.is_file():
            out.append(p)
        else:
            raise UsageError(f"{raw}: no such file or folder")
    if not out:
        raise UsageError("no input files found in " + ", ".join(paths))
    return out


def build_context(settings, progress=None):
    from flows.stages import Context
    from flows.workers import freeze_start_up
    from storage import open_index, open_store

    Path(settings.home).mkdir(parents=True, exist_ok=True)
    store = open_store(settings)
    ctx = Context(settings=settings, store=store, index=open_index(settings, store), progress=progress)
    freeze_start_up("context")  # what start-up built lives as long as the process
    return ctx


_SAY = threading.Lock()


def _progress(msg: str) -> None:
    with _SAY:  # file threads report at once: whole lines
        sys.stderr.write(msg + "\n")
        sys.stderr.flush()


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    widths = [min(w, 60) for w in widths]

    def fmt(r: list[str]) -> str:
        return "  ".join(str(c)[:60].ljust(w) for c, w in zip(r, widths)).rstrip()

    return "\n".join([fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


def summary_rows(result: dict) -> list[list[str]]:
    name = result["input"]
    if result["status"] == "rejected":
        return [[name, "-", "-", "-", "rejected", result["error"] or ""]]
    if not result["documents"]:
        return [[name, "0", "-", "-", "processed", "no document found (blank or separator pages only)"]]
    rows = []
    for i, d in enumerate(result["documents"], start=1):
        status = d["status"]
        if result.get("duplicate_of"):
            status += f" (duplicate of {result['duplicate_of']})"
        why = "; ".join(d.get("review_reasons", []))
        rows.append([name if i == 1 else "", f"{i}: p{','.join(map(str, d['pages']))}",
                     d["doc_type"], str(len(d["fields"])), status,
                     d["case_id"] or (why if why else "-")])
    return rows


# -- commands ---------------------------------------------------------------------------------

def _page_count(path: Path, settings) -> int:
    """Pages of ``path``, or 0 where it cannot be read (its run says why)."""
    from pipeline.load import inspect_input

    try:
        return inspect_input(path, settings).page_count
    except Exception:  # noqa: BLE001 - rejected or unreadable: the file's own run reports it
        return 0


def cmd_process(args, settings) -> int:
    from concurrent.futures import ThreadPoolExecutor

    inputs = collect_inputs(args.paths)
    # (flows.intake_flow.use_prefect_default, without importing Prefect's side yet)
    prefect_likely = (args.prefect or bool(settings.prefect_api_url)
                      or os.environ.get("INTAKE_PREFECT", "") == "1")
    if len(inputs) > 1 and not prefect_likely:
        # several inputs are read and classified on page workers: the server they fork from
        # imports the page path and loads the models now, beside this process's own imports
        from flows.workers import PRELOAD_CLASSIFY  # noqa: I001 - light: no models, no OpenCV
        from pipeline import workerserver

        workerserver.start(PRELOAD_CLASSIFY)

    from flows.intake_flow import run_file, use_prefect_default
    from flows.stages import sha256_file
    from flows.workers import files_at_once, worker_pool
    import pipeline.pages  # noqa: F401 - imported once here, not by 6 file threads at once

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    use_prefect = True if args.prefect else use_prefect_default(settings)
    # several inputs at once keep every core busy (files_at_once says how many)
    concurrent = 1 if use_prefect or len(inputs) == 1 else files_at_once(settings)
    executor = None
    if concurrent > 1 or len(inputs) > 1 or _page_count(inputs[0], settings) > 1:
        # pages (and with several inputs at once, classification) on the page workers; this
        # process stores and routes. The workers start now (imports, models) while this process
        # opens the store and the index. Inputs taken one at a time (one input of several
        # pages; Prefect's flow runs) are classified here (the models load once, while the
        # pages are read) and their values read a second time on the workers, whose tesseract
        # stays loaded.
        executor = worker_pool(settings, classify=concurrent > 1)
        for _ in range(settings.worker_count):
            executor.submit(int)
    try:
        ctx = build_context(settings, progress=_progress if not args.quiet else None)
    except BaseException:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        raise
    ctx.executor = executor
    ctx.classify_in_workers = concurrent > 1
    if not ctx.classify_in_workers:
        ctx.warm_up()  # spaCy loads here while the first pages are read
    t0 = time.perf_counter()
    outcomes: dict[Path, object] = {}

    def one(path: Path):
        outcome = run_file(ctx, str(path), out_dir=str(out), use_prefect=use_prefect)
        outcomes[path] = outcome
        if args.timings:
            line = json.dumps({"input": path.name, "timings": outcome.timings}) + "\n"
            with _SAY:
                sys.stderr.write(line)
                sys.stderr.flush()
        return outcome

    # Several files at once keep every core busy (single-page files otherwise use one core);
    # pages of all files share one pool of page workers. The first file with given bytes runs
    # before any copy of it, so a copy is always recognised as a duplicate.
    first, later, seen = [], [], set()
    for path in inputs:
        try:
            sha = sha256_file(path)[0]
        except OSError:
            sha = str(path)
        (later if sha in seen else first).append(path)
        seen.add(sha)
    try:
        with ThreadPoolExecutor(max_workers=concurrent) as threads:
            for batch in (first, later):
                list(threads.map(one, batch))
    finally:
        if ctx.executor is not None:
            ctx.executor.shutdown()
    rows: list[list[str]] = []
    n_docs = 0
    for path in inputs:
        result = outcomes[path].result
        rows.extend(summary_rows(result))
        n_docs += len(result.get("documents", []))
    print(_table(rows, ["file", "document", "type", "fields", "status", "case / reason"]))
    print(f"\n{len(inputs)} input(s), {n_docs} document(s) in {time.perf_counter() - t0:.1f} s; "
          f"result files in {out}/")
    return 0


def cmd_ocr(args, settings) -> int:
    from flows.stages import write_atomic
    from pipeline.load import inspect_input
    from pipeline.model import Rejected
    from pipeline.pages import process_file
    import tempfile

    inputs = collect_inputs(args.paths)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(inputs, start=1):
        _progress(f"[{i}/{len(inputs)}] {path}")
        with tempfile.TemporaryDirectory(prefix="intake-ocr-") as tmp:
            try:
                inspect_input(path, settings)
                pages = process_file(path, Path(tmp), settings,
                                     progress=lambda d, n: _progress(f"{path.name}: page {d}/{n}"))
                body = {"input": path.name, "pages": [p.to_ocr_json() for p in pages]}
            except Rejected as exc:
                _progress(f"{path.name}: REJECTED: {exc.reason}")
                body = {"input": path.name, "error": exc.reason, "pages": []}
        write_atomic(out / f"{path.name}.ocr.json",
                     json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"))
    print(f"{len(inputs)} input(s); OCR files in {out}/")
    return 0


def cmd_cases(args, settings) -> int:
    if args.cases_cmd != "import":
        raise UsageError("usage: intake cases import FILE.json")
    try:
        records = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{args.file}: no such file") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{args.file} is not valid JSON: {exc}") from None
    if not isinstance(records, list):
        raise UsageError(f"{args.file} must hold a JSON list of case objects")
    ctx = build_context(settings)
    n = ctx.index.import_cases(records)
    print(f"imported {n} case file(s) from {args.file}")
    return 0


def cmd_watch(args, settings) -> int:
    from flows.intake_flow import use_prefect_default
    from flows.watch import Watcher
    from flows.workers import files_at_once, worker_pool

    use_prefect = True if args.prefect else use_prefect_default(settings)
    ctx = build_context(settings, progress=_progress)
    results = Path(args.results) if args.results else Path(settings.home) / "results"
    # without Prefect, several files at once (as intake process does), classified on the page
    # workers; Prefect's flow runs one file at a time, classified here
    concurrency = 1 if use_prefect else files_at_once(settings)
    w = Watcher(ctx, [Path(p) for p in args.inboxes], results_dir=results,
                settle=args.settle, poll=args.poll, use_prefect=use_prefect,
                concurrency=concurrency)
    # page workers kept for all files: tesseract stays loaded, no two new processes a file
    ctx.executor = worker_pool(settings, classify=concurrency > 1)
    ctx.classify_in_workers = concurrency > 1
    if not ctx.classify_in_workers:
        ctx.warm_up()  # the first file does not wait for spaCy's load
    _progress(f"watching {', '.join(args.inboxes)} (results in {results}/); Ctrl+C stops")
    try:
        w.run(once=args.once)
    except KeyboardInterrupt:
        _progress("stopped")
    finally:
        ctx.executor.shutdown(cancel_futures=True)
    return 0


def cmd_review(args, settings) -> int:
    from review.app import serve

    serve(settings, host=args.host, port=args.port)
    return 0


def cmd_evaluate(args, settings) -> int:
    from classifiers.evaluate import main as evaluate_main

    argv = [args.results, args.truth] + (["--split", args.split] if args.split else [])
    return evaluate_main(argv) or 0


def cmd_train(args, settings) -> int:
    from classifiers.train import main as train_main

    return train_main(args.rest) or 0


def cmd_serve(args, settings) -> int:
    from flows.serve import serve

    return serve(settings, inboxes=args.inboxes, port=args.prefect_port)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="intake", description="scan-intake: scans to case files")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = p.add_subparsers(dest="cmd", required=True)

    sp = sub.add_parser("process", help="process files or folders; one result file per input")
    sp.add_argument("paths", nargs="+")
    sp.add_argument("--out", required=True, help="folder for <input name>.json result files")
    sp.add_argument("--prefect", action="store_true",
                    help="run through Prefect even without PREFECT_API_URL (temporary server)")
    sp.add_argument("--quiet", action="store_true", help="no progress lines")
    sp.add_argument("--timings", action="store_true", help="print per-stage seconds (stderr)")
    sp.set_defaults(func=cmd_process)

    sp = sub.add_parser("ocr", help="the cleaned pages' words only: DIR/<input>.ocr.json")
    sp.add_argument("paths", nargs="+")
    sp.add_argument("--out", required=True)
    sp.set_defaults(func=cmd_ocr)

    sp = sub.add_parser("cases", help="case files: intake cases import FILE.json")
    sp.add_argument("cases_cmd", choices=["import"])
    sp.add_argument("file")
    sp.set_defaults(func=cmd_cases)

    sp = sub.add_parser("watch", help="watch mailroom folders until stopped")
    sp.add_argument("inboxes", nargs="+")
    sp.add_argument("--settle", type=float, default=2.0,
                    help="seconds a file must stay unchanged before it is taken (default 2)")
    sp.add_argument("--poll", type=float, default=1.0, help="seconds between scans (default 1)")
    sp.add_argument("--results", help="folder for result files (default INTAKE_HOME/results)")
    sp.add_argument("--once", action="store_true", help="process what is there, then exit")
    sp.add_argument("--prefect", action="store_true", help="report flow runs to Prefect")
    sp.set_defaults(func=cmd_watch)

    sp = sub.add_parser("review", help="the caseworkers' web app")
    sp.add_argument("--host", default=None)
    sp.add_argument("--port", type=int, default=None)
    sp.set_defaults(func=cmd_review)

    sp = sub.add_parser("evaluate", help="score result files against ground truth")
    sp.add_argument("results")
    sp.add_argument("truth")
    sp.add_argument("--split", default=None, help="only inputs of this split (train/dev/test)")
    sp.set_defaults(func=cmd_evaluate)

    sp = sub.add_parser("train", help="retrain the classifier and extractor models")
    sp.add_argument("rest", nargs=argparse.REMAINDER)
    sp.set_defaults(func=cmd_train)

    sp = sub.add_parser("serve", help="Prefect server + UI, watched folders and review app")
    sp.add_argument("inboxes", nargs="*", default=None)
    sp.add_argument("--prefect-port", type=int, default=4200)
    sp.set_defaults(func=cmd_serve)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from pipeline.settings import load_settings

    try:
        settings = load_settings()
    except ValueError as exc:  # a setting that cannot be used
        print(f"intake: {exc}", file=sys.stderr)
        return 2
    try:
        return args.func(args, settings)
    except UsageError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
