"""The second reading of the values a document would be routed on (classifiers/verify.py,
pipeline/reread.py)."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from classifiers import analyse_document
from pipeline.model import SOURCE_TEXT_LAYER, Word
from pipeline.reread import Region, read_regions
from pipeline.settings import load_settings
from tests.makedocs import FONT
from tests.pagekit import make_page

FORM = [
    (200, 80, "Stadt Ludwigsburg - Straßenverkehrsbehörde", 40),
    (200, 150, "Antrag auf Erteilung eines Bewohnerparkausweises", 60),
    (200, 250, "für das Parken in der Bewohnerparkzone", 40),
    (200, 400, "Familienname:"), (900, 400, "Böhm"),
    (200, 470, "Vorname:"), (900, 470, "Jörg"),
    (200, 540, "Geburtsdatum:"), (900, 540, "03.07.1985"),
    (200, 610, "Straße, Hausnummer:"), (900, 610, "Lange Straße 5"),
    (200, 680, "PLZ, Ort:"), (900, 680, "71640 Ludwigsburg"),
    (200, 750, "Amtliches Kennzeichen:"), (900, 750, "LB-AB 1234"),
]


def _form(image_path="page.png", plz="71640", name="Böhm"):
    items = [(x, y, t.replace("71640", plz).replace("Böhm", name), *rest) for x, y, t, *rest in FORM]
    page = make_page(items)
    page.image_path = image_path
    return page


class FakeReader:
    """Reads back, for each region, the words given for the field whose box it is; records calls."""

    def __init__(self, page, second: dict[str, str], third: dict[str, str] | None = None,
                 grey: dict[str, str] | None = None, grey_third: dict[str, str] | None = None):
        self.page, self.second, self.third, self.calls = page, second, third or {}, []
        # the grey page's readings: None = the page kept no grey copy (reads as nothing)
        self.grey, self.grey_third = grey, grey_third or {}

    def _text_at(self, bbox, table):
        for w in self.page.words:
            if bbox[0] <= w.bbox[0] < bbox[2] and bbox[1] <= w.bbox[1] < bbox[3]:
                for key, text in table.items():
                    if key == w.text:
                        return text
        return None

    def __call__(self, regions, lang=None, scale=1.0, source="binary"):
        self.calls.append((len(regions), lang, scale) if source == "binary" else (len(regions), lang, scale, source))
        if source == "gray":
            if self.grey is None:
                return [[] for _ in regions]
            table = self.grey_third if scale != 1.0 else self.grey
        else:
            table = self.third if scale != 1.0 else self.second
        out = []
        for r in regions:
            text = self._text_at(r.bbox, table)
            if text is None:  # not named: read back as printed
                text = " ".join(w.text for w in self.page.words
                                if r.bbox[0] <= w.bbox[0] < r.bbox[2] and r.bbox[1] <= w.bbox[1] < r.bbox[3])
            out.append([Word(text=t, confidence=0.9, bbox=(0, 0, 10, 10)) for t in text.split()])
        return out


def test_agreeing_second_reading_routes_and_raises_confidence():
    settings = load_settings(env={})
    page = _form()
    plain = analyse_document([page], settings)
    reader = FakeReader(page, {})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.status == "routed" and not doc.reasons
    # the 7 required fields in one reading; the three of them with digits (birth date, house
    # number, postcode) once more on one enlarged sheet; the grey page is asked for but this page
    # kept none (a clean scan), so it reads nothing
    assert reader.calls == [(7, None, 1.0), (3, "deu+eng", 1.5), (7, None, 1.0, "gray")]
    assert doc.fields["plz"].confidence >= plain.fields["plz"].confidence


def test_a_confident_misreading_goes_to_review_naming_both_readings():
    settings = load_settings(env={})
    page = _form(plz="71648")  # the page reading: 71648; the paper says 71640
    reader = FakeReader(page, {"71648": "71640"}, {"71648": "71548"})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.status == "needs_review"
    assert any("plz" in r and "71648" in r and "71640" in r for r in doc.reasons), doc.reasons
    assert reader.calls[1] == (1, "deu+eng", 1.5)  # only the doubtful field read a third time


def test_two_cut_out_readings_of_other_valid_digits_than_the_page_reading_go_to_a_person():
    settings = load_settings(env={})
    page = _form(plz="71648")  # 71648 and 71640 are both postcodes: no reading knows which is printed
    doc = analyse_document([page], settings, reread=FakeReader(page, {"71648": "71640"}, {"71648": "71640"}))
    assert doc.status == "needs_review"
    assert any("plz" in r and "71648" in r and "71640" in r for r in doc.reasons), doc.reasons


def test_two_cut_out_readings_outvote_a_page_reading_that_fails_its_check():
    settings = load_settings(env={})
    items = [(x, y, "03.07.2985" if t == "03.07.1985" else t, *rest) for x, y, t, *rest in FORM]
    page = make_page(items)  # a birth date in the future: a misread digit
    page.image_path = "page.png"
    reader = FakeReader(page, {"03.07.2985": "03.07.1985"}, {"03.07.2985": "03.07.1985"})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.fields["geburtsdatum"].value == "1985-07-03"
    assert doc.status == "routed", doc.reasons


def test_an_amount_read_with_another_digit_by_both_cut_outs_goes_to_a_person():
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    # the page reads the rent "1.440,00" (as printed); both cut-outs read "1.449,00"
    doc = Document(pages=[1], doc_type="wohngeldantrag", confidence=0.95,
                   fields={"monatliche_miete": Field(value="1440.00", confidence=0.95, page=1,
                                                     bbox=(880, 602, 1054, 641), raw="1.440,00")})
    second = {"monatliche_miete": [Word("1.449,00", 0.9, (10, 10, 100, 40))]}
    third = {"monatliche_miete": [Word("1.449,00", 0.9, (10, 10, 100, 40))]}
    doubts = apply_readings(doc, second, third)
    assert doc.fields["monatliche_miete"].value == "1440.00"
    assert "1.449,00" in doubts["monatliche_miete"] or "1449.00" in doubts["monatliche_miete"], doubts


def test_cut_out_readings_that_lost_the_end_of_the_value_do_not_outvote_the_page():
    settings = load_settings(env={})
    page = _form()  # the page reading "Lange Straße 5"; both cut-outs miss the "5" at their edge
    doc = analyse_document([page], settings, reread=FakeReader(page, {"5": "Lange Straße"}, {"5": "Lange Straße"}))
    assert doc.fields["strasse"].value == "Lange Straße 5"
    assert doc.status == "needs_review" and any("strasse" in r for r in doc.reasons), doc.reasons


def test_a_required_value_unreadable_beside_its_label_is_taken_when_two_more_readings_agree():
    settings = load_settings(env={})
    items = [(x, y, "03.07.198" if t == "03.07.1985" else t, *rest) for x, y, t, *rest in FORM]
    page = make_page(items)  # the birth date's last digit lost on the page
    page.image_path = "page.png"
    assert analyse_document([page], settings).reasons == ["Pflichtfeld fehlt: geburtsdatum"]
    reader = FakeReader(page, {"03.07.198": "03.07.1985"}, {"03.07.198": "03.07.1985"})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.fields["geburtsdatum"].value == "1985-07-03"
    assert doc.status == "routed", doc.reasons
    # the two readings disagree: the field stays missing, a person decides
    reader = FakeReader(page, {"03.07.198": "03.07.1985"}, {"03.07.198": "08.07.1985"})
    doc = analyse_document([page], settings, reread=reader)
    assert "geburtsdatum" not in doc.fields and doc.reasons == ["Pflichtfeld fehlt: geburtsdatum"]


def test_a_postcode_read_as_letters_beside_its_label_is_read_again():
    """A bold "79117" read "TNF": no digit on the page beside "PLZ", but a postcode is printed in
    digits only, so the spot is read twice more and taken where both agree."""
    settings = load_settings(env={})
    items = [it for it in FORM if it[2] not in ("PLZ, Ort:", "71640 Ludwigsburg")]
    items += [(200, 680, "PLZ:"), (900, 680, "TNF"), (1300, 680, "Ort:"), (1500, 680, "Ludwigsburg")]
    page = make_page(items)
    page.image_path = "page.png"
    assert analyse_document([page], settings).reasons == ["Pflichtfeld fehlt: plz"]
    doc = analyse_document([page], settings, reread=FakeReader(page, {"TNF": "71640"}, {"TNF": "71640"}))
    assert doc.fields["plz"].value == "71640" and doc.status == "routed", doc.reasons
    doc = analyse_document([page], settings, reread=FakeReader(page, {"TNF": "71640"}, {"TNF": "TNF"}))
    assert "plz" not in doc.fields and doc.reasons == ["Pflichtfeld fehlt: plz"]


def test_dots_only_the_second_reading_saw_are_kept():
    settings = load_settings(env={})
    page = _form(name="Bohm")
    doc = analyse_document([page], settings, reread=FakeReader(page, {"Bohm": "Böhm"}))
    assert doc.fields["nachname"].value == "Böhm" and doc.status == "routed"


def test_text_layer_values_are_not_read_again():
    settings = load_settings(env={})
    page = _form()
    page.source = SOURCE_TEXT_LAYER
    reader = FakeReader(page, {})
    doc = analyse_document([page], settings, reread=reader)
    assert reader.calls == [] and doc.status == "routed"


def test_read_regions_reads_each_box_with_tesseract(tmp_path: Path):
    img = Image.new("L", (1400, 500), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 48)
    draw.text((100, 80), "Brötzingen", font=font, fill=0)
    draw.text((700, 80), "71640", font=font, fill=0)
    draw.text((100, 300), "21.4-2024/3964", font=font, fill=0)
    path = tmp_path / "page.png"
    img.save(path)
    boxes = [(100, 80, 400, 140), (700, 80, 860, 140), (100, 300, 500, 360)]
    words = read_regions([Region(str(path), b) for b in boxes], timeout=60)
    assert [" ".join(w.text for w in ws) for ws in words] == ["Brötzingen", "71640", "21.4-2024/3964"]
    # a region off the image is no value, not an error
    assert read_regions([Region(str(path), (5000, 5000, 5100, 5050))], timeout=60) == [[]]


def test_a_value_over_two_lines_is_read_back_line_by_line(tmp_path: Path):
    """A project description that wraps in its cell: its second line's words come after the first
    line's, not between them by their left edges."""
    img = Image.new("L", (1600, 300), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 44)
    draw.text((100, 60), "Neubau eines Doppelhauses", font=font, fill=0)
    draw.text((100, 125), "und Carport", font=font, fill=0)
    path = tmp_path / "page.png"
    img.save(path)
    (words,) = read_regions([Region(str(path), (100, 60, 800, 180))], timeout=60)
    assert " ".join(w.text for w in words) == "Neubau eines Doppelhauses und Carport"


def test_postcode_must_belong_to_the_place_beside_it():
    from classifiers.places import check

    assert check("73732", "Esslingen am Neckar") is None
    assert check("73732", "Esslingen") is None  # the qualifier left off
    assert check("70563", "Stuttgart-Vaihingen") is None  # a district
    assert check("72072", "Tubingen") is None  # the umlaut lost
    assert "73732" in check("13732", "Esslingen am Neckar")  # no such PLZ: the place's one a digit away
    assert "passt nicht" in check("70190", "Pforzheim")
    settings = load_settings(env={})
    page = _form(plz="71548")  # a PLZ of somewhere else, read confidently
    doc = analyse_document([page], settings)
    assert doc.status == "needs_review" and any("71548" in r for r in doc.reasons), doc.reasons


def test_a_value_printed_and_read_alike_elsewhere_is_not_outvoted_by_its_cut_out():
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    doc = Document(pages=[1], doc_type="rechnung",
                   fields={"lieferant": Field("IT-Service Meier OHG", 0.95, 1, [0, 0, 10, 10])})
    ti = [Word(t, 0.9, (i * 300, 0, i * 300 + 250, 40)) for i, t in enumerate(("TI-Service", "Meier", "OHG"))]
    page_text = "IT-Service Meier OHG Weinsberger Straße 75 ... IT-Service Meier OHG Deutsche Bank"
    assert apply_readings(doc, {"lieferant": ti}, {"lieferant": ti}, page_text) == {}
    assert doc.fields["lieferant"].value == "IT-Service Meier OHG"
    # printed once only: the two cut-out readings win
    doc.fields["lieferant"] = Field("IT-Service Meier OHG", 0.95, 1, [0, 0, 10, 10])
    apply_readings(doc, {"lieferant": ti}, {"lieferant": ti}, "IT-Service Meier OHG Weinsberger Straße 75")
    assert doc.fields["lieferant"].value == "TI-Service Meier OHG"


def test_names_written_with_letters_the_ocr_models_lack():
    from classifiers.places import special_letters

    assert special_letters("Ayse") == ("Ayşe", True)  # the usual spelling by far: put back
    assert special_letters("Sahin-Meier") == ("Şahin-Meier", True)
    assert special_letters("Zoe") == ("Zoë", False)  # both common: a person decides
    assert special_letters("Maria") is None and special_letters("Melanie") is None  # German names
    assert special_letters("Jovanovié") == ("Jovanović", False)  # "-ić" read as the "é" the models have
    assert special_letters("Marić-Weber") is None and special_letters("René") is None
    assert special_letters("Ayşe") is None and special_letters("Meier") is None
    # the letter the models lack read as another: "Rende" for "Renée", "Ay$e" -- a person looks
    assert special_letters("Rende") == ("Renée", False) and special_letters("Ay$e") == ("Ayşe", False)
    assert special_letters("Jost") is None and special_letters("Renz") is None  # names of their own
    settings = load_settings(env={})
    page = _form(name="Bohm")
    page.words = [w if w.text != "Jörg" else Word("Zoe", w.confidence, w.bbox) for w in page.words]
    doc = analyse_document([page], settings)
    assert doc.status == "needs_review" and any("Zoë" in r for r in doc.reasons), doc.reasons
    # read "Rende" on the page, "Renee" by both cut-outs: the readings' name gets its usual é
    page.words = [w if w.text != "Zoe" else Word("Rende", w.confidence, w.bbox) for w in page.words]
    doc = analyse_document([page], settings, reread=FakeReader(page, {"Rende": "Renee"}, {"Rende": "Renee"}))
    assert doc.fields["vorname"].value == "Renée"


def test_a_house_number_letter_printed_apart_is_split_where_the_paper_shows_a_space():
    import numpy as np

    from pipeline.reread import split_letter_suffix

    serif = ImageFont.truetype(FONT.replace("DejaVuSans.ttf", "DejaVuSerif.ttf"), 40)
    for text, expect, font in (("10 a", ["10", "a"], ImageFont.truetype(FONT, 40)),
                               ("10a", ["10a"], ImageFont.truetype(FONT, 40)),
                               ("11c", ["11c"], serif),  # the "1"s stand apart: as wide a gap as before the c
                               ("11 c", ["11", "c"], serif), ("1 a", ["1", "a"], serif)):
        img = Image.new("L", (400, 80), 255)
        ImageDraw.Draw(img).text((20, 15), text, font=font, fill=0)
        arr = np.array(img)
        ys, xs = np.nonzero(arr < 128)
        read = text.replace(" ", "")
        word = Word(read, 0.9, (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)))
        assert [w.text for w in split_letter_suffix(arr, word)] == expect, text


def test_an_impossible_postcode_is_set_right_by_the_place_beside_it():
    from classifiers.places import plz_by_place

    assert plz_by_place("13734", "Esslingen am Neckar") == "73734"  # a 7 read as 1
    assert plz_by_place("73734", "Esslingen am Neckar") is None  # a real postcode: left alone
    assert plz_by_place("70190", "Pforzheim") is None  # real, of another place: a person decides
    assert plz_by_place("73739", "Esslingen am Neckar") is None  # 73730 and 73733/4 are all one digit off
    settings = load_settings(env={})
    page = _form(plz="11640")  # 71640 Ludwigsburg, its 7 read as 1 -- and read so again
    doc = analyse_document([page], settings, reread=FakeReader(page, {}))
    assert doc.fields["plz"].value == "71640"
    assert doc.status == "routed", doc.reasons
    # the second reading sees yet another postcode: a person decides
    doc = analyse_document([page], settings, reread=FakeReader(page, {"11640": "71648"}, {"11640": "71548"}))
    assert doc.status == "needs_review"


def test_a_place_misread_beside_its_postcode_is_spelt_as_the_postcode_says():
    from classifiers.places import place_for

    assert place_for("74080", "Heubronn") == "Heilbronn"
    assert place_for("89077", "Um.") == "Ulm"
    assert place_for("89077", "Ulm") is None  # nothing to correct
    assert place_for("70190", "Pforzheim") is None  # another place altogether: a person decides


def test_a_parcel_number_whose_slash_may_have_been_read_as_a_digit_goes_to_review():
    settings = load_settings(env={})
    page = make_page([
        (200, 100, "Stadt Karlsruhe - Baurechtsamt", 40), (200, 150, "Bauantrag nach § 49 LBO", 60),
        (200, 400, "Name: Schuster"), (200, 470, "Vorname: Sophie"),
        (200, 540, "Straße, Hausnr.: Hölderlinstraße 102"), (200, 610, "PLZ, Ort: 76137 Karlsruhe"),
        (200, 680, "Gemarkung: Rüppurr"), (200, 750, "Flurstück-Nr.: 8700113"),
        (200, 820, "Bezeichnung des Vorhabens: Neubau einer Garage"),
    ])
    doc = analyse_document([page], settings)
    assert any("Flurstücksnummer unklar" in r for r in doc.reasons), doc.reasons


def _bauantrag(own_plz: str):
    """A building application with the applicant's section and the architect's below it."""
    page = make_page([
        (200, 80, "Stadt Esslingen am Neckar - Baurechtsamt", 40),
        (200, 150, "Antrag auf Baugenehmigung", 60),
        (200, 300, "1. Bauherr/in", 50),
        (200, 400, "Nachname:"), (900, 400, "Weißenböck"),
        (200, 470, "Vorname:"), (900, 470, "Mehmet"),
        (200, 540, "Straße, Hausnr.:"), (900, 540, "Am Mühlbach 100"),
        (200, 610, "Postleitzahl:"), (900, 610, own_plz),
        (200, 680, "Ort:"), (900, 680, "Esslingen am Neckar"),
        (200, 800, "2. Baugrundstück", 50),
        (200, 900, "Gemarkung:"), (900, 900, "Mettingen"),
        (200, 970, "Flurstück:"), (900, 970, "6167/17"),
        (200, 1100, "3. Bauvorhaben", 50),
        (200, 1200, "Bezeichnung des Vorhabens:"), (900, 1200, "Abbruch einer Scheune"),
        (200, 1350, "4. Entwurfsverfasser/in", 50),
        (200, 1450, "Name, Vorname:"), (900, 1450, "Braun, Sophie"),
        (200, 1520, "Anschrift:"), (900, 1520, "Gutenbergstraße 51, 73734 Esslingen am Neckar"),
    ])
    page.image_path = "page.png"
    return page


def test_the_architects_postcode_never_stands_in_for_the_applicants_unreadable_one():
    settings = load_settings(env={})
    page = _bauantrag("7.3A732")  # the applicant's PLZ unreadable on the page
    doc = analyse_document([page], settings)
    assert "plz" not in doc.fields and "Pflichtfeld fehlt: plz" in doc.reasons
    # read again at the applicant's label: both cut-outs agree, the document is routed
    reader = FakeReader(page, {"7.3A732": "73732"}, {"7.3A732": "73732"})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.fields["plz"].value == "73732" and doc.status == "routed", doc.reasons


def test_a_box_edge_read_as_a_digit_of_the_postcode_is_dropped_by_the_place_beside_it():
    settings = load_settings(env={})
    page = _bauantrag("173732")  # "73732" with the box's left edge read as "1"
    doc = analyse_document([page], settings, reread=FakeReader(page, {}))
    assert doc.fields["plz"].value == "73732"
    assert doc.status == "routed", doc.reasons  # the second reading shows the same six characters
    # where no postcode of the place lies inside the digits, nothing is guessed
    doc = analyse_document([_bauantrag("104609")], settings)
    assert "plz" not in doc.fields


def test_an_i_with_or_without_its_dot_is_for_a_person_to_decide():
    settings = load_settings(env={})
    page = _form(name="Aydin")
    doc = analyse_document([page], settings, reread=FakeReader(page, {"Aydin": "Aydın"}))
    assert doc.status == "needs_review"
    assert any("Aydin" in r and "Aydın" in r for r in doc.reasons), doc.reasons


def _invoice_doc(total: str):
    from pipeline.model import Document, Field

    return Document(pages=[1], doc_type="rechnung",
                    fields={"betrag_brutto": Field(total, 0.95, 1, [0, 0, 10, 10], raw=total, ocr_confidence=0.9)})


def _amount_words(text: str):
    return [Word(text, 0.9, (0, 0, 100, 40))]


def test_net_plus_vat_printed_on_the_invoice_decides_between_disagreeing_readings_of_the_total():
    from classifiers.verify import apply_readings

    text = ("Rechnung Nr. 4711 Pos. 1 Wartung 1.114,29 Nettobetrag 1.114,29 EUR zzgl. 19 % USt 211,71 EUR "
            "Gesamtbetrag 1.326,00 EUR")
    doc = _invoice_doc("1326.00")  # the page reads the total right, the cut-out "1.306,00"
    assert apply_readings(doc, {"betrag_brutto": _amount_words("1.306,00")},
                          {"betrag_brutto": _amount_words("1.506,00")}, text) == {}
    assert doc.fields["betrag_brutto"].value == "1326.00"
    doc = _invoice_doc("1306.00")  # the page misread it, the cut-outs read it right
    assert apply_readings(doc, {"betrag_brutto": _amount_words("1.326,00")}, {}, text) == {}
    assert doc.fields["betrag_brutto"].value == "1326.00"
    # neither reading is net plus VAT: a person decides
    doc = _invoice_doc("1306.00")
    doubts = apply_readings(doc, {"betrag_brutto": _amount_words("1.506,00")}, {}, text)
    assert "betrag_brutto" in doubts


def test_a_postcode_of_the_place_beside_it_outweighs_a_cut_out_reading_that_is_none():
    settings = load_settings(env={})
    page = _form()  # 71640 Ludwigsburg; the cut-out reads its first digit as 1
    doc = analyse_document([page], settings, reread=FakeReader(page, {"71640": "11640"}, {"71640": "11640"}))
    assert doc.fields["plz"].value == "71640" and doc.status == "routed", doc.reasons
    # the cut-out reads another postcode of Ludwigsburg: a person decides
    doc = analyse_document([page], settings, reread=FakeReader(page, {"71640": "71642"}, {"71640": "71644"}))
    assert doc.status == "needs_review"


def test_a_house_number_letter_read_once_with_and_once_without_its_space_keeps_the_space():
    settings = load_settings(env={})
    items = [(x, y, "Lange Straße 5a" if t == "Lange Straße 5" else t, *rest) for x, y, t, *rest in FORM]
    page = make_page(items)
    page.image_path = "page.png"
    doc = analyse_document([page], settings, reread=FakeReader(page, {"5a": "Lange Straße 5 a"}))
    assert doc.fields["strasse"].value == "Lange Straße 5 a" and doc.status == "routed", doc.reasons


def test_an_iban_passing_mod_97_on_the_page_outweighs_a_cut_out_reading_that_fails_it():
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    iban = "DE91600202904001197412"
    doc = Document(pages=[1], doc_type="wohngeldantrag",
                   fields={"iban": Field(iban, 0.95, 1, [0, 0, 10, 10], raw=iban, ocr_confidence=0.9)})
    assert apply_readings(doc, {"iban": [Word("DEI600202904001197412", 0.9, (0, 0, 100, 40))]}, {}) == {}
    assert doc.fields["iban"].value == iban
    # a page reading that fails mod 97 is never confirmed so
    bad = "DE91600202904001197413"
    doc.fields["iban"] = Field(bad, 0.5, 1, [0, 0, 10, 10], raw=bad, ocr_confidence=0.9)
    assert "iban" in apply_readings(doc, {"iban": [Word("DEI600202904001197413", 0.9, (0, 0, 100, 40))]}, {})


def test_a_plate_read_again_without_its_hyphen_is_the_same_plate_but_not_one_missing_a_digit():
    settings = load_settings(env={})
    page = _form()  # "LB-AB 1234"
    doc = analyse_document([page], settings, reread=FakeReader(page, {"LB-AB": "LBAB 1234"}, {"LB-AB": "LBAB 1234"}))
    assert doc.status == "routed", doc.reasons
    doc = analyse_document([page], settings, reread=FakeReader(page, {"LB-AB": "LBAB 12345"}, {"LB-AB": "LBAB 12345"}))
    assert doc.status == "needs_review" and any("kennzeichen" in r for r in doc.reasons), doc.reasons


def test_rn_read_as_m_in_a_common_name_is_for_a_person_to_decide():
    settings = load_settings(env={})
    page = _form(name="Wemer")  # "Werner", its rn read as m
    doc = analyse_document([page], settings, reread=FakeReader(page, {}))
    assert doc.status == "needs_review"
    assert any("Wemer" in r and "Werner" in r for r in doc.reasons), doc.reasons
    page = _form(name="Werner")
    assert analyse_document([page], settings, reread=FakeReader(page, {})).status == "routed"


def test_cut_out_readings_that_lost_the_first_digit_do_not_outvote_the_page():
    settings = load_settings(env={})
    items = [(x, y, "31.12.1985" if t == "03.07.1985" else t, *rest) for x, y, t, *rest in FORM]
    page = make_page(items)
    page.image_path = "page.png"
    doc = analyse_document([page], settings, reread=FakeReader(page, {"31.12.1985": "1.12.1985"},
                                                                 {"31.12.1985": "1.12.1985"}))
    assert doc.fields["geburtsdatum"].value == "1985-12-31"
    assert doc.status == "needs_review" and any("geburtsdatum" in r for r in doc.reasons), doc.reasons


def test_an_invoice_total_that_does_not_fit_net_plus_vat_goes_to_review():
    from classifiers.verify import invoice_total_doubt
    from pipeline.model import Document, Field

    text = "Zwischensumme 4.672,13 € zzgl. 19 % MwSt. 887,70 € Bruttobetrag 3.999,83 €"
    doc = Document(pages=[1], doc_type="rechnung", fields={"betrag_brutto": Field("3999.83", 0.9, 1, [0, 0, 1, 1])})
    assert "5559.83" in invoice_total_doubt(doc, text)
    doc.fields["betrag_brutto"].value = "5559.83"
    assert invoice_total_doubt(doc, text) is None
    # no VAT printed that fits a net amount: nothing to compare with
    assert invoice_total_doubt(doc, "Gesamtbetrag 3.999,83 € Kleinunternehmer nach § 19 UStG") is None


def test_a_plate_reading_with_small_letters_confirms_nothing():
    settings = load_settings(env={})
    page = _form()  # "LB-AB 1234"
    doc = analyse_document([page], settings, reread=FakeReader(page, {"LB-AB": "LB - DB 1234"}, {"LB-AB": "LB - ab 1234"}))
    assert doc.status == "needs_review" and any("kennzeichen" in r for r in doc.reasons), doc.reasons


def test_each_doubtful_value_is_read_a_third_time_on_its_own_sheet():
    settings = load_settings(env={})
    page = _form(plz="71648")  # two values the cut-out reads differently: the PLZ and the plate
    reader = FakeReader(page, {"71648": "71640", "LB-AB": "LB-AD 1234"})
    analyse_document([page], settings, reread=reader)
    # a value's third reading never shares its sheet with another's: how tesseract reads a sheet
    # depends on everything on it
    # (then the values with digits the first two readings agree on, birth date and house number,
    # once more together, enlarged)
    assert [c for c in reader.calls if c[2] != 1.0] == [(1, "deu+eng", 1.5), (1, "deu+eng", 1.5),
                                                        (2, "deu+eng", 1.5)]


def test_renee_read_with_any_letter_for_its_accented_e_is_for_a_person_but_not_guener():
    from classifiers.places import special_letters

    assert special_letters("Rense") == ("Renée", False)
    assert special_letters("Güner") is None and special_letters("Lia") is None  # names of their own


def test_a_postcode_read_differently_without_a_place_beside_it_goes_to_review():
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    doc = Document(pages=[1], doc_type="sonstiges",
                   fields={"plz": Field("71640", 0.95, 1, [0, 0, 10, 10], raw="71640", ocr_confidence=0.9)})
    doubts = apply_readings(doc, {"plz": [Word("11640", 0.9, (0, 0, 100, 40))]},
                            {"plz": [Word("71648", 0.9, (0, 0, 100, 40))]})
    assert doubts == {"plz": "Feld unsicher: plz (gelesen „71640“, zweite Lesung „11640“)"}


def test_a_place_its_cut_out_reads_as_nothing_is_settled_by_its_settled_postcode():
    """The cut-out of "Ludwigsburg" reads as nothing, twice; the postcode beside it, confirmed by
    its own readings, belongs to Ludwigsburg: the place stands. Where the postcode itself is in
    doubt, it settles nothing."""
    settings = load_settings(env={})
    page = make_page([(x, y, t.replace("Stadt Ludwigsburg - ", ""), *rest) for x, y, t, *rest in FORM])
    page.image_path = "page.png"  # the place is printed once: no repetition on the page settles it
    blank = {"Ludwigsburg": ""}
    doc = analyse_document([page], settings, reread=FakeReader(page, blank, third=blank))
    assert doc.status == "routed" and not doc.reasons and doc.fields["ort"].value == "Ludwigsburg"

    doubtful = {"Ludwigsburg": "", "71640": ""}
    doc = analyse_document([page], settings, reread=FakeReader(page, doubtful, third=doubtful))
    assert doc.status == "needs_review"
    assert any("ort" in r and "keinen Wert" in r for r in doc.reasons)


def test_a_date_whose_digits_one_reading_sees_otherwise_goes_to_a_person():
    """Page and second reading agree on 03.07.1985, the enlarged reading sees 08.07.1985: which
    is printed is not known, so a person looks. Where the second reading sees other digits and the
    enlarged one agrees with the page, two against one is no certainty either (a small "5" taken
    for "9" by two readings). A reading that lost a digit or read a letter for one is no such
    disagreement."""
    settings = load_settings(env={})
    page = _form()
    doc = analyse_document([page], settings, reread=FakeReader(page, {}, third={"03.07.1985": "08.07.1985"}))
    assert doc.status == "needs_review"
    assert any("geburtsdatum" in r and "vergrößert" in r for r in doc.reasons)

    doc = analyse_document([page], settings, reread=FakeReader(page, {"03.07.1985": "05.07.1985"}))
    assert doc.status == "needs_review" and doc.fields["geburtsdatum"].value == "1985-07-03"

    doc = analyse_document([page], settings, reread=FakeReader(page, {}, third={"Lange": "Lange Straße 5l"}))
    assert doc.status == "routed" and not doc.reasons


def test_grey_reading_that_contradicts_every_binary_reading_sends_the_document_to_a_person():
    """Every reading of the binarised page says 71640 (they share its pixels, so its misreadings);
    the grey page, and its enlarged reading, say 71642: neither is taken, a person decides."""
    settings = load_settings(env={})
    page = _form(plz="71640")
    doc = analyse_document([page], settings, reread=FakeReader(page, {}, grey={"71640": "71642"},
                                                              grey_third={"71640": "71642"}))
    assert doc.status == "needs_review"
    assert any("plz" in r and "71642" in r and "Graustufenbild" in r for r in doc.reasons)
    assert doc.fields["plz"].value == "71640"  # never taken from the grey reading


def test_grey_reading_settled_by_its_enlarged_reading_keeps_the_route():
    settings = load_settings(env={})
    page = _form()
    reader = FakeReader(page, {}, grey={"Lange": "Lange Straße 8"}, grey_third={})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.status == "routed" and not doc.reasons
    assert (1, "deu", 1.5, "gray") in reader.calls  # the one doubtful value, enlarged, on its own


def test_marks_lost_to_the_threshold_are_taken_back_when_both_grey_readings_have_them():
    """A faint fax binarised "Kaya & Sohne eK": the dots and full stops are gone from every binary
    reading. Both grey readings have them: the value takes them back and the document still routes
    (binarising loses such marks, it does not add them). A grey reading that changes a letter is no
    such restoration and goes to a person; one without the page's marks takes none away."""
    settings = load_settings(env={})

    def form(given):
        items = [(x, y, t.replace("Jörg", given), *rest) for x, y, t, *rest in FORM]
        page = make_page(items)
        page.image_path = "page.png"
        return page

    page = form("Hans Peter")
    doc = analyse_document([page], settings, reread=FakeReader(page, {}, grey={"Hans": "Hans-Péter"},
                                                              grey_third={"Hans": "Hans-Péter"}))
    assert doc.status == "routed" and not doc.reasons
    assert doc.fields["vorname"].value == "Hans-Péter"

    doc = analyse_document([page], settings, reread=FakeReader(page, {}, grey={"Hans": "Hans-Péter"},
                                                              grey_third={"Hans": "Hans-Petra"}))
    assert doc.status == "needs_review" and doc.fields["vorname"].value == "Hans Peter"
    page = form("Hans-Péter")  # the page has the marks: a grey reading without them takes none away
    doc = analyse_document([page], settings, reread=FakeReader(page, {}, grey={"Hans-Péter": "Hans Peter"},
                                                              grey_third={"Hans-Péter": "Hans Peter"}))
    assert doc.fields["vorname"].value == "Hans-Péter"


def test_grey_reading_with_words_added_at_the_cut_outs_edge_is_no_contradiction():
    settings = load_settings(env={})
    page = _form()
    reader = FakeReader(page, {}, grey={"Lange": "Lange ER TER Straße 5"})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.status == "routed" and not doc.reasons
    assert all(len(c) == 3 or c[2] == 1.0 for c in reader.calls)  # no enlarged grey reading needed


def test_grey_cut_outs_come_from_the_grey_copy_and_read_nothing_without_one(tmp_path):
    img = Image.new("L", (900, 200), 255)
    ImageDraw.Draw(img).text((60, 60), "Mühlburg 71640", fill=0, font=ImageFont.truetype(FONT, 48))
    binary = tmp_path / "page-0001.png"
    Image.new("L", (900, 200), 255).save(binary)  # the binarised page lost the print entirely
    region = Region(str(binary), (50, 50, 520, 120))
    assert read_regions([region], timeout=30, source="gray") == [[]]  # no grey copy: nothing run
    img.save(tmp_path / "page-0001.gray.jpg", quality=95)
    words = read_regions([region], timeout=30, source="gray")[0]
    assert " ".join(w.text for w in words) == "Mühlburg 71640"
    assert read_regions([region], timeout=30) == [[]]  # the binary page shows nothing


def test_dots_are_taken_from_a_sure_second_reading_only():
    """ "Kubler" read again as "Kübler" at 95 %: the dots were on the paper. "Pfarrgasse" read again
    as "Pfärrgasse" at 80 % (seed 181, a harsh fax): a speck, and the street keeps its spelling."""
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    def doc(value, field="nachname"):
        return Document(pages=[1], doc_type="sonstiges",
                        fields={field: Field(value, 0.95, 1, [0, 0, 10, 10], raw=value, ocr_confidence=0.93)})

    d = doc("Kubler")
    assert apply_readings(d, {"nachname": [Word("Kübler", 0.95, (0, 0, 100, 40))]}) == {}
    assert d.fields["nachname"].value == "Kübler"
    d = doc("Pfarrgasse 43", "strasse")
    apply_readings(d, {"strasse": [Word("Pfärrgasse", 0.70, (0, 0, 100, 40)), Word("43", 0.90, (110, 0, 150, 40))]})
    assert d.fields["strasse"].value == "Pfarrgasse 43"


def test_a_file_numbers_slash_read_as_one_is_taken_from_a_reading_that_passes_the_check():
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    def doc(value):
        return Document(pages=[1], doc_type="wohnsitzanmeldung",
                        fields={"aktenzeichen": Field(value, 0.9, 1, [0, 0, 10, 10], raw=value, ocr_confidence=0.9)})

    def read(text):
        return {"aktenzeichen": [Word(text, 0.9, (0, 0, 100, 40))]}

    d = doc("33.2-202411308")  # fails the check: a separator read as a digit; both cut-outs agree
    assert apply_readings(d, read("33.2-2024/1308"), read("33.2-2024/1308")) == {}
    assert d.fields["aktenzeichen"].value == "33.2-2024/1308"
    d = doc("33.2-202411308")  # the two cut-out readings put the slash in different places
    assert "aktenzeichen" in apply_readings(d, read("33.2-20241/308"), read("33.2-2024/1308"))
    d = doc("33.2-202411308")  # another digit differs too, no third reading agrees: a person looks
    assert "aktenzeichen" in apply_readings(d, read("33.2-2025/1308"), read("33.2-2026/1309"))


def test_a_grey_reading_with_a_separator_more_restores_no_marks():
    """ "Hauptstraße 1-3" for "Hauptstraße 13" adds a separator between digits: no mark the
    threshold dropped, and never taken."""
    from classifiers.verify import _marks_restored

    assert not _marks_restored("Hauptstraße 13", "Hauptstraße 1-3")
    assert _marks_restored("Kaya & Sohne eK", "Kaya & Söhne e.K.")
    # a thin hyphen between names is lost to the threshold like a dot
    assert _marks_restored("Hans Peter", "Hans-Peter")
    assert not _marks_restored("Hans Peter", "Hans-Peter-Udo")
    assert not _marks_restored("Sohne e.K.", "Söhne e-K.")  # a full stop is no hyphen


def test_a_house_number_of_four_digits_goes_to_a_person():
    settings = load_settings(env={})

    def street(number):
        items = [(x, y, f"Lange Straße {number}" if t == "Lange Straße 5" else t, *rest) for x, y, t, *rest in FORM]
        return analyse_document([make_page(items)], settings)

    assert street("129").status == "routed"
    doc = street("1292")  # "129 a" read with its letter as a digit; such numbers are rare
    assert doc.status == "needs_review"
    assert doc.reasons == ["strasse: Hausnummer unklar („Lange Straße 1292“)"]


def test_a_hyphen_in_a_cut_out_reading_stays_on_its_line_and_the_words_keep_their_order():
    from pipeline.reread import _reading_order

    def w(text, x0, y0, x1, y1):
        return Word(text, 0.95, (x0, y0, x1, y1))

    # tesseract's boxes of "HN - LH 8295" on a cut-out sheet: the hyphen is 4 px high and sits
    # below the letters' middle, "LH" has no descender ("LH HN - 8295" was read back, and two
    # such readings outvoted the page's right plate)
    plate = [w("HN", 47, 53, 127, 102), w("-", 143, 74, 156, 78), w("LH", 182, 53, 233, 89),
             w("8295", 258, 54, 373, 102)]
    assert [x.text for x in _reading_order(plate)] == ["HN", "-", "LH", "8295"]
    # the dots of a fill-in line under the baseline stay out of the value's line ...
    dotted = [w("Umbau", 10, 10, 150, 50), w("einer", 170, 20, 280, 50), w("Garage", 300, 10, 450, 62),
              w(".....", 155, 52, 165, 56), w("....", 285, 52, 295, 56)]
    assert [x.text for x in _reading_order(dotted)][:3] == ["Umbau", "einer", "Garage"]
    # ... and so does a smaller caption line under a word whose box reaches into it
    caption = [w("Jung", 10, 62, 110, 116), w("Bedachungen", 130, 62, 400, 106), w("GmbH", 420, 62, 520, 106),
               w("Inh.", 10, 112, 60, 134), w("Peter", 70, 112, 130, 134), w("Jung,", 140, 112, 200, 138)]
    assert [x.text for x in _reading_order(caption)] == ["Jung", "Bedachungen", "GmbH", "Inh.", "Peter", "Jung,"]
    # a value wrapped over two lines is still read line by line
    wrapped = [w("Doppelhauses", 300, 10, 560, 50), w("Neubau", 10, 12, 150, 50), w("und", 10, 70, 80, 108),
               w("eines", 160, 12, 290, 50), w("Carport", 90, 72, 240, 110)]
    assert [x.text for x in _reading_order(wrapped)] == ["Neubau", "eines", "Doppelhauses", "und", "Carport"]


def test_an_applicant_born_a_few_years_ago_is_another_date_of_the_form_and_goes_to_a_person():
    import datetime

    from classifiers import review_reasons
    from pipeline.model import Document, Field

    settings = load_settings(env={})
    recent = datetime.date.today() - datetime.timedelta(days=2 * 365 + 30)

    def form(born):
        items = [(x, y, born if t == "03.07.1985" else t, *rest) for x, y, t, *rest in FORM]
        return analyse_document([make_page(items)], settings)

    assert form("03.07.1985").status == "routed"
    # the birth date read as "30.06.1 990" and the zone's "seit" date taken instead: a parking
    # permit's applicant of two years
    doc = form(recent.strftime("%d.%m.%Y"))
    assert doc.status == "needs_review"
    assert doc.reasons == [f"geburtsdatum: Geburtsdatum unplausibel für die antragstellende Person "
                           f"(„{recent.isoformat()}“: 2 Jahre alt)"]
    assert form("30.06.1 990").fields["geburtsdatum"].value == "1990-06-30"  # the year's digits rejoined
    # a value not yet in its normal form is read as a date too
    unsettled = Document(pages=[1], doc_type="bewohnerparkausweis", confidence=0.95, fields={
        "geburtsdatum": Field(value=recent.strftime("%d.%m.%Y"), confidence=0.95, page=1, bbox=None)})
    assert any("unplausibel" in r for r in review_reasons(unsettled, settings))
    # a newborn is registered at its parents' address: no doubt there
    baby = Document(pages=[1], doc_type="wohnsitzanmeldung", confidence=0.95, fields={
        "geburtsdatum": Field(value=recent.isoformat(), confidence=0.95, page=1, bbox=None)})
    assert not any("unplausibel" in r for r in review_reasons(baby, settings))


def test_lines_the_page_reading_dropped_are_read_and_placed_on_the_page():
    """Tesseract's layout analysis now and then drops a whole column of a form (the filled-in
    values under dashed fill-in lines of a harsh scan): the page reading has the labels and no
    values. The lines no word covers are found and read, in page coordinates."""
    import numpy as np

    from pipeline import ocr
    from pipeline.reread import missed_lines, read_missed_lines

    img = Image.new("L", (1800, 700), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 40)
    rows = [("Vorname:", "Lea"), ("Geburtsdatum:", "30.06.1983"), ("Geburtsort:", "Ulm")]
    for i, (label, value) in enumerate(rows):
        draw.text((100, 100 + 150 * i), label, font=font, fill=0)
        draw.text((800, 100 + 150 * i), value, font=font, fill=0)
    for x, y in ((300, 600), (1200, 620), (1500, 80)):  # specks of dirt are no line
        draw.ellipse((x, y, x + 6, y + 6), fill=0)
    page = np.where(np.asarray(img) < 128, 0, 255).astype(np.uint8)
    words = ocr.ocr_page(page, lang="deu+eng", timeout=60, want_pdf=False).words
    assert missed_lines(page, words) == []  # everything was read: nothing more to read
    labels = [w for w in words if w.bbox[0] < 600]  # the reading that lost the values' column
    assert [w.text for w in labels] == ["Vorname:", "Geburtsdatum:", "Geburtsort:"]
    found = read_missed_lines(page, labels, lang="deu+eng", timeout=60)
    assert [w.text for w in found] == ["Lea", "30.06.1983", "Ulm"]
    for w, (_, value) in zip(found, rows):
        label = next(x for x in labels if x.text.startswith(_))
        # the value sits where it is printed: right of its label, on the label's line
        assert 790 <= w.bbox[0] <= 810
        assert abs((w.bbox[1] + w.bbox[3]) / 2 - (label.bbox[1] + label.bbox[3]) / 2) < 15
        assert w.confidence >= 0.5


def test_weak_lines_of_a_noisy_page_are_read_again_from_its_grey_copy():
    """Binarising a noisy scan loses strokes: a line read with low confidence ("Gebufisdalum
    3O.O6.l983") is read again from the grey page and replaced where that reading is surer; a
    line read well stays as it was, and every word keeps its place on the page."""
    import numpy as np

    from pipeline import ocr
    from pipeline.model import Word
    from pipeline.reread import read_weak_lines

    img = Image.new("L", (1800, 500), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 40)
    draw.text((100, 100), "Familienname: Kraus", font=font, fill=90)
    draw.text((100, 250), "Geburtsdatum: 30.06.1983", font=font, fill=90)
    gray = np.asarray(img)
    words = ocr.ocr_page(gray, lang="deu+eng", timeout=60, want_pdf=False).words
    good = [w for w in words if w.bbox[1] < 200]
    weak = [Word(text=t, confidence=0.3, bbox=w.bbox) for t, w in
            zip(["Gebufisdalum", "3O.O6.l983"], [w for w in words if w.bbox[1] > 200])]
    out, n = read_weak_lines(gray, good + weak, lang="deu+eng", timeout=60)
    assert n == 1
    assert [w.text for w in out] == ["Familienname:", "Kraus", "Geburtsdatum:", "30.06.1983"]
    for w, before in zip(out[2:], weak):
        assert abs(w.bbox[0] - before.bbox[0]) < 12 and abs(w.bbox[1] - before.bbox[1]) < 12
    # nothing weak: nothing read
    assert read_weak_lines(gray, good, lang="deu+eng", timeout=60) == (good, 0)


def test_two_cut_outs_against_the_page_and_its_grey_copy_leave_the_value_to_a_person():
    """The page read "Ayse" unsurely, both cut-outs of the binarised page "Ayge": the cut-outs'
    value was taken. The grey page reads "Ayse" as the page did: two readings on each side, so a
    person decides (the grey reading was once mistaken for the page's print with its end lost,
    because the taken value had been appended to the printed text)."""
    settings = load_settings(env={})
    items = [(x, y, t, *rest) for x, y, t, *rest in FORM if t != "Jörg"] + [(900, 470, "Ayse", 40, 0.34)]
    page = make_page(items)
    page.image_path = "page.png"
    reader = FakeReader(page, {"Ayse": "Ayge"}, {"Ayse": "Ayge"}, grey={"Ayse": "Ayse"})
    doc = analyse_document([page], settings, reread=reader)
    assert doc.status == "needs_review"
    assert any(r.startswith("Feld unsicher: vorname") and "Ayge" in r and "Ayse" in r for r in doc.reasons), doc.reasons


def test_a_plate_in_running_text_is_confirmed_by_its_characters_in_the_cut_out():
    """A letter: "... mit dem amtlichen Kennzeichen S Z 6972E (auf mich zugelassen)". The cut-out
    reads the sentence around the plate; a run of its words with the plate's characters, in
    capitals, confirms it -- a run with small letters does not."""
    from classifiers.verify import _agrees

    def words(text):
        return [Word(text=t, confidence=0.9, bbox=(0, 0, 10, 10)) for t in text.split()]

    assert _agrees("plate", "S-Z 6972E", None, words("Kennzeichen S Z 6972E (auf mich zugelassen)."))
    assert _agrees("plate", "KA-XC 5881", None, words("KAXC 5881"))
    assert not _agrees("plate", "S-Z 6972E", None, words("Kennzeichen 52. 6972E (auf mich zugelassen)."))
    assert not _agrees("plate", "PF-PY 12", None, words("PF - py 12"))


def test_a_faint_value_read_alike_enlarged_and_on_the_grey_page_gains_confidence():
    """A street whose house number the page read at low confidence: the cut-out, the enlarged
    cut-out and the grey page all read it alike -- four readings agreeing make it sure enough to
    route; the same value read alike only twice stays for a person."""
    from classifiers.verify import grey_check, wide_check
    from pipeline.model import Document, Field

    def doc():
        return Document(pages=[1], doc_type="hundesteuer_anmeldung", confidence=0.95,
                        fields={"strasse": Field(value="Theodor-Heuss-Allee 64a", confidence=0.6, page=1,
                                                 bbox=(897, 1241, 1619, 1295), raw="Theodor -Heuss-Allee 64a",
                                                 ocr_confidence=0.55)})

    def reader(text, conf=0.6):
        return lambda regions, **kw: [[Word(text=t, confidence=conf, bbox=(0, 0, 10, 10)) for t in text.split()]
                                      for _ in regions]

    d = doc()
    assert wide_check(d, ["strasse"], reader("Theodor -Heuss-Allee 64a"), lambda ns: [None] * len(ns)) == {}
    assert grey_check(d, ["strasse"], reader("Theodor-Heuss-Allee 64a"), lambda ns: [None] * len(ns)) == {}
    assert d.fields["strasse"].ocr_confidence > 0.8 and d.fields["strasse"].confidence > 0.8
    d = doc()  # the enlarged reading has another house number: no gain, a doubt
    assert "strasse" in wide_check(d, ["strasse"], reader("Theodor-Heuss-Allee 61a"), lambda ns: [None] * len(ns))
    assert d.fields["strasse"].ocr_confidence == 0.55


def test_a_file_numbers_letter_group_read_as_digits_by_the_cut_outs_keeps_the_pages_letters():
    """The page reads "32.4-OW-2028/0559", both cut-outs "32.4-0W-2028/0559": a file number's groups
    are letters or digits, so "0W" (a digit among letters) is the misreading; the other way round,
    the cut-outs' "2028" beats the page's "2O28"."""
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    def doc(value):
        return Document(pages=[1], doc_type="widerspruch", confidence=0.95,
                        fields={"aktenzeichen": Field(value=value, confidence=0.9, page=1, bbox=(10, 10, 300, 40),
                                                      raw=value, ocr_confidence=0.9)})

    def read(text):
        return {"aktenzeichen": [Word(text, 0.9, (10, 10, 300, 40))]}

    d = doc("32.4-OW-2028/0559")
    assert apply_readings(d, read("32.4-0W-2028/0559"), read("32.4-0W-2028/0559")) == {}
    assert d.fields["aktenzeichen"].value == "32.4-OW-2028/0559"
    d = doc("32.4-OW-2O28/0559")
    apply_readings(d, read("32.4-OW-2028/0559"), read("32.4-OW-2028/0559"))
    assert d.fields["aktenzeichen"].value == "32.4-OW-2028/0559"


def test_a_letter_among_a_file_numbers_digits_is_not_decided_by_the_page_reading():
    """Second review: "B1-4711/2028" printed, the page reads "81-4711/2028", both cut-outs "B1-...":
    a letter among digits may be printed so, so the two agreeing cut-outs are taken as before."""
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    d = Document(pages=[1], doc_type="widerspruch", confidence=0.95,
                 fields={"aktenzeichen": Field(value="81-4711/2028", confidence=0.9, page=1, bbox=(10, 10, 300, 40),
                                               raw="81-4711/2028", ocr_confidence=0.9)})
    read = {"aktenzeichen": [Word("B1-4711/2028", 0.9, (10, 10, 300, 40))]}
    apply_readings(d, read, dict(read))
    assert d.fields["aktenzeichen"].value == "B1-4711/2028"


def test_a_house_number_letter_read_apart_as_a_sliver_by_the_cut_outs_keeps_the_pages_reading():
    """Seed 13's harsh fax, routed wrong: the page read "Am Mühlbach 32c", both cut-outs "32" and a
    "C" whose box is 4 pixels wide and 51 tall -- no letter's shape, so no space the paper shows.
    A small letter read as its capital twin is the same reading; a letter of a letter's shape read
    apart keeps its space."""
    from classifiers.verify import apply_readings
    from pipeline.model import Document, Field

    def doc():
        return Document(pages=[1], doc_type="bauantrag", confidence=0.95,
                        fields={"strasse": Field(value="Am Mühlbach 32c", confidence=0.75, page=1,
                                                 bbox=(295, 1164, 721, 1218), raw="Am Mühlbach 32c")})

    def words(letter_box):
        return [Word("Am", 0.9, (50, 264, 101, 298)), Word("Mühlbach", 0.9, (130, 262, 337, 298)),
                Word("32", 0.9, (370, 264, 444, 315)), Word("C", 0.6, letter_box)]

    d = doc()
    assert apply_readings(d, {"strasse": words((467, 264, 471, 315))}, {"strasse": words((681, 71, 686, 148))}) == {}
    assert d.fields["strasse"].value == "Am Mühlbach 32c"
    d = doc()
    assert apply_readings(d, {"strasse": words((462, 280, 486, 315))}, {"strasse": words((462, 280, 486, 315))}) == {}
    assert d.fields["strasse"].value == "Am Mühlbach 32 C"


def test_an_invoice_with_both_vat_rates_has_its_total_fit_the_two_nets_and_taxes():
    """Plants at 7 % and their planting at 19 %: the total is both nets plus both taxes, printed as
    four separate amounts; a misread total still fits nothing."""
    from classifiers.verify import invoice_total_doubt
    from pipeline.model import Document, Field

    text = ("Netto zu 7 % 1.788,00 € Netto zu 19 % 2.272,00 € USt 7% 125,16 € USt 19 % 431,68 € "
            "Gesamtbetrag brutto 4.616,84 €")
    doc = Document(pages=[1], doc_type="rechnung", fields={"betrag_brutto": Field("4616.84", 0.9, 1, [0, 0, 1, 1])})
    assert invoice_total_doubt(doc, text) is None
    doc.fields["betrag_brutto"].value = "4616.34"  # a 8 read as a 3
    assert invoice_total_doubt(doc, text.replace("4.616,84", "4.616,34")) is not None
