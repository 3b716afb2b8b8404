"""The corpus generator: deterministic, truth agrees with the taxonomy and with what is on the page."""

from __future__ import annotations

import io
import json
import re
import struct
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from classifiers.doctypes import taxonomy
from pipeline.model import Page
from sample_docs.generator import corpus as C
from sample_docs.generator.layout import layout_words, page_text, render_raster
from sample_docs.generator.scan import separator_layout

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_docs"
TRUTH = SAMPLES / "truth"


def _truths() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(TRUTH.glob("*.json"))
            if not p.name.endswith(".words.json")]


def _iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


NORMAL_FORM = {
    "date": r"\d{4}-\d{2}-\d{2}",
    "plz": r"\d{5}",
    "amount": r"\d+\.\d{2}",
    "integer": r"\d+",
    "iban": r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}",
    "plate": r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?",
    "reference": r"\S+",
    "email": r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}",
    "phone": r"\+?\d{6,}",
    "name": r"\S.*\S|\S",
    "text": r"\S.*\S|\S",
}


def test_generator_is_deterministic_and_independent_of_worker_count(tmp_path):
    a = C.generate(tmp_path / "a", seed=3, count=3, workers=1, log=lambda *_: None)
    b = C.generate(tmp_path / "b", seed=3, count=3, workers=2, log=lambda *_: None)
    assert a["inputs"] == b["inputs"] == 3
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b and len(files_a) >= 5  # inputs, truth, cases.json
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel
    # another seed plans another corpus
    other, _ = C.plan_random(4, 3)
    same, _ = C.plan_random(3, 3)
    assert {p.name for p in same} == {p.name for p in (tmp_path / "a" / "inbox").iterdir()}
    assert [(p.name, p.seed) for p in other] != [(p.name, p.seed) for p in same]


def test_split_option_writes_only_that_split_with_the_same_truth(tmp_path):
    plans, _ = C.plan_random(5, 12)
    splits = {p.name: p.split for p in plans}
    assert set(splits.values()) == {"train", "dev", "test"}
    C.generate(tmp_path / "t", seed=5, count=12, split="test", workers=2, log=lambda *_: None)
    written = {p.name for p in (tmp_path / "t" / "inbox").iterdir()}
    assert written == {n for n, s in splits.items() if s == "test"}
    # the truth of a test input is what the full run writes for it
    ip = next(p for p in plans if p.split == "test" and p.kind != "duplicate")
    got = json.loads((tmp_path / "t" / "truth" / f"{ip.name}.json").read_text(encoding="utf-8"))
    assert got == C.render_input(ip)["truth"] and got["meta"]["split"] == "test"


def test_committed_set_covers_types_tiers_formats_batches_rejects_and_is_small():
    truths = _truths()
    inbox = SAMPLES / "inbox"
    assert {t["input"] for t in truths} == {p.name for p in inbox.iterdir()}
    assert sum(p.stat().st_size for p in inbox.iterdir()) < 25e6
    types = {d["doc_type"] for t in truths for d in t["documents"]}
    assert types == set(taxonomy().doc_types)
    processed = [t for t in truths if t["status"] == "processed"]
    assert {t["meta"]["tier"] for t in processed} == {"clean", "scanned", "harsh"}
    assert {t["meta"]["format"] for t in processed} == {"pdf", "tiff", "png", "jpeg", "pdf-text", "pdf-mixed"}
    mixed = next(t for t in processed if t["meta"]["format"] == "pdf-mixed")
    assert mixed["documents"][0]["pages"] == [1, 2] and mixed["pages"][1]["kind"] == "content"
    batches = [t for t in processed if t["meta"]["kind"] == "batch"]
    assert len(batches) == 3
    for b in batches:
        kinds = [p["kind"] for p in b["pages"]]
        assert "separator" in kinds and len(b["documents"]) >= 2
    assert sum(1 for t in processed if t["meta"]["format"] == "pdf-text") == 2
    dups = [t for t in truths if t["duplicate_of"]]
    assert len(dups) == 1
    assert (inbox / dups[0]["input"]).read_bytes() == (inbox / dups[0]["duplicate_of"]).read_bytes()
    rejects = {t["meta"]["layout"] for t in truths if t["status"] == "rejected"}
    assert rejects == {f"reject:{k}" for k in C.REJECT_KINDS}


def test_rejected_inputs_are_really_broken():
    from pypdf import PdfReader

    for t in _truths():
        if t["status"] != "rejected":
            continue
        data = (SAMPLES / "inbox" / t["input"]).read_bytes()
        kind = t["meta"]["layout"].split(":", 1)[1]
        assert t["error"] and t["documents"] == []
        if kind == "empty":
            assert data == b""
        elif kind == "truncated_pdf":
            assert data.startswith(b"%PDF") and b"%%EOF" not in data[-64:]
            with pytest.raises(Exception):
                PdfReader(io.BytesIO(data), strict=True).pages[0].extract_text()
        elif kind == "encrypted_pdf":
            assert PdfReader(io.BytesIO(data)).is_encrypted
        elif kind == "mislabelled":
            assert t["input"].endswith(".pdf") and not data.startswith(b"%PDF")
        elif kind == "huge_image":
            assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) < 100_000
            w, h = struct.unpack(">II", data[16:24])
            assert w * h >= 50000 * 50000


def test_truth_fields_follow_taxonomy_and_normal_forms():
    tax = taxonomy()
    for t in _truths():
        for d in t["documents"]:
            dt = tax.doc_types[d["doc_type"]]
            assert d["department"] == dt.department
            missing = set(dt.required) - set(d["fields"])
            assert not missing, f"{t['input']}: {d['doc_type']} lacks required {missing}"
            assert set(d["fields"]) <= set(dt.fields), f"{t['input']}: fields outside the taxonomy"
            for name, value in d["fields"].items():
                kind = tax.kind(name)
                assert re.fullmatch(NORMAL_FORM[kind], value), f"{t['input']}: {name}={value!r} not {kind}"
                assert value == " ".join(value.split())
                if kind == "date":
                    date.fromisoformat(value)
                if name == "geburtsdatum":
                    assert date.fromisoformat(value) < C.TODAY
            assert d["case"]


def test_every_truth_iban_passes_mod_97():
    from stdnum import iban as stdnum_iban

    ibans = [d["fields"]["iban"] for t in _truths() for d in t["documents"] if "iban" in d["fields"]]
    assert len(ibans) >= 3
    for value in ibans:
        assert _iban_ok(value) and stdnum_iban.is_valid(value), value


def test_truth_values_are_visible_on_their_pages():
    """Every truth field is drawn: its words are tagged on a page of its document, and the printed
    digits are the normalised digits (for the kinds where that must hold)."""
    tax = taxonomy()
    for t in _truths():
        if t["status"] != "processed":
            continue
        words = json.loads((TRUTH / f"{t['input']}.words.json").read_text(encoding="utf-8"))
        pages = {p["page"]: p for p in words["pages"]}
        content = [p["page"] for p in t["pages"] if p["kind"] == "content"]
        assert sorted(pages) == content
        for d in t["documents"]:
            for name, value in d["fields"].items():
                shown = [pages[n]["fields"][name]["text"] for n in d["pages"] if name in pages[n]["fields"]]
                assert shown, f"{t['input']}: {name} not drawn on pages {d['pages']}"
                kind = tax.kind(name)
                if kind in ("plz", "iban", "integer", "amount"):
                    assert any(re.sub(r"\D", "", s) == re.sub(r"\D", "", value) for s in shown), (name, shown)
                if kind in ("name", "text"):
                    assert any(value in " ".join(s.split()) for s in shown), (name, value, shown)


def test_words_truth_matches_page_text_and_lies_inside_the_page():
    for t in _truths():
        if t["status"] != "processed":
            continue
        words = json.loads((TRUTH / f"{t['input']}.words.json").read_text(encoding="utf-8"))
        by_page = {p["page"]: p for p in t["pages"]}
        for p in words["pages"]:
            lines: dict[int, list] = {}
            for w in p["words"]:
                x0, y0, x1, y1 = w["bbox"]
                assert 0 <= x0 < x1 <= p["width"] and 0 <= y0 < y1 <= p["height"], (t["input"], w)
                lines.setdefault(w["line"], []).append(w)
            text = "\n".join(" ".join(w["text"] for w in sorted(ws, key=lambda w: w["bbox"][0]))
                             for _, ws in sorted(lines.items()))
            assert text == by_page[p["page"]]["text"]
            assert Page.from_ocr_json(p).text == text  # the pipeline's data model reads it as drawn


def test_cases_file_holds_the_expected_imported_cases():
    cases = json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))
    by_az = {c["aktenzeichen"]: c for c in cases}
    assert len(by_az) == len(cases)
    for c in cases:
        assert c["department"] in taxonomy().departments
        assert ("lieferant" in c) != ("nachname" in c)
    new_labels, imported_hits = set(), 0
    for t in _truths():
        if t["duplicate_of"]:
            continue
        for d in t["documents"]:
            if d["case"].startswith("NEW:"):
                new_labels.add(d["case"])
                continue
            imported_hits += 1
            case = by_az[d["case"]]
            printed = d["fields"].get("aktenzeichen")
            if printed != d["case"]:
                # routed by person or supplier: same department and the same name
                assert case["department"] == d["department"]
                if "lieferant" in case:
                    assert case["lieferant"] == d["fields"]["lieferant"]
                else:
                    assert (case["nachname"], case["vorname"]) == (d["fields"]["nachname"], d["fields"]["vorname"])
    assert imported_hits >= 8 and new_labels
    labels = [d["case"] for t in _truths() if not t["duplicate_of"] for d in t["documents"]]
    assert any(labels.count(lb) >= 2 for lb in new_labels), "a NEW group of several documents"


def test_separator_pages_carry_patcht_and_committed_batches_decode():
    import zxingcpp

    rng = __import__("random").Random(1)
    for kind in ("qr", "code128"):
        img = render_raster(separator_layout(rng, kind), 150)
        found = [r.text for r in zxingcpp.read_barcodes(img)]
        assert found == ["PATCHT"], (kind, found)
    # a committed TIFF batch: every separator page decodes, no content page does
    t = next(t for t in _truths() if t["meta"]["kind"] == "batch" and t["meta"]["format"] == "tiff")
    im = Image.open(SAMPLES / "inbox" / t["input"])
    for p in t["pages"]:
        im.seek(p["page"] - 1)
        texts = [r.text for r in zxingcpp.read_barcodes(im.convert("L"))]
        assert ("PATCHT" in texts) == (p["kind"] == "separator"), (p["page"], p["kind"], texts)


def test_rendered_form_page_is_readable_by_tesseract():
    import pytesseract

    plans, _ = C.plan_small(0)
    ip = next(p for p in plans if p.kind == "single" and p.docs[0].doc_type == "gewerbeanmeldung")
    gd = C._build(ip.docs[0], __import__("random").Random(2), False)
    img = render_raster(gd.pages[0], 200).convert("L")
    text = pytesseract.image_to_string(img, lang="deu", config="--psm 3")
    words = layout_words(gd.pages[0], 200)
    assert page_text(words).count("\n") > 15
    for name in ("nachname", "plz"):
        assert gd.fields[name] in text, (name, gd.fields[name])


def test_typed_requests_also_arrive_as_the_citizens_own_letters_with_every_value_drawn():
    """Real mail registers a dog or applies for Wohngeld by letter too: the generator writes a share
    of the five citizen requests as DIN 5008 letters, each carrying its type's required fields."""
    import random

    from sample_docs.generator import docs as D
    from sample_docs.generator import values as V

    tax = taxonomy()
    for dt in D.TYPE_LETTERS:
        for seed in range(4):
            rng = random.Random(f"{dt}:{seed}")
            city = V.pick_city(rng)
            person = V.make_person(rng, city, C.TODAY)
            gd = D.type_letter(D.Ctx(rng=rng, city=city, today=C.TODAY, person=person), dt)
            assert gd.doc_type == dt and gd.layout == "letter-din5008"
            assert set(tax.doc_types[dt].required) <= set(gd.fields), dt
            words = [w for page in gd.pages for w in layout_words(page, 150)]
            for name, value in gd.fields.items():
                shown = " ".join(w.text for w in words if w.field == name)
                assert shown, (dt, name)
                if tax.kind(name) in ("name", "text"):
                    assert value in shown, (dt, name, value, shown)
    letters = topics = 0
    for seed in range(300):
        rng = random.Random(seed)
        city = V.pick_city(rng)
        ctx = D.Ctx(rng=rng, city=city, today=C.TODAY, person=V.make_person(rng, city, C.TODAY))
        letters += D.build(ctx, "wohngeldantrag").layout == "letter-din5008"
        other = D.build(ctx, "sonstiges")
        text = " ".join(w.text for page in other.pages for w in layout_words(page, 150))
        topics += other.doc_type == "sonstiges" and any(subj in text for subj, _ in D.TOPIC_ENQUIRIES)
    assert 30 <= letters <= 90 and 50 <= topics <= 130
    # a forced form family (the committed set) is always the form
    ctx = D.Ctx(rng=random.Random(1), city=city, today=C.TODAY, person=ctx.person, family="boxed")
    assert D.build(ctx, "wohngeldantrag").layout == "form-boxed"
