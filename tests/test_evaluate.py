"""classifiers.evaluate: a perfect result set scores 100 %; each kind of mistake lowers exactly its figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from classifiers.evaluate import evaluate, format_report, levenshtein, main, ocr_page_text

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_docs"


def _truths() -> dict[str, dict]:
    return {json.loads(p.read_text(encoding="utf-8"))["input"]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((SAMPLES / "truth").glob("*.json")) if not p.name.endswith(".words.json")}


def _perfect(truth: dict) -> dict:
    """The result file a flawless pipeline would write for this truth."""
    docs = []
    for d in truth["documents"]:
        case = d["case"]
        docs.append({
            "pages": list(d["pages"]), "doc_type": d["doc_type"], "confidence": 0.99,
            "fields": {k: {"value": v, "confidence": 0.95, "page": d["pages"][0], "bbox": None}
                       for k, v in d["fields"].items()},
            "status": "routed", "department": d["department"],
            "case_id": ("99.9-2026/" + case[4:]) if case.startswith("NEW:") else case,
        })
    return {"input": truth["input"], "sha256": truth["sha256"], "status": truth["status"],
            "error": truth["error"], "duplicate_of": truth["duplicate_of"], "documents": docs}


@pytest.fixture()
def dirs(tmp_path):
    """(results dir with perfect results + OCR files, truth dir, truth dict) — results are editable."""
    truth_dir = tmp_path / "corpus" / "truth"
    shutil.copytree(SAMPLES / "truth", truth_dir)
    shutil.copy(SAMPLES / "cases.json", tmp_path / "corpus" / "cases.json")
    res = tmp_path / "results"
    res.mkdir()
    truths = _truths()
    for name, t in truths.items():
        (res / f"{name}.json").write_text(json.dumps(_perfect(t), ensure_ascii=False), encoding="utf-8")
        words = truth_dir / f"{name}.words.json"
        if words.exists():  # the drawn words, as a perfect `intake ocr` would read them
            w = json.loads(words.read_text(encoding="utf-8"))
            applied = {p["page"]: p for p in t["pages"]}
            for p in w["pages"]:
                p["rotation"], p["skew"] = applied[p["page"]]["rotation"], applied[p["page"]]["skew"]
                for word in p["words"]:
                    word.pop("line"), word.pop("field")
                p.pop("fields")
            (res / f"{name}.ocr.json").write_text(json.dumps(w, ensure_ascii=False), encoding="utf-8")
    return res, truth_dir, truths


def _edit(res: Path, name: str, fn) -> None:
    p = res / f"{name}.json"
    d = json.loads(p.read_text(encoding="utf-8"))
    fn(d)
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")


HEADLINE = ["splitting_accuracy", "doc_type_accuracy", "department_accuracy", "straight_through_rate",
            "routed_precision", "routing_accuracy", "rejects_correct", "duplicates_recognised"]


def test_perfect_results_score_100_percent_everywhere(dirs):
    res, truth_dir, truths = dirs
    rep = evaluate(res, truth_dir)
    o = rep["overall"]
    for key in HEADLINE:
        assert o[key] == 1.0, key
    assert o["fields"]["f1"] == 1.0 and o["fields"]["fp"] == 0 and o["fields"]["fn"] == 0
    assert o["ocr_cer"] == 0.0 and o["ocr_pages"] > 30
    assert o["orientation_accuracy"] == 1.0 and o["median_residual_skew"] == 0.0
    assert o["spurious_documents"] == o["false_rejects"] == o["false_duplicates"] == o["missing_results"] == 0
    assert o["documents"] == sum(len(t["documents"]) for t in truths.values() if not t["duplicate_of"])
    assert set(rep["by_tier"]) == {"clean", "scanned", "harsh"}
    for tier, r in rep["by_tier"].items():
        assert r["doc_type_accuracy"] == 1.0 and r["fields"]["f1"] == 1.0, tier
    text = format_report(rep)
    assert "doc type accuracy" in text and "100.0%" in text and "iban" in text


def test_wrong_type_missing_field_and_wrong_split_lower_exactly_their_figures(dirs):
    res, truth_dir, truths = dirs
    base = evaluate(res, truth_dir)["overall"]
    n_docs = base["documents"]
    single = sorted(n for n, t in truths.items() if t["meta"]["kind"] == "single"
                    and t["documents"][0]["doc_type"] == "gewerbeanmeldung")
    # 1) one document gets the wrong type
    _edit(res, single[0], lambda d: d["documents"][0].update(doc_type="sonstiges"))
    r1 = evaluate(res, truth_dir)["overall"]
    assert r1["doc_type_accuracy"] == round((n_docs - 1) / n_docs, 4)
    assert r1["confusion"]["gewerbeanmeldung"]["sonstiges"] == 1
    assert r1["splitting_accuracy"] == 1.0 and r1["fields"]["f1"] == 1.0
    assert r1["routed_precision"] == round((n_docs - 1) / n_docs, 4)
    # 2) another document loses a required field
    _edit(res, single[1], lambda d: d["documents"][0]["fields"].pop("taetigkeit"))
    r2 = evaluate(res, truth_dir)["overall"]
    tt = r2["fields_by_name"]["taetigkeit"]
    assert tt["fn"] == 1 and tt["fp"] == 0 and tt["precision"] == 1.0 and tt["recall"] < 1.0
    assert r2["fields"]["precision"] == 1.0 and r2["fields"]["recall"] < 1.0
    assert r2["fields_by_kind"]["text"]["recall"] < 1.0 and r2["fields_by_kind"]["date"]["recall"] == 1.0
    assert r2["doc_type_accuracy"] == r1["doc_type_accuracy"] and r2["splitting_accuracy"] == 1.0
    assert r2["routed_precision"] == round((n_docs - 2) / n_docs, 4)
    # 3) a batch's first two documents merged into one
    batch = next(n for n, t in sorted(truths.items()) if t["meta"]["kind"] == "batch")

    def merge(d):
        a, b = d["documents"][0], d["documents"][1]
        a["pages"] = a["pages"] + b["pages"]
        del d["documents"][1]

    _edit(res, batch, merge)
    r3 = evaluate(res, truth_dir)["overall"]
    assert r3["splitting_accuracy"] == round((n_docs - 2) / n_docs, 4)  # neither page set is exact
    assert r3["doc_type_accuracy"] == round((n_docs - 2) / n_docs, 4)  # the second is not found
    assert r3["confusion"][truths[batch]["documents"][1]["doc_type"]].get("(nicht gefunden)") == 1
    assert r3["rejects_correct"] == 1.0 and r3["duplicates_recognised"] == 1.0 and r3["ocr_cer"] == 0.0


def test_routing_rejects_and_duplicates_are_scored(dirs):
    res, truth_dir, truths = dirs
    # a NEW group split over two new cases is wrong for the minority document
    labels: dict[str, list[tuple[str, int]]] = {}
    for n, t in truths.items():
        if t["duplicate_of"]:
            continue
        for i, d in enumerate(t["documents"]):
            labels.setdefault(d["case"], []).append((n, i))
    group = next(v for k, v in sorted(labels.items()) if k.startswith("NEW:") and len(v) >= 2)
    name, idx = group[-1]
    _edit(res, name, lambda d: d["documents"][idx].update(case_id="99.9-2026/ANDERER"))
    o = evaluate(res, truth_dir)["overall"]
    assert o["routing_checked"] == o["documents"]
    assert o["routing_accuracy"] == round((o["documents"] - 1) / o["documents"], 4)
    assert o["doc_type_accuracy"] == 1.0
    # a NEW case that reuses an imported Aktenzeichen is wrong too
    cases = json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))
    lone = next(v for k, v in sorted(labels.items()) if k.startswith("NEW:") and len(v) == 1)[0]
    _edit(res, lone[0], lambda d: d["documents"][lone[1]].update(case_id=cases[0]["aktenzeichen"]))
    assert evaluate(res, truth_dir)["overall"]["routing_accuracy"] == round((o["documents"] - 2) / o["documents"], 4)
    # routed without a case id is a routing error as well
    other = next(v for k, v in sorted(labels.items()) if not k.startswith("NEW:"))[0]
    _edit(res, other[0], lambda d: d["documents"][other[1]].update(case_id=None))
    assert evaluate(res, truth_dir)["overall"]["routing_accuracy"] == round((o["documents"] - 3) / o["documents"], 4)
    # a reject processed instead, and the duplicate not recognised
    rej = sorted(n for n, t in truths.items() if t["status"] == "rejected")
    _edit(res, rej[0], lambda d: d.update(status="processed", error=None))
    dup = next(n for n, t in truths.items() if t["duplicate_of"])
    _edit(res, dup, lambda d: d.update(duplicate_of=None))
    o2 = evaluate(res, truth_dir)["overall"]
    assert o2["rejects_correct"] == round((len(rej) - 1) / len(rej), 4)
    assert o2["duplicates_recognised"] == 0.0
    assert o2["splitting_accuracy"] == 1.0 and o2["fields"]["f1"] == 1.0
    # whichever copy was read first is the original: the other copy named as duplicate is fine too
    orig = truths[dup]["duplicate_of"]
    _edit(res, orig, lambda d: d.update(duplicate_of=dup))
    assert evaluate(res, truth_dir)["overall"]["duplicates_recognised"] == 1.0
    # a missing result file counts its documents as not found
    victim = next(n for n, t in sorted(truths.items()) if t["meta"]["kind"] == "single")
    (res / f"{victim}.json").unlink()
    o3 = evaluate(res, truth_dir)["overall"]
    assert o3["missing_results"] == 1 and o3["doc_type_accuracy"] < 1.0


def test_ocr_errors_raise_cer_by_the_edit_count(dirs):
    res, truth_dir, truths = dirs
    name = next(n for n, t in sorted(truths.items()) if t["meta"]["tier"] == "clean" and t["status"] == "processed"
                and t["meta"]["kind"] == "single")
    p = res / f"{name}.ocr.json"
    ocr = json.loads(p.read_text(encoding="utf-8"))
    w = ocr["pages"][0]["words"][0]
    w["text"] = w["text"][:-1] + ("X" if w["text"][-1] != "X" else "Y")  # one substitution
    p.write_text(json.dumps(ocr, ensure_ascii=False), encoding="utf-8")
    rep = evaluate(res, truth_dir)
    o = rep["overall"]
    chars = sum(len(" ".join(pg["text"].split())) for t in truths.values() if t["status"] == "processed"
                for pg in t["pages"] if pg["kind"] == "content" and pg["text"])
    assert o["ocr_cer"] == round(1 / chars, 4)
    assert rep["by_tier"]["harsh"]["ocr_cer"] == 0.0
    assert o["orientation_accuracy"] == 1.0
    # a harsh page left upside down lowers the orientation accuracy of that tier only
    harsh = next(n for n, t in sorted(truths.items()) if t["meta"]["tier"] == "harsh" and t["status"] == "processed"
                 and t["meta"]["kind"] == "single")
    p = res / f"{harsh}.ocr.json"
    ocr = json.loads(p.read_text(encoding="utf-8"))
    ocr["pages"][0]["rotation"] = (ocr["pages"][0]["rotation"] + 180) % 360
    p.write_text(json.dumps(ocr, ensure_ascii=False), encoding="utf-8")
    rep = evaluate(res, truth_dir)
    harsh_pages = rep["by_tier"]["harsh"]["ocr_pages"]
    assert rep["by_tier"]["harsh"]["orientation_accuracy"] == round((harsh_pages - 1) / harsh_pages, 4)
    assert rep["by_tier"]["clean"]["orientation_accuracy"] == 1.0


def test_split_filter_and_main(dirs, capsys):
    res, truth_dir, truths = dirs
    test_names = [n for n, t in truths.items() if t["meta"]["split"] == "test"]
    rep = evaluate(res, truth_dir, split="test")
    assert rep["overall"]["inputs"] == len(test_names)
    assert main([str(res), str(truth_dir), "--split", "test"]) == 0
    assert "splitting accuracy" in capsys.readouterr().out
    assert main([str(res / "nope"), str(truth_dir)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_levenshtein_and_reading_order():
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("", "abc") == 3 and levenshtein("Straße", "Strasse") == 2

    def reference(a: str, b: str) -> int:  # textbook dynamic programme
        row = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            prev, row[0] = row[:], i
            for j, cb in enumerate(b, 1):
                row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
        return row[-1]

    rng = __import__("random").Random(0)
    for _ in range(200):
        a = "".join(rng.choice("abß 1") for _ in range(rng.randrange(0, 12)))
        b = "".join(rng.choice("abß 1") for _ in range(rng.randrange(0, 12)))
        assert levenshtein(a, b) == reference(a, b), (a, b)
    page = {"words": [{"text": "Wert", "bbox": [300, 96, 360, 121]},
                      {"text": "Name:", "bbox": [10, 100, 80, 120]},
                      {"text": "zweite", "bbox": [10, 140, 90, 160]}]}
    assert ocr_page_text(page) == "Name: Wert\nzweite"


def test_duplicate_across_splits_is_scored_only_when_its_twin_was_processed(dirs):
    res, truth_dir, truths = dirs
    dup = next(n for n, t in truths.items() if t["duplicate_of"])
    orig = truths[dup]["duplicate_of"]
    for name, split in ((dup, "test"), (orig, "train")):
        p = truth_dir / f"{name}.json"
        t = json.loads(p.read_text(encoding="utf-8"))
        t["meta"]["split"] = split
        p.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
    o = evaluate(res, truth_dir, split="test")["overall"]
    assert o["duplicates"] == 1 and o["duplicates_recognised"] == 1.0  # the twin's result exists
    _edit(res, dup, lambda d: d.update(duplicate_of=None))
    assert evaluate(res, truth_dir, split="test")["overall"]["duplicates_recognised"] == 0.0
    (res / f"{orig}.json").unlink()  # the twin was never processed: nothing to recognise it by
    assert evaluate(res, truth_dir, split="test")["overall"]["duplicates"] == 0
