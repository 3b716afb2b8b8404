"""OCR quality per degradation tier: raw tesseract vs OCRmyPDF vs our page pipeline, side by side.

    .venv/bin/python -m bench.ocr_quality [--seed 11 --count 60] [--corpus DIR]
                                          [--ocrmypdf-pages 20] [--jobs 2] [--json out.json]

* The corpus comes from ``sample_docs.generator`` (``--seed/--count``, cached under
  ``bench/out/cache/``) or from an existing folder holding ``inbox/`` and ``truth/`` (``--corpus``).
  Every content page of every scanned input is measured against ``truth/<name>.json``
  (``pages[].text``, ``rotation``, ``skew``, ``meta.tier``); born-digital PDFs and rejects are
  left out (nothing to recognise).
* raw: ``tesseract -l deu+eng`` (default page segmentation) on the page exactly as scanned.
* OCRmyPDF: ``ocrmypdf --rotate-pages --deskew --clean -l deu`` on a one-page PDF of the same
  pixels, for a fixed sample of up to ``--ocrmypdf-pages`` pages per tier (it takes ~40 s a page).
* ours: :func:`pipeline.pages.process_page` on the input file itself.

All three readings are put into lines the same way (:func:`pipeline.ocr.assign_lines` on the
word boxes), so reading order does not count, only recognition. CER = edit distance between the
whitespace-normalised texts / length of the truth, summed over the pages of a tier.
Orientation: share of pages whose corrected rotation equals the truth; residual skew:
|our skew - true skew|, degrees.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TIERS = ["clean", "scanned", "harsh"]


def norm_text(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------------
# the three readers (each returns the page text with lines made the same way)


def _lines_text(words) -> str:
    from pipeline.model import Page
    from pipeline.ocr import assign_lines

    return Page(page=1, width=1, height=1, words=assign_lines(list(words))).text


def read_raw(image: str, dpi: float) -> tuple[str, float]:
    """Bare tesseract on the scanned pixels."""
    from pipeline.ocr import parse_tsv

    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "out"
        subprocess.run(["tesseract", image, str(base), "-l", "deu+eng", "--dpi", str(int(dpi)), "tsv"],
                       check=True, capture_output=True, env=env)
        words = parse_tsv((base.with_suffix(".tsv")).read_text(encoding="utf-8", errors="replace"))
    return _lines_text(words), time.perf_counter() - t


def read_ocrmypdf(image: str, dpi: float) -> tuple[str, float]:
    """OCRmyPDF with its own rotation, deskew and clean-up on a one-page PDF of the pixels."""
    import pdfplumber

    from bench.corpus import PageImage, images_to_pdf
    from pipeline.model import Word

    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory() as tmp:
        src = images_to_pdf([PageImage(Path(image), dpi, image)], Path(tmp) / "in.pdf")
        out = Path(tmp) / "out.pdf"
        t = time.perf_counter()
        proc = subprocess.run(["ocrmypdf", "--rotate-pages", "--deskew", "--clean", "-l", "deu",
                               "--jobs", "1", "--output-type", "pdf", "--quiet", str(src), str(out)],
                              capture_output=True, text=True, env=env)
        secs = time.perf_counter() - t
        if proc.returncode != 0:
            raise RuntimeError(f"ocrmypdf failed on {image}: {proc.stderr.strip()[-400:]}")
        with pdfplumber.open(str(out)) as pdf:
            raw = pdf.pages[0].extract_words()
        words = [Word(w["text"], 1.0, (w["x0"], w["top"], w["x1"], w["bottom"])) for w in raw]
    return _lines_text(words), secs


def read_ours(src: str, index: int, workdir: str) -> dict:
    from pipeline.pages import process_page
    from pipeline.settings import load_settings

    settings = load_settings(workers=1)
    t = time.perf_counter()
    page = process_page(src, index, Path(workdir), settings)
    return {"text": page.text, "rotation": page.rotation, "skew": page.skew, "kind": page.kind,
            "secs": time.perf_counter() - t, "timings": page.timings, "steps": page.steps}


# ------------------------------------------------------------------------------------------------


@dataclass
class PageCase:
    input: str
    index: int  # 0-based
    tier: str
    kind: str
    truth_text: str
    rotation: int
    skew: float
    image: str = ""
    dpi: float = 300.0
    results: dict = field(default_factory=dict)


def load_cases(corpus: Path, img_dir: Path) -> list[PageCase]:
    from bench.corpus import page_images

    cases: list[PageCase] = []
    for tf in sorted((corpus / "truth").glob("*.json")):
        if tf.name.endswith(".words.json"):
            continue
        truth = json.loads(tf.read_text(encoding="utf-8"))
        meta = truth.get("meta", {})
        if truth.get("status") != "processed" or meta.get("format") == "pdf-text":
            continue
        if truth.get("duplicate_of"):
            continue
        src = corpus / "inbox" / truth["input"]
        if not src.is_file():
            continue
        imgs = page_images(src, img_dir / src.name.replace(" ", "_"), meta.get("tier", ""))
        for p in truth["pages"]:
            i = p["page"] - 1
            cases.append(PageCase(input=str(src), index=i, tier=meta.get("tier", "?"), kind=p["kind"],
                                  truth_text=p.get("text", ""), rotation=int(p.get("rotation", 0)),
                                  skew=float(p.get("skew", 0.0)), image=str(imgs[i].path),
                                  dpi=float(imgs[i].dpi)))
    return cases


def ocrmypdf_sample(cases: list[PageCase], per_tier: int, seed: int) -> set[int]:
    chosen: set[int] = set()
    rng = random.Random(seed)
    for tier in TIERS:
        idx = [i for i, c in enumerate(cases) if c.tier == tier and c.kind == "content"]
        rng.shuffle(idx)
        chosen.update(idx[:per_tier])
    return chosen


def _cer(cases: list[PageCase], key: str) -> tuple[float, int] | None:
    from classifiers.distance import levenshtein

    errs = total = n = 0
    for c in cases:
        if key in c.results:
            ref = norm_text(c.truth_text)
            errs += levenshtein(norm_text(c.results[key]), ref)
            total += len(ref)
            n += 1
    return (errs / total, n) if total else None


def report(cases: list[PageCase]) -> tuple[str, dict]:
    rows = []
    summary: dict = {}
    for tier in TIERS + ["all"]:
        tc = [c for c in cases if c.kind == "content" and (tier == "all" or c.tier == tier)]
        if not tc:
            continue
        raw, omp, ours = _cer(tc, "raw"), _cer(tc, "ocrmypdf"), _cer(tc, "ours")
        omp_pages = [c for c in tc if "ocrmypdf" in c.results]
        ours_on_omp = _cer(omp_pages, "ours")
        rotated = [c for c in tc if c.rotation]
        rot_ok = sum(c.results["ours_rotation"] == c.rotation for c in tc)
        rot_ok_rotated = sum(c.results["ours_rotation"] == c.rotation for c in rotated)
        resid = [abs(c.results["ours_skew"] - c.skew) for c in tc]
        secs = [c.results["ours_secs"] for c in tc]
        raw_secs = [c.results["raw_secs"] for c in tc]
        omp_secs = [c.results["ocrmypdf_secs"] for c in omp_pages]
        s = {
            "pages": len(tc),
            "cer_raw": raw[0] if raw else None,
            "cer_ocrmypdf": omp[0] if omp else None, "ocrmypdf_pages": len(omp_pages),
            "cer_ours_on_ocrmypdf_sample": ours_on_omp[0] if ours_on_omp else None,
            "cer_ours": ours[0] if ours else None,
            "orientation_ok": rot_ok, "rotated_pages": len(rotated), "rotated_ok": rot_ok_rotated,
            "median_residual_skew": statistics.median(resid), "max_residual_skew": max(resid),
            "median_secs_ours": statistics.median(secs), "median_secs_raw": statistics.median(raw_secs),
            "median_secs_ocrmypdf": statistics.median(omp_secs) if omp_secs else None,
        }
        summary[tier] = s

        def pct(v):
            return "-" if v is None else f"{100 * v:.2f}%"
        rows.append(f"| {tier} | {s['pages']} | {pct(s['cer_raw'])} | {pct(s['cer_ocrmypdf'])} "
                    f"({s['ocrmypdf_pages']} p; ours on them {pct(s['cer_ours_on_ocrmypdf_sample'])}) "
                    f"| **{pct(s['cer_ours'])}** | {rot_ok}/{len(tc)} ({rot_ok_rotated}/{len(rotated)} rotated) "
                    f"| {s['median_residual_skew']:.2f}° (max {s['max_residual_skew']:.2f}°) "
                    f"| {s['median_secs_raw']:.1f} / {s['median_secs_ocrmypdf'] or 0:.1f} / "
                    f"{s['median_secs_ours']:.1f} |")
    stages = ["load", "barcode", "cleanup", "orientation", "ocr"]
    content = [c for c in cases if c.kind == "content"]
    med = {k: statistics.median(c.results["ours_timings"].get(k, 0.0) for c in content) for k in stages}
    summary["ours_stage_median_secs"] = med
    others = [c for c in cases if c.kind != "content"]
    kinds_ok = sum(c.results.get("ours_kind") == c.kind for c in others)
    contents_ok = sum(c.results.get("ours_kind") == "content" for c in cases if c.kind == "content")
    summary["page_kinds"] = {"separator_blank_ok": kinds_ok, "separator_blank": len(others),
                             "content_ok": contents_ok,
                             "content": sum(c.kind == "content" for c in cases)}
    head = ("| tier | pages | CER raw tesseract | CER OCRmyPDF (sample) | CER ours | orientation right "
            "| residual skew, median | s/page raw / OCRmyPDF / ours |\n|---|---|---|---|---|---|---|---|")
    table = head + "\n" + "\n".join(rows)
    table += ("\n\nOurs, median seconds per content page by stage: "
              + ", ".join(f"{k} {v:.2f}" for k, v in med.items())
              + " (orientation includes the second reading of the rare page too sparse to tell"
              " upright from upside down cheaply).")
    table += (f"\n\nSeparator and blank pages recognised: {kinds_ok}/{len(others)}; content pages "
              f"kept as content: {contents_ok}/{summary['page_kinds']['content']}.")
    return table, summary


def _task(kind: str, c: PageCase, workdir: str):
    if kind == "raw":
        return read_raw(c.image, c.dpi)
    if kind == "ocrmypdf":
        return read_ocrmypdf(c.image, c.dpi)
    return read_ours(c.input, c.index, workdir)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ocr_quality", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, help="folder with inbox/ and truth/ (default: generate one)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--count", type=int, default=60, help="inputs to generate")
    ap.add_argument("--ocrmypdf-pages", type=int, default=20, help="OCRmyPDF sample per tier (0: skip)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", type=Path, help="write the per-page results and summary here")
    a = ap.parse_args(argv)

    if a.corpus:
        corpus = a.corpus
    else:
        corpus = REPO / "bench" / "out" / "cache" / f"ocr-seed{a.seed}-n{a.count}"
        if not (corpus / "truth").is_dir():
            from bench.corpus import run_generator

            print(f"generating corpus seed={a.seed} count={a.count} into {corpus} ...", flush=True)
            run_generator(corpus, a.seed, a.count)
    work = Path(tempfile.mkdtemp(prefix="ocrq-"))
    try:
        cases = load_cases(corpus, work / "img")
        if not cases:
            print(f"no scanned pages with truth under {corpus}", file=sys.stderr)
            return 2
        omp = ocrmypdf_sample(cases, a.ocrmypdf_pages, a.seed) if a.ocrmypdf_pages > 0 else set()
        if omp and not shutil.which("ocrmypdf"):
            print("ocrmypdf is not installed: skipping that column", file=sys.stderr)
            omp = set()
        jobs = []
        for i, c in enumerate(cases):
            jobs.append(("ours", i))
            if c.kind == "content":
                jobs.append(("raw", i))
            if i in omp:
                jobs.append(("ocrmypdf", i))
        # slow OCRmyPDF jobs first so the pool stays busy to the end
        jobs.sort(key=lambda j: j[0] != "ocrmypdf")
        print(f"{len(cases)} pages ({sum(c.kind == 'content' for c in cases)} content), "
              f"{len(omp)} through OCRmyPDF, {a.jobs} processes", flush=True)
        t0 = time.perf_counter()
        with ProcessPoolExecutor(max_workers=a.jobs) as pool:
            futs = {pool.submit(_task, k, cases[i], str(work / f"w{i}")): (k, i) for k, i in jobs}
            for done, fut in enumerate(futs, start=1):
                k, i = futs[fut]
                c = cases[i]
                res = fut.result()
                if k == "ours":
                    c.results.update({"ours": res["text"], "ours_rotation": res["rotation"],
                                      "ours_skew": res["skew"], "ours_kind": res["kind"],
                                      "ours_secs": res["secs"], "ours_steps": res["steps"],
                                      "ours_timings": res["timings"]})
                else:
                    c.results[k], c.results[f"{k}_secs"] = res
                if done % 20 == 0:
                    print(f"  {done}/{len(jobs)} ({time.perf_counter() - t0:.0f} s)", flush=True)
        table, summary = report(cases)
        print()
        print(f"corpus: {corpus} ({len(cases)} pages); wall time {time.perf_counter() - t0:.0f} s")
        print(table)
        bad = [c for c in cases if c.kind == "content" and c.results["ours_rotation"] != c.rotation]
        for c in bad:
            print(f"  orientation wrong: {Path(c.input).name} p{c.index + 1}: truth {c.rotation}, "
                  f"ours {c.results['ours_rotation']} ({c.results['ours_steps']})")
        if a.json:
            a.json.write_text(json.dumps({"summary": summary,
                                          "pages": [asdict(c) for c in cases]}, ensure_ascii=False,
                                         indent=1), encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
