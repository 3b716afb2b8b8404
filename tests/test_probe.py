"""The hand-made real-mail probe (sample_docs/probe.py) renders every document with truth in the
corpus format, its values in the spec's normal forms, so `classifiers.measure` can score it."""

import json

import pytest

from classifiers.doctypes import taxonomy
from classifiers.normalize import normalize, validate
from sample_docs import probe, probe2, probe3, probe4, probe5, probe6, probe7, probe8, probe9, probe10, probe11, probe12, probe13


def test_probe_documents_render_with_truth_in_normal_form(tmp_path):
    names = probe.write(tmp_path)
    tax = taxonomy()
    assert len(names) == 2 * len(probe.DOCS) >= 30
    for name in names:
        assert (tmp_path / "inbox" / name).stat().st_size > 10_000
        t = json.loads((tmp_path / "truth" / f"{name}.json").read_text(encoding="utf-8"))
        assert t["input"] == name and t["meta"]["split"] == "test" and t["pages"][0]["text"]
        (doc,) = t["documents"]
        assert doc["doc_type"] in tax.doc_types and doc["department"] == tax.department(doc["doc_type"])
        for field, value in doc["fields"].items():
            kind = tax.kind(field)
            assert normalize(kind, value, field=field) == value, (name, field, value)
            assert validate(kind, value, field=field) is None, (name, field, value)


@pytest.mark.parametrize("module", [probe2, probe3, probe4, probe5, probe6, probe7, probe8, probe9, probe10, probe11,
                                    probe12, probe13],
                         ids=["probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10",
                              "probe11", "probe12", "probe13"])
def test_further_probes_render_with_checked_truth(tmp_path, module):
    """probe2 to probe13: 16 more layouts each; the truth check (normal form, validity, PLZ fits
    its place, value on the page, every required field there) passes for every document."""
    assert probe2.check_truth(module.DOCS) == []
    names = probe.write(tmp_path, module.DOCS)
    assert len(names) == 2 * len(module.DOCS) == 32
    types = {json.loads((tmp_path / "truth" / f"{n}.json").read_text(encoding="utf-8"))["documents"][0]["doc_type"]
             for n in names}
    # every type of the spec, sonstiges included (probe11, half citizens' letters, has no objection)
    assert types == set(taxonomy().doc_types) - getattr(module, "ABSENT_TYPES", set())


def test_probe14_renders_each_document_clean_and_as_another_capture_device_delivers_it(tmp_path):
    """probe14: the same 16 documents as a sheet-fed scanner, an old flatbed, a phone, a fax, a
    third-generation copy, a faded print and a colour PDF deliver them; the truth check passes, and
    every capture is a file of the format its device writes, with the page's text in its truth."""
    from PIL import Image

    from sample_docs import probe14

    assert probe14.check_truth() == []
    names = probe14.write(tmp_path)
    assert len(names) == 2 * len(probe14.DOCS) == 32
    truths = [json.loads((tmp_path / "truth" / f"{n}.json").read_text(encoding="utf-8")) for n in names]
    assert {t["documents"][0]["doc_type"] for t in truths} == set(taxonomy().doc_types)
    captured = [t["input"] for t in truths if t["meta"]["tier"] == "scanned"]
    devices = {n.rsplit(".", 1)[0].rsplit("_", 1)[1] for n in captured}
    assert len(captured) == 16 and devices == {"adf", "flatbed", "phone", "fax", "copy", "faded", "colorpdf"}
    suffixes = {n.rsplit(".", 1)[1] for n in names}
    assert {"png", "jpg", "tif", "pdf"} <= suffixes, suffixes
    fax = next(n for n in names if n.endswith(".tif"))
    with Image.open(tmp_path / "inbox" / fax) as im:
        assert im.mode == "1"  # a fax is one bit deep
    assert all(t["pages"][0]["text"] for t in truths)


def test_probe15_writes_mailroom_batches_whose_truth_splits_every_file_into_its_documents(tmp_path):
    """probe15: eight batch files (multi-page PDF and TIFF) holding 23 documents of every type, with separator
    sheets, blank backs, turned pages and documents of several pages; the truth check passes, each truth lists
    every page of its file, and every content page belongs to exactly one document, separator and blank pages
    to none."""
    import hashlib

    from PIL import Image
    from pypdf import PdfReader

    from sample_docs import probe15

    assert probe15.check_truth() == []
    names = probe15.write(tmp_path)
    assert names == [b["name"] for b in probe15.BATCHES] and 8 <= len(names) <= 10
    tax = taxonomy()
    docs, kinds, rotations = [], set(), set()
    for name in names:
        path = tmp_path / "inbox" / name
        t = json.loads((tmp_path / "truth" / f"{name}.json").read_text(encoding="utf-8"))
        assert t["input"] == name and t["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert t["meta"]["split"] == "test" and t["meta"]["tier"] in ("clean", "scanned")
        if name.endswith(".pdf"):
            assert t["meta"]["format"] == "pdf"
            n = len(PdfReader(path).pages)
        else:
            assert name.endswith(".tif") and t["meta"]["format"] == "tiff"
            with Image.open(path) as im:
                n = im.n_frames
        assert [p["page"] for p in t["pages"]] == list(range(1, n + 1)), name
        content = [p["page"] for p in t["pages"] if p["kind"] == "content"]
        assert sorted(pg for d in t["documents"] for pg in d["pages"]) == content, name
        firsts = [d["pages"][0] for d in t["documents"]]
        assert firsts == sorted(firsts) and t["meta"]["kind"] == ("batch" if len(firsts) > 1 else "single")
        for p in t["pages"]:
            kinds.add(p["kind"])
            rotations.add(p["rotation"])
            assert p["rotation"] in (0, 90, 180, 270) and abs(p["skew"]) < 2 and p["dpi"] >= 150
            assert p["text"] or p["kind"] == "blank", (name, p["page"])
        for d in t["documents"]:
            assert d["doc_type"] in tax.doc_types and d["department"] == tax.department(d["doc_type"])
            for field, value in d["fields"].items():
                kind = tax.kind(field)
                assert normalize(kind, value, field=field) == value, (name, field, value)
                assert validate(kind, value, field=field) is None, (name, field, value)
        docs += t["documents"]
    assert 20 <= len(docs) <= 24
    assert {d["doc_type"] for d in docs} == set(tax.doc_types) - set(probe15.ABSENT_TYPES)
    assert kinds == {"content", "separator", "blank"} and rotations == {0, 90, 180, 270}
    assert any(len(d["pages"]) >= 3 for d in docs)
    assert any(d["pages"] != list(range(d["pages"][0], d["pages"][-1] + 1)) for d in docs)  # blank backs between


def test_probe16_renders_each_form_design_and_letter_clean_and_scanned_with_checked_truth(tmp_path):
    """probe16: 21 documents of every type in official form designs (captions under the line, above the box, label /
    value rows, numbered boxes, two value columns under one header row), DIN 5008 letters and small firms' invoices,
    one or two pages each; the truth check passes, and each is written as a clean 300-dpi render and as a scan whose
    truth lists every page of the file with its text."""
    import hashlib

    from PIL import Image
    from pypdf import PdfReader

    from sample_docs import probe16

    assert probe16.check_truth() == []
    names = probe16.write(tmp_path)
    assert len(names) == 2 * len(probe16.DOCS) and 36 <= len(names) <= 44
    tax = taxonomy()
    truths = [json.loads((tmp_path / "truth" / f"{n}.json").read_text(encoding="utf-8")) for n in names]
    assert {t["documents"][0]["doc_type"] for t in truths} == set(tax.doc_types) - set(probe16.ABSENT_TYPES)
    tiers = [t["meta"]["tier"] for t in truths]
    assert tiers.count("clean") == tiers.count("scanned") == len(probe16.DOCS)
    npages = []
    for name, t in zip(names, truths):
        path = tmp_path / "inbox" / name
        assert path.stat().st_size > 10_000
        assert t["input"] == name and t["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert t["meta"]["split"] == "test" and t["meta"]["kind"] == "single"
        if name.endswith(".pdf"):
            assert t["meta"]["format"] == "pdf"
            n = len(PdfReader(path).pages)
        else:
            with Image.open(path) as im:
                n = getattr(im, "n_frames", 1)
                assert t["meta"]["format"] == {"PNG": "png", "JPEG": "jpeg", "TIFF": "tiff"}[im.format]
        npages.append(n)
        (doc,) = t["documents"]
        assert [p["page"] for p in t["pages"]] == doc["pages"] == list(range(1, n + 1)), name
        for p in t["pages"]:
            assert p["text"] and p["kind"] == "content" and p["rotation"] == 0
            if t["meta"]["tier"] == "clean":
                assert p["dpi"] == 300 and p["skew"] == 0.0 and t["meta"]["format"] in ("png", "tiff")
            else:
                assert 200 <= p["dpi"] <= 300 and 0.2 < abs(p["skew"]) < 2
        assert doc["department"] == tax.department(doc["doc_type"])
        for field, value in doc["fields"].items():
            kind = tax.kind(field)
            assert normalize(kind, value, field=field) == value, (name, field, value)
            assert validate(kind, value, field=field) is None, (name, field, value)
    assert 1 in npages and 2 in npages and max(npages) == 2
    assert {t["meta"]["format"] for t in truths if t["meta"]["tier"] == "scanned"} == {"jpeg", "png", "pdf", "tiff"}


def test_probe17_renders_mail_as_it_lies_on_the_mailroom_desk_clean_and_scanned_with_checked_truth(tmp_path):
    """probe17: 20 documents, every type at least twice, with the marks incoming paper carries (entry stamps at a
    slant, margin notes, highlighter, folds, punched holes, a staple or a paper clip, sticky notes, KOPIE / EILT!,
    barcode labels, a typewriter, a cut reply slip, envelopes scanned behind letters), one or two pages each; the
    truth check passes (no mark's date is a field's value), and each is written as a clean 300-dpi render and as a
    scan whose truth lists every page of the file with its text, an entry mark among it."""
    import hashlib
    import re

    from PIL import Image
    from pypdf import PdfReader

    from sample_docs import probe17

    assert probe17.check_truth() == []
    names = probe17.write(tmp_path)
    assert len(names) == 2 * len(probe17.DOCS) and 36 <= len(names) <= 44
    tax = taxonomy()
    truths = [json.loads((tmp_path / "truth" / f"{n}.json").read_text(encoding="utf-8")) for n in names]
    types = [t["documents"][0]["doc_type"] for t in truths if t["meta"]["tier"] == "clean"]
    assert {dt: types.count(dt) for dt in set(tax.doc_types) - set(probe17.ABSENT_TYPES) if types.count(dt) < 2} == {}
    tiers = [t["meta"]["tier"] for t in truths]
    assert tiers.count("clean") == tiers.count("scanned") == len(probe17.DOCS)
    npages = []
    for name, t in zip(names, truths):
        path = tmp_path / "inbox" / name
        assert path.stat().st_size > 10_000
        assert t["input"] == name and t["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert t["meta"]["split"] == "test" and t["meta"]["kind"] == "single"
        assert t["meta"]["layout"] == "probe-" + name.rsplit(".", 1)[0].removesuffix("_scan")
        if name.endswith(".pdf"):
            assert t["meta"]["format"] == "pdf"
            n = len(PdfReader(path).pages)
        else:
            with Image.open(path) as im:
                n = getattr(im, "n_frames", 1)
                assert t["meta"]["format"] == {"PNG": "png", "JPEG": "jpeg", "TIFF": "tiff"}[im.format]
        npages.append(n)
        (doc,) = t["documents"]
        assert [p["page"] for p in t["pages"]] == doc["pages"] == list(range(1, n + 1)), name
        for p in t["pages"]:
            assert p["text"] and p["kind"] == "content" and p["rotation"] == 0
            if t["meta"]["tier"] == "clean":
                assert p["dpi"] == 300 and p["skew"] == 0.0 and t["meta"]["format"] in ("png", "tiff")
            else:
                assert 200 <= p["dpi"] <= 300 and 0.2 < abs(p["skew"]) < 2
        assert re.search(r"(?i)eingang|eingegangen", "\n".join(p["text"] for p in t["pages"])), name
        assert doc["department"] == tax.department(doc["doc_type"])
        for field, value in doc["fields"].items():
            kind = tax.kind(field)
            assert normalize(kind, value, field=field) == value, (name, field, value)
            assert validate(kind, value, field=field) is None, (name, field, value)
    assert 1 in npages and 2 in npages and max(npages) == 2
    assert {t["meta"]["format"] for t in truths if t["meta"]["tier"] == "scanned"} == {"jpeg", "png", "pdf", "tiff"}


def test_probe18_writes_digital_mail_as_pdfs_of_seven_kinds_with_checked_truth(tmp_path):
    """probe18: 20 documents, every type at least twice, one PDF each as digital mail arrives (word-processor and LaTeX
    letters, two with a scanned attachment page; live and flattened AcroForm forms; e-invoices, one with factur-x.xml;
    copiers' sandwich PDFs; portal printouts; phone photos without a text layer); the truth check passes, each truth
    lists every page of its PDF with the text a viewer shows, a live form's values are in its fields and not in its
    text layer, a sandwich's invisible layer misreads what its image shows, an image-only PDF has no text."""
    import hashlib

    import pdfplumber
    from pypdf import PdfReader

    from sample_docs import probe18

    assert probe18.check_truth() == []
    names = probe18.write(tmp_path)
    assert names == [f"{n}.pdf" for n in probe18.DOCS] and 18 <= len(names) <= 22
    tax = taxonomy()
    truths = {n: json.loads((tmp_path / "truth" / f"{n}.json").read_text(encoding="utf-8")) for n in names}
    types = [t["documents"][0]["doc_type"] for t in truths.values()]
    assert {dt: types.count(dt) for dt in set(tax.doc_types) - set(probe18.ABSENT_TYPES) if types.count(dt) < 2} == {}
    live = sandwiches = images = two_pages = xml = 0
    for name, t in truths.items():
        path = tmp_path / "inbox" / name
        assert t["input"] == name and t["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert t["meta"]["split"] == "test" and t["meta"]["kind"] == "single" and t["meta"]["format"] == "pdf"
        assert t["meta"]["layout"] == "probe-" + name.removesuffix(".pdf")
        reader = PdfReader(path)
        n = len(reader.pages)
        (doc,) = t["documents"]
        assert [p["page"] for p in t["pages"]] == doc["pages"] == list(range(1, n + 1)), name
        two_pages += n == 2
        for p in t["pages"]:
            assert p["text"] and p["kind"] == "content" and p["rotation"] == 0
            if t["meta"]["tier"] == "scanned":
                assert 150 <= p["dpi"] <= 300 and 0.2 < abs(p["skew"]) < 3, (name, p["page"])
        if t["meta"]["tier"] == "clean":
            assert t["pages"][0]["dpi"] == 300 and t["pages"][0]["skew"] == 0.0
        assert doc["department"] == tax.department(doc["doc_type"])
        for field, value in doc["fields"].items():
            kind = tax.kind(field)
            assert normalize(kind, value, field=field) == value, (name, field, value)
            assert validate(kind, value, field=field) is None, (name, field, value)
        with pdfplumber.open(path) as pdf:
            layer = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        xml += "factur-x.xml" in reader.attachments
        if "/AcroForm" in reader.trailer["/Root"]:  # a live form: the typed surname is in a field, not in the text
            live += 1
            surname = doc["fields"]["nachname"]
            assert surname in {v.get("/V") for v in reader.get_fields().values()} and surname not in layer, name
        if t["meta"]["tier"] == "scanned" and layer.strip():  # a sandwich: its OCR layer misreads the image's values
            sandwiches += 1
            assert len(probe18.missing_in(layer, doc["fields"], tax)) >= 2, name
        elif t["meta"]["tier"] == "scanned":
            images += 1
        else:
            assert probe18.missing_in(layer, doc["fields"], tax) == [] or "/AcroForm" in reader.trailer["/Root"], name
    assert live >= 2 and sandwiches >= 2 and images >= 2 and two_pages >= 2 and xml >= 1


def _single_page_probe(module, tmp_path) -> list[dict]:
    """Render a probe of one-page documents, each as a clean PNG and a degraded JPEG scan, and check
    every truth file (normal forms, validity, sha256, tier, format, layout, department); its truths."""
    import hashlib

    from PIL import Image

    assert module.check_truth() == []
    names = module.write(tmp_path)
    assert len(names) == 2 * len(module.DOCS) == 36
    tax = taxonomy()
    truths = [json.loads((tmp_path / "truth" / f"{n}.json").read_text(encoding="utf-8")) for n in names]
    assert {t["documents"][0]["doc_type"] for t in truths} == set(tax.doc_types) - set(module.ABSENT_TYPES)
    tiers = [t["meta"]["tier"] for t in truths]
    assert tiers.count("clean") == tiers.count("scanned") == 18
    for name, t in zip(names, truths):
        path = tmp_path / "inbox" / name
        assert path.stat().st_size > 10_000
        assert t["input"] == name and t["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert t["meta"]["split"] == "test" and t["meta"]["kind"] == "single"
        assert t["meta"]["layout"] == "probe-" + name.rsplit(".", 1)[0].removesuffix("_scan")
        with Image.open(path) as im:
            assert t["meta"]["format"] == {"PNG": "png", "JPEG": "jpeg"}[im.format]
            assert t["meta"]["format"] == ("png" if t["meta"]["tier"] == "clean" else "jpeg")
        (doc,) = t["documents"]
        assert doc["pages"] == [1] and [p["page"] for p in t["pages"]] == [1] and t["pages"][0]["text"]
        assert doc["department"] == tax.department(doc["doc_type"])
        for field, value in doc["fields"].items():
            kind = tax.kind(field)
            assert normalize(kind, value, field=field) == value, (name, field, value)
            assert validate(kind, value, field=field) is None, (name, field, value)
    return truths


def test_probe19_renders_citizens_own_letters_and_new_forms_clean_and_scanned_with_checked_truth(tmp_path):
    """probe19: 18 documents of November 2028, every type at least once, about half of them letters in the citizen's
    own words (private letterheads, a daughter, a carer and a lawyer writing for the applicant, printed e-mails), the
    rest new official forms and two invoices; the truth check passes, and each is written as a clean 300-dpi PNG and
    a degraded JPEG scan whose truth carries the page's text."""
    from sample_docs import probe19

    truths = _single_page_probe(probe19, tmp_path)
    assert sum(t["meta"]["tier"] == "clean" and t["documents"][0]["doc_type"] == "rechnung" for t in truths) == 2


def test_probe20_renders_small_towns_couples_and_companies_clean_and_scanned_with_checked_truth(tmp_path):
    """probe20: 18 documents of December 2028 to small towns and district offices, every type twice, about half of
    them official forms (two columns, tables, numbered sections with check boxes) and half letters and printed
    e-mails (couples, a GmbH's managing director, a sole trader's invoice, a deposit deducted, two dogs, a car of
    another district); the truth check passes, and each is written as a clean 300-dpi PNG and a degraded JPEG scan
    whose truth carries the page's text."""
    from sample_docs import probe20

    truths = _single_page_probe(probe20, tmp_path)
    tax = taxonomy()
    clean = [t["documents"][0] for t in truths if t["meta"]["tier"] == "clean"]
    assert all(sum(d["doc_type"] == dt for d in clean) == 2 for dt in tax.doc_types)
    fields = {(k, v) for d in clean for k, v in d["fields"].items()}
    assert {("strasse", "Frauenauer Straße 12-14"), ("strasse", "Bahnhofstraße 3 1/2"), ("strasse", "Im Sand 7a"),
            ("strasse", "Dorfstraße 5"), ("vorname", "Łukasz"), ("nachname", "Şahin"), ("nachname", "Nguyen"),
            ("kennzeichen", "GS-IB 614"), ("betrag_brutto", "11900.00"), ("bescheid_datum", "2028-11-22")} <= fields
