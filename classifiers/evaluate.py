"""Score result files against ground truth: ``intake evaluate RESULTS_DIR TRUTH_DIR [--split test]``.

``RESULTS_DIR`` holds ``<input>.json`` result files (shared/spec/result.schema.json) and, optionally,
``<input>.ocr.json`` files from ``intake ocr``. ``TRUTH_DIR`` holds ``<input>.json`` truth files from
the corpus generator (sample_docs/README.md). Every figure is given overall and per degradation tier:

- splitting: truth documents whose page set the result reproduced exactly;
- doc type accuracy over truth documents (a document not found counts as wrong) and a confusion table;
- field precision / recall / F1 per field and per field kind (a wrong value is a false positive and a
  false negative; values compared case-insensitively after normalisation);
- straight-through rate (truth documents whose result document is ``routed``), routed precision
  (routed documents whose type and all required fields are right), routing correctness (case ids:
  the expected Aktenzeichen, or for ``NEW:<label>`` one consistent new case per label that is not an
  imported case);
- rejects correctly rejected (and processed inputs wrongly rejected), duplicates recognised;
- OCR character error rate per page where the truth knows the page text and an ``.ocr.json`` exists,
  and from the same files the orientation accuracy and the median residual skew (degrees).

Result documents are matched to truth documents by page overlap. Duplicate inputs count only for
duplicate recognition, so their documents are not scored twice; a duplicate whose twin lies in another
split and was not processed cannot be recognised and is left out of that figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.distance import levenshtein
from classifiers.doctypes import taxonomy

MISSED = "(nicht gefunden)"  # predicted type of a truth document no result document covers


# ------------------------------------------------------------------------------------------------
# value comparison

def _normalizer():
    try:
        from classifiers.normalize import normalize  # written by another module owner; optional
    except ImportError:
        return None
    return normalize


def _norm_value(kind: str, value: Any, field: str, normalize) -> str:
    s = " ".join(str(value if value is not None else "").split())
    if normalize is not None:
        try:
            n = normalize(kind, s, field=field)
        except TypeError:
            n = normalize(kind, s)
        except ValueError:
            n = None
        if n is not None:
            s = n
    if kind == "reference":
        s = s.replace(" ", "")
    return s.casefold()


def same_value(kind: str, field: str, truth: Any, got: Any, normalize=None) -> bool:
    return _norm_value(kind, truth, field, normalize) == _norm_value(kind, got, field, normalize)


def _ref(s: str | None) -> str:
    return "".join(str(s or "").split()).casefold()


# ------------------------------------------------------------------------------------------------
# OCR character error rate



def ocr_page_text(page: dict) -> str:
    """Words of an ``intake ocr`` page in reading order: lines by vertical position, then x."""
    words = [w for w in page.get("words", []) if str(w.get("text", "")).strip()]
    if not words:
        return ""
    words.sort(key=lambda w: ((w["bbox"][1] + w["bbox"][3]) / 2, w["bbox"][0]))
    lines: list[list[dict]] = []
    spans: list[list[float]] = []  # per line: [top, bottom] of its first (anchoring) word
    for w in words:
        x0, y0, x1, y1 = w["bbox"]
        h = max(1.0, y1 - y0)
        best, best_ov = None, 0.0
        for k in range(max(0, len(lines) - 3), len(lines)):  # only the last few lines can overlap
            top, bot = spans[k]
            ov = (min(bot, y1) - max(top, y0)) / min(h, max(1.0, bot - top))
            if ov > best_ov:
                best, best_ov = k, ov
        if best is not None and best_ov >= 0.5:
            lines[best].append(w)
        else:
            lines.append([w])
            spans.append([y0, y1])
    return "\n".join(" ".join(w["text"] for w in sorted(ln, key=lambda w: w["bbox"][0])) for ln in lines)


def cer(truth_text: str, ocr_text: str) -> tuple[int, int]:
    """(edit distance, truth length) with all whitespace runs folded to one space."""
    t = " ".join(truth_text.split())
    o = " ".join(ocr_text.split())
    return levenshtein(t, o), len(t)


# ------------------------------------------------------------------------------------------------
# accumulation

class _Acc:
    def __init__(self):
        self.inputs = 0
        self.missing_results = 0
        self.docs = 0
        self.split_ok = 0
        self.spurious_docs = 0
        self.type_ok = 0
        self.confusion: dict[str, Counter] = defaultdict(Counter)
        self.field = defaultdict(lambda: [0, 0, 0])  # name -> [tp, fp, fn]
        self.kind = defaultdict(lambda: [0, 0, 0])
        self.routed = 0
        self.routed_spurious = 0  # routed result documents that match no truth document
        self.routed_right = 0
        self.routing_checked = 0
        self.routing_ok = 0
        self.dept_ok = 0
        self.rejects = 0
        self.rejects_ok = 0
        self.false_rejects = 0
        self.processed_inputs = 0
        self.dups = 0
        self.dups_ok = 0
        self.false_dups = 0
        self.cer_edits = 0
        self.cer_chars = 0
        self.cer_pages = 0
        self.rot_pages = 0
        self.rot_ok = 0
        self.skew_residuals: list[float] = []

    def result(self) -> dict:
        def ratio(a, b):
            return None if b == 0 else round(a / b, 4)

        def prf(c):
            tp, fp, fn = c
            p = ratio(tp, tp + fp)
            r = ratio(tp, tp + fn)
            f = None if p is None or r is None or (p + r) == 0 else round(2 * p * r / (p + r), 4)
            if p == 0 and r == 0:
                f = 0.0
            return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}

        tot = [sum(v[i] for v in self.field.values()) for i in range(3)]
        return {
            "inputs": self.inputs,
            "missing_results": self.missing_results,
            "documents": self.docs,
            "splitting_accuracy": ratio(self.split_ok, self.docs),
            "spurious_documents": self.spurious_docs,
            "doc_type_accuracy": ratio(self.type_ok, self.docs),
            "confusion": {t: dict(sorted(c.items())) for t, c in sorted(self.confusion.items())},
            "fields": prf(tot),
            "fields_by_name": {k: prf(v) for k, v in sorted(self.field.items())},
            "fields_by_kind": {k: prf(v) for k, v in sorted(self.kind.items())},
            "straight_through_rate": ratio(self.routed, self.docs),
            "routed_documents": self.routed,
            "routed_precision": ratio(self.routed_right, self.routed + self.routed_spurious),
            "routing_accuracy": ratio(self.routing_ok, self.routing_checked),
            "routing_checked": self.routing_checked,
            "department_accuracy": ratio(self.dept_ok, self.docs),
            "rejects": self.rejects,
            "rejects_correct": ratio(self.rejects_ok, self.rejects),
            "false_rejects": self.false_rejects,
            "duplicates": self.dups,
            "duplicates_recognised": ratio(self.dups_ok, self.dups),
            "false_duplicates": self.false_dups,
            "ocr_pages": self.cer_pages,
            "ocr_cer": ratio(self.cer_edits, self.cer_chars),
            "orientation_accuracy": ratio(self.rot_ok, self.rot_pages),
            "median_residual_skew": (round(float(np.median(self.skew_residuals)), 3)
                                     if self.skew_residuals else None),
        }


def _match(truth_docs: list[dict], result_docs: list[dict]) -> list[tuple[int, int | None]]:
    """Pair truth and result documents by page overlap (largest Jaccard first, each used once)."""
    cands = []
    for i, t in enumerate(truth_docs):
        tp = set(t["pages"])
        for j, r in enumerate(result_docs):
            rp = set(r.get("pages") or [])
            inter = len(tp & rp)
            if inter:
                cands.append((inter / len(tp | rp), inter, i, j))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_t: dict[int, int] = {}
    used_r: set[int] = set()
    for _, _, i, j in cands:
        if i not in used_t and j not in used_r:
            used_t[i] = j
            used_r.add(j)
    return [(i, used_t.get(i)) for i in range(len(truth_docs))]


def _load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc}); regenerate or delete this file") from None


def _truth_files(truth_dir: Path) -> list[Path]:
    return sorted(p for p in truth_dir.glob("*.json")
                  if not p.name.endswith(".words.json") and p.name != "cases.json")


def evaluate(results_dir: str | Path, truth_dir: str | Path, split: str | None = None,
             cases_file: str | Path | None = None) -> dict:
    """Compare the result files in ``results_dir`` with the truth files in ``truth_dir``.

    Returns ``{"overall": {...}, "by_tier": {tier: {...}}, "split", "results_dir", "truth_dir"}``.
    ``cases_file`` (default: ``cases.json`` beside ``truth_dir``) names the imported cases, so a NEW
    case that reuses an imported Aktenzeichen is caught.
    """
    results_dir, truth_dir = Path(results_dir), Path(truth_dir)
    if not truth_dir.is_dir():
        raise ValueError(f"truth folder {truth_dir} does not exist: generate one with "
                         f"python -m sample_docs.generator --out DIR (truth is DIR/truth)")
    if not results_dir.is_dir():
        raise ValueError(f"results folder {results_dir} does not exist: run intake process ... --out "
                         f"{results_dir} first")
    all_truths = [_load_json(p) for p in _truth_files(truth_dir)]
    truths = all_truths
    if split and split != "all":
        truths = [t for t in truths if t.get("meta", {}).get("split") == split]
    if not truths:
        raise ValueError(f"no truth files in {truth_dir}" + (f" for split {split!r}" if split else ""))
    imported: set[str] = set()
    cf = Path(cases_file) if cases_file else truth_dir.parent / "cases.json"
    if cf.is_file():
        imported = {_ref(c.get("aktenzeichen")) for c in _load_json(cf)}
    for t in truths:
        for d in t.get("documents", []):
            if not str(d.get("case", "")).startswith("NEW:"):
                imported.add(_ref(d.get("case")))

    tax = taxonomy()
    normalize = _normalizer()
    accs: dict[str, _Acc] = defaultdict(_Acc)
    results: dict[str, dict | None] = {}
    for t in all_truths:  # all splits: a duplicate's twin may be in another split
        rp = results_dir / f"{t['input']}.json"
        results[t["input"]] = _load_json(rp) if rp.is_file() else None

    # routing: collect (label -> case ids) and (case id -> labels) over all routed matched documents
    routing_rows: list[tuple[list[str], str, str | None]] = []  # (acc keys, expected, got)
    truths_by_name = {t["input"]: t for t in all_truths}
    by_sha: dict[str, list[str]] = defaultdict(list)
    for t in all_truths:
        by_sha[t["sha256"]].append(t["input"])

    in_split = {x["input"] for x in truths}
    for t in truths:
        tier = t.get("meta", {}).get("tier", "unknown")
        keys = ["overall", f"tier:{tier}"]
        res = results[t["input"]]
        for k in keys:
            accs[k].inputs += 1
        if res is None:
            for k in keys:
                accs[k].missing_results += 1
        # rejects
        if t["status"] == "rejected":
            for k in keys:
                accs[k].rejects += 1
                accs[k].rejects_ok += int(res is not None and res.get("status") == "rejected"
                                          and bool(str(res.get("error") or "").strip()))
            continue
        for k in keys:
            accs[k].processed_inputs += 1
            accs[k].false_rejects += int(res is not None and res.get("status") == "rejected")
        # duplicates: the result must name an input with the same bytes
        twins = [n for n in by_sha[t["sha256"]] if n != t["input"]]
        got_dup = (res or {}).get("duplicate_of")
        assessable = any(n in in_split or results.get(n) is not None for n in twins)
        if t.get("duplicate_of") and assessable:
            # which copy counts as the original depends on processing order: a group of k identical
            # inputs needs k-1 of them marked as a duplicate of another member, whichever they are
            group = sorted(by_sha[t["sha256"]])
            marked = sum(1 for n in group if results.get(n) and (results[n] or {}).get("duplicate_of") in group
                         and (results[n] or {}).get("duplicate_of") != n)
            truth_dups = sorted(n for n in group if truths_by_name[n].get("duplicate_of"))
            ok = truth_dups.index(t["input"]) < min(marked, len(group) - 1)
            for k in keys:
                accs[k].dups += 1
                accs[k].dups_ok += int(ok)
        elif got_dup and got_dup not in twins:
            for k in keys:
                accs[k].false_dups += 1
        # OCR CER
        ocr_path = results_dir / f"{t['input']}.ocr.json"
        if ocr_path.is_file():
            ocr = _load_json(ocr_path)
            ocr_pages = {p.get("page"): p for p in ocr.get("pages", [])}
            for p in t.get("pages", []):
                if p.get("kind") != "content" or not p.get("text"):
                    continue
                op = ocr_pages.get(p["page"], {})
                edits, n = cer(p["text"], ocr_page_text(op))
                if op:
                    rot_ok = int(op.get("rotation", 0)) % 360 == int(p.get("rotation", 0)) % 360
                    resid = abs(float(op.get("skew", 0.0)) - float(p.get("skew", 0.0)))
                    for k in keys:
                        accs[k].rot_pages += 1
                        accs[k].rot_ok += int(rot_ok)
                        accs[k].skew_residuals.append(resid)
                for k in keys:
                    accs[k].cer_edits += edits
                    accs[k].cer_chars += n
                    accs[k].cer_pages += 1
        if t.get("duplicate_of"):
            continue  # its documents are those of the original
        tdocs = t.get("documents", [])
        rdocs = (res or {}).get("documents", []) if res and res.get("status") != "rejected" else []
        pairs = _match(tdocs, rdocs)
        matched_r = {j for _, j in pairs if j is not None}
        for k in keys:
            accs[k].spurious_docs += len(rdocs) - len(matched_r)
        for j, r in enumerate(rdocs):  # unmatched result documents: all their fields are false positives
            if j in matched_r:
                continue
            for name in r.get("fields", {}):
                kind = tax.field_kinds.get(name, "text")
                for k in keys:
                    accs[k].field[name][1] += 1
                    accs[k].kind[kind][1] += 1
            if r.get("status") == "routed":
                for k in keys:
                    accs[k].routed_spurious += 1
        for i, j in pairs:
            td = tdocs[i]
            rd = rdocs[j] if j is not None else None
            tf = td.get("fields", {})
            rf = (rd or {}).get("fields", {})
            got_type = rd.get("doc_type") if rd else MISSED
            type_ok = got_type == td["doc_type"]
            fields_right = {}
            for name in set(tf) | set(rf):
                kind = tax.field_kinds.get(name, "text")
                tv = tf.get(name)
                rv = rf.get(name, {}).get("value") if name in rf else None
                ok = tv is not None and rv is not None and same_value(kind, name, tv, rv, normalize)
                fields_right[name] = ok
                for k in keys:
                    c, ck = accs[k].field[name], accs[k].kind[kind]
                    if ok:
                        c[0] += 1
                        ck[0] += 1
                    else:
                        if rv is not None:
                            c[1] += 1
                            ck[1] += 1
                        if tv is not None:
                            c[2] += 1
                            ck[2] += 1
            required = tax.doc_types[td["doc_type"]].required
            all_required = all(fields_right.get(n, False) for n in required)
            routed = bool(rd) and rd.get("status") == "routed"
            for k in keys:
                a = accs[k]
                a.docs += 1
                a.split_ok += int(rd is not None and sorted(set(rd.get("pages", []))) == sorted(td["pages"]))
                a.type_ok += int(type_ok)
                a.confusion[td["doc_type"]][got_type] += 1
                a.dept_ok += int(rd is not None and rd.get("department") == td.get("department"))
                if routed:
                    a.routed += 1
                    a.routed_right += int(type_ok and all_required)
            if routed:  # routed without a case id is a routing error too
                got_case = str(rd["case_id"]) if rd.get("case_id") else None
                routing_rows.append((keys, str(td.get("case", "")), got_case))

    # routing consistency for NEW:<label> groups
    label_ids: dict[str, Counter] = defaultdict(Counter)
    id_labels: dict[str, set[str]] = defaultdict(set)
    for _, exp, got in routing_rows:
        if exp.startswith("NEW:") and got is not None:
            label_ids[exp][_ref(got)] += 1
            id_labels[_ref(got)].add(exp)
    for keys, exp, got in routing_rows:
        g = _ref(got)
        if got is None:
            ok = False
        elif exp.startswith("NEW:"):
            top = sorted(label_ids[exp].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            ok = g not in imported and g == top and id_labels[g] == {exp}
        else:
            ok = g == _ref(exp)
        for k in keys:
            accs[k].routing_checked += 1
            accs[k].routing_ok += int(ok)

    overall = accs["overall"].result()
    by_tier = {k.split(":", 1)[1]: a.result() for k, a in sorted(accs.items()) if k.startswith("tier:")}
    return {"overall": overall, "by_tier": by_tier, "split": split or "all",
            "results_dir": str(results_dir), "truth_dir": str(truth_dir)}


# ------------------------------------------------------------------------------------------------
# report

def _pct(v) -> str:
    return "   -  " if v is None else f"{100 * v:5.1f}%"


def format_report(report: dict) -> str:
    """A plain-text report: headline figures overall and per tier, fields, confusion table."""
    o = report["overall"]
    cols = ["overall"] + list(report["by_tier"])
    data = {"overall": o, **report["by_tier"]}
    out = [f"Evaluation of {report['results_dir']} against {report['truth_dir']} (split: {report['split']})",
           ""]
    rows = [
        ("inputs", "inputs", "n"), ("result files missing", "missing_results", "n"),
        ("documents", "documents", "n"),
        ("splitting accuracy", "splitting_accuracy", "p"), ("spurious documents", "spurious_documents", "n"),
        ("doc type accuracy", "doc_type_accuracy", "p"), ("department accuracy", "department_accuracy", "p"),
        ("field precision", ("fields", "precision"), "p"), ("field recall", ("fields", "recall"), "p"),
        ("field F1", ("fields", "f1"), "p"),
        ("straight-through rate", "straight_through_rate", "p"), ("routed precision", "routed_precision", "p"),
        ("routing accuracy", "routing_accuracy", "p"),
        ("rejects", "rejects", "n"), ("rejects correct", "rejects_correct", "p"),
        ("false rejects", "false_rejects", "n"),
        ("duplicates", "duplicates", "n"), ("duplicates recognised", "duplicates_recognised", "p"),
        ("false duplicates", "false_duplicates", "n"),
        ("OCR pages", "ocr_pages", "n"), ("OCR CER", "ocr_cer", "p"),
        ("orientation accuracy", "orientation_accuracy", "p"),
        ("median skew residual", "median_residual_skew", "f"),
    ]
    out.append(f"{'':24}" + "".join(f"{c:>10}" for c in cols))
    for label, key, fmt in rows:
        cells = []
        for c in cols:
            d = data[c]
            v = d[key[0]][key[1]] if isinstance(key, tuple) else d[key]
            if fmt == "n":
                cells.append(f"{v:>10}")
            elif fmt == "f":
                cells.append(f"{'-' if v is None else f'{v:.2f}°':>10}")
            else:
                cells.append(f"{_pct(v):>10}")
        out.append(f"{label:24}" + "".join(cells))
    out += ["", "Fields (overall)", f"{'field':22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, m in o["fields_by_name"].items():
        out.append(f"{name:22}{_pct(m['precision']):>8}{_pct(m['recall']):>8}{_pct(m['f1']):>8}"
                   f"{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
    out += ["", "Fields by kind (overall)"]
    for name, m in o["fields_by_kind"].items():
        out.append(f"{name:22}{_pct(m['precision']):>8}{_pct(m['recall']):>8}{_pct(m['f1']):>8}"
                   f"{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
    conf = o["confusion"]
    if conf:
        preds = sorted({p for c in conf.values() for p in c})
        short = {p: p[:8] for p in preds}
        out += ["", "Doc type confusion (rows: truth, columns: result)",
                f"{'':22}" + "".join(f"{short[p]:>9}" for p in preds)]
        for t, c in conf.items():
            out.append(f"{t:22}" + "".join(f"{c.get(p, 0):>9}" for p in preds))
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="intake evaluate",
                                 description="Score result files against corpus ground truth.")
    ap.add_argument("results_dir", type=Path, help="folder with <input>.json (and <input>.ocr.json)")
    ap.add_argument("truth_dir", type=Path, help="folder with truth/<input>.json from the generator")
    ap.add_argument("--split", default="all", choices=["train", "dev", "test", "all"])
    ap.add_argument("--cases", type=Path, default=None, help="cases.json (default: beside TRUTH_DIR)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    a = ap.parse_args(argv)
    try:
        rep = evaluate(a.results_dir, a.truth_dir, split=a.split, cases_file=a.cases)
    except ValueError as exc:
        print(f"intake evaluate: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(format_report(rep))
    if a.json:
        a.json.write_text(json.dumps(rep, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
