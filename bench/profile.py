"""Where a page's CPU time goes: ``python -m bench.profile FILE...``.

Runs :func:`pipeline.pages.process_page` on every page of the given scans in this one process
(no page pool, so nothing is hidden in worker processes) and prints, per page, the CPU seconds
spent in Python/OpenCV and in tesseract (the in-process engine's CPU time as
:func:`pipeline.ocr.engine_cpu_seconds` counts it, plus child processes), measured without a
profiler; then, in a second pass, the functions that took the most CPU (``cProfile`` with a
CPU-time clock, so other jobs on the machine do not inflate it; cProfile's own overhead does
inflate pure-Python code). The throughput benchmark (``python -m bench.run``) says how fast; this says why.

    python -m bench.profile bench/out/corpus/inbox/*.pdf --top 25
    python -m bench.profile FILE... --engine program   # the tesseract program per reading
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", help="scanned inputs (PDF, TIFF, PNG, JPEG)")
    ap.add_argument("--top", type=int, default=20, help="functions to list (default 20)")
    ap.add_argument("--engine", choices=["library", "program"], default="library",
                    help="tesseract engine (default library: what the page workers use)")
    args = ap.parse_args(argv)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    import pipeline.pages as pages
    from pipeline import ocr
    from pipeline.load import inspect_input
    from pipeline.ocr import engine_cpu_seconds
    from pipeline.model import Rejected
    from pipeline.pages import process_page
    from pipeline.settings import load_settings

    ocr.AUTO_ENGINE = args.engine
    readings = _count_readings(pages)

    import pypdfium2  # noqa: F401  - imported here so no page pays for the import
    import zxingcpp  # noqa: F401

    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        settings = load_settings(env={"INTAKE_HOME": str(Path(tmp) / "home")})
        todo: list[tuple[Path, int]] = []
        for f in map(Path, args.files):
            try:
                todo += [(f, i) for i in range(inspect_input(f, settings).page_count)]
            except Rejected as exc:
                print(f"{f}: skipped: {exc.reason}", file=sys.stderr)
        if not todo:
            print("no page could be read", file=sys.stderr)
            return 1
        # pass 1: CPU per page without a profiler (cProfile inflates Python-heavy code a lot)
        py_total = tess_total = 0.0
        for f, i in todo:
            p0, c0, e0 = time.process_time(), _children_cpu(), engine_cpu_seconds()
            page = process_page(f, i, Path(tmp) / "work", settings)
            # tesseract: the program's runs (child processes) or the in-process engine's time
            engine = engine_cpu_seconds() - e0
            py, tess = time.process_time() - p0 - engine, _children_cpu() - c0 + engine
            py_total += py
            tess_total += tess
            print(f"{f.name[:28]:28s} p{i + 1:<3d} python+opencv {py:5.2f} s  tesseract "
                  f"{tess:5.2f} s  {page.kind:9s} {' '.join(page.steps)}")
        n = len(todo)
        print(f"\n{n} pages ({args.engine} engine): python+opencv {py_total / n:.3f} s CPU/page, "
              f"tesseract {tess_total / n:.3f} s CPU/page, of which:")
        for what, cpu in readings.items():
            print(f"  {what:34s} {cpu / n:.3f} s CPU/page")
        readings.update(dict.fromkeys(readings, 0.0))  # pass 2 counts for nothing
        # pass 2: the same pages under cProfile (CPU clock), for the ranking of functions only
        prof = cProfile.Profile(time.process_time)
        for f, i in todo:
            prof.enable()
            process_page(f, i, Path(tmp) / "work", settings)
            prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(args.top)
        print("\nCPU by function (own time, this process only, the in-process tesseract engine "
              "included as one ctypes call; second pass under cProfile, whose overhead inflates "
              "pure-Python code):")
        print("\n".join(ln for ln in buf.getvalue().splitlines()[4:] if ln.strip()))
    return 0


def _count_readings(pages) -> dict[str, float]:
    """Wrap the page path's tesseract readings (``pipeline.pages`` looks them up at call time) so
    that their CPU seconds (the in-process engine's and the program's) add up by kind: the page
    read, the up/down trial read of an unsure page, the lines the page read missed, the weak lines
    read again from the grey page."""
    from pipeline.ocr import engine_cpu_seconds

    spent: dict[str, float] = {"page read": 0.0, "up/down trial read (unsure pages)": 0.0,
                               "missed lines read again": 0.0, "weak lines read again (grey page)": 0.0}
    last_page: list[object] = [None]

    def wrap(fn, kind):
        def counted(*a, **kw):
            what = kind
            if kind == "page read":  # the second read of the same page image is the trial read
                key = (a[3], a[4])  # (file name, page number)
                what = "up/down trial read (unsure pages)" if last_page[0] == key else kind
                last_page[0] = key
            c0, e0 = _children_cpu(), engine_cpu_seconds()
            try:
                return fn(*a, **kw)
            finally:
                spent[what] += _children_cpu() - c0 + engine_cpu_seconds() - e0
        return counted

    pages._read = wrap(pages._read, "page read")
    pages.read_missed_lines = wrap(pages.read_missed_lines, "missed lines read again")
    pages.read_weak_lines = wrap(pages.read_weak_lines, "weak lines read again (grey page)")
    return spent


if __name__ == "__main__":
    sys.exit(main())
