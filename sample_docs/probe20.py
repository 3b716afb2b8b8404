"""A twentieth held-out probe set: SMALL TOWNS AND DISTRICT OFFICES, couples, companies and names as real mail has
them. 18 hand-made German documents of December 2028, every one of the spec's nine types twice, one page each,
addressed to small towns, a Samtgemeinde, an Amt, Verbandsgemeinden, Landkreise and Landratsämter: Sittensen, Soltau
and Amt Neuhaus (Niedersachsen); Lauterbach, Korbach (Landkreis Waldeck-Frankenberg) and Eschwege (Werra-Meißner-
Kreis) (Hessen); Haldensleben (Landkreis Börde), Wernigerode, Flechtingen and Egeln (Verbandsgemeinden) (Sachsen-
Anhalt); Münsingen, Bad Mergentheim and the Landratsamt Biberach (Baden-Württemberg); Zwiesel and the Landratsamt
Cham (Bayern); Losheim am See, Nohfelden and the Landkreis Merzig-Wadern (Saarland).

Seven are new official form designs: a Gewerbe-Anmeldung in numbered sections with check boxes, filed by a GmbH
through its managing director (company, register and business site in section 1, the director in section 2); a
Meldeschein in two columns "Person 1 | Person 2" for a couple moving in from Poland; a Wohngeld form with the
applicant's and the spouse's columns side by side, a household table and rent rows; a dog-tax form with a table of
TWO dogs; a parking-permit form whose car is kept by the applicant's mother and registered in another district
(Goslar, GS); a Bauantrag in numbered sections with check boxes and the designer's column; a "Bürgeranliegen" form of
a Verbandsgemeinde (a broken street light: sonstiges). Nine are letters: DIN 5008 letters (a widow moving in with her
son, a couple's Wohngeld letter written by the wife for her husband, a conservatory extension, an objection quoting
the office's hearing letter and the notice with two dates), informal letters (a dog registered by a young woman
living "c/o", a question to the district about the school bus) and three printed e-mails (a beautician's business
registration, a parking permit, an objection to a Kita fee). Two invoices: a roofing GmbH's final invoice whose
bold "Rechnungsbetrag" is what remains after a paid deposit, and a gardener's invoice, a sole trader without a legal
form. Names: Łukasz Wiśniewski and Emine Şahin with their diacritics, Thi Lan Nguyen as printed on a German ID card
(Nguyễn simplified), double surnames with hyphen (Schäfer-Dillinger, Pfeffer-Aschenbrenner, Rätzel-Bode); house
numbers "12-14", "3 1/2", "7a". Names, streets, places and postcodes belong together (the postcodes checked with
classifiers.places.plz_fits_place), the IBANs carry valid mod-97 check digits, the USt-IdNr. valid check digits, the
plates the area codes of the districts where the cars are registered.

Readings chosen where the spec leaves a choice (the docstrings say more):
- The applicant is the person the document is FOR and names as applicant: of a couple's Meldeschein "Person 1", of
  the Wohngeld form the column "Antragsteller/in" (not the spouse's), of the couple's letter the husband it names as
  applicant although his wife writes and both sign; a household phone and e-mail in the couple's letterhead are his.
- A GmbH's business registration is filed under its managing director: his name, birth date and HOME address
  (section 2 of the form), not the company's seat or business site; his phone and e-mail as section 2 gives them.
- "c/o" is no part of the street: a letter "Marlene Voß, c/o Garbers, Dorfstraße 5" is filed with strasse "Dorfstraße
  5". House numbers as printed ("Frauenauer Straße 12-14", "Bahnhofstraße 3 1/2", "Lindenstraße 7a").
- A dog-tax form with two dogs is filed with the FIRST dog of its table ("Hund 1"): its breed and its "gehalten seit";
  the second dog's breed and date are not fields.
- A car registered in another district keeps its own area code: the permit's kennzeichen is the plate as printed
  (GS-IB 614), whoever the keeper is; a husband's second car is no field.
- An invoice's amount is its gross total ("Gesamtbetrag brutto"), also where the bold last line "Rechnungsbetrag"
  is what remains after a paid deposit. A sole trader's supplier name is his name as in the footer (as probe10 and
  probe11 read it); an invoice with a Steuernummer only has no ust_id. "Ihr Zeichen" is the invoice's Aktenzeichen.
- The bescheid_datum of an objection is the date of the notice objected to, not of the office's earlier hearing
  letter nor of the citizen's own answer; the Aktenzeichen is the office's.
- The applicant's own values only: a spouse's, a son's, a child's birth dates, the old address abroad or in another
  town, the moving-out day, the company's address and its register number, the second dog, the architect's phone,
  the office's own phone and e-mail are never fields. Of a printed e-mail the sender's address (Von:) is the e-mail.
- flurstueck is the number alone ("112/7"), gemarkung as printed; the household size where printed as a digit; the
  rent the stated total.

    python -m sample_docs.probe20 --out DIR
    python -m classifiers.measure DIR --split all --out RESULTS

writes DIR/inbox/<name>.png (a clean 300-dpi render) and <name>_scan.jpg (turned 0.5-1.5 degrees, noisy, JPEG q70:
sample_docs.probe's degrade) and DIR/truth/<input>.json in the corpus's truth format (split "test"; tier clean /
scanned), 36 inputs, with the drawing helpers and output machinery of sample_docs.probe, probe2's check boxes and
truth checks (run before anything is written: normal form, validity, printed on the page, PLZ fits the place, every
required field there), probe4's signature, probe7's URW faces, probe8's ruled tables, probe9's fitting and box cells,
probe10's form footer, probe16's address window and totals and probe19's letterhead, e-mail header and form head.

It exists for an honest measurement of how classification and extraction carry over to documents never seen while
building them, so no fix may be made from it (once one is, it stops being held out: say so here). It was written
without reading the extractor, the classifier, the verifier, the label lists or the tests other than
tests/test_probe.py, and without running the pipeline on it or looking at any extraction output.

Measured once held out (sixteenth session, 2026-12-06, `intake process` of the 36 files, then `python -m
classifiers.evaluate`, page OCR read afresh), with the session's final extraction (f346ee8): type 100 %, field F1
91.7 %, straight-through 50.0 %, routed precision 72.2 % (18 routed, 5 wrong: the Gewerbe e-mail's activity with the
next row's "zum 2. Januar 2029" run on, clean and scanned; "Bahnhofstraße 3 1/2" filed as "Bahnhofstraße 3", clean
and scanned; the sole trader's invoice under his trade name "Gartenpflege Brandt" for "Uwe Brandt", scanned). The
session's starting code (5ef9d07) on the same files: F1 86.9 %, straight-through 44.4 %, routed precision 68.8 %
(16 routed, 5 wrong: the same five, the Gewerbe e-mail's two also with the office's mailbox
"gewerbeamt@lauterbach-hessen.de" as the applicant's e-mail). Two fixes
were made from it afterwards (a house number with a fraction; a description is not continued into the next row's
value), so it is a regression set since then; the trade name against the owner's name was left as it is (the
letterhead prints the trade name; which one a caseworker files for a sole trader is this set's reading).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sample_docs.probe import MM, write as _write
from sample_docs.probe2 import GREY, cbox, check_truth as _check_truth
from sample_docs.probe3 import INK
from sample_docs.probe4 import scribble
from sample_docs.probe7 import P7
from sample_docs.probe8 import grid_table
from sample_docs.probe9 import cell, fit
from sample_docs.probe10 import footer
from sample_docs.probe16 import totals, window
from sample_docs.probe19 import BLACK, HAND, body, form_head, head2, mail_header, section

DOCS: dict = {}
ABSENT_TYPES: tuple = ()


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------- drawing helpers of this set
def numsec(p, y, n, title, color, x0=20.0, x1=190.0, pt=9.5):
    """A numbered section head: the number white in a filled circle, the title bold beside it, a rule under both."""
    r = 2.6
    p.d.ellipse([(x0) * MM, (y) * MM, (x0 + 2 * r) * MM, (y + 2 * r) * MM], fill=color)
    p.t(x0 + r, y + 0.9, str(n), "hsans-b", pt, "c", fill=(255, 255, 255))
    p.t(x0 + 2 * r + 2.5, y + 0.9, title, "hsans-b", pt, fill=color)
    p.hl(x0, x1, y + 2 * r + 1.2, 0.25, color)
    return y + 2 * r + 2.5


def lv(p, x0, x1, y, label, value, lw=40.0, vf="hsans", vpt=10.5, lpt=8.5, fill=BLACK):
    """A label on the left and the value on a dotted line beside it (a two-column form's row); returns y under it."""
    p.t(x0, y + 0.8, label, "hsans", lpt, fill=(60, 60, 60))
    if value:
        p.t(x0 + lw, y, value, vf, fit(value, vf, vpt, x1 - x0 - lw - 1), fill=fill)
    x = x0 + lw
    rr = max(1, int(0.1 * MM))
    while x <= x1:
        p.d.ellipse([x * MM - rr, (y + 5.0) * MM - rr, x * MM + rr, (y + 5.0) * MM + rr], fill=(110, 110, 110))
        x += 1.0
    return y + 7.0


def sign_row(p, y, place_date, vf="hsans", vpt=10.5, right="Unterschrift", fill=BLACK, sig=True):
    p.t(22, y, place_date, vf, vpt, fill=fill)
    if sig:
        scribble(p, 122, y + 4, 30)
    p.hl(20, 95, y + 6, 0.2)
    p.hl(110, 190, y + 6, 0.2)
    p.t(20, y + 7, "Ort, Datum", "hsans", 7, fill=GREY)
    p.t(110, y + 7, right, "hsans", 7, fill=GREY)
    return y + 12


# ---------------------------------------------------------------- Gewerbe
@doc
def gew_gmbh_form():
    """Münsingen's (Baden-Württemberg) new Gewerbe-Anmeldung in NUMBERED SECTIONS with check boxes, for a GmbH: section
    1 the company (name, legal form ticked, register number, business site "Ernst-Bezler-Straße 12-14" with the
    company's phone), section 2 the managing director with his home "Im Sand 7a", section 3 the trade and its start,
    section 4 the kind of registration. Typed. Truth: the director (Tobias Gekeler) at his home address, his own
    phone and e-mail of section 2; not the company's seat, phone or register number."""
    p = P7()
    col = (0, 95, 60)
    y = form_head(p, "Stadt Münsingen", "Bürgermeisteramt · Ordnungsamt · Bachwiesenstraße 7 · 72525 Münsingen",
                  "Gewerbe-Anmeldung nach § 14 GewO", col, "Vordruck OA-G1 · 2028")
    vf, vpt = "cond", 10.5
    y = numsec(p, y + 3, 1, "Angaben zum Betrieb", col)
    cell(p, 20, y, 130, "Name der Firma (laut Handelsregister)", "Albtal Holztechnik GmbH", 9.5, vf, vpt, BLACK)
    cell(p, 130, y, 190, "Registergericht, Nummer", "AG Stuttgart HRB 789114", 9.5, vf, vpt, BLACK)
    y += 11.5
    p.t(20, y, "Rechtsform:", "hsans", 8.5)
    x = 42
    for lab, on in [("Einzelunternehmen", False), ("GbR", False), ("GmbH", True), ("UG (haftungsbeschränkt)", False),
                    ("sonstige", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 8.5) + 5
    y += 6
    cell(p, 20, y, 110, "Betriebsstätte: Straße, Hausnummer", "Ernst-Bezler-Straße 12-14", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "72525", 9.5, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Ort", "Münsingen", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 95, "Telefon des Betriebs", "07381 93820-0", 9.5, vf, vpt, BLACK)
    cell(p, 95, y, 190, "E-Mail des Betriebs", "info@albtal-holztechnik.de", 9.5, vf, vpt, BLACK)
    y = numsec(p, y + 13, 2, "Vertretungsberechtigte Person (Geschäftsführer/in)", col)
    cell(p, 20, y, 85, "Familienname", "Gekeler", 9.5, vf, vpt, BLACK)
    cell(p, 85, y, 150, "Vorname(n)", "Tobias", 9.5, vf, vpt, BLACK)
    cell(p, 150, y, 190, "Geburtsdatum", "22.06.1979", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 110, "Wohnanschrift: Straße, Hausnummer", "Im Sand 7a", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "72525", 9.5, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Wohnort", "Münsingen", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 95, "Telefon (mobil)", "0171 5528407", 9.5, vf, vpt, BLACK)
    cell(p, 95, y, 190, "E-Mail", "t.gekeler@albtal-holztechnik.de", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 95, "Staatsangehörigkeit", "deutsch", 9.5, vf, vpt, BLACK)
    cell(p, 95, y, 190, "Geburtsort", "Reutlingen", 9.5, vf, vpt, BLACK)
    y = numsec(p, y + 13, 3, "Angemeldete Tätigkeit", col)
    cell(p, 20, y, 190, "Genaue Bezeichnung der Tätigkeit",
         "Herstellung und Montage von Holzfenstern und Innentüren", 10, vf, vpt, BLACK)
    y += 10
    cell(p, 20, y, 80, "Beginn der Tätigkeit", "02.01.2029", 9.5, vf, vpt, BLACK)
    cell(p, 80, y, 190, "Zahl der Beschäftigten (ohne Geschäftsführer)", "4 Vollzeit, 1 Auszubildender", 9.5, vf,
         vpt, BLACK)
    y = numsec(p, y + 13, 4, "Art der Anmeldung", col)
    x = 20
    for lab, on in [("Neugründung", True), ("Übernahme", False), ("Zuzug aus anderem Meldebezirk", False),
                    ("Gründung nach Umwandlung", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 8.5) + 6
    y += 6
    p.t(20, y, "Handwerkskarte vorhanden:", "hsans", 8.5)
    cbox(p, 64, y, True, "ja (Tischlerhandwerk, HWK Reutlingen)", "hsans", 8.5)
    cbox(p, 130, y, False, "nein", "hsans", 8.5)
    y += 12
    sign_row(p, y, "Münsingen, 05.12.2028", vf, vpt, "Unterschrift Geschäftsführer/in")
    footer(p, "Stadt Münsingen · OA-G1 · Gebühr 40,00 €", "Seite 1 von 1", 287)
    return p, "gewerbeanmeldung", {"nachname": "Gekeler", "vorname": "Tobias", "geburtsdatum": "1979-06-22",
                                   "strasse": "Im Sand 7a", "plz": "72525", "ort": "Münsingen",
                                   "telefon": "01715528407", "email": "t.gekeler@albtal-holztechnik.de",
                                   "taetigkeit": "Herstellung und Montage von Holzfenstern und Innentüren",
                                   "beginn_datum": "2029-01-02"}


@doc
def gew_email():
    """A PRINTED E-MAIL to Lauterbach's (Hessen) Gewerbeamt: Emine Şahin registers a beauty salon; the salon's address
    on the market square beside her home address in the signature, the start "zum 2. Januar 2029", her birth date in a
    list, her husband helping out. Truth: her home address and mobile, the e-mail of "Von:"."""
    p = P7()
    p.t(20, 12, "Posteingang – Gewerbeamt", "lib-b", 12)
    p.hl(20, 190, 18.5, 0.3)
    y = mail_header(p, 22, [("Von:", "Emine Şahin <emine.sahin@gmx.de>"),
                            ("An:", "gewerbeamt@lauterbach-hessen.de"),
                            ("Gesendet:", "Montag, 4. Dezember 2028 21:17"),
                            ("Betreff:", "Gewerbeanmeldung Kosmetikstudio – Unterlagen")], "lib", 9.5, 22)
    p.hl(20, 190, y + 1, 0.2, GREY)
    y = body(p, y + 6, [
        "Sehr geehrte Damen und Herren,",
        "wie am Telefon besprochen möchte ich mein Gewerbe anmelden. Das ausgefüllte Formular schicke ich Ihnen noch "
        "unterschrieben per Post, hier schon einmal alle Angaben:",
        ], "lib", 10.5)
    for k, v in [("Name:", "Şahin, Emine"), ("Geboren:", "14.08.1992 in Alsfeld"),
                 ("Tätigkeit:", "Kosmetikstudio mit Nagelpflege"), ("Beginn:", "zum 2. Januar 2029"),
                 ("Betriebsstätte:", "Marktplatz 9 (Ladenlokal im Erdgeschoss), 36341 Lauterbach")]:
        p.t(26, y, k, "lib-b", 10.5)
        p.t(62, y, v, "lib", 10.5)
        y += 5.4
    y = body(p, y + 3, [
        "Angestellte habe ich vorerst keine; mein Mann Kemal hilft an den Samstagen an der Kasse aus. Eine "
        "Erlaubnis brauche ich nach Auskunft der Handwerkskammer für die Kosmetik nicht.",
        "Die Gebühr von 30 € kann ich gern überweisen, wenn Sie mir das Kassenzeichen schicken.",
        "Viele Grüße",
        ], "lib", 10.5)
    y = p.lines(20, y, ["Emine Şahin", "Hainigstraße 22", "36341 Lauterbach", "Mobil 0157 71409236"], "lib", 10.5,
                5.0)
    footer(p, "https://navigator.web.de/mail", "1/1", 287)
    return p, "gewerbeanmeldung", {"nachname": "Şahin", "vorname": "Emine", "geburtsdatum": "1992-08-14",
                                   "strasse": "Hainigstraße 22", "plz": "36341", "ort": "Lauterbach",
                                   "taetigkeit": "Kosmetikstudio mit Nagelpflege", "beginn_datum": "2029-01-02",
                                   "telefon": "015771409236", "email": "emine.sahin@gmx.de"}


# ---------------------------------------------------------------- Anmeldung der Wohnung
@doc
def meld_paar_form():
    """The Samtgemeinde Sittensen's (Niedersachsen) new Meldeschein in TWO COLUMNS "Person 1 | Person 2": a couple
    moving in from Gdańsk (the former address abroad), Łukasz Wiśniewski as Person 1 and his wife Joanna Wiśniewska
    as Person 2 with her own birth date and mobile, the new flat "Bahnhofstraße 3 1/2". Filled by hand. Truth: Person 1
    with the new flat, einzugsdatum 01.12.2028, his phone."""
    p = P7()
    col = (20, 70, 140)
    y = form_head(p, "Samtgemeinde Sittensen", "Bürgerbüro · Meldebehörde · Am Markt 11 · 27419 Sittensen",
                  "Anmeldung bei der Meldebehörde", col, "§ 17 BMG · MS-2 / 2028")
    p.box(20, y + 2, 190, y + 25, 0.3, fill=(234, 240, 250), outline=col)
    p.t(22, y + 3, "Neue Wohnung", "hsans-b", 9, fill=col)
    cell(p, 22, y + 8, 110, "Straße, Hausnummer", "Bahnhofstraße 3 1/2", 9, HAND, 11.5, INK)
    cell(p, 110, y + 8, 135, "PLZ", "27419", 9, HAND, 11.5, INK)
    cell(p, 135, y + 8, 188, "Gemeinde", "Sittensen", 9, HAND, 11.5, INK)
    p.t(24, y + 19, "Tag des Einzugs:", "hsans", 8.5)
    p.t(50, y + 18, "01.12.2028", HAND, 11.5, fill=INK)
    cbox(p, 100, y + 19, True, "alleinige Wohnung", "hsans", 8)
    cbox(p, 140, y + 19, False, "Nebenwohnung", "hsans", 8)
    y += 29
    p.box(20, y, 190, y + 15, 0.3, fill=(242, 242, 242), outline=GREY)
    p.t(22, y + 1, "Letzte frühere Wohnung", "hsans-b", 9, fill=GREY)
    cell(p, 22, y + 5, 135, "Anschrift", "ul. Grunwaldzka 102/4, 80-244 Gdańsk", 9, HAND, 11.5, INK)
    cell(p, 135, y + 5, 188, "Staat", "Polen", 9, HAND, 11.5, INK)
    y += 20
    lx, c1, c2 = 20, 62, 126
    p.box(lx, y, 190, y + 6.5, 0.2, fill=(225, 233, 246))
    p.t(lx + 1.5, y + 1.4, "Angaben zur Person", "hsans-b", 8.5)
    p.t(c1 + 1.5, y + 1.4, "Person 1 (meldepflichtig)", "hsans-b", 8.5)
    p.t(c2 + 1.5, y + 1.4, "Person 2 (Ehegatte/in)", "hsans-b", 8.5)
    y += 6.5
    rows = [("Familienname", "Wiśniewski", "Wiśniewska"), ("Vornamen", "Łukasz", "Joanna"),
            ("Geburtsdatum", "03.05.1990", "11.11.1991"), ("Geburtsort", "Gdańsk", "Sopot"),
            ("Geschlecht", "männlich", "weiblich"), ("Staatsangehörigkeit", "polnisch", "polnisch"),
            ("Familienstand", "verheiratet", "verheiratet"), ("Telefon", "0176 30481952", "0176 30482217")]
    for lab, a, b in rows:
        p.box(lx, y, 190, y + 7.5, 0.2)
        p.t(lx + 1.5, y + 2.2, lab, "hsans", 8)
        p.t(c1 + 2, y + 1.3, a, HAND, fit(a, HAND, 11.5, c2 - c1 - 3), fill=INK)
        p.t(c2 + 2, y + 1.3, b, HAND, fit(b, HAND, 11.5, 190 - c2 - 3), fill=INK)
        y += 7.5
    for x in (c1, c2):
        p.d.line([(x * MM, (y - 6.5 - 7.5 * len(rows)) * MM), (x * MM, y * MM)], fill=(0, 0, 0), width=2)
    y += 6
    p.wrap(20, y, "Ziehen mehrere Personen gemeinsam ein, genügt die Unterschrift von Person 1 für alle. Die "
           "Wohnungsgeberbestätigung (§ 19 BMG) ist beizufügen.", 170, "hsans", 8, 3.8)
    y += 14
    p.t(22, y, "Sittensen, 04.12.2028", HAND, 11.5, fill=INK)
    p.t(122, y, "Ł. Wiśniewski", HAND, 12.5, fill=INK)
    p.hl(20, 95, y + 6, 0.2)
    p.hl(110, 190, y + 6, 0.2)
    p.t(20, y + 7, "Ort, Datum", "hsans", 7, fill=GREY)
    p.t(110, y + 7, "Unterschrift Person 1", "hsans", 7, fill=GREY)
    footer(p, "Samtgemeinde Sittensen · Bürgerbüro · Telefon 04282 9300-0", "Seite 1 von 1", 287)
    return p, "wohnsitzanmeldung", {"nachname": "Wiśniewski", "vorname": "Łukasz", "geburtsdatum": "1990-05-03",
                                    "strasse": "Bahnhofstraße 3 1/2", "plz": "27419", "ort": "Sittensen",
                                    "einzugsdatum": "2028-12-01", "telefon": "017630481952"}


@doc
def meld_brief():
    """A widow's DIN 5008 letter to the Gemeinde Losheim am See (Saarland): double surname Schäfer-Dillinger, she
    moves into her son's house; the old flat in Saarlouis with its moving-out day, the move-in day, her son's name and
    birth date, her birth date at the end. Truth: her values at the new address, einzugsdatum 02.12.2028."""
    p = P7()
    y = head2(p, "Renate Schäfer-Dillinger", ["Zum Stausee 14", "66679 Losheim am See", "Telefon 06872 887312"],
              "bookman", "bookman-b", 13, 9.5, align="r")
    window(p, 45, "R. Schäfer-Dillinger · Zum Stausee 14 · 66679 Losheim am See",
           ["Gemeinde Losheim am See", "Bürgerbüro / Einwohnermeldeamt", "Merziger Straße 3",
            "66679 Losheim am See"], "bookman", 10.5, 5.0)
    p.t(190, 84, "Losheim am See, 6. Dezember 2028", "bookman", 10, "r")
    p.t(20, 95, "Anmeldung meines Wohnsitzes", "bookman-b", 11)
    y = body(p, 105, [
        "Sehr geehrte Damen und Herren,",
        "hiermit melde ich meinen Wohnsitz in Losheim am See an. Ich bin am 2. Dezember 2028 in die "
        "Einliegerwohnung im Haus meines Sohnes, Zum Stausee 14, 66679 Losheim am See, eingezogen. Es ist meine "
        "einzige Wohnung.",
        "Meine bisherige Wohnung in Saarlouis, Lothringer Straße 21, 66740 Saarlouis, habe ich zum 30.11.2028 "
        "aufgegeben und den Haushalt aufgelöst.",
        "Mein Sohn, Herr Frank Dillinger (geb. 17.03.1976), ist Eigentümer des Hauses; seine Bestätigung als "
        "Wohnungsgeber lege ich bei. Er wohnt mit seiner Familie im Obergeschoss und ist dort schon lange gemeldet.",
        "Zu meiner Person: Ich bin am 07.02.1951 in Merzig geboren, verwitwet und deutsche Staatsangehörige. Weil ich "
        "nicht mehr Auto fahre, wäre ich Ihnen dankbar, wenn die Anmeldung schriftlich erledigt werden könnte.",
        "Mit freundlichen Grüßen"], "bookman", 10.5)
    scribble(p, 22, y + 8, 34)
    p.t(20, y + 11, "Renate Schäfer-Dillinger", "bookman", 10.5)
    p.t(20, y + 20, "Anlagen: Wohnungsgeberbestätigung, Kopie Personalausweis", "bookman", 9)
    return p, "wohnsitzanmeldung", {"nachname": "Schäfer-Dillinger", "vorname": "Renate",
                                    "geburtsdatum": "1951-02-07", "strasse": "Zum Stausee 14", "plz": "66679",
                                    "ort": "Losheim am See", "einzugsdatum": "2028-12-02",
                                    "telefon": "06872887312"}


# ---------------------------------------------------------------- Wohngeld
@doc
def wg_paar_form():
    """The Landkreis Börde's (Sachsen-Anhalt) new Wohngeld form in TWO COLUMNS: the applicant (Thi Lan Nguyen, as
    printed on her German ID card) on the left, her husband under "Ehegatte/Lebenspartner/in (nicht Antragsteller)"
    on the right, each with birth date and phone; a household table of four, rent rows and their total, the IBAN.
    Typed. Truth: her values, 4 persons, 685.00."""
    p = P7()
    col = (120, 40, 110)
    y = form_head(p, "Landkreis Börde", "Wohngeldbehörde · Gerikestraße 104 · 39340 Haldensleben",
                  "Antrag auf Wohngeld – Mietzuschuss", col, "WG-BK 01 · 12/2028")
    vf, vpt = "hsans", 10.5
    y = numsec(p, y + 3, 1, "Antragstellende Person und Ehegatte / Lebenspartner/in", col)
    p.t(20, y + 1, "Antragsteller/in", "hsans-b", 9.5)
    p.t(108, y + 1, "Ehegatte/Lebenspartner/in (nicht Antragsteller)", "hsans-b", 9.5)
    yl = yr = y + 6
    for lab, v in [("Familienname", "Nguyen"), ("Vorname(n)", "Thi Lan"), ("Geburtsdatum", "19.09.1985"),
                   ("Straße, Nr.", "Hagenstraße 29"), ("PLZ, Ort", "39340 Haldensleben"),
                   ("Telefon", "03904 4718830")]:
        yl = lv(p, 20, 102, yl, lab, v, 28, vf, vpt)
    for lab, v in [("Familienname", "Nguyen"), ("Vorname(n)", "Van Duc"), ("Geburtsdatum", "02.02.1982"),
                   ("Straße, Nr.", "wie Antragsteller/in"), ("PLZ, Ort", ""), ("Telefon", "0152 24470915")]:
        yr = lv(p, 108, 190, yr, lab, v, 28, vf, vpt)
    y = numsec(p, max(yl, yr) + 3, 2, "Haushaltsmitglieder (einschließlich antragstellender Person)", col)
    y = grid_table(p, 20, y + 1, [(70, "l"), (35, "l"), (65, "l")], ["Name, Vorname", "Geburtsdatum",
                                                                     "Verhältnis zur antragstellenden Person"],
                   [["Nguyen, Thi Lan", "19.09.1985", "Antragstellerin"], ["Nguyen, Van Duc", "02.02.1982",
                                                                           "Ehemann"],
                    ["Nguyen, Minh Anh", "23.06.2014", "Tochter"], ["Nguyen, Bao", "08.01.2019", "Sohn"]],
                   "hsans", 9, "hsans-b", 6.0, 6.0, (240, 228, 238))
    p.t(20, y + 2.5, "Anzahl der Haushaltsmitglieder insgesamt:", "hsans", 9)
    p.box(90, y + 1.2, 102, y + 7.5, 0.3)
    p.t(96, y + 2.3, "4", vf, 10.5, "c")
    y = numsec(p, y + 12, 3, "Miete", col)
    for lab, v in [("Grundmiete (kalt)", "495,00 €"), ("Nebenkosten (ohne Heizung)", "110,00 €"),
                   ("Heizkosten", "80,00 €")]:
        p.t(22, y + 1, lab, "hsans", 9)
        p.t(160, y + 0.5, v, vf, 10, "r")
        p.hl(120, 162, y + 5.2, 0.12, GREY)
        y += 6
    p.t(22, y + 1.5, "Gesamtmiete monatlich", "hsans-b", 9.5)
    p.box(118, y + 0.5, 162, y + 7, 0.35)
    p.t(160, y + 1.3, "685,00 €", "hsans-b", 10.5, "r")
    y = numsec(p, y + 12, 4, "Bankverbindung", col)
    cell(p, 20, y, 85, "Kontoinhaber/in", "Thi Lan Nguyen", 9.5, vf, vpt, BLACK)
    cell(p, 85, y, 190, "IBAN", "DE15 8105 5000 0301 8845 27", 9.5, vf, vpt, BLACK)
    y += 15
    sign_row(p, y, "Haldensleben, 07.12.2028", vf, vpt, "Unterschrift antragstellende Person")
    footer(p, "Landkreis Börde · Wohngeldbehörde · Tel. 03904 7240-0", "Seite 1 von 1", 287)
    return p, "wohngeldantrag", {"nachname": "Nguyen", "vorname": "Thi Lan", "geburtsdatum": "1985-09-19",
                                 "strasse": "Hagenstraße 29", "plz": "39340", "ort": "Haldensleben",
                                 "telefon": "039044718830", "haushaltsmitglieder": "4",
                                 "monatliche_miete": "685.00", "iban": "DE15810550000301884527"}


@doc
def wg_paar_brief():
    """A COUPLE's DIN 5008 letter to the Landkreis Waldeck-Frankenberg's Wohngeldstelle in Korbach (Hessen): the
    letterhead names both, the WIFE writes, and says the applicant is her husband, with both birth dates (hers after
    his), "2 Personen", the rent warm with its parts, his pension and her mini-job, his IBAN; both sign. Truth: the
    husband (Dieter Frese), the household's phone and e-mail of the letterhead."""
    p = P7()
    y = head2(p, "Dieter und Monika Frese", "Am Hauptbahnhof 3 · 34497 Korbach · Tel. 05631 61948 · "
              "frese.korbach@t-online.de", "pala", "pala-b", 14, 8.5, rule=(80, 80, 80))
    window(p, 45, "D. u. M. Frese · Am Hauptbahnhof 3 · 34497 Korbach",
           ["Landkreis Waldeck-Frankenberg", "Fachdienst Wohngeld", "Südring 2", "34497 Korbach"], "pala", 10.5, 5.0)
    p.t(190, 82, "Korbach, 08.12.2028", "pala", 10.5, "r")
    p.t(20, 93, "Antrag auf Wohngeld (Mietzuschuss)", "pala-b", 11)
    y = body(p, 103, [
        "Sehr geehrte Damen und Herren,",
        "hiermit beantragen wir Wohngeld. Antragsteller ist mein Ehemann, Herr Dieter Frese, geboren am 12.04.1958. "
        "Ich, Monika Frese, geboren am 30.08.1960, schreibe für uns beide, weil mein Mann nach seiner Operation "
        "noch schlecht sehen kann. Er hat den Antrag mit unterschrieben.",
        "Unser Haushalt besteht aus 2 Personen. Wir wohnen zur Miete in einer Dreizimmerwohnung, Am Hauptbahnhof 3 in "
        "Korbach. Die Miete beträgt seit Oktober monatlich 590,00 € warm (Kaltmiete 440,00 €, Nebenkosten und "
        "Heizung 150,00 €).",
        "Mein Mann bezieht eine Altersrente von 1.212,40 € netto, ich verdiene in einem Minijob 520,00 € im Monat. "
        "Die Bescheide und den Mietvertrag legen wir in Kopie bei.",
        "Das Wohngeld überweisen Sie bitte auf das Konto meines Mannes: IBAN DE06 5235 0005 0000 9128 36 "
        "(Sparkasse Waldeck-Frankenberg).",
        "Mit freundlichen Grüßen"], "pala", 10.5)
    scribble(p, 22, y + 8, 28)
    scribble(p, 92, y + 8, 28)
    p.t(20, y + 11, "Dieter Frese", "pala", 10)
    p.t(90, y + 11, "Monika Frese", "pala", 10)
    p.t(20, y + 20, "Anlagen: Rentenbescheid, Lohnabrechnung, Mietvertrag", "pala", 9)
    return p, "wohngeldantrag", {"nachname": "Frese", "vorname": "Dieter", "geburtsdatum": "1958-04-12",
                                 "strasse": "Am Hauptbahnhof 3", "plz": "34497", "ort": "Korbach",
                                 "telefon": "0563161948", "email": "frese.korbach@t-online.de",
                                 "haushaltsmitglieder": "2", "monatliche_miete": "590.00",
                                 "iban": "DE06523500050000912836"}


# ---------------------------------------------------------------- Hundesteuer
@doc
def dog_zwei_form():
    """Zwiesel's (Bayern) new dog-tax form with a TABLE of TWO dogs (Hund 1: Berner Sennenhund, since 01.12.2028;
    Hund 2: Border-Collie-Mischling, since 09.12.2028), the keeper with a double surname at "Frauenauer Straße
    12-14", a SEPA mandate. Typed. Truth (the set's reading): the first dog of the table."""
    p = P7()
    col = (30, 100, 150)
    y = form_head(p, "Stadt Zwiesel", "Steueramt · Stadtplatz 27 · 94227 Zwiesel",
                  "Anmeldung zur Hundesteuer", col, "HSt-A · 2028")
    vf, vpt = "tw", 10.5
    y = numsec(p, y + 3, 1, "Hundehalter/in", col)
    cell(p, 20, y, 90, "Familienname", "Pfeffer-Aschenbrenner", 9.5, vf, vpt, BLACK)
    cell(p, 90, y, 145, "Vorname", "Kerstin", 9.5, vf, vpt, BLACK)
    cell(p, 145, y, 190, "Geburtsdatum", "25.01.1977", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 110, "Straße, Hausnummer", "Frauenauer Straße 12-14", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "94227", 9.5, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Ort", "Zwiesel", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 90, "Telefon", "09922 802517", 9.5, vf, vpt, BLACK)
    cell(p, 90, y, 190, "E-Mail", "k.pfeffer-aschenbrenner@web.de", 9.5, vf, vpt, BLACK)
    y = numsec(p, y + 13, 2, "Angaben zu den Hunden", col)
    y = grid_table(p, 20, y + 1, [(14, "c"), (50, "l"), (22, "l"), (26, "l"), (28, "l"), (30, "l")],
                   ["Nr.", "Rasse", "Geschlecht", "Wurfdatum", "gehalten seit", "Herkunft"],
                   [["Hund 1", "Berner Sennenhund", "Rüde", "03/2027", "01.12.2028", "Züchterin"],
                    ["Hund 2", "Border-Collie-Mischling", "Hündin", "ca. 2025", "09.12.2028", "Tierheim"]],
                   "tw", 9, "hsans-b", 7.0, 6.5, (222, 234, 244))
    y += 4
    p.t(20, y, "Gefährlicher Hund (Kampfhund) im Sinne der Satzung:", "hsans", 8.5)
    cbox(p, 100, y, False, "ja", "hsans", 8.5)
    cbox(p, 114, y, True, "nein", "hsans", 8.5)
    y += 6
    p.t(20, y, "Steuerermäßigung / -befreiung beantragt:", "hsans", 8.5)
    cbox(p, 100, y, False, "ja", "hsans", 8.5)
    cbox(p, 114, y, True, "nein", "hsans", 8.5)
    y = numsec(p, y + 10, 3, "SEPA-Lastschriftmandat (Gläubiger-ID DE72ZZZ00000088214)", col)
    p.wrap(20, y + 1, "Ich ermächtige die Stadt Zwiesel, die Hundesteuer für alle oben genannten Hunde von meinem "
           "Konto mittels Lastschrift einzuziehen.", 170, "hsans", 8.5, 4.0)
    cell(p, 20, y + 10, 85, "Kontoinhaber/in", "Kerstin Pfeffer-Aschenbrenner", 9.5, vf, vpt, BLACK)
    cell(p, 85, y + 10, 190, "IBAN", "DE47 7415 1450 0002 2077 19", 9.5, vf, vpt, BLACK)
    y += 30
    sign_row(p, y, "Zwiesel, 11.12.2028", vf, vpt)
    footer(p, "Stadt Zwiesel · Steueramt · Telefon 09922 8405-0", "Seite 1 von 1", 287)
    return p, "hundesteuer_anmeldung", {"nachname": "Pfeffer-Aschenbrenner", "vorname": "Kerstin",
                                        "geburtsdatum": "1977-01-25", "strasse": "Frauenauer Straße 12-14",
                                        "plz": "94227", "ort": "Zwiesel", "telefon": "09922802517",
                                        "email": "k.pfeffer-aschenbrenner@web.de",
                                        "hunderasse": "Berner Sennenhund", "haltungsbeginn": "2028-12-01",
                                        "iban": "DE47741514500002207719"}


@doc
def dog_co_brief():
    """An INFORMAL letter to the Gemeinde Amt Neuhaus (Niedersachsen): a young woman living "c/o Garbers" on a farm
    registers the dog she took over from her aunt; the aunt's town, the dog's birth year, her birth date, her mobile
    and e-mail in the letterhead under the c/o line. Truth: strasse "Dorfstraße 5" (c/o is no part of it),
    Labrador-Mischling since 28.11.2028."""
    p = P7()
    y = head2(p, "Marlene Voß", ["c/o Garbers", "Dorfstraße 5, 19273 Amt Neuhaus",
                                 "0160 95527148 · marlene.voss@posteo.de"], "gothic", "gothic-b", 14, 9)
    p.lines(20, 48, ["Gemeinde Amt Neuhaus", "Steuern und Abgaben", "Am Markt 4", "19273 Amt Neuhaus"], "gothic",
            10.5, 5.0)
    p.t(190, 74, "Amt Neuhaus, 03.12.28", "gothic", 10, "r")
    p.t(20, 85, "Hundesteuer – neuer Hund", "gothic-b", 11)
    y = body(p, 95, [
        "Hallo liebe Gemeinde,",
        "ich wohne seit dem Sommer bei Familie Garbers auf dem Hof (daher das c/o im Briefkopf) und habe seit dem "
        "28. November 2028 einen Hund. Es ist Bruno, ein Labrador-Mischling, geboren 2022. Er gehörte bisher meiner "
        "Tante in Lüneburg, die ihn aus gesundheitlichen Gründen abgeben musste; dort war er auch angemeldet.",
        "Ich selbst bin am 16.06.1999 geboren. Ein Formular habe ich auf Ihrer Internetseite nicht gefunden, deshalb "
        "schreibe ich Ihnen so. Wenn Sie noch etwas brauchen, melden Sie sich gern per Mail.",
        "Die Steuer überweise ich, sobald ich den Bescheid habe. Die Hundemarke können Sie mir an die Adresse oben "
        "schicken.",
        "Viele Grüße"], "gothic", 10.5)
    p.t(22, y + 3, "Marlene Voß", HAND, 15, fill=INK)
    return p, "hundesteuer_anmeldung", {"nachname": "Voß", "vorname": "Marlene", "geburtsdatum": "1999-06-16",
                                        "strasse": "Dorfstraße 5", "plz": "19273", "ort": "Amt Neuhaus",
                                        "hunderasse": "Labrador-Mischling", "haltungsbeginn": "2028-11-28",
                                        "telefon": "016095527148", "email": "marlene.voss@posteo.de"}


# ---------------------------------------------------------------- Bewohnerparkausweis
@doc
def park_fremd_form():
    """Wernigerode's (Sachsen-Anhalt) new parking-permit form with check boxes: the applicant in the old town, the car
    KEPT BY HIS MOTHER and registered in the Landkreis Goslar (Niedersachsen): "GS-IB 614", the keeper's name and town
    in a row, the zone ticked. Truth: his values, kennzeichen GS-IB 614."""
    p = P7()
    col = (160, 30, 30)
    y = form_head(p, "Stadt Wernigerode", "Ordnungsamt · Straßenverkehrsbehörde · Marktplatz 1 · 38855 Wernigerode",
                  "Antrag auf Ausstellung eines Bewohnerparkausweises", col, "BPA-WR · 2028")
    vf, vpt = "hsans", 10.5
    y = numsec(p, y + 3, 1, "Bewohnerparkzone", col)
    x = 20
    for lab, on in [("Zone A – Altstadt", True), ("Zone B – Nöschenrode", False), ("Zone C – Bahnhof", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 9) + 8
    y = numsec(p, y + 8, 2, "Antragsteller/in", col)
    cell(p, 20, y, 80, "Name", "Baumgart", 9.5, vf, vpt, BLACK)
    cell(p, 80, y, 140, "Vorname", "Jonas", 9.5, vf, vpt, BLACK)
    cell(p, 140, y, 190, "Geburtsdatum", "09.10.1997", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 110, "Straße, Hausnummer (Hauptwohnung)", "Breite Straße 41", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "38855", 9.5, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Ort", "Wernigerode", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 80, "Telefon", "0159 06613842", 9.5, vf, vpt, BLACK)
    cell(p, 80, y, 190, "E-Mail", "jonas.baumgart@gmx.net", 9.5, vf, vpt, BLACK)
    y = numsec(p, y + 13, 3, "Fahrzeug", col)
    cell(p, 20, y, 80, "Amtliches Kennzeichen", "GS-IB 614", 10, "hsans-b", 12, BLACK)
    cell(p, 80, y, 140, "Fabrikat / Typ", "Skoda Fabia", 10, vf, vpt, BLACK)
    cell(p, 140, y, 190, "Zulassungsbezirk", "Landkreis Goslar", 10, vf, vpt, BLACK)
    y += 13
    p.t(20, y, "Das Fahrzeug ist zugelassen auf:", "hsans", 9)
    cbox(p, 72, y, False, "mich", "hsans", 9)
    cbox(p, 90, y, True, "eine andere Person (Nutzungsnachweis liegt bei)", "hsans", 9)
    y += 6
    cell(p, 20, y, 110, "Halter/in (Name, Vorname)", "Baumgart, Ingrid (Mutter)", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 190, "Wohnort des Halters", "38640 Goslar", 9.5, vf, vpt, BLACK)
    y += 14
    p.wrap(20, y, "Ein Bewohnerparkausweis wird nur für ein Fahrzeug erteilt, das auf die antragstellende Person "
           "zugelassen ist oder von ihr nachweislich dauerhaft genutzt wird. Die Gebühr beträgt 30,00 € je "
           "Kalenderjahr.", 170, "hsans", 8.5, 4.0)
    y += 18
    sign_row(p, y, "Wernigerode, 05.12.2028", vf, vpt)
    footer(p, "Stadt Wernigerode · Ordnungsamt · Telefon 03943 654-0", "Seite 1 von 1", 287)
    return p, "bewohnerparkausweis", {"nachname": "Baumgart", "vorname": "Jonas", "geburtsdatum": "1997-10-09",
                                      "strasse": "Breite Straße 41", "plz": "38855", "ort": "Wernigerode",
                                      "kennzeichen": "GS-IB 614", "telefon": "015906613842",
                                      "email": "jonas.baumgart@gmx.net"}


@doc
def park_email():
    """A PRINTED E-MAIL to Bad Mergentheim's (Baden-Württemberg) Bürgerbüro renewing a resident's permit: the old
    permit's number and expiry, her plate "TBB-DH 227", her husband's second car "TBB-HM 88" that needs none, her
    birth date and address in the signature. Truth: her plate and values, the "Von:" address."""
    p = P7()
    y = mail_header(p, 14, [("Von:", "Daniela Haug <daniela.haug@web.de>"),
                            ("Gesendet:", "Donnerstag, 7. Dezember 2028 07:58"),
                            ("An:", "buergerbuero@bad-mergentheim.de"),
                            ("Betreff:", "Verlängerung Bewohnerparkausweis Altstadt")], "hsans", 9.5, 24)
    p.hl(20, 190, y + 1, 0.3)
    y = body(p, y + 7, [
        "Sehr geehrte Damen und Herren,",
        "mein Bewohnerparkausweis für die Altstadt (Nr. BP-2027-0412) läuft am 31.12.2028 ab. Ich möchte ihn für "
        "2029 verlängern bzw. einen neuen Ausweis beantragen.",
        "Mein Auto ist unverändert ein blauer Opel Corsa mit dem Kennzeichen TBB-DH 227, zugelassen auf mich. Der "
        "Wagen meines Mannes (TBB-HM 88) steht in der Firmengarage und braucht keinen Ausweis.",
        "Ich wohne weiterhin in der Burgstraße 21. Mein Geburtsdatum: 28.03.1984. Eine Kopie der Zulassungsbescheinigung "
        "Teil I hänge ich als PDF an.",
        "Die Gebühr können Sie gern wie letztes Jahr abbuchen.",
        "Freundliche Grüße",
        ], "hsans", 10.5)
    y = p.lines(20, y, ["Daniela Haug", "Burgstraße 21", "97980 Bad Mergentheim", "Tel. 07931 562109"], "hsans",
                10.5, 5.0)
    p.t(20, y + 4, "Anhang: Zulassungsbescheinigung_TBB-DH227.pdf (412 KB)", "hsans", 8.5, fill=GREY)
    footer(p, "Gedruckt am 07.12.2028 08:40 – Stadtverwaltung Bad Mergentheim, Posteingang", "Seite 1", 287)
    return p, "bewohnerparkausweis", {"nachname": "Haug", "vorname": "Daniela", "geburtsdatum": "1984-03-28",
                                      "strasse": "Burgstraße 21", "plz": "97980", "ort": "Bad Mergentheim",
                                      "kennzeichen": "TBB-DH 227", "telefon": "07931562109",
                                      "email": "daniela.haug@web.de"}


# ---------------------------------------------------------------- Bauantrag
@doc
def bau_brief():
    """A DIN 5008 letter to the Landkreis Merzig-Wadern's building authority (Saarland): a conservatory extension in
    Wadern-Dagstuhl, "Gemarkung Dagstuhl, Flur 4, Flurstück 112/7", the architect's office in Merzig with its phone,
    the man's birth date. Truth: the writer, gemarkung "Dagstuhl", flurstueck "112/7"."""
    p = P7()
    y = head2(p, "Stefan Backes", "Im Hofgarten 3 | 66687 Wadern | Tel. 06871 920443 | s.backes@t-online.de",
              "libserif", "libserif-b", 14, 9, rule=(0, 0, 0))
    window(p, 45, "Stefan Backes, Im Hofgarten 3, 66687 Wadern",
           ["Landkreis Merzig-Wadern", "Untere Bauaufsichtsbehörde", "Bahnhofstraße 44", "66663 Merzig"],
           "libserif", 11, 5.2)
    p.t(190, 84, "Wadern, 1. Dezember 2028", "libserif", 11, "r")
    y = p.lines(20, 95, ["Bauantrag: Anbau eines Wintergartens an das bestehende Wohnhaus",
                         "Baugrundstück Im Hofgarten 3, Wadern-Dagstuhl"], "libserif-b", 11, 5.2)
    y = body(p, y + 4, [
        "Sehr geehrte Damen und Herren,",
        "hiermit beantrage ich die Baugenehmigung für den Anbau eines Wintergartens an das bestehende Wohnhaus auf "
        "meinem Grundstück. Das Grundstück ist im Liegenschaftskataster eingetragen als Gemarkung Dagstuhl, Flur 4, "
        "Flurstück 112/7.",
        "Die Bauvorlagen (Bauzeichnungen, Lageplan, Baubeschreibung und Berechnung der Grundflächenzahl) hat das "
        "Architekturbüro Weber & Klein, Merzig, erstellt (Ansprechpartnerin Frau Dipl.-Ing. Sandra Klein, Tel. "
        "06861 770215). Fachliche Fragen zu den Plänen richten Sie bitte direkt dorthin.",
        "Bauherr bin ich allein; ich bin am 14.07.1971 geboren und Eigentümer des Grundstücks. Die "
        "Bauantragsgebühr überweise ich nach Erhalt des Bescheids.",
        "Mit freundlichen Grüßen"], "libserif", 11)
    scribble(p, 22, y + 8, 30)
    p.t(20, y + 11, "Stefan Backes", "libserif", 11)
    p.lines(20, y + 22, ["Anlagen:", "Bauvorlagen in dreifacher Ausfertigung, Auszug aus der Liegenschaftskarte"],
            "libserif", 9, 4.2)
    return p, "bauantrag", {"nachname": "Backes", "vorname": "Stefan", "geburtsdatum": "1971-07-14",
                            "strasse": "Im Hofgarten 3", "plz": "66687", "ort": "Wadern", "gemarkung": "Dagstuhl",
                            "flurstueck": "112/7",
                            "vorhaben": "Anbau eines Wintergartens an das bestehende Wohnhaus",
                            "telefon": "06871920443", "email": "s.backes@t-online.de"}


@doc
def bau_form():
    """The Landratsamt Cham's (Bayern) new Bauantrag in NUMBERED SECTIONS with check boxes: Bauherrin and
    Entwurfsverfasser side by side (his address in Cham, his phone), the plot with its own locality, Gemarkung / Flur
    / Flurstück in a row, the project, the procedure ticked. Truth: the Bauherrin, Gemarkung "Bad Kötzting",
    flurstueck "1487/2"."""
    p = P7()
    col = (0, 90, 140)
    y = form_head(p, "Landratsamt Cham", "Bauamt · Untere Bauaufsichtsbehörde · Rachelstraße 6 · 93413 Cham",
                  "Antrag auf Baugenehmigung (Art. 64 BayBO)", col, "eingereicht über die Gemeinde")
    vf, vpt = "hsans", 10
    y = numsec(p, y + 3, 1, "Bauherr/in und Entwurfsverfasser/in", col)
    yl = yr = y + 1
    for cap, v in [("Bauherr/in: Name", "Vogl"), ("Vorname", "Brigitte"), ("Geburtsdatum", "30.10.1966"),
                   ("Straße, Hausnummer", "Ludwigstraße 9"), ("PLZ, Ort", "93444 Bad Kötzting"),
                   ("Telefon", "09941 903377")]:
        cell(p, 20, yl, 102, cap, v, 9.5, vf, vpt, BLACK)
        yl += 9.5
    for cap, v in [("Entwurfsverfasser/in: Name, Vorname", "Hofmann, Andreas (Dipl.-Ing. FH)"),
                   ("Büro", "Ingenieurbüro Hofmann"), ("Bauvorlageberechtigung", "Liste BayIKa Nr. 28411"),
                   ("Straße, Hausnummer", "Further Straße 17"), ("PLZ, Ort", "93413 Cham"),
                   ("Telefon", "09971 85120")]:
        cell(p, 108, yr, 190, cap, v, 9.5, vf, vpt, BLACK)
        yr += 9.5
    y = numsec(p, max(yl, yr) + 4, 2, "Baugrundstück", col)
    cell(p, 20, y, 80, "Gemarkung", "Bad Kötzting", 9.5, vf, vpt, BLACK)
    cell(p, 80, y, 115, "Flur", "–", 9.5, vf, vpt, BLACK)
    cell(p, 115, y, 155, "Flurstück(e)", "1487/2", 9.5, vf, vpt, BLACK)
    cell(p, 155, y, 190, "Ortsteil", "Liebenstein", 9.5, vf, vpt, BLACK)
    y = numsec(p, y + 13, 3, "Bauvorhaben", col)
    cell(p, 20, y, 190, "Bezeichnung des Vorhabens", "Neubau einer landwirtschaftlichen Maschinenhalle", 10, vf,
         vpt, BLACK)
    y += 13
    x = 20
    for lab, on in [("Neubau", True), ("Änderung", False), ("Nutzungsänderung", False), ("Abbruch", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 9) + 8
    y = numsec(p, y + 8, 4, "Verfahren", col)
    x = 20
    for lab, on in [("Baugenehmigungsverfahren (Art. 60)", False), ("vereinfachtes Verfahren (Art. 59)", True),
                    ("Vorbescheid (Art. 71)", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 9) + 7
    y += 8
    p.t(20, y, "Privilegiertes Vorhaben im Außenbereich (§ 35 Abs. 1 BauGB):", "hsans", 9)
    cbox(p, 118, y, True, "ja", "hsans", 9)
    cbox(p, 132, y, False, "nein", "hsans", 9)
    y += 14
    p.t(22, y, "Bad Kötzting, 04.12.2028", vf, 10)
    scribble(p, 30, y + 14, 28)
    scribble(p, 122, y + 14, 28)
    p.hl(20, 95, y + 16, 0.2)
    p.hl(110, 190, y + 16, 0.2)
    p.t(20, y + 17, "Unterschrift Bauherr/in", "hsans", 7, fill=GREY)
    p.t(110, y + 17, "Unterschrift Entwurfsverfasser/in", "hsans", 7, fill=GREY)
    footer(p, "Landratsamt Cham · Bauantrag BA-1 · Stand 2028", "Seite 1 von 1", 287)
    return p, "bauantrag", {"nachname": "Vogl", "vorname": "Brigitte", "geburtsdatum": "1966-10-30",
                            "strasse": "Ludwigstraße 9", "plz": "93444", "ort": "Bad Kötzting",
                            "telefon": "09941903377", "gemarkung": "Bad Kötzting", "flurstueck": "1487/2",
                            "vorhaben": "Neubau einer landwirtschaftlichen Maschinenhalle"}


# ---------------------------------------------------------------- Widerspruch
@doc
def wid_zwei_brief():
    """A DIN 5008 objection to the Landratsamt Biberach's waste management (Baden-Württemberg) from Riedlingen,
    quoting TWO earlier letters of the office with two dates (the hearing letter of 06.11.2028 and the notice of
    22.11.2028) and his own answer of 14.11.2028, the file number in the reference line. Truth: bescheid_datum
    22.11.2028 (the notice objected to), Aktenzeichen AWB-2028/11873."""
    p = P7()
    y = head2(p, "Horst Gnann", ["Lange Straße 18", "88499 Riedlingen", "Telefon 07371 931806"], "century",
              "century-b", 13, 9.5)
    window(p, 45, "Horst Gnann · Lange Straße 18 · 88499 Riedlingen",
           ["Landratsamt Biberach", "Abfallwirtschaft", "Rollinstraße 9", "88400 Biberach an der Riß"], "century",
           10.5, 5.0)
    y = 50
    for k, v in [("Ihr Zeichen", "AWB-2028/11873"), ("Ihr Schreiben vom", "22.11.2028"), ("Datum", "04.12.2028")]:
        p.t(130, y, k, "century", 8, fill=GREY)
        p.t(130, y + 3.4, v, "century", 10)
        y += 8.5
    y = p.lines(20, 88, ["Widerspruch gegen den Gebührenbescheid vom 22.11.2028",
                         "Abfallgebühren 2028 für das Grundstück Lange Straße 18"], "century-b", 10.5, 5.0)
    y = body(p, y + 4, [
        "Sehr geehrte Damen und Herren,",
        "gegen Ihren Gebührenbescheid vom 22.11.2028, mit dem Sie für das Jahr 2028 eine zweite Restmülltonne "
        "(120 l) berechnen, lege ich hiermit Widerspruch ein.",
        "Bereits mit Ihrem Schreiben vom 06.11.2028 (Anhörung) hatten Sie mir die Nachveranlagung angekündigt. Darauf "
        "habe ich Ihnen mit Schreiben vom 14.11.2028 geantwortet und mitgeteilt, dass die zweite Tonne dem Mieter "
        "der Einliegerwohnung gehört, der sie selbst angemeldet hat und bezahlt. Auf meine Antwort sind Sie im "
        "Bescheid leider nicht eingegangen.",
        "Ich bitte Sie daher, den Bescheid aufzuheben und die zweite Tonne dem Mieter zuzuordnen. Eine Kopie seines "
        "Anmeldeformulars und meines Schreibens vom 14.11.2028 lege ich bei.",
        "Mit freundlichen Grüßen"], "century", 10.5)
    scribble(p, 22, y + 8, 28)
    p.t(20, y + 11, "Horst Gnann", "century", 10.5)
    return p, "widerspruch", {"nachname": "Gnann", "vorname": "Horst", "strasse": "Lange Straße 18",
                              "plz": "88499", "ort": "Riedlingen", "aktenzeichen": "AWB-2028/11873",
                              "bescheid_datum": "2028-11-22", "telefon": "07371931806"}


@doc
def wid_email():
    """A PRINTED E-MAIL objection to the Verbandsgemeinde Flechtingen (Sachsen-Anhalt) against a Kita fee notice: a
    young mother living "c/o Krause" at her grandmother's, the notice's date and file number in the subject, her
    daughter's birth date, the Kita's phone, her address under the signature. Truth: her values, strasse
    "Lindenstraße 9", bescheid_datum 28.11.2028."""
    p = P7()
    p.box(20, 10, 190, 18, fill=(232, 236, 240), outline=(232, 236, 240))
    p.t(22, 11.5, "Widerspruch Kita-Gebührenbescheid", "cond", 12)
    y = mail_header(p, 22, [("Von:", "Sophie Lindner <Sophie.Lindner98@gmail.com>"),
                            ("An:", "kita@flechtingen.de"),
                            ("Datum:", "Sa., 9. Dez. 2028 um 22:41"),
                            ("Betreff:", "Widerspruch gegen Bescheid vom 28.11.2028, Az. KiTa-2028/0361")], "cond",
                        9.5, 20)
    p.hl(20, 190, y + 1, 0.2, GREY)
    y = body(p, y + 6, [
        "Sehr geehrte Damen und Herren,",
        "hiermit lege ich Widerspruch gegen den Bescheid über die Kostenbeiträge für die Kindertagesstätte vom "
        "28.11.2028 (Aktenzeichen KiTa-2028/0361) ein.",
        "Sie haben den Beitrag für meine Tochter Mila (geb. 21.04.2025) nach einem Einkommen berechnet, das ich "
        "nicht mehr habe: Seit dem 01.10.2028 bin ich in Elternzeit und bekomme nur noch Elterngeld. Den Bescheid der "
        "Elterngeldstelle reiche ich nach. Die Kita-Leitung (Tel. 039054 8720) weiß Bescheid.",
        "Post erreicht mich bei meiner Oma, Frau Gisela Krause; bitte schreiben Sie deshalb an die Adresse unten mit "
        "dem Zusatz c/o Krause.",
        "Mit freundlichen Grüßen",
        ], "cond", 10.5)
    p.lines(20, y, ["Sophie Lindner", "c/o Krause", "Lindenstraße 9", "39345 Flechtingen", "Mobil 0174 2260193"],
            "cond", 10.5, 5.0)
    footer(p, "https://mail.google.com/mail/u/0/", "1/1", 287)
    return p, "widerspruch", {"nachname": "Lindner", "vorname": "Sophie", "strasse": "Lindenstraße 9",
                              "plz": "39345", "ort": "Flechtingen", "aktenzeichen": "KiTa-2028/0361",
                              "bescheid_datum": "2028-11-28", "telefon": "01742260193",
                              "email": "sophie.lindner98@gmail.com"}


# ---------------------------------------------------------------- invoices
@doc
def inv_anzahlung():
    """A roofing GmbH's FINAL invoice to the town of Soltau (Niedersachsen): info block with "Ihr Zeichen", a ruled
    table, net / 19 % USt / "Gesamtbetrag brutto", then the paid DEPOSIT deducted and the bold last line
    "Rechnungsbetrag" = what remains. Footer with bank and USt-IdNr. Truth (the set's reading): the gross total
    11900.00, not the 7900.00 after the deposit."""
    p = P7()
    col = (150, 40, 30)
    p.box(20, 10, 34, 24, fill=col, outline=col)
    p.t(27, 11.5, "H", "hsans-b", 26, "c", fill=(255, 255, 255))
    p.t(38, 11, "Heide Dach + Wand GmbH", "hsans-b", 16)
    p.t(38, 18.5, "Bedachungen · Fassaden · Bauklempnerei", "hsans", 8.5, fill=GREY)
    window(p, 45, "Heide Dach + Wand GmbH · Harburger Straße 71 · 29614 Soltau",
           ["Stadt Soltau", "Fachgruppe Gebäudewirtschaft", "Poststraße 12", "29614 Soltau"], "hsans", 10, 4.8)
    y = 48
    for k, v in [("Rechnungs-Nr.", "R-2028-0917"), ("Rechnungsdatum", "08.12.2028"), ("Kunden-Nr.", "10344"),
                 ("Ihr Zeichen", "65.2-2028/44"), ("Bauvorhaben", "Grundschule Wiesenweg")]:
        p.t(128, y, k, "hsans", 8.5, fill=GREY)
        p.t(190, y, v, "hsans", 8.5, "r")
        y += 4.6
    p.t(20, 90, "Schlussrechnung", "hsans-b", 15, fill=col)
    y = p.wrap(20, 99, "Sehr geehrte Damen und Herren, für die Dachsanierung der Turnhalle (ausgeführt vom 13.11. "
               "bis 01.12.2028) berechnen wir Ihnen nach Aufmaß:", 170, "hsans", 10)
    y = grid_table(p, 20, y + 3, [(12, "c"), (92, "l"), (20, "r"), (22, "r"), (24, "r")],
                   ["Pos.", "Leistung", "Menge", "EP €", "GP €"],
                   [["1", "Gerüst stellen und vorhalten", "1 psch", "1.450,00", "1.450,00"],
                    ["2", "Altdeckung abbrechen und entsorgen", "210 m²", "9,50", "1.995,00"],
                    ["3", "Unterdeckbahn und Lattung", "210 m²", "11,00", "2.310,00"],
                    ["4", "Dacheindeckung Betondachstein", "210 m²", "19,50", "4.095,00"],
                    ["5", "Dachrinnen und Fallrohre Titanzink", "1 psch", "150,00", "150,00"]],
                   "hsans", 9, "hsans-b", 6.5, 6.5, (246, 228, 224))
    y = totals(p, 100, 190, y + 4, [("Summe netto", "10.000,00 €", False), ("zzgl. 19 % USt", "1.900,00 €", False),
                                    ("Gesamtbetrag brutto", "11.900,00 €", False),
                                    ("abzgl. Anzahlung vom 06.11.2028", "– 4.000,00 €", False)], 10, 5.5)
    p.hl(100, 190, y + 0.3, 0.3)
    y = totals(p, 100, 190, y + 1.5, [("Rechnungsbetrag", "7.900,00 €", True)], 11, 6)
    body(p, y + 5, ["Die Anzahlung (Abschlagsrechnung A-2028-0781) ist bei uns eingegangen; darin enthaltene "
                    "Umsatzsteuer: 638,66 €. Den Rechnungsbetrag überweisen Sie bitte bis zum 22.12.2028 unter Angabe "
                    "der Rechnungsnummer.",
                    "Mit freundlichen Grüßen – Heide Dach + Wand GmbH"], "hsans", 10)
    p.hl(20, 190, 271, 0.2, col)
    for x, c in zip([20, 80, 140], [["Heide Dach + Wand GmbH", "Harburger Straße 71, 29614 Soltau",
                                     "Tel. 05191 60294-0 · info@heide-dach.de"],
                                    ["Kreissparkasse Soltau", "IBAN DE68 2585 1660 0056 0218 73", "BIC NOLADE21SOL"],
                                    ["Amtsgericht Lüneburg HRB 201877", "Geschäftsführer: Heiko Meyer",
                                     "USt-IdNr. DE215477034"]]):
        p.lines(x, 273, c, "hsans", 7, 3.3)
    return p, "rechnung", {"lieferant": "Heide Dach + Wand GmbH", "rechnungsnummer": "R-2028-0917",
                           "rechnungsdatum": "2028-12-08", "betrag_brutto": "11900.00",
                           "iban": "DE68258516600056021873", "ust_id": "DE215477034",
                           "aktenzeichen": "65.2-2028/44"}


@doc
def inv_einzel():
    """A gardener's invoice to the Gemeinde Nohfelden (Saarland): a SOLE TRADER without a legal form, the trade name
    "Gartenpflege Brandt" in the letterhead and his own name in the footer, invoice number and date in a line, net /
    VAT / gross, a Steuernummer and no USt-IdNr. Truth: lieferant "Uwe Brandt" (his name as in the footer), no
    ust_id."""
    p = P7()
    green = (40, 110, 50)
    p.t(20, 12, "Gartenpflege Brandt", "gothic-b", 19, fill=green)
    p.t(20, 21, "Baumpflege · Heckenschnitt · Grünflächenpflege · Winterdienst", "gothic", 9)
    p.lines(190, 12, ["Uwe Brandt", "Walhausener Straße 7a", "66625 Nohfelden", "Tel. 06852 806517",
                      "Mobil 0171 3982044"], "gothic", 8.5, 4.0, align="r")
    window(p, 45, "Gartenpflege Brandt · Walhausener Straße 7a · 66625 Nohfelden",
           ["Gemeinde Nohfelden", "Bauhof / Grünflächen", "An der Burg", "66625 Nohfelden"], "gothic", 10.5, 5.0)
    p.t(20, 86, "Rechnung", "gothic-b", 15, fill=green)
    p.t(20, 95, "Rechnung Nr. 2028-112   vom 11.12.2028   Kunden-Nr. 031", "gothic", 10)
    y = body(p, 104, ["Sehr geehrte Damen und Herren,",
                      "für die Pflegearbeiten an den Grünanlagen am Bostalsee-Rundweg im November 2028 stelle ich "
                      "Ihnen in Rechnung:"], "gothic", 10.5)
    y = grid_table(p, 20, y + 2, [(100, "l"), (24, "r"), (22, "r"), (24, "r")],
                   ["Leistung", "Menge", "Preis €", "Betrag €"],
                   [["Heckenschnitt Parkplatz Ost, inkl. Abfuhr", "14 Std.", "48,00", "672,00"],
                    ["Rückschnitt Gehölze Uferweg", "6 Std.", "48,00", "288,00"],
                    ["Grüngutentsorgung Kompostanlage", "3,5 t", "52,00", "182,00"],
                    ["Maschineneinsatz Häcksler", "1 Tag", "238,00", "238,00"]], "gothic", 9.5, "gothic-b", 6.5, 6.5,
                   (228, 242, 228))
    y = totals(p, 120, 190, y + 4, [("Nettobetrag", "1.380,00 €", False), ("19 % MwSt.", "262,20 €", False),
                                    ("Gesamtbetrag", "1.642,20 €", True)], 10.5, 5.6, "gothic", "gothic-b")
    y = body(p, y + 5, ["Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das unten genannte Konto.",
                        "Vielen Dank für den Auftrag und freundliche Grüße", "Uwe Brandt"], "gothic", 10.5)
    p.hl(20, 190, 272, 0.2, green)
    for x, c in zip([20, 80, 140], [["Uwe Brandt", "Garten- und Landschaftspflege", "Walhausener Straße 7a"],
                                    ["Kreissparkasse St. Wendel", "IBAN DE08 5925 1020 0001 1884 02",
                                     "BIC SALADE51WND"],
                                    ["Steuernummer 090/227/04118", "Finanzamt St. Wendel", "Mitglied im VGL Saar"]]):
        p.lines(x, 274, c, "gothic", 7, 3.3)
    return p, "rechnung", {"lieferant": "Uwe Brandt", "rechnungsnummer": "2028-112", "rechnungsdatum": "2028-12-11",
                           "betrag_brutto": "1642.20", "iban": "DE08592510200001188402"}


# ---------------------------------------------------------------- sonstiges
@doc
def misc_brief():
    """An INFORMAL letter to the Werra-Meißner-Kreis (Hessen) about the school bus: a mother in Eschwege asks why the
    morning bus no longer stops at her street; her son's school and class, the bus company's phone. A question, no
    application: sonstiges. Truth: her name, address, phone and e-mail of the letterhead."""
    p = P7()
    y = head2(p, "Gabriele Hupfeld", "Niederhoner Straße 41 – 37269 Eschwege – 05651 338724 – g.hupfeld@web.de",
              "hsans", "hsans-b", 13, 8.5, align="c", rule=(0, 0, 0))
    p.lines(20, 40, ["Werra-Meißner-Kreis", "Fachdienst Schülerbeförderung", "Schlossplatz 1", "37269 Eschwege"],
            "hsans", 10.5, 5.0)
    p.t(190, 66, "Eschwege, den 05.12.2028", "hsans", 10, "r")
    p.t(20, 77, "Schulbus Linie 205 – Haltestelle Niederhoner Straße", "hsans-b", 11)
    y = body(p, 87, [
        "Guten Tag,",
        "seit dem Fahrplanwechsel hält der Schulbus der Linie 205 morgens um 7:12 Uhr nicht mehr an der Haltestelle "
        "Niederhoner Straße. Mein Sohn Leon (Klasse 6b der Anne-Frank-Schule) muss jetzt fast zwei Kilometer an der "
        "Landstraße entlang bis zum Bahnhof laufen, im Dunkeln und ohne Gehweg.",
        "Beim Busunternehmen (Tel. 05651 92250) hat man mich an Sie verwiesen. Können Sie mir sagen, warum die "
        "Haltestelle gestrichen wurde und ob es eine andere Lösung gibt? Mehrere Nachbarn mit Kindern haben "
        "dasselbe Problem.",
        "Über eine kurze Rückmeldung, gern per E-Mail, würde ich mich freuen.",
        "Viele Grüße"], "hsans", 10.5)
    scribble(p, 22, y + 8, 30)
    p.t(20, y + 11, "Gabriele Hupfeld", "hsans", 10.5)
    return p, "sonstiges", {"nachname": "Hupfeld", "vorname": "Gabriele", "strasse": "Niederhoner Straße 41",
                            "plz": "37269", "ort": "Eschwege", "telefon": "05651338724",
                            "email": "g.hupfeld@web.de"}


@doc
def misc_form():
    """The Verbandsgemeinde Egelner Mulde's (Sachsen-Anhalt) "Bürgeranliegen" form in numbered sections with check
    boxes: a broken street light reported, the place of the defect (another street) beside the reporter's own
    address "Lindenstraße 7a", a hyphenated name, a reply wished by e-mail. sonstiges. Truth: the reporter's values."""
    p = P7()
    col = (90, 90, 20)
    y = form_head(p, "Verbandsgemeinde Egelner Mulde", "Bauamt · Breite Straße 18 · 39435 Egeln",
                  "Bürgeranliegen – Hinweis, Mängelmeldung, Anregung", col, "BA-1 · 2028")
    vf, vpt = "hsans", 10.5
    y = numsec(p, y + 3, 1, "Art des Anliegens", col)
    x = 20
    for lab, on in [("Mängelmeldung", True), ("Beschwerde", False), ("Anregung / Lob", False), ("Frage", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 9) + 8
    y += 6
    p.t(20, y, "Bereich:", "hsans", 9)
    x = 38
    for lab, on in [("Straße / Gehweg", False), ("Straßenbeleuchtung", True), ("Spielplatz", False),
                    ("Grünanlage", False), ("Sonstiges", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 9) + 5
    y = numsec(p, y + 9, 2, "Ort und Beschreibung", col)
    cell(p, 20, y, 120, "Ort des Mangels (Straße, Höhe Hausnummer)", "Wolmirslebener Straße, Höhe Nr. 30", 9.5, vf,
         vpt, BLACK)
    cell(p, 120, y, 190, "Ortschaft", "Egeln", 9.5, vf, vpt, BLACK)
    y += 11
    p.box(20, y, 190, y + 26, 0.2)
    p.t(21.2, y + 0.7, "Beschreibung", "hsans", 6.5, fill=(70, 70, 70))
    p.wrap(22, y + 5, "Zwei Straßenlaternen zwischen Nr. 26 und Nr. 34 sind seit etwa drei Wochen aus. Der Abschnitt "
           "ist abends völlig dunkel, dort gehen viele Schulkinder und ältere Leute zum Bus. Bitte um baldige "
           "Reparatur.", 164, vf, 10.5)
    y += 31
    y = numsec(p, y, 3, "Ihre Angaben (freiwillig, für Rückfragen)", col)
    cell(p, 20, y, 85, "Name", "Rätzel-Bode", 9.5, vf, vpt, BLACK)
    cell(p, 85, y, 190, "Vorname", "Yvonne", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 110, "Straße, Hausnummer", "Lindenstraße 7a", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "39435", 9.5, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Ort", "Egeln", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 85, "Telefon", "039268 31447", 9.5, vf, vpt, BLACK)
    cell(p, 85, y, 190, "E-Mail", "y.raetzel-bode@gmx.de", 9.5, vf, vpt, BLACK)
    y += 13
    p.t(20, y, "Rückmeldung erwünscht:", "hsans", 9)
    x = 60
    for lab, on in [("nein", False), ("per Post", False), ("per E-Mail", True), ("telefonisch", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 9) + 7
    y += 12
    sign_row(p, y, "Egeln, 06.12.2028", vf, vpt)
    footer(p, "Verbandsgemeinde Egelner Mulde · Telefon 039268 466-0 · www.egelner-mulde.de", "Seite 1 von 1", 287)
    return p, "sonstiges", {"nachname": "Rätzel-Bode", "vorname": "Yvonne", "strasse": "Lindenstraße 7a",
                            "plz": "39435", "ort": "Egeln", "telefon": "03926831447",
                            "email": "y.raetzel-bode@gmx.de"}


# ---------------------------------------------------------------- checks and output
def check_truth() -> list[str]:
    """sample_docs.probe2's truth checks, run on this set's documents, and that every type of the contract's
    doctypes.json is there at least once."""
    from classifiers.doctypes import taxonomy  # the contract's types (its mirror, checked against it)

    problems = _check_truth(DOCS)
    types = {fn()[1] for fn in DOCS.values()}
    missing = set(taxonomy().doc_types) - types - set(ABSENT_TYPES)
    if missing:
        problems.append(f"types missing: {sorted(missing)}")
    return problems


def write(out: Path) -> list[str]:
    """Render this set into ``out`` (inbox/ and truth/) with sample_docs.probe's machinery."""
    return _write(out, DOCS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render the twentieth held-out probe set (small towns and district "
                                             "offices: couples, a GmbH, names and house numbers as real mail has "
                                             "them).")
    ap.add_argument("--out", type=Path, required=True, help="folder for inbox/ and truth/")
    args = ap.parse_args(argv)
    problems = check_truth()
    if problems:  # nothing is written when a check fails
        print("truth problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    names = write(args.out)
    print(f"wrote {len(names)} inputs ({len(DOCS)} documents) to {args.out / 'inbox'} and their truth to "
          f"{args.out / 'truth'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
