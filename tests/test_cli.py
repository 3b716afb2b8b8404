"""The command line as users call it (a real subprocess of .venv/bin/intake)."""

from __future__ import annotations

import json
import shutil
import subprocess

from tests.conftest import INTAKE, intake_env
from tests.makedocs import INVOICE_LINES, born_digital_invoice, born_digital_stack, scanned_pages


def intake(*args: str, home, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(INTAKE), *args], env=intake_env(home), capture_output=True,
                          text=True, timeout=timeout)


def test_process_writes_one_result_per_input_and_recognises_duplicates(tmp_path):
    inbox = tmp_path / "in"
    (inbox / "sub").mkdir(parents=True)
    born_digital_invoice(inbox / "a.pdf")
    shutil.copyfile(inbox / "a.pdf", inbox / "sub" / "b (Kopie).pdf")
    (inbox / "leer.png").write_bytes(b"")
    r = intake("process", str(inbox), "--out", str(tmp_path / "out"), home=tmp_path / "home")
    assert r.returncode == 0, r.stderr
    out = {p.name: json.loads(p.read_text()) for p in (tmp_path / "out").glob("*.json")}
    assert sorted(out) == ["a.pdf.json", "b (Kopie).pdf.json", "leer.png.json"]
    assert out["leer.png.json"]["status"] == "rejected" and "empty" in out["leer.png.json"]["error"]
    a, b = out["a.pdf.json"], out["b (Kopie).pdf.json"]
    assert b["duplicate_of"] == "a.pdf" and b["sha256"] == a["sha256"]
    assert [d["case_id"] for d in b["documents"]] == [d["case_id"] for d in a["documents"]]
    # the summary table names every input and the document type found
    assert "a.pdf" in r.stdout and "rechnung" in r.stdout and "rejected" in r.stdout


DOG_FORM = ["Stadt Heilbronn - Steueramt", "Anmeldung eines Hundes zur Hundesteuer",
            "nach § 6 der Hundesteuersatzung", "Name, Vorname: Kaiser, Lea", "Geburtsdatum: 06.12.1981",
            "Straße, Hausnummer: Rosenstraße 99", "PLZ, Ort: 74072 Heilbronn", "Hunderasse: Beagle",
            "Beginn der Hundehaltung: 01.03.2028", "Heilbronn, 04.03.2028   Unterschrift"]
LETTER = ["Torsten Kählert", "Am Strom 59", "18119 Rostock", "", "Stadt Heilbronn", "Bürgeramt",
          "Marktplatz 7", "74072 Heilbronn", "", "Heilbronn, 06.03.2028", "",
          "Sehr geehrte Damen und Herren,", "ich möchte einen Fischereischein beantragen. Welche Unterlagen",
          "brauchen Sie dafür, und wann hat das Bürgeramt geöffnet?", "Mit freundlichen Grüßen", "Torsten Kählert"]


def test_a_stack_scanned_without_separator_sheets_is_parted_into_its_documents(tmp_path):
    """An invoice, a dog registration and a letter in one file, no separator sheet between them:
    three documents, each with its own type, as a clerk would have sorted them."""
    (tmp_path / "in").mkdir()
    born_digital_stack(tmp_path / "in" / "Stapel.pdf", [INVOICE_LINES, DOG_FORM, LETTER])
    r = intake("process", str(tmp_path / "in"), "--out", str(tmp_path / "out"), home=tmp_path / "home")
    assert r.returncode == 0, r.stderr
    result = json.loads((tmp_path / "out" / "Stapel.pdf.json").read_text())
    docs = [(d["pages"], d["doc_type"]) for d in result["documents"]]
    assert docs == [([1], "rechnung"), ([2], "hundesteuer_anmeldung"), ([3], "sonstiges")]


def test_process_cannot_run_without_inputs(tmp_path):
    r = intake("process", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), home=tmp_path)
    assert r.returncode == 2
    assert "nowhere" in r.stderr and "no such file" in r.stderr


def test_cases_import_refuses_bad_json_with_the_file_name(tmp_path):
    bad = tmp_path / "akten.json"
    bad.write_text("{not json")
    r = intake("cases", "import", str(bad), home=tmp_path / "home")
    assert r.returncode == 2 and "akten.json" in r.stderr
    good = tmp_path / "cases.json"
    good.write_text(json.dumps([{"aktenzeichen": "20.1-2024/0007", "department": "kaemmerei",
                                 "lieferant": "Elektro Brandt GmbH"}]))
    r = intake("cases", "import", str(good), home=tmp_path / "home")
    assert r.returncode == 0 and "imported 1" in r.stdout


def test_ocr_writes_the_words_of_each_page(tmp_path):
    page = scanned_pages(INVOICE_LINES[:12], n_pages=1, dpi=200)[0]
    page = page.rotate(90, expand=True)  # fed sideways
    page.save(tmp_path / "quer.png", dpi=(200, 200))
    born_digital_invoice(tmp_path / "digital.pdf")
    r = intake("ocr", str(tmp_path / "quer.png"), str(tmp_path / "digital.pdf"),
               "--out", str(tmp_path / "ocr"), home=tmp_path / "home")
    assert r.returncode == 0, r.stderr
    scan = json.loads((tmp_path / "ocr" / "quer.png.ocr.json").read_text())
    assert scan["input"] == "quer.png" and len(scan["pages"]) == 1
    p = scan["pages"][0]
    assert {"page", "width", "height", "rotation", "skew", "source", "words"} <= set(p)
    assert p["source"] == "ocr" and p["rotation"] in (90, 270)
    assert p["height"] > p["width"], "the page is upright after correction"
    text = " ".join(w["text"] for w in p["words"])
    assert "Rechnungsnummer:" in text and "RE-2024-0815" in text
    w = p["words"][0]
    assert 0 <= w["confidence"] <= 1 and len(w["bbox"]) == 4
    assert 0 <= w["bbox"][0] < w["bbox"][2] <= p["width"]
    digital = json.loads((tmp_path / "ocr" / "digital.pdf.ocr.json").read_text())
    assert digital["pages"][0]["source"] == "text_layer"
    assert "DE89" in " ".join(w["text"] for w in digital["pages"][0]["words"])
