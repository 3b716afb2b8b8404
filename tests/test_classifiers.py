"""Document type classification with the committed model, the review policy, and training itself."""

import json
import time

import pytest

from classifiers import analyse_document, load_models
from classifiers.classify import MODEL_DIR, classify_text
from classifiers.doctypes import taxonomy
from classifiers.train import main as train_main
from classifiers.train import train
from pipeline.settings import load_settings
from tests.pagekit import make_page

# Held-out texts written by hand, worded differently from the corpus generator.
HELD_OUT = {
    "gewerbeanmeldung": """Stadt Esslingen am Neckar Amt für öffentliche Ordnung Gewerbeangelegenheiten
        GewA 1 Gewerbe-Anmeldung nach § 14 GewO
        Angaben zum Betriebsinhaber Familienname Krause Vorname Petra geboren am 14.08.1979
        Angemeldete Tätigkeit Onlinehandel mit Kinderbekleidung Beginn der Tätigkeit 01.09.2024""",
    "wohnsitzanmeldung": """Anmeldung bei der Meldebehörde (§ 17 Abs. 1 BMG) Stadt Ludwigsburg Bürgerbüro
        Neue Wohnung Tag des Einzugs 15.08.2024 Straße Hausnummer Mörikestraße 8 PLZ Ort 71636 Ludwigsburg
        Bisherige Wohnung Wohnungsgeberbestätigung liegt bei Familienname Vorname Geburtsdatum""",
    "wohngeldantrag": """Antrag auf Mietzuschuss nach dem Wohngeldgesetz (WoGG) Wohngeldbehörde
        Angaben zur antragstellenden Person Zahl der Haushaltsmitglieder 2 Gesamtmiete monatlich 780,00 EUR
        Bankverbindung IBAN Einkommen aller Haushaltsmitglieder Erklärung Unterschrift""",
    "hundesteuer_anmeldung": """Steueramt Anmeldung zur Hundesteuer Halterin Halter Angaben zum Hund
        Rasse Beagle Wurfdatum Der Hund wird gehalten seit 01.05.2024 Kampfhund nein Steuerbefreiung""",
    "bewohnerparkausweis": """Antrag auf Ausstellung eines Bewohnerparkausweises Parkzone B
        Fahrzeughalter Amtliches Kennzeichen LB-XY 123 Zulassungsbescheinigung Teil I in Kopie beigefügt
        Gebühr für ein Jahr""",
    "bauantrag": """Bauantrag nach § 49 LBO Baurechtsamt Bauherrin Baugrundstück Gemarkung Feuerbach
        Flurstück 1234/5 Bezeichnung des Vorhabens Neubau eines Einfamilienhauses mit Garage
        Entwurfsverfasser Bauvorlagen Lageplan""",
    "widerspruch": """Sehr geehrte Damen und Herren, gegen Ihren Bescheid vom 12.02.2024, Aktenzeichen
        41-2024/117, lege ich hiermit fristgerecht Widerspruch ein. Die Begründung reiche ich nach.
        Ich bitte um Aufhebung des Bescheides. Mit freundlichen Grüßen""",
    "rechnung": """Malerbetrieb Wagner GmbH Rechnung Rechnungsnummer 2024-311 Rechnungsdatum 03.06.2024
        Kundennummer 5531 Pos. Bezeichnung Menge Einzelpreis Anstricharbeiten Treppenhaus
        Nettobetrag 1.200,00 EUR zzgl. 19 % USt 228,00 EUR Rechnungsbetrag 1.428,00 EUR zahlbar innerhalb
        14 Tagen IBAN USt-IdNr. DE136695976""",
}

UNKNOWN_LETTER = """Sehr geehrte Damen und Herren,
    seit drei Wochen ist die Straßenlaterne vor unserem Haus defekt und abends ist es sehr dunkel.
    Außerdem möchte ich fragen, wann die Bücherei im Sommer geöffnet hat.
    Mit freundlichen Grüßen Karl Becker"""


def _text_page(text: str):
    lines = [ln.strip() for ln in text.strip().splitlines()]
    return make_page([(200, 200 + 60 * i, ln) for i, ln in enumerate(lines)])


def test_model_is_committed_with_version_and_hash():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["version"] >= 1 and len(meta["sha256"]) == 64
    assert sorted(meta["labels"]) == sorted(taxonomy().doc_types)
    assert (MODEL_DIR / "textcat" / "config.cfg").is_file()


def test_models_load_fast():
    import spacy  # noqa: F401  -- importing the library is not loading the model

    from classifiers.classify import load_textcat

    load_textcat.cache_clear()
    start = time.perf_counter()
    nlp = load_models()
    elapsed = time.perf_counter() - start
    assert nlp is not None and "textcat" in nlp.pipe_names
    assert elapsed < 3.0, f"loading the model took {elapsed:.1f} s"
    start = time.perf_counter()
    assert load_models() is nlp  # cached: once per process
    assert time.perf_counter() - start < 0.01


@pytest.mark.parametrize("doc_type", sorted(HELD_OUT))
def test_held_out_texts_are_classified(doc_type):
    res = classify_text(HELD_OUT[doc_type])
    assert res.doc_type == doc_type, res.scores
    assert 0.0 <= res.confidence <= 1.0
    assert abs(sum(res.scores.values()) - 1.0) < 1e-6


def test_model_alone_gets_most_held_out_texts():
    nlp = load_models()
    hits = 0
    for doc_type, text in HELD_OUT.items():
        cats = nlp(text).cats
        hits += max(cats, key=cats.get) == doc_type
    assert hits >= 6, hits


def test_unknown_letter_is_sonstiges_or_needs_review():
    doc = analyse_document([_text_page(UNKNOWN_LETTER)], load_settings(env={}))
    assert doc.doc_type == "sonstiges" or doc.status == "needs_review"
    assert doc.department == taxonomy().department(doc.doc_type)


def test_empty_document_needs_review():
    doc = analyse_document([make_page([])], load_settings(env={}))
    assert doc.status == "needs_review"
    assert "Kein Text erkannt" in doc.reasons


def test_given_type_is_kept_and_fields_reextracted():
    page = _text_page(HELD_OUT["bauantrag"])
    doc = analyse_document([page], load_settings(env={}), doc_type="rechnung")
    assert doc.doc_type == "rechnung" and doc.department == "kaemmerei"
    with pytest.raises(ValueError, match="unknown document type"):
        analyse_document([page], load_settings(env={}), doc_type="katze")


def _tiny_corpus(root):
    """A few truth + words files in the generator's format, from the held-out texts."""
    truth_dir = root / "truth"
    truth_dir.mkdir(parents=True)
    for i, (doc_type, text) in enumerate(sorted(HELD_OUT.items()) + [("sonstiges", UNKNOWN_LETTER)]):
        for split in ("train", "dev"):
            name = f"{doc_type}-{split}.png"
            page = _text_page(text)
            (truth_dir / f"{name}.json").write_text(json.dumps({
                "input": name, "status": "processed", "error": None, "duplicate_of": None,
                "documents": [{"pages": [1], "doc_type": doc_type, "fields": {}}],
                "meta": {"tier": "clean", "split": split}}), encoding="utf-8")
            pj = page.to_ocr_json()
            for wj, w in zip(pj["words"], page.words):
                wj["line"] = w.line
            (truth_dir / f"{name}.words.json").write_text(json.dumps({"input": name, "pages": [pj]}),
                                                          encoding="utf-8")
    return root


def test_training_is_reproducible_and_reads_corrections(tmp_path):
    corpus = _tiny_corpus(tmp_path / "corpus")
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text(json.dumps({"doc_type": "rechnung", "fields": {}, "text": HELD_OUT["rechnung"]}) + "\n",
                           encoding="utf-8")
    m1 = train([corpus], tmp_path / "m1", seed=3, corrections=corrections, epochs=2)
    m2 = train([corpus], tmp_path / "m2", seed=3, corrections=corrections, epochs=2)
    meta1 = json.loads((tmp_path / "m1" / "meta.json").read_text())
    meta2 = json.loads((tmp_path / "m2" / "meta.json").read_text())
    assert meta1["sha256"] == meta2["sha256"]
    assert m1["counts"]["train"] == 10  # 9 corpus documents + 1 correction
    assert m1["dev_type"]["n"] == 9


def test_train_command_reports_bad_input_in_plain_words(tmp_path, capsys):
    assert train_main([str(tmp_path / "nowhere"), "--out", str(tmp_path / "m")]) == 2
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "c.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    corpus = _tiny_corpus(tmp_path / "corpus")
    assert train_main([str(corpus), "--corrections", str(bad), "--out", str(tmp_path / "m")]) == 2
    assert "line 1: not valid JSON" in capsys.readouterr().err


def test_a_place_with_no_postcode_beside_it_must_be_a_german_place():
    from classifiers import review_reasons
    from classifiers.places import known_place
    from pipeline.model import Document, Field
    from pipeline.settings import load_settings

    assert known_place("Esslingen am Neckar") and known_place("Stuttgart-Vaihingen") and known_place("Tuebingen")
    assert not known_place("Ich arbeite mit einem Lastenrad und einem Werkzeuganhänger")
    settings = load_settings(env={})

    def letter(ort, plz=None):
        fields = {"nachname": Field(value="Wehrle", confidence=0.95, page=1, bbox=None), "ort": Field(value=ort, confidence=0.95, page=1, bbox=None)}
        if plz:
            fields["plz"] = Field(value=plz, confidence=0.95, page=1, bbox=None)
        return Document(pages=[1], doc_type="sonstiges", confidence=0.95, fields=fields)

    assert review_reasons(letter("Ich arbeite mit einem Lastenrad und einem Werkzeuganhänger"), settings) == \
        ["ort: Ort unbekannt („Ich arbeite mit einem Lastenrad und …“)"]
    assert review_reasons(letter("Heubronn"), settings) == ["ort: Ort unbekannt („Heubronn“)"]  # misread
    assert review_reasons(letter("Emmendingen"), settings) == []


def test_the_models_other_on_a_new_layout_does_not_outvote_a_types_title_and_words():
    """The text model calls a real form "other" because its layout is new ("Antrag auf
    Weiterleistung von Wohngeld" under a title bar: 76 % "sonstiges" in probe2). Where the rules
    find the type's title and words at twice TYPE_WORDS_SURE, the rules decide; with weak
    rule evidence (a letter that only mentions a Bescheid) the model's "other" still counts."""
    from classifiers.classify import DEFAULT_MIX, TYPE_WORDS_SURE, combine, load_textcat

    _, meta = load_textcat()
    mix = {**DEFAULT_MIX, **(meta.get("mix") or {})}
    types = list(taxonomy().doc_types)
    model = {t: 0.03 for t in types} | {"sonstiges": 0.76}
    strong = {t: 0.0 for t in types if t != "sonstiges"} | {"wohngeldantrag": 2 * TYPE_WORDS_SURE + 2}
    scores = combine(model, strong, mix)
    assert max(scores, key=scores.get) == "wohngeldantrag" and scores["wohngeldantrag"] >= 0.8
    weak = {t: 0.0 for t in types if t != "sonstiges"} | {"widerspruch": mix["rule_floor"]}
    scores = combine(model, weak, mix)
    assert max(scores, key=scores.get) == "sonstiges"
    sure = {t: 0.01 for t in types} | {"sonstiges": 0.92}  # the model sure of "other" is heard
    scores = combine(sure, strong, mix)
    assert scores["wohngeldantrag"] < 0.8


def test_other_is_routed_on_its_own_only_where_nothing_points_to_a_type(monkeypatch):
    """probe5: a care home's registration written as a letter (the model says "other", the
    Wohnsitzanmeldung's words are there at the rules' floor) and a handwritten Wohngeld note the
    model takes for an objection came out "other" at 86-99 % and were routed. Typed as "other"
    while something points to a type, a document goes to a person; a letter with no type's words
    and the model saying "other" still routes as "other"."""
    import classifiers.classify as C

    types = list(taxonomy().doc_types)
    # the bar above which a type's words hold "other" back (a policy constant, not the trained mix)
    floor = C.TYPE_WORDS_SURE

    def run(rules, model):
        scores = {t: 0.0 for t in types if t != "sonstiges"} | rules
        monkeypatch.setattr(C, "rule_evidence", lambda text, title: (scores, scores))
        monkeypatch.setattr(C, "model_scores", lambda nlp, text: {t: 0.01 for t in types} | model)
        return C.classify_text("irgendein Brief")

    res = run({"wohnsitzanmeldung": floor}, {"sonstiges": 0.87, "widerspruch": 0.1})
    assert res.doc_type == "sonstiges" and res.confidence < 0.8
    res = run({"wohngeldantrag": 2.0}, {"widerspruch": 0.53, "sonstiges": 0.33})
    assert res.doc_type == "sonstiges" and res.confidence < 0.8
    # probe8: a Gewerbe portal's summary: one title word of a type (below the floor), the model
    # split (42 % "other") -- a person looks
    res = run({"gewerbeanmeldung": 2.0}, {"sonstiges": 0.42, "gewerbeanmeldung": 0.22})
    assert res.doc_type == "sonstiges" and res.confidence < 0.8
    res = run({}, {"sonstiges": 0.9})
    assert res.doc_type == "sonstiges" and res.confidence >= 0.8
    # a weak word alone ("Der Bauherr reagiert nicht" in a noise complaint) is no type's title
    res = run({"bauantrag": 1.0}, {"sonstiges": 0.48, "widerspruch": 0.2})
    assert res.doc_type == "sonstiges" and res.confidence >= 0.8


def test_a_type_threshold_above_one_sends_every_document_to_a_person():
    """README: "INTAKE_TYPE_THRESHOLD=1.01 sends every document to review" -- for mail of a kind
    not yet seen, until a held-out set of it routes right."""
    strict = load_settings(env={"INTAKE_TYPE_THRESHOLD": "1.01"})
    for doc_type, text in HELD_OUT.items():
        doc = analyse_document([_text_page(text)], strict)
        assert doc.status == "needs_review", doc_type
        assert any(r.startswith("Dokumenttyp unsicher") for r in doc.reasons)
    from tests.test_verify import FORM

    form = make_page(FORM)  # a complete Bewohnerparkausweis form: routed with the default threshold ...
    assert analyse_document([form], load_settings(env={})).status == "routed"
    assert analyse_document([form], strict).status == "needs_review"  # ... and not with 1.01


# Typed requests in the citizen's own words, written by hand and worded unlike the generator's letters.
CITIZEN_LETTERS = {
    "gewerbeanmeldung": """Sehr geehrte Damen und Herren,
        ab dem 1. März möchte ich mich mit einem kleinen Lieferdienst für Bioprodukte selbständig machen.
        Ich melde daher mein Gewerbe zum 01.03.2027 an. Ich bin am 02.04.1990 geboren.
        Mit freundlichen Grüßen Jonas Keller""",
    "wohnsitzanmeldung": """Guten Tag,
        zum 1. Dezember bin ich von Freiburg nach Heilbronn in die Wilhelmstraße 12 eingezogen und melde mich
        hiermit unter der neuen Anschrift an. Geboren bin ich am 17.06.1988.
        Viele Grüße Mara Lindqvist""",
}


@pytest.mark.parametrize("doc_type", sorted(CITIZEN_LETTERS))
def test_a_typed_request_written_as_a_letter_is_not_routed_as_other(doc_type):
    """A letter is not always an objection or an enquiry: a business or a move registered in the
    citizen's words gets its type, or at least does not go to manual triage unseen."""
    res = classify_text(CITIZEN_LETTERS[doc_type])
    assert res.doc_type == doc_type, (res.doc_type, res.confidence, res.rule_scores)
    doc = analyse_document([_text_page(CITIZEN_LETTERS[doc_type])], load_settings(env={}))
    assert not (doc.doc_type == "sonstiges" and doc.status == "routed")


def test_an_enquiry_about_a_types_matter_is_not_that_type_unseen():
    """Asking about a Wohngeld application is not applying for Wohngeld: it is 'other' or a person looks."""
    text = """Sehr geehrte Damen und Herren,
        vor zwei Monaten habe ich Wohngeld beantragt und noch nichts von Ihnen gehört.
        Bitte teilen Sie mir den Stand der Bearbeitung mit. Mit freundlichen Grüßen Eva Roth"""
    res = classify_text(text)
    assert res.doc_type == "sonstiges" or res.confidence < load_settings(env={}).type_threshold, res.scores


def test_a_registration_that_names_a_closed_business_does_not_route_as_other():
    """The second review of the fixes: a letter taking over a father's closed business counted
    against the registration and routed as "sonstiges" at 99 %."""
    doc = analyse_document([_text_page(
        """nach der Betriebsaufgabe meines Vaters möchte ich mich mit der Schreinerei zum 01.02.2027
        selbständig machen. Bitte registrieren Sie den Betrieb auf meinen Namen.""")], load_settings(env={}))
    assert not (doc.doc_type == "sonstiges" and doc.status == "routed"), (doc.doc_type, doc.confidence)


@pytest.mark.parametrize("text", [
    """hiermit melde ich zum 31.12.2026 mein Gewerbe ab und bitte um eine Bestätigung an meine Anschrift.
    Gegenstand des Gewerbes: Kiosk""",
    """Sehr geehrte Damen und Herren, zum Jahresende gebe ich meinen Betrieb auf (Betriebsaufgabe).
    Bitte teilen Sie mir mit, was ich für die Gewerbeabmeldung brauche. Mit freundlichen Grüßen""",
])
def test_closing_a_business_is_no_business_registration(text):
    """The second review: a Gewerbe-*Ab*meldung by letter was typed "gewerbeanmeldung" at 84 %."""
    res = classify_text(text)
    assert res.doc_type != "gewerbeanmeldung" or res.confidence < load_settings(env={}).type_threshold, res.scores


def test_an_offer_is_no_invoice_but_an_invoice_that_names_its_offer_is():
    """probe17's joiner's offer ("Angebot Nr. A-2028-066", net, VAT, gross) was typed an invoice.
    An offer or cost estimate is other mail; an invoice whose top refers to its offer stays one."""
    offer = ("Tischlerei Brüning GmbH\nStadt Delmenhorst\nAngebot Nr. A-2028-066\nDatum 29.03.2028\n"
             "Sehr geehrte Damen und Herren, wir bieten Ihnen an:\nPos. 1 Fenster 1.200,00\n"
             "Nettobetrag 11.568,00 EUR\nzzgl. 19 % MwSt. 2.197,92 EUR\nGesamtbetrag 13.765,92 EUR\n"
             "Das Angebot gilt 6 Wochen. Tischlerei Brüning GmbH, USt-IdNr. DE123456789")
    title = "Tischlerei Brüning GmbH\nStadt Delmenhorst\nAngebot Nr. A-2028-066"
    assert classify_text(offer, title).doc_type != "rechnung"
    invoice = offer.replace("Angebot Nr. A-2028-066", "Rechnung Nr. R-2028-101 zu unserem Angebot A-2028-066")
    assert classify_text(invoice, title.replace("Angebot Nr.", "Rechnung Nr. R-2028-101 zu Angebot")).doc_type == "rechnung"
