"""One input file's journey, in order, defined once.

``run_stages`` says what happens in which order; ``step`` decides how a stage runs:

* with Prefect (``PREFECT_API_URL`` set, or ``use_prefect=True``): one flow run per input file, one
  task per stage, retries on I/O stages, results and rejections attached as artifacts, visible in the
  Prefect UI;
* without (the embedded default): the same stage functions are called directly, so a one-page file
  does not pay Prefect's temporary-server start-up (6-15 s) on every ``intake process`` call.
  ``make serve`` starts a Prefect server and points the watcher at it.
"""

from __future__ import annotations

import logging
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from flows import stages
from flows.stages import Context
from pipeline.model import Rejected
from storage.objectstore import deferred_sync

log = logging.getLogger("intake.flow")

# stages that touch the store or the index: retried on transient errors
_RETRIES = {"receive": 2, "store": 2, "route": 2, "finish": 2}

Step = Callable[..., Any]


@dataclass
class Outcome:
    result: dict[str, Any]
    result_path: str | None
    timings: dict[str, float] = field(default_factory=dict)
    error_kind: str | None = None  # None | "rejected" | "internal"


def run_stages(ctx: Context, path: str, out_dir: str | None, source: str, recovering: bool,
               step: Callable[..., Any], timings: dict[str, float] | None = None) -> Outcome:
    """The order of stages for one input file. ``timings`` receives per-page stage sums
    (``page.<stage>``, CPU seconds over all page workers) and ``cpu.<part>`` (CPU seconds of
    the documents' analysis by part, ``flows.workers.CPU_PARTS``, which may run on a page worker:
    the ``classify`` wall time then includes waiting for one). What the stages write is made durable
    in batches (see flows.stages, "Crash safety"): all of it before this returns."""
    with deferred_sync():
        return _run_stages(ctx, path, out_dir, source, recovering, step, timings)


def _run_stages(ctx: Context, path: str, out_dir: str | None, source: str, recovering: bool,
                step: Callable[..., Any], timings: dict[str, float] | None) -> Outcome:
    rec = step("receive", stages.receive, ctx, path, source, recovering)
    if rec.earlier is not None:
        result = stages.duplicate_result(rec)
        where = step("finish", stages.finish, ctx, rec, result, out_dir)
        _report(ctx, rec.name, result)
        return Outcome(result, where)
    proc = None
    try:
        info = step("inspect", stages.inspect, ctx, rec)
        proc = step("pages", stages.read_pages, ctx, rec, info)
        if timings is not None:
            timings.update({f"page.{k}": v for k, v in proc.page_timings.items()})
        proc = step("split", stages.split, ctx, proc)
        proc = step("classify", stages.classify, ctx, rec, proc)
        if timings is not None:
            timings.update({f"cpu.{k}": v for k, v in proc.classify_cpu.items()})
        step("store", stages.store_derived, ctx, rec, proc)
        step("route", stages.route, ctx, rec, proc)
        result = stages.build_result(rec, proc.documents, None)
        kind = None
    except Rejected as exc:
        result = stages.build_result(rec, None, exc.reason)
        kind = "rejected"
    where = step("finish", stages.finish, ctx, rec, result, out_dir)
    stages.cleanup(proc)
    _report(ctx, rec.name, result)
    return Outcome(result, where, error_kind=kind)


def _report(ctx: Context, name: str, result: dict[str, Any]) -> None:
    if result["status"] == "rejected":
        ctx.say(f"{name}: REJECTED: {result['error']}")
    elif result.get("duplicate_of"):
        ctx.say(f"{name}: duplicate of {result['duplicate_of']}; nothing new entered a case file")


# -- plain execution --------------------------------------------------------------------------

def _plain_step(timings: dict[str, float]) -> Step:
    def step(name: str, fn: Callable[..., Any], *args: Any) -> Any:
        t0 = time.perf_counter()
        attempts = _RETRIES.get(name, 0) + 1
        for attempt in range(attempts):
            try:
                return fn(*args)
            except Rejected:
                raise
            except (OSError, ConnectionError) as exc:
                if attempt + 1 >= attempts:
                    raise
                log.warning("stage %s failed (%s); retrying", name, exc)
                time.sleep(0.5 * (attempt + 1))
            finally:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
        raise AssertionError("unreachable")

    return step


# -- Prefect execution ------------------------------------------------------------------------

_CTX: dict[str, Context] = {}
_flow = None


def _prefect_flow():
    """Build the Prefect flow once per process (importing prefect costs ~2 s; only when used)."""
    global _flow
    if _flow is not None:
        return _flow
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect import flow, task
    from prefect.artifacts import create_markdown_artifact, create_table_artifact
    from prefect.cache_policies import NO_CACHE

    tasks: dict[str, Any] = {}

    def prefect_step(timings: dict[str, float]) -> Step:
        def step(name: str, fn: Callable[..., Any], *args: Any) -> Any:
            t = tasks.get(name)
            if t is None:
                t = tasks[name] = task(fn, name=name, cache_policy=NO_CACHE,
                                       retries=_RETRIES.get(name, 0), retry_delay_seconds=1,
                                       log_prints=True)
            t0 = time.perf_counter()
            try:
                return t(*args)
            finally:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
        return step

    @flow(name="intake-file", flow_run_name="{name}", log_prints=True, validate_parameters=False)
    def intake_file(path: str, name: str, out_dir: str | None = None, source: str = "cli",
                    recovering: bool = False, ctx_key: str = "default") -> dict[str, Any]:
        ctx = _CTX[ctx_key]
        timings: dict[str, float] = {}
        outcome = run_stages(ctx, path, out_dir, source, recovering, prefect_step(timings),
                             timings)
        result = outcome.result
        key = "result-" + "".join(c if c.isalnum() else "-" for c in name.lower())[:60].strip("-")
        if result["status"] == "rejected":
            create_markdown_artifact(
                key=key or "result",
                markdown=f"# {name}: rejected\n\n{result['error']}\n",
                description="Why this input was rejected")
        else:
            rows = [{"document": d.get("document_id", ""), "pages": str(d["pages"]),
                     "type": d["doc_type"], "confidence": d["confidence"], "status": d["status"],
                     "case": d["case_id"] or "", "review": "; ".join(d.get("review_reasons", [])),
                     "fields": len(d["fields"])} for d in result["documents"]]
            create_table_artifact(key=key or "result", table=rows,
                                  description=f"Documents found in {name}"
                                  + (f" (duplicate of {result['duplicate_of']})"
                                     if result.get("duplicate_of") else ""))
        return {"result": result, "result_path": outcome.result_path, "timings": timings,
                "error_kind": outcome.error_kind}

    _flow = intake_file
    return _flow


def use_prefect_default(ctx: Context | Any) -> bool:
    """Prefect when a server is configured (``ctx``: a Context or the Settings)."""
    settings = getattr(ctx, "settings", ctx)
    return bool(settings.prefect_api_url) or os.environ.get("INTAKE_PREFECT", "") == "1"


def run_file(ctx: Context, path: str, out_dir: str | None = None, source: str = "cli",
             recovering: bool = False, use_prefect: bool | None = None) -> Outcome:
    """Process one input file end to end. Never raises for bad input; an unexpected error is
    reported in the result (status rejected, reason says it was an internal error) and the
    original stays where it was and in the store."""
    if use_prefect is None:
        use_prefect = use_prefect_default(ctx)
    name = os.path.basename(path)
    try:
        if use_prefect:
            key = str(id(ctx))
            _CTX[key] = ctx
            try:
                out = _prefect_flow()(path=str(path), name=name, out_dir=out_dir, source=source,
                                      recovering=recovering, ctx_key=key)
            finally:
                _CTX.pop(key, None)
            return Outcome(out["result"], out["result_path"], out["timings"], out["error_kind"])
        timings: dict[str, float] = {}
        outcome = run_stages(ctx, str(path), out_dir, source, recovering, _plain_step(timings),
                             timings)
        outcome.timings = timings
        return outcome
    except Exception as exc:  # noqa: BLE001 - reported, never swallowed
        log.error("internal error on %s: %s\n%s", path, exc, traceback.format_exc())
        reason = (f"{name} could not be processed because of an internal error "
                  f"({type(exc).__name__}: {exc}). The original is kept; try again later or "
                  f"tell the administrator.")
        sha = ""
        try:
            sha = stages.sha256_file(path)[0]
        except OSError:
            sha = "0" * 64
        result = {"input": name, "sha256": sha, "status": "rejected", "error": reason,
                  "duplicate_of": None, "documents": []}
        where = None
        if out_dir:
            where = str(stages.write_atomic(Path(out_dir) / f"{name}.json",
                                            stages.result_bytes(result)))
        ctx.say(f"{name}: ERROR: {reason}")
        return Outcome(result, where, error_kind="internal")
