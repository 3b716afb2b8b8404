"""Throughput and memory benchmark (issue 8): ``make bench`` / ``python -m bench.run``.

In one run, on the same pages and the same cores, it measures pages per minute of

* bare tesseract: one tesseract process per core, ``OMP_THREAD_LIMIT=1``, ``-l deu``, on the page
  images exactly as scanned: the physical limit;
* OCRmyPDF plain and with ``--rotate-pages --deskew --clean`` (``-l deu --jobs CORES``) on a small
  fixed sample of those pages (OCRmyPDF with cleanup needs ~40 s a page), with bare tesseract and
  ``intake process`` on the very same sample PDF beside them;
* ``intake process`` (a subprocess with a fresh INTAKE_HOME, so start-up, storage and routing count);

and for ours also born-digital pages per second, one born-digital page's wall time including
start-up, and the peak memory of the whole process tree on a 30-page and a 300-page scanned PDF.
It prints the ratios against the targets, and a per-stage time breakdown of ours.

    python -m bench.run            # full run, ~20-30 min on 2 cores
    python -m bench.run --quick    # smoke run, < 2 min
    python -m bench.run --update-readme   # also write the figures into bench/README.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import corpus
from bench.corpus import PageImage
from bench.harness import (MB, REPO, BenchError, IntakeRun, RunResult, machine_info,
                           run_bare_tesseract, run_intake, run_ocrmypdf)

README = REPO / "bench" / "README.md"
BEGIN, END = "<!-- bench.run:begin -->", "<!-- bench.run:end -->"

TARGETS = {
    "ours_vs_limit": 0.8,  # ours / bare tesseract, pages per minute, scanned pages
    "ours_vs_ocrmypdf_plain": 1.5,
    "ours_vs_ocrmypdf_clean": 5.0,
    "born_digital_pages_per_s": 20.0,
    "long_pdf_peak_mb": 1024.0,
    "long_vs_short_peak": 1.2,
    "one_born_digital_page_s": 5.0,
}


@dataclass
class Sizes:
    scanned_pages: int
    sample_pages: int
    born_digital_pages: int
    short_pdf: int
    long_pdf: int
    generator_count: int


FULL = Sizes(scanned_pages=40, sample_pages=6, born_digital_pages=100, short_pdf=30, long_pdf=300,
             generator_count=60)
QUICK = Sizes(scanned_pages=4, sample_pages=2, born_digital_pages=10, short_pdf=3, long_pdf=9,
              generator_count=12)


@dataclass
class Row:
    name: str
    pages: int
    wall: float
    peak_mb: float
    note: str = ""
    cpu: float = 0.0  # CPU seconds of the whole tree
    load: tuple[float, float] = (0.0, 0.0)
    running: float = 0.0  # mean processes of the tree running or ready to run

    @classmethod
    def of(cls, name: str, pages: int, run: RunResult, note: str = "") -> "Row":
        return cls(name, pages, run.wall, run.peak_mb, note, run.cpu, run.load, run.running)

    @property
    def cpu_per_page(self) -> float:
        return self.cpu / self.pages if self.pages else 0.0

    @property
    def ppm(self) -> float:
        return 60.0 * self.pages / self.wall if self.wall > 0 else 0.0


@dataclass
class Report:
    mode: str
    machine: dict[str, str]
    started: str
    cores: int
    sets: dict[str, str] = field(default_factory=dict)  # what each input set is
    rows: dict[str, Row] = field(default_factory=dict)
    ratios: dict[str, float] = field(default_factory=dict)
    estimates: dict[str, float] = field(default_factory=dict)  # idle-machine estimates
    stages: list[tuple[str, float, float, str]] = field(default_factory=list)
    digital_stages: list[tuple[str, float, float, str]] = field(default_factory=list)
    stage_title: str = ""
    checks: list[tuple[str, str, str, bool]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    elapsed: float = 0.0


def say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- inputs ------------------------------------------------------------------------------------

def _truth(corpus_dir: Path, name: str) -> dict[str, Any]:
    p = corpus_dir / "truth" / f"{name}.json"
    if p.is_file():
        return json.loads(p.read_text(encoding="utf-8"))
    return {}


def has_text_layer(pdf: Path) -> bool:
    """True when the first page carries real text (a born-digital PDF)."""
    import pdfplumber

    with pdfplumber.open(str(pdf), pages=[1]) as doc:
        return len(doc.pages[0].chars) >= 20


def collect_inputs(corpus_dir: Path) -> list[tuple[Path, str]]:
    """Scanned one-document inputs among the generated files, with their tier. Batch scans are
    left out (their separator and blank pages would flatter ours, which does not read them),
    and so are inputs meant to be rejected, duplicates and born-digital PDFs."""
    out: list[tuple[Path, str]] = []
    for p in sorted((corpus_dir / "inbox").iterdir()):
        if not p.is_file() or p.suffix.lower() not in corpus.SCAN_SUFFIXES:
            continue
        t = _truth(corpus_dir, p.name)
        meta = t.get("meta") or {}
        if meta.get("kind") == "single" and meta.get("format") != "pdf-text":
            if p.suffix.lower() == ".pdf" and has_text_layer(p):
                continue
            out.append((p, str(meta.get("tier") or "unknown")))
    return out


def pick_scanned(scanned: list[tuple[Path, str]], want_pages: int, workdir: Path
                 ) -> tuple[list[Path], list[PageImage]]:
    """Scanned inputs, taken round-robin over the tiers, until ``want_pages`` pages; and their
    page images as scanned."""
    by_tier: dict[str, list[Path]] = {}
    for p, tier in scanned:
        by_tier.setdefault(tier, []).append(p)
    order: list[tuple[Path, str]] = []
    queues = {t: list(ps) for t, ps in sorted(by_tier.items())}
    while any(queues.values()):
        for t in sorted(queues):
            if queues[t]:
                order.append((queues[t].pop(0), t))
    chosen: list[Path] = []
    images: list[PageImage] = []
    for p, tier in order:
        if len(images) >= want_pages:
            break
        imgs = corpus.page_images(p, workdir / "pages", tier)
        chosen.append(p)
        images.extend(imgs)
    if not images:
        raise BenchError("the generated corpus holds no scanned inputs; check "
                         "`python -m sample_docs.generator` (see sample_docs/README.md)")
    return chosen, images


def pick_sample(images: list[PageImage], n: int) -> list[PageImage]:
    """A fixed sample of ``n`` pages spread over the tiers (first pages of each tier in turn)."""
    by_tier: dict[str, list[PageImage]] = {}
    for im in images:
        by_tier.setdefault(im.tier, []).append(im)
    out: list[PageImage] = []
    while len(out) < min(n, len(images)):
        for t in sorted(by_tier):
            if by_tier[t] and len(out) < n:
                out.append(by_tier[t].pop(0))
    return out


def count_pages(paths: list[Path]) -> int:
    from PIL import Image

    n = 0
    for p in paths:
        if p.suffix.lower() == ".pdf":
            n += corpus.pdf_page_count(p)
        else:
            with Image.open(p) as im:
                n += getattr(im, "n_frames", 1)
    return n


# -- the stage breakdown -----------------------------------------------------------------------

PAGE_STAGES = [("load", "page.load"), ("cleanup", "page.cleanup"),
               ("orientation", "page.orientation"), ("OCR (tesseract)", "page.ocr"),
               ("separator barcode", "page.barcode")]
FILE_STAGES = [("load: inspect input", ["inspect"]),
               ("split (separator sheets; documents by content)", ["split", "cpu.split"]),
               ("classify (document type)", ["cpu.classify"]),
               ("extract (fields, review rules)", ["cpu.extract"]),
               ("second reading of the routed values: tesseract", ["cpu.reading"]),
               ("second reading of the routed values: checks", ["cpu.verify"]),
               ("store: original, page images, PDF, results", ["receive", "store", "finish"]),
               ("store: case index routing", ["route"])]
#: a run of code from before 2026-12-06 timed classification, extraction and the checks of the
#: second readings together as ``cpu.classify`` (and the readings not at all)
_OLD_CLASSIFY = "classify + extract + checks (code before the split)"
ORCHESTRATION = "orchestration: start-up, imports, glue (once per run)"


def startup_seconds(run: IntakeRun) -> float:
    """Wall time of a run outside every file stage: interpreter start-up, imports, building the
    context, the summary table. Measured on a one-file run, where nothing overlaps."""
    sums = run.stage_sums()
    return max(0.0, run.run.wall - sum(v for k, v in sums.items()
                                       if not k.startswith(("page.", "cpu."))))


def stage_breakdown(run: IntakeRun, pages: int, startup: float) -> list[tuple[str, float, float, str]]:
    """(stage, seconds, share, note) for one ``intake process`` run.

    Page stages are timed inside the page workers, file stages in the main process; both are
    summed over pages and files. Classification runs on the page workers when several files are
    processed: its CPU seconds by part (``cpu.split``, ``cpu.classify``, ``cpu.extract``,
    ``cpu.reading``, ``cpu.verify``) are shown, not the file's wait for a worker. Files run concurrently, so the sum is larger than the wall
    time; the shares say where the work goes. ``startup`` (see :func:`startup_seconds`) is paid
    once per run."""
    sums = run.stage_sums()
    rows: list[tuple[str, float, str]] = []
    for name, key in PAGE_STAGES:
        v = sums.get(key, 0.0)
        rows.append((name, v, f"{v / max(pages, 1):.2f} s/page"))
    old = "cpu.extract" not in sums  # timings of code from before the parts were measured
    for name, keys in FILE_STAGES:
        if keys == ["cpu.classify"] and old:
            name = _OLD_CLASSIFY
            if "cpu.classify" not in sums:
                keys = ["classify"]  # older still: classification was timed by the wall clock
        elif old and keys in (["cpu.extract"], ["cpu.reading"], ["cpu.verify"]):
            continue
        v = sum(sums.get(k, 0.0) for k in keys)
        rows.append((name, v, f"{1000 * v / max(pages, 1):.0f} ms/page"))
    rows.append((ORCHESTRATION, startup, f"{startup:.1f} s per run"))
    total = sum(v for _, v, _ in rows) or 1.0
    return [(name, v, v / total, note) for name, v, note in rows]


def idle_ppm(row: Row, cores: int) -> float:
    """Pages per minute the run would reach on an otherwise idle machine: the cores it kept
    busy (at most ``cores``) divided by the CPU time it needs per page."""
    if row.cpu_per_page <= 0:
        return 0.0
    return 60.0 * min(row.running, cores) / row.cpu_per_page


# -- the run -----------------------------------------------------------------------------------

def pages_of(run: IntakeRun) -> int:
    return sum(len(d["pages"]) for r in run.results for d in r.get("documents", []))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a few pages only: a smoke run < 2 min")
    ap.add_argument("--out", default=str(REPO / "bench" / "out" / "run"),
                    help="work folder, deleted and rebuilt (default bench/out/run; the rest of "
                         "bench/out, e.g. the OCR quality cache, is left alone)")
    ap.add_argument("--seed", type=int, default=808, help="corpus generator seed (default 808)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="cores to use for every system (default: all)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder afterwards")
    ap.add_argument("--update-readme", action="store_true",
                    help="write the figures into bench/README.md")
    ap.add_argument("--json", help="also write the report as JSON to this file")
    args = ap.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    t_start = time.perf_counter()
    work = Path(args.out).resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    rep = Report(mode="quick" if args.quick else "full", machine=machine_info(),
                 started=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                 cores=args.jobs)
    try:
        _run(args, sizes, work, rep)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    rep.elapsed = time.perf_counter() - t_start
    text = render(rep)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(_as_json(rep), indent=2), encoding="utf-8")
    if args.update_readme:
        update_readme(text, rep)
        say(f"figures written into {README.relative_to(REPO)}")
    return 0


def _run(args: argparse.Namespace, sizes: Sizes, work: Path, rep: Report) -> None:
    jobs = args.jobs
    say(f"generating the corpus (seed {args.seed}, {sizes.generator_count} inputs)")
    cdir = corpus.run_generator(work / "corpus", args.seed, sizes.generator_count)
    scanned = collect_inputs(cdir)
    say(f"{len(scanned)} scanned one-document inputs generated")

    # 1. scanned pages: bare tesseract vs ours --------------------------------------------------
    files, images = pick_scanned(scanned, sizes.scanned_pages, work)
    n = len(images)
    tiers: dict[str, int] = {}
    for im in images:
        tiers[im.tier] = tiers.get(im.tier, 0) + 1
    fmts: dict[str, int] = {}
    for p in files:
        fmts[p.suffix.lower().lstrip(".")] = fmts.get(p.suffix.lower().lstrip("."), 0) + 1
    rep.sets["scanned"] = (f"{n} scanned pages in {len(files)} files "
                           f"(tiers: {', '.join(f'{k} {v}' for k, v in sorted(tiers.items()))}; "
                           f"formats: {', '.join(f'{k} {v}' for k, v in sorted(fmts.items()))}), "
                           f"from `python -m sample_docs.generator --seed {args.seed} "
                           f"--count {sizes.generator_count}`")
    say(f"bare tesseract on {n} scanned pages, {jobs} processes")
    bare, per_image = run_bare_tesseract([im.path for im in images], jobs, work / "tess")
    rep.rows["bare"] = Row.of(f"bare tesseract ({jobs} processes, -l deu)", n, bare)
    say(f"intake process on the same {len(files)} files")
    ours = run_intake(files, work / "ours-scanned")
    rep.rows["ours"] = Row.of("intake process", n, ours.run, f"{pages_of(ours)} pages in documents")
    rep.ratios["ours_vs_limit"] = rep.rows["ours"].ppm / rep.rows["bare"].ppm
    rep.ratios["cpu_ours_vs_limit"] = rep.rows["bare"].cpu_per_page / rep.rows["ours"].cpu_per_page
    scanned_run = ours
    say(f"intake process on the same {len(files)} files, INTAKE_OCR_ENGINE=program")
    prog = run_intake(files, work / "ours-scanned-program", extra_env={"INTAKE_OCR_ENGINE": "program"})
    rep.rows["ours_prog"] = Row.of("intake process, INTAKE_OCR_ENGINE=program", n, prog.run)
    rep.ratios["ours_prog_vs_limit"] = rep.rows["ours_prog"].ppm / rep.rows["bare"].ppm
    rep.ratios["cpu_ours_prog_vs_limit"] = rep.rows["bare"].cpu_per_page / rep.rows["ours_prog"].cpu_per_page

    # 2. the OCRmyPDF sample: the same PDF for everyone -------------------------------------------
    sample = pick_sample(images, sizes.sample_pages)
    k = len(sample)
    spdf = corpus.images_to_pdf(sample, work / "sample" / "sample.pdf")
    rep.sets["sample"] = (f"a fixed sample of {k} of those pages (tiers: "
                          f"{', '.join(sorted({im.tier for im in sample}))}) as one image-only PDF "
                          f"holding the scanned pixels unchanged; OCRmyPDF with cleanup is slow "
                          f"(issue 8 saw ~40 s a page), so OCRmyPDF runs on this sample only, "
                          f"with bare tesseract and ours on the very same PDF beside it")
    say(f"sample of {k} pages: bare tesseract")
    sbare, _ = run_bare_tesseract([im.path for im in sample], jobs, work / "tess-sample")
    rep.rows["s_bare"] = Row.of("bare tesseract", k, sbare)
    say("sample: intake process")
    sours = run_intake([spdf], work / "ours-sample")
    rep.rows["s_ours"] = Row.of("intake process", k, sours.run)
    say("sample: OCRmyPDF plain")
    op = run_ocrmypdf(spdf, work / "sample" / "plain.pdf", jobs, cleanup=False)
    rep.rows["s_ocrmypdf"] = Row.of("OCRmyPDF (plain)", k, op)
    say("sample: OCRmyPDF --rotate-pages --deskew --clean (slow)")
    oc = run_ocrmypdf(spdf, work / "sample" / "clean.pdf", jobs, cleanup=True)
    rep.rows["s_ocrmypdf_clean"] = Row.of("OCRmyPDF --rotate-pages --deskew --clean", k, oc)
    rep.ratios["sample_ours_vs_limit"] = rep.rows["s_ours"].ppm / rep.rows["s_bare"].ppm
    rep.ratios["ours_vs_ocrmypdf_plain"] = rep.rows["s_ours"].ppm / rep.rows["s_ocrmypdf"].ppm
    rep.ratios["ours_vs_ocrmypdf_clean"] = rep.rows["s_ours"].ppm / rep.rows["s_ocrmypdf_clean"].ppm
    rep.ratios["ocrmypdf_plain_vs_limit"] = rep.rows["s_ocrmypdf"].ppm / rep.rows["s_bare"].ppm

    # 3. born-digital ---------------------------------------------------------------------------
    say(f"generating {sizes.born_digital_pages} born-digital invoice pages")
    dfiles, dpages = corpus.born_digital_invoices(work / "digital", args.seed,
                                                  sizes.born_digital_pages)
    rep.sets["digital"] = (f"{dpages} born-digital pages in {len(dfiles)} supplier invoices "
                           f"(PDF with a text layer, made by the corpus generator; no OCR)")
    say(f"born-digital: one page, then {dpages} pages")
    one = next((p for p in dfiles if corpus.pdf_page_count(p) == 1), dfiles[0])
    r1 = run_intake([one], work / "ours-one")
    rep.rows["d_one"] = Row.of("one born-digital page (wall incl. start-up)", pages_of(r1) or 1,
                               r1.run)
    rd = run_intake(dfiles, work / "ours-digital")
    rep.rows["d_all"] = Row.of("born-digital pages", dpages, rd.run)
    startup = startup_seconds(r1)
    rep.ratios["startup_s"] = startup
    rep.ratios["born_digital_pages_per_s"] = dpages / rd.run.wall
    rep.ratios["born_digital_pages_per_s_after_startup"] = dpages / max(rd.run.wall - startup, 1e-6)
    rep.stage_title = (f"scanned set, {n} pages, {scanned_run.run.wall:.1f} s wall; on average "
                       f"{scanned_run.run.running:.2f} threads of the run were running or ready "
                       f"to run, on {jobs} cores")
    rep.stages = stage_breakdown(scanned_run, n, startup)
    rep.digital_stages = stage_breakdown(rd, dpages, startup)

    # 4. long scanned PDF: memory does not grow with length ---------------------------------------
    short_imgs = (images * ((sizes.short_pdf // max(n, 1)) + 1))[:sizes.short_pdf]
    short_pdf = corpus.images_to_pdf(short_imgs, work / "long" / f"scan-{sizes.short_pdf}.pdf",
                                     jpeg_quality=80)
    times = max(1, sizes.long_pdf // sizes.short_pdf)
    long_pdf = corpus.repeat_pdf(short_pdf, times, work / "long" / f"scan-{sizes.long_pdf}.pdf")
    lp = corpus.pdf_page_count(long_pdf)
    rep.sets["long"] = (f"one scanned PDF of {sizes.short_pdf} pages (the scanned set's pages, "
                        f"JPEG q80 as a document scanner writes them, "
                        f"{short_pdf.stat().st_size / MB:.0f} MB) and the same pages {times} times "
                        f"over ({lp} pages, {long_pdf.stat().st_size / MB:.0f} MB)")
    say(f"long PDF: {sizes.short_pdf} pages")
    rs = run_intake([short_pdf], work / "ours-short")
    rep.rows["l_short"] = Row.of(f"scanned PDF, {sizes.short_pdf} pages", sizes.short_pdf, rs.run)
    short_pdf.unlink()
    say(f"long PDF: {lp} pages")
    rl = run_intake([long_pdf], work / "ours-long")
    rep.rows["l_long"] = Row.of(f"scanned PDF, {lp} pages", lp, rl.run)
    long_pdf.unlink()
    rep.ratios["long_vs_short_peak"] = rl.run.peak_mb / max(rs.run.peak_mb, 1e-6)
    rep.ratios["long_pdf_peak_mb"] = rl.run.peak_mb
    rep.ratios["one_born_digital_page_s"] = r1.run.wall
    estimates(rep)
    rep.checks = checks(rep)


def estimates(rep: Report) -> None:
    """The same ratios from CPU time and busy cores (see :func:`idle_ppm`): what they would be
    on an otherwise idle machine. Other jobs change the wall-time ratios from run to run."""
    r, c = rep.rows, rep.cores
    est = rep.estimates
    est["ours_vs_limit"] = idle_ppm(r["ours"], c) / idle_ppm(r["bare"], c)
    est["ours_vs_ocrmypdf_plain"] = idle_ppm(r["s_ours"], c) / idle_ppm(r["s_ocrmypdf"], c)
    est["ours_vs_ocrmypdf_clean"] = idle_ppm(r["s_ours"], c) / idle_ppm(r["s_ocrmypdf_clean"], c)
    d = r["d_all"]
    est["born_digital_pages_per_s"] = idle_ppm(d, c) / 60.0


def checks(rep: Report) -> list[tuple[str, str, str, str, bool]]:
    """(target, goal, measured, idle-machine estimate, met). A target counts as met only when
    the measured figure meets it."""
    r, t, e = rep.ratios, TARGETS, rep.estimates
    out = []

    def fmt_ge(v: float, goal: float, fmt: str) -> str:
        return f"{v:{fmt}}" + ("" if v >= goal else f" (missed by {100 * (1 - v / goal):.0f}%)")

    def ge(key: str, label: str, fmt: str) -> None:
        v, goal = r[key], t[key]
        est = fmt_ge(e[key], goal, fmt) if key in e else ""
        out.append((label, f">= {goal:{fmt}}", fmt_ge(v, goal, fmt), est, v >= goal))

    def le(key: str, label: str, fmt: str) -> None:
        v, goal = r[key], t[key]
        miss = "" if v <= goal else f" (over by {100 * (v / goal - 1):.0f}%)"
        out.append((label, f"<= {goal:{fmt}}", f"{v:{fmt}}{miss}", "", v <= goal))

    ge("ours_vs_limit", "ours / bare tesseract, scanned pages", ".2f")
    ge("ours_vs_ocrmypdf_plain", "ours / OCRmyPDF plain (sample)", ".2f")
    ge("ours_vs_ocrmypdf_clean", "ours / OCRmyPDF with cleanup (sample)", ".1f")
    ge("born_digital_pages_per_s", "born-digital pages per second (incl. start-up)", ".1f")
    le("long_pdf_peak_mb", f"peak memory, {rep.rows['l_long'].pages}-page PDF (MB)", ".0f")
    le("long_vs_short_peak", "peak memory long / short PDF", ".2f")
    le("one_born_digital_page_s", "one born-digital page, wall incl. start-up (s)", ".1f")
    return out


# -- output ------------------------------------------------------------------------------------

def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _row(r: Row, ref: Row | None, cores: int) -> list[str]:
    return [r.name, str(r.pages), f"{r.wall:.1f}", f"{r.ppm:.1f}",
            f"{r.ppm / ref.ppm:.2f}x" if ref else "", f"{r.cpu_per_page:.2f}",
            f"{r.running:.2f}", f"{idle_ppm(r, cores):.0f}", f"{r.peak_mb:.0f}",
            f"{r.load[0]:.1f}-{r.load[1]:.1f}"]


def render(rep: Report) -> str:
    m = rep.machine
    head = ["system", "pages", "wall s", "pages/min", "vs bare tesseract", "CPU s/page",
            "busy", "pages/min idle est.", "peak MB (tree RSS)", "load avg"]
    c = rep.cores
    out = [f"Benchmark ({rep.mode} run, {rep.started}, {rep.elapsed / 60:.1f} min): "
           f"`python -m bench.run{' --quick' if rep.mode == 'quick' else ''}`", "",
           f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM, {m['os']}, "
           f"Python {m['python']}, {m['tesseract']}, OCRmyPDF {m['ocrmypdf']}; every system "
           f"uses {rep.cores} cores. Load average when the run started: {m['load']} (other "
           f"jobs on the machine slow every wall time; CPU s/page, the CPU time of the whole "
           f"process tree per page, is much less affected; busy is the mean number of the "
           f"run's threads running or ready to run (all processes of the tree), sampled every "
           f"50 ms: how many of the {rep.cores} cores it could keep busy; above "
           f"{rep.cores} it kept all busy and waited for CPU).", ""]
    if "scanned" in rep.sets:
        out += [f"**Scanned pages**: {rep.sets['scanned']}.", "",
                _table(head, [_row(rep.rows["bare"], None, c),
                              _row(rep.rows["ours"], rep.rows["bare"], c)]
                       + ([_row(rep.rows["ours_prog"], rep.rows["bare"], c)] if "ours_prog" in rep.rows else [])),
                "",
                f"By CPU time per page, bare tesseract / ours = "
                f"{rep.ratios['cpu_ours_vs_limit']:.2f}: the ratio ours could reach with every "
                f"core busy all the time; idle-machine estimate "
                f"{rep.estimates.get('ours_vs_limit', 0):.2f}."
                + (f" With the tesseract program started for every page instead of the library "
                   f"kept loaded in the page workers (`INTAKE_OCR_ENGINE=program`, the default "
                   f"until 2026-12-05): {rep.ratios['ours_prog_vs_limit']:.2f} measured, "
                   f"{rep.ratios['cpu_ours_prog_vs_limit']:.2f} by CPU."
                   if "ours_prog" in rep.rows else ""), ""]
    if "sample" in rep.sets:
        b = rep.rows["s_bare"]
        out += [f"**OCRmyPDF sample**: {rep.sets['sample']}.", "",
                _table(head, [_row(rep.rows[k], None if k == "s_bare" else b, c)
                              for k in ("s_bare", "s_ours", "s_ocrmypdf", "s_ocrmypdf_clean")]),
                "",
                f"ours / OCRmyPDF plain = {rep.ratios['ours_vs_ocrmypdf_plain']:.2f}x measured "
                f"({rep.estimates.get('ours_vs_ocrmypdf_plain', 0):.2f}x idle-machine estimate), "
                f"ours / OCRmyPDF with cleanup = {rep.ratios['ours_vs_ocrmypdf_clean']:.1f}x "
                f"({rep.estimates.get('ours_vs_ocrmypdf_clean', 0):.1f}x).", ""]
    if "digital" in rep.sets:
        out += [f"**Born-digital**: {rep.sets['digital']}: "
                f"{rep.ratios['born_digital_pages_per_s']:.1f} pages/s including start-up, "
                f"{rep.ratios['born_digital_pages_per_s_after_startup']:.1f} pages/s after the "
                f"{rep.ratios['startup_s']:.1f} s start-up; {rep.rows['d_all'].cpu_per_page:.2f} CPU "
                f"s/page, {rep.rows['d_all'].running:.2f} busy, peak "
                f"{rep.rows['d_all'].peak_mb:.0f} MB. One born-digital page took "
                f"{rep.rows['d_one'].wall:.1f} s wall including start-up (peak "
                f"{rep.rows['d_one'].peak_mb:.0f} MB).", ""]
    if "long" in rep.sets:
        out += [f"**Long scanned PDF**: {rep.sets['long']}.", "",
                _table(head, [_row(rep.rows["l_short"], None, c), _row(rep.rows["l_long"], None, c)]),
                ""]
    if rep.stages:
        shead = ["stage", "seconds (summed)", "share", "per page"]
        out += [f"**Where the time goes** ({rep.stage_title}; stage seconds are summed over "
                f"pages and files, which overlap, and inflated alike by machine load):", "",
                _table(shead, [[s, f"{v:.1f}", f"{100 * sh:.1f}%", note]
                               for s, v, sh, note in rep.stages]), ""]
    if rep.digital_stages:
        out += ["Born-digital pages, same breakdown:", "",
                _table(["stage", "seconds (summed)", "share", "per page"],
                       [[s, f"{v:.1f}", f"{100 * sh:.1f}%", note]
                        for s, v, sh, note in rep.digital_stages]), ""]
    if rep.checks:
        out += ["**Targets** (met: by the measured figure; the idle-machine estimate is "
                "60 x min(busy, cores) / CPU s per page, for the ratios):", "",
                _table(["target", "goal", "measured", "idle-machine estimate", "met"],
                       [[a, b, c, d, "yes" if ok else "NO"] for a, b, c, d, ok in rep.checks]),
                ""]
    out += [f"Note: {n}" for n in rep.notes]
    return "\n".join(out).rstrip() + "\n"


def _as_json(rep: Report) -> dict[str, Any]:
    return {"mode": rep.mode, "machine": rep.machine, "started": rep.started, "cores": rep.cores,
            "sets": rep.sets, "ratios": rep.ratios, "estimates": rep.estimates,
            "rows": {k: {"name": r.name, "pages": r.pages, "wall": r.wall, "pages_per_min": r.ppm,
                         "peak_mb": r.peak_mb, "cpu": r.cpu, "cpu_per_page": r.cpu_per_page,
                         "busy": r.running, "load": list(r.load),
                         "idle_ppm": idle_ppm(r, rep.cores)} for k, r in rep.rows.items()},
            "stages": rep.stages, "digital_stages": rep.digital_stages, "checks": rep.checks,
            "notes": rep.notes, "elapsed": rep.elapsed}


def update_readme(text: str, rep: Report) -> None:
    """Replace the figures between the bench.run markers in bench/README.md (the rest of the
    file, e.g. the OCR quality section, is left as it is)."""
    body = README.read_text(encoding="utf-8") if README.exists() else ""
    block = f"{BEGIN}\n{text}{END}"
    if BEGIN in body and END in body:
        pre, rest = body.split(BEGIN, 1)
        _, post = rest.split(END, 1)
        body = pre + block + post
    else:
        body = body.rstrip() + "\n\n" + block + "\n"
    README.write_text(body, encoding="utf-8")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        sys.exit(1)
