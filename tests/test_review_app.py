"""The caseworkers' review app in a real headless Chromium (Debian's /usr/bin/chromium).

Seeded through the real storage API with a drawn page and a misclassified Wohngeld application
whose IBAN was misread. A caseworker signs in, corrects the IBAN (an invalid one is refused), changes
the type (fields re-extracted), approves with the keyboard and finds the document in its case file.
A caseworker of another department gets neither the page nor the image.
"""

from __future__ import annotations

import json
import re

import pytest

from review.users import add_user
from tests.test_review_seed import WOHNGELD_ROWS, ServerThread, seed_document

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "Rathaus-2026!"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    import storage
    from pipeline.settings import load_settings
    from review.app import create_app

    home = tmp_path_factory.mktemp("review-home")
    settings = load_settings(env={"INTAKE_HOME": str(home)})
    store = storage.open_store(settings)
    index = storage.open_index(settings, store)
    add_user(home / "users.json", "anna", PASSWORD, ["steueramt", "wohngeldstelle"])
    add_user(home / "users.json", "otto", PASSWORD, ["ordnungsamt"])
    doc_id = seed_document(
        store, index, title="Antrag auf Wohngeld", rows=WOHNGELD_ROWS,
        doc_type="hundesteuer_anmeldung", department="steueramt",
        fields={"nachname": ("Schneider", "Familienname"), "vorname": ("Jana", "Vorname"),
                "geburtsdatum": ("1988-03-14", "Geburtsdatum"),
                "strasse": ("Lindenweg 7", "Straße, Hausnummer"), "plz": ("70173", "Postleitzahl"),
                "ort": ("Stuttgart", "Wohnort"), "iban": ("DE89370400440532013001", "IBAN")},
        reasons=["Dokumenttyp unsicher (45 %)", "IBAN ungültig: Prüfsumme stimmt nicht"])
    # a second letter of the same person, complete but with a low-confidence field
    second_id = seed_document(
        store, index, title="Antrag auf Wohngeld", rows=WOHNGELD_ROWS[:7], name="nachtrag.pdf",
        doc_type="wohngeldantrag", department="wohngeldstelle", confidence=0.93,
        fields={"nachname": ("Schneider", "Familienname"), "vorname": ("Jana", "Vorname"),
                "geburtsdatum": ("1988-03-14", "Geburtsdatum"),
                "strasse": ("Lindenweg 7", "Straße, Hausnummer"), "plz": ("70173", "Postleitzahl"),
                "ort": ("Stuttgart", "Wohnort"), "monatliche_miete": ("650.00", "Monatliche Miete"),
                "iban": ("DE89370400440532013000", "Familienname")},
        reasons=["Feld unsicher: Monatliche Miete"])
    with ServerThread(create_app(settings, store=store, index=index)) as server:
        yield {"settings": settings, "store": store, "index": index, "doc_id": doc_id,
               "second_id": second_id, "url": server.url}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


def sign_in(page, url: str, username: str) -> None:
    page.goto(url + "/queue")
    assert "/login" in page.url  # not signed in: sent to the sign-in page
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.press("#password", "Enter")
    page.wait_for_url(url + "/queue")


def test_caseworker_reviews_corrects_retypes_and_approves(env, browser):
    url, index, doc_id = env["url"], env["index"], env["doc_id"]
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    page.set_default_timeout(15000)
    sign_in(page, url, "anna")

    # the queue lists the document with the reason it needs review
    row = page.locator("table.list tbody tr", has_text="Anmeldung zur Hundesteuer")
    assert "IBAN ungültig" in row.inner_text()
    row.get_by_role("link").click()
    page.wait_for_url(re.compile(r"/documents/"))

    # the page image is served and the field boxes are drawn over it
    img = page.locator("figure.page img")
    img.wait_for()
    assert page.evaluate("document.querySelector('figure.page img').naturalWidth") == 1240
    assert page.locator('rect[data-box="iban"]').count() == 1

    # focusing a field highlights its box; Tab moves between fields
    page.focus("#f_plz")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f_ort"
    assert "active" in page.locator('rect[data-box="ort"]').get_attribute("class")
    page.focus("#f_iban")
    assert "active" in page.locator('rect[data-box="iban"]').get_attribute("class")
    assert "active" not in (page.locator('rect[data-box="ort"]').get_attribute("class") or "")

    # an invalid IBAN is refused with a German message and not saved
    page.fill("#f_iban", "DE12 3456 7890 1234 5678 90")
    page.press("#f_iban", "Enter")
    page.wait_for_selector("#e_iban")
    assert "IBAN ungültig" in page.inner_text("#e_iban")
    assert page.get_attribute("#f_iban", "aria-invalid") == "true"
    assert index.get_document(doc_id).document.fields["iban"].value == "DE89370400440532013001"

    # a valid one is stored normalised
    page.fill("#f_iban", "de89 3704 0044 0532 0130 00")
    page.press("#f_iban", "Enter")
    page.wait_for_selector(".flash-ok")
    assert "IBAN" in page.inner_text(".flash-ok")
    assert index.get_document(doc_id).document.fields["iban"].value == "DE89370400440532013000"
    assert page.input_value("#f_iban") == "DE89370400440532013000"

    # change the type: fields re-extracted for a Wohngeld application, the correction kept
    page.select_option("#doc_type", "wohngeldantrag")
    page.get_by_role("button", name="Typ ändern und Felder neu auslesen").click()
    page.wait_for_selector("text=Felder neu ausgelesen")
    doc = index.get_document(doc_id).document
    assert (doc.doc_type, doc.department) == ("wohngeldantrag", "wohngeldstelle")
    assert doc.fields["monatliche_miete"].value == "650.00"  # read from the page's words
    assert doc.fields["iban"].value == "DE89370400440532013000"  # the caseworker's value wins
    assert page.input_value("#f_monatliche_miete") == "650.00"

    # approve with the keyboard alone (Ctrl+Enter in a field, as the button says)
    assert "Strg+Enter" in page.inner_text("#approve")
    page.focus("#f_nachname")
    page.keyboard.press("Control+Enter")
    page.wait_for_url(url + "/queue")
    flash = page.inner_text(".flash-ok")
    case_id = index.get_document(doc_id).document.case_id
    assert case_id and re.fullmatch(r"50\.4-\d{4}/0001", case_id)
    assert f"Akte {case_id}" in flash

    # the document is in its case file
    page.get_by_role("link", name=f"Akte {case_id} öffnen").click()
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == f"Akte {case_id}"
    assert "Schneider, Jana" in page.inner_text("main")
    assert "Antrag auf Wohngeld" in page.locator("table.list").inner_text()
    # ... and no longer in the queue
    page.goto(url + "/queue")
    assert doc_id not in page.content()

    # the second letter of the same person: approved with Alt+A, it joins the same case file
    page.goto(url + f"/documents/{env['second_id']}")
    assert page.get_attribute("#approve", "accesskey") == "a"
    page.keyboard.press("Alt+a")
    page.wait_for_url(url + "/queue")
    assert "gleiche Person (Name und Geburtsdatum)" in page.inner_text(".flash-ok")
    assert index.get_document(env["second_id"]).document.case_id == case_id
    assert "Keine Dokumente zu prüfen" in page.inner_text("main")
    page.goto(url + "/case?az=" + case_id)
    assert page.locator("table.list tbody tr").count() == 2

    # search finds it by Aktenzeichen and by name
    page.goto(url + "/search")
    page.fill("#az", case_id)
    page.press("#az", "Enter")
    page.wait_for_selector("text=2 Treffer")
    page.fill("#az", "")
    page.fill("#name", "schneider")
    page.fill("#datum", "14.03.1988")
    page.press("#name", "Enter")
    page.wait_for_selector("text=2 Treffer")
    page.fill("#datum", "31.02.1988")
    page.press("#datum", "Enter")
    page.wait_for_selector("text=kein gültiges Datum")

    # the audit trail records who changed what
    page.goto(url + f"/documents/{doc_id}")
    trail = page.locator("section.trail").inner_text()
    assert "anna" in trail and "DE89370400440532013001 → DE89370400440532013000" in trail
    assert "Freigegeben" in trail and case_id in trail

    # approved documents become training data
    lines = (env["settings"].home / "training" / "corrections.jsonl").read_text().splitlines()
    assert len(lines) == 2
    rec = json.loads(lines[0])
    assert rec["document_id"] == doc_id and rec["doc_type"] == "wohngeldantrag"
    assert rec["fields"]["iban"] == "DE89370400440532013000"
    # reading order rebuilt: label and value on one line of the text
    assert any("Monatliche Miete:" in ln and "650,00 EUR" in ln for ln in rec["text"].splitlines())
    assert rec["pages"][0]["words"]
    # ... in the format `intake train --corrections` reads
    from classifiers.train import load_corrections

    samples = load_corrections(env["settings"].home / "training" / "corrections.jsonl")
    assert [s.doc_type for s in samples] == ["wohngeldantrag", "wohngeldantrag"]
    assert samples[0].fields["iban"] == "DE89370400440532013000"
    assert "Schneider" in samples[0].pages[0].text
    ctx.close()


def test_other_department_gets_no_access(env, browser):
    url, doc_id = env["url"], env["doc_id"]
    ctx = browser.new_context()
    page = ctx.new_page()
    page.set_default_timeout(15000)
    sign_in(page, url, "otto")
    assert doc_id not in page.content()
    resp = page.goto(url + f"/documents/{doc_id}")
    assert resp.status == 403 and "Kein Zugriff" in page.inner_text("main")
    resp = page.goto(url + f"/documents/{doc_id}/pages/1")
    assert resp.status == 403 and resp.headers["content-type"].startswith("text/plain")
    resp = page.goto(url + "/case?az=" + "50.4-2026%2F0001")
    assert resp.status in (403, 404)
    ctx.close()
    # and without signing in the image is not served either
    ctx = browser.new_context()
    resp = ctx.new_page().goto(url + f"/documents/{doc_id}/pages/1")
    assert resp.status == 401
    ctx.close()
