"""A stack scanned without separator sheets is parted into its documents by what the pages say
(classifiers/split.py)."""

from classifiers.split import page_mark, split_by_content
from tests.pagekit import make_page


def _page(no, lines, top=200):
    page = make_page([(200, top + 60 * i, line) for i, line in enumerate(lines)], page=no)
    return page


LETTER = ["Jan Wollenweber", "Oskar-Hoffmann-Straße 58", "44789 Bochum", "Stadt Bochum", "Bochum, den 25.03.2028",
          "Antrag auf einen Bewohnerparkausweis", "Sehr geehrte Damen und Herren,",
          "hiermit beantrage ich einen Bewohnerparkausweis für die Zone B."]


def _types(table):
    return lambda p: table[p.page]


def _parts(docs):
    return [[p.page for p in d] for d in docs]


def test_page_marks_are_read_as_printed_and_as_ocr_misreads_them():
    assert page_mark(_page(1, ["Stadt Paderborn - Bauantrag BA-1 Seite 3von 3"])) == (3, 3)
    assert page_mark(_page(1, ["— Seite | von 2 —"])) == (1, 2)  # a 1 read as a bar
    assert page_mark(_page(1, ["Jan Wollenweber — Antrag Bewohnerparkausweis - Seite 2"])) == (2, None)
    assert page_mark(_page(1, ["Die Seiten 3 bis 5 des Vertrags"])) is None


def test_letters_and_forms_of_other_types_in_one_stack_become_documents():
    pages = [_page(1, LETTER + ["— Seite 1 von 2 —"]),
             _page(2, ["Zu meiner Person: ...", "Mit freundlichen Grüßen", "— Seite 2 von 2 —"]),
             _page(3, ["Stadt Bochum Gewerbeanmeldung", "Familienname Sadowski"]),
             _page(4, ["Hanse- und Universitätsstadt Rostock", "Sehr geehrte Damen und Herren,",
                       "ich möchte einen Fischereischein beantragen."])]
    types = _types({1: ("bewohnerparkausweis", 0.9), 2: ("sonstiges", 0.6), 3: ("gewerbeanmeldung", 0.95),
                    4: ("sonstiges", 0.7)})
    # page 2 goes on (page 1 of 2 before it), page 3 is a form of another type the classifier is
    # sure of, page 4 opens a letter of another type
    assert _parts(split_by_content(pages, types)) == [[1, 2], [3], [4]]


def test_attachments_stay_with_the_document_they_are_attached_to():
    """A pay slip behind a Wohngeld form, the landlord's confirmation behind a Meldeschein: read
    alone they are no other type the classifier is sure of, and open no letter."""
    pages = [_page(1, ["Antrag auf Wohngeld", "Familienname Uhlig"]),
             _page(2, ["Entgeltabrechnung März 2028", "Sandra Uhlig", "Auszahlung 1.712,40 €"]),
             _page(3, ["Bestätigung des Wohnungsgebers nach § 19 BMG"])]
    types = _types({1: ("wohngeldantrag", 0.97), 2: ("sonstiges", 0.55), 3: ("wohnsitzanmeldung", 0.7)})
    assert _parts(split_by_content(pages, types)) == [[1, 2, 3]]


def test_a_page_that_says_the_document_goes_on_is_never_parted_from_it():
    # "bitte wenden" at the foot of the front, "Rückseite" on the back: one form, even where the
    # back alone reads as another type
    front = _page(1, ["Gewerbeanmeldung", "Familienname Sadowski", "bitte wenden"])
    back = _page(2, ["Gewerbeanmeldung - Blatt 1 (Rückseite)", "Angaben zum Betrieb"])
    types = _types({1: ("gewerbeanmeldung", 0.95), 2: ("widerspruch", 0.9)})
    assert _parts(split_by_content([front, back], types)) == [[1, 2]]
    # page 1 of 3 before it: the next page is page 2 whatever it reads as
    first = _page(1, ["Antrag auf Baugenehmigung", "Seite 1 von 3"])
    second = _page(2, ["Rechnung Nr. 4711 für die Vermessung"])
    types = _types({1: ("bauantrag", 0.95), 2: ("rechnung", 0.95)})
    assert _parts(split_by_content([first, second], types)) == [[1, 2]]


def test_a_page_one_starts_a_document_of_the_same_type():
    pages = [_page(1, ["Hundesteuer - Anmeldung", "Seite 1 von 1"]),
             _page(2, ["Hundesteuer - Anmeldung", "Seite 1 von 1"])]
    types = _types({1: ("hundesteuer_anmeldung", 0.95), 2: ("hundesteuer_anmeldung", 0.95)})
    assert _parts(split_by_content(pages, types)) == [[1], [2]]


def test_pages_are_typed_by_the_real_classifier_when_none_is_given():
    invoice = _page(1, ["Schlüsseldienst Schmid", "Rechnung Nr. 2028-0412", "Rechnungsdatum: 08.04.2028",
                        "Zylinderschloss ausgetauscht 120,00 €", "zzgl. 19 % MwSt. 22,80 €",
                        "Rechnungsbetrag 142,80 €", "IBAN DE23 4765 0130 0000 8291 74"])
    dog = _page(2, ["Stadt Konstanz - Steueramt", "Anmeldung eines Hundes zur Hundesteuer",
                    "nach der Hundesteuersatzung", "Hunderasse: Labrador Retriever",
                    "Beginn der Hundehaltung: 25.03.2028", "Name, Vorname: Gsell, Hannah"])
    assert _parts(split_by_content([invoice, dog])) == [[1], [2]]
    assert split_by_content([]) == [] and _parts(split_by_content([dog])) == [[2]]


def test_a_cover_letter_and_the_form_it_encloses_are_one_document():
    letter = _page(1, LETTER[:-2] + ["Gewerbeanmeldung - Fahrradwerkstatt", "Sehr geehrte Damen und Herren,",
                                     "anbei erhalten Sie das ausgefüllte Formular.", "Mit freundlichen Grüßen",
                                     "Anlage: Gewerbeanmeldung (1 Blatt)"])
    form = _page(2, ["Gewerbe-Anmeldung nach § 14 GewO", "Familienname Möbius", "Seite 1 von 1"])
    types = _types({1: ("gewerbeanmeldung", 0.9), 2: ("gewerbeanmeldung", 0.97)})
    assert _parts(split_by_content([letter, form], types)) == [[1, 2]]
    # the enclosure a letter names is not in the stack: the next page 1 of another type is its own
    types = _types({1: ("widerspruch", 0.9), 2: ("gewerbeanmeldung", 0.97)})
    assert _parts(split_by_content([letter, form], types)) == [[1], [2]]


def test_marks_that_promise_more_pages_yield_to_a_letter_of_another_type():
    """A form sent without its last pages ("Seite 2 von 4", then a letter): no form page opens
    with a salutation, so the letter is a document of its own."""
    form = _page(1, ["Antrag auf Wohngeld", "Seite 2 von 4"])
    letter = _page(2, LETTER)
    types = _types({1: ("wohngeldantrag", 0.97), 2: ("bewohnerparkausweis", 0.84)})
    assert _parts(split_by_content([form, letter], types)) == [[1], [2]]


def test_a_hint_about_the_back_under_a_forms_title_is_no_continuation():
    objection = _page(1, LETTER[:5] + ["Widerspruch gegen den Bescheid vom 02.03.2028",
                                       "Sehr geehrte Damen und Herren,"])
    form = _page(2, ["Anmeldung eines Hundes zur Hundesteuer",
                     "Bitte beachten Sie die Hinweise auf der Rückseite."])
    types = _types({1: ("widerspruch", 0.95), 2: ("hundesteuer_anmeldung", 1.0)})
    assert _parts(split_by_content([objection, form], types)) == [[1], [2]]


def test_the_copy_of_the_contested_notice_stays_with_the_objection():
    objection = _page(1, LETTER[:5] + ["Widerspruch gegen den Hundesteuerbescheid", "Sehr geehrte Damen und Herren,"])
    notice = _page(2, ["Stadt Bochum - Steueramt", "Hundesteuerbescheid 2028", "Sehr geehrte Frau Kaya,",
                       "für Ihren Hund setzen wir die Hundesteuer fest.", "Rechtsbehelfsbelehrung"])
    types = _types({1: ("widerspruch", 0.95), 2: ("hundesteuer_anmeldung", 1.0)})
    assert _parts(split_by_content([objection, notice], types)) == [[1, 2]]


def test_an_attachment_with_its_own_page_mark_stays():
    form = _page(1, ["Antrag auf Wohngeld", "Familienname Uhlig"])
    slip = _page(2, ["Entgeltabrechnung März 2028", "Seite 1 von 1"])
    types = _types({1: ("wohngeldantrag", 0.97), 2: ("sonstiges", 0.6)})
    assert _parts(split_by_content([form, slip], types)) == [[1, 2]]


def test_a_page_mark_misread_in_any_case_is_a_one():
    assert page_mark(_page(1, ["Seite i von 2"])) == (1, 2) and page_mark(_page(1, ["SEITE L VON 3"])) == (1, 3)
