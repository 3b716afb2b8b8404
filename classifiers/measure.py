"""Measure classification and extraction end to end on a generated corpus, through the real OCR.

    python -m classifiers.measure CORPUS_DIR --split test --out OUT_DIR [--words truth|ocr]

For every processed input of the split: the pages are read by the real page pipeline
(``pipeline.pages.process_file``; cached as ``OUT_DIR/<input>.ocr.json``, so a second run only
re-scores), split into documents (``pipeline.split``), analysed (``classifiers.analyse_document``)
and written as ``OUT_DIR/<input>.json`` in the result-file shape (no routing: ``case_id`` null,
``status`` routed = eligible to route). The figures come from ``classifiers.evaluate``.
With ``--words truth`` the drawn words of ``truth/<input>.words.json`` replace OCR and the truth's
page groups replace splitting: the ceiling of classification and extraction alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.model import Page, Rejected


def _pages_for(corpus: Path, name: str, out: Path, words: str, settings, executor=None) -> list[Page]:
    if words == "truth":
        data = json.loads((corpus / "truth" / f"{name}.words.json").read_text(encoding="utf-8"))
        return [Page.from_ocr_json(p) for p in data["pages"]]
    cache = out / f"{name}.ocr.json"
    if cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
        pages = [Page.from_ocr_json(p) for p in data["pages"]]
        for p in pages:  # the processed page images stay in the work folder beside the cache
            img = out / "work" / name / f"page-{p.page:04d}.png"
            p.image_path = str(img) if img.is_file() else None
        return pages
    from pipeline.pages import process_file

    pages = process_file(corpus / "inbox" / name, out / "work" / name, settings, executor=executor)
    pj = []
    for p in pages:
        d = p.to_ocr_json()
        for wd, w in zip(d["words"], p.words):
            wd["line"], wd["block"] = w.line, w.block
        pj.append(d)
    cache.write_text(json.dumps({"input": name, "pages": pj}, ensure_ascii=False), encoding="utf-8")
    return pages


def _inputs(truth_dir: Path, split: str) -> list[tuple[Path, dict]]:
    """The truth files of the processed inputs of ``split`` (duplicates left out)."""
    got = []
    for tpath in sorted(truth_dir.glob("*.json")):
        if tpath.name.endswith(".words.json"):
            continue
        truth = json.loads(tpath.read_text(encoding="utf-8"))
        if split != "all" and (truth.get("meta") or {}).get("split") != split:
            continue
        if truth.get("status") != "processed" or truth.get("duplicate_of"):
            continue
        got.append((tpath, truth))
    return got


def _read_uncached(corpus: Path, names: list[str], out: Path, settings) -> None:
    """Read the inputs whose OCR is not cached yet, several at once on one shared pool of page
    workers (a one-page input alone keeps one core busy), so that scoring finds them cached."""
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.pages import shared_executor

    todo = [n for n in names if not (out / f"{n}.ocr.json").is_file()]
    if len(todo) < 2 or settings.worker_count < 2:
        return
    pool = shared_executor(settings)
    done = 0

    def one(name: str) -> None:
        nonlocal done
        try:
            _pages_for(corpus, name, out, "ocr", settings, executor=pool)
        except Rejected:
            pass  # scored as rejected below
        done += 1
        print(f"read {done}/{len(todo)}: {name}", file=sys.stderr, flush=True)

    try:
        with ThreadPoolExecutor(max_workers=settings.worker_count + 1) as threads:
            list(threads.map(one, todo))
    finally:
        pool.shutdown()


def run(corpus: Path, split: str, out: Path, words: str = "ocr", second_reading: bool = True) -> dict:
    from classifiers import analyse_document
    from classifiers.evaluate import evaluate
    from pipeline.settings import load_settings
    from pipeline.split import split_documents

    settings = load_settings()
    reread = None
    if second_reading:
        from functools import partial

        from pipeline.reread import read_regions

        reread = partial(read_regions, timeout=settings.ocr_timeout)
    out.mkdir(parents=True, exist_ok=True)
    truth_dir = corpus / "truth"
    if not truth_dir.is_dir():
        raise FileNotFoundError(f"{truth_dir} not found: generate a corpus with "
                                f"'python -m sample_docs.generator --count 300 --out {corpus}'")
    inputs = _inputs(truth_dir, split)
    if words == "ocr":
        _read_uncached(corpus, [t["input"] for _, t in inputs], out, settings)
    for tpath, truth in inputs:
        name = truth["input"]
        try:
            pages = _pages_for(corpus, name, out, words, settings)
        except Rejected as exc:
            result = {"input": name, "sha256": truth.get("sha256", "0" * 64), "status": "rejected",
                      "error": exc.reason, "documents": []}
        else:
            docs = []
            if words == "truth":  # drawn words carry no separator sheets: group by the truth's pages
                by_no = {p.page: p for p in pages}
                groups = [[by_no[n] for n in d["pages"] if n in by_no] for d in truth["documents"]]
            else:  # as the flow does: separator sheets, then the pages' content
                from classifiers.split import split_by_content

                groups = [g for run in split_documents(pages) for g in split_by_content(run)]
            for i, group in enumerate(groups, start=1):
                doc = analyse_document(group, settings, reread=reread)
                doc.document_id = f"{name}-{i:02d}"
                docs.append(doc.to_result())
            result = {"input": name, "sha256": truth.get("sha256", "0" * 64), "status": "processed",
                      "error": None, "duplicate_of": None, "documents": docs}
        (out / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name}: {len(result['documents'])} document(s)", file=sys.stderr, flush=True)
    return evaluate(out, truth_dir, split=None if split == "all" else split)


def main(argv: list[str] | None = None) -> int:
    from classifiers.evaluate import format_report

    ap = argparse.ArgumentParser(prog="python -m classifiers.measure", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="corpus folder with inbox/ and truth/")
    ap.add_argument("--split", default="test", choices=["train", "dev", "test", "all"])
    ap.add_argument("--out", type=Path, required=True, help="folder for result files and the OCR cache")
    ap.add_argument("--words", default="ocr", choices=["ocr", "truth"],
                    help="ocr: read pages with the real pipeline; truth: use the drawn words (ceiling)")
    ap.add_argument("--no-second-reading", action="store_true",
                    help="route on the first reading alone (as before classifiers/verify.py)")
    args = ap.parse_args(argv)
    try:
        report = run(args.corpus, args.split, args.out, args.words, not args.no_second_reading)
    except (FileNotFoundError, ValueError) as exc:
        print(f"measure: {exc}", file=sys.stderr)
        return 2
    print(format_report(report))
    (args.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str),
                                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
