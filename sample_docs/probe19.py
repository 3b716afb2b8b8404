"""A nineteenth held-out probe set: LETTERS IN THE CITIZEN'S OWN WORDS beside new official forms. 18 hand-made German
documents of November 2028, every one of the spec's nine types at least once (two invoices), one page each, addressed
to towns of Länder the other probes use little: Flensburg, Neumünster and Husum (Schleswig-Holstein); Cottbus,
Eberswalde and Neuruppin (Brandenburg); Jena, Nordhausen and Suhl (Thüringen); Trier, Koblenz, Idar-Oberstein and
Speyer (Rheinland-Pfalz); Bremen and Bremerhaven; Neubrandenburg, Wismar and Schwerin (Mecklenburg-Vorpommern).

Ten are letters as citizens (or someone for them) write them, DIN 5008 and informal: private letterheads with the
name on one line and address / phone / e-mail on the next, set apart by "·", "|", "-", "–", commas or nothing;
return-address lines over the window; a daughter writing for her father, a professional carer (Betreuer) for the
person in his care, a lawyer for her client; two printed e-mails (Von: / An: / Gesendet: / Betreff:, one with the
office's own earlier mail quoted under it); birth dates, move-in dates, household size, a dog's breed and since when
it is kept, the plot (Gemarkung, Flur, Flurstück), the project, the trade and its start, stated in sentences of many
wordings. Each carries a trap a caseworker reads past: a spouse's and a child's birth dates, a partner's later
move-in, the old address and the moving-out day beside the new address and the moving-in day, the office's own phone
and e-mail quoted in the text, a court's file number beside none of the office's, the neighbour's Flurstück, the
architect's phone, a girlfriend's car of another district, an earlier dog's breed, initials in the signature or the
return line beside the full name in the letterhead, an abbreviated "Str." in the return line. The other eight: six
new official form designs (Gewerbe-Anmeldung, Meldeschein with old and new flat, Wohngeld with household table and
rent rows, Hundesteuer with the dog's litter date, Bewohnerparkausweis with a company car, Bauantrag with the
architect's column and the plot's own address) and two invoices (net / VAT / gross, one with a Skonto line).
Names, streets, places and postcodes belong together (checked with classifiers.places), the IBANs carry valid
mod-97 check digits, the USt-IdNr. valid check digits, the plates the area codes of their places.

Readings chosen where the spec leaves a choice (the docstrings say more):
- The applicant is the person the document is FOR: a letter by a daughter, a carer or a lawyer is filed under the
  father / the person cared for / the client, with the applicant's own address; the writer's letterhead phone and
  e-mail are not the applicant's, so telefon and email are absent there (and any field the letter does not state).
- The applicant's own values only: a spouse's, a child's, a partner's birth or move-in dates, the old address, the
  moving-out date, the previous dog's breed, the neighbour's plot, the architect's or the office's phone and e-mail
  are never fields. Of a printed e-mail, the sender's address (Von:) is the e-mail; the office's (An:) is not.
- The full name and street as the letterhead writes them ("Dornburger Straße 41", not the return line's "Dornburger
  Str. 41"; "Friederike", not the signature's "F.").
- flurstueck is the Flurstück's number alone ("233/4"), not with Flur; gemarkung as printed. A building plot with an
  address of its own does not replace the applicant's address.
- The household size only where printed as a digit; the rent is the total (warm / "Gesamtmiete"), not its parts.
- A court's file number of the guardianship is not an Aktenzeichen; a lawyer's "Unser Zeichen" neither; the office's
  "Ihr Zeichen" / "Aktenzeichen" of the notice is. An invoice's amount is its gross total, not the amount after
  Skonto. A question whether a garden shed needs a permit is "sonstiges", not a Bauantrag.

    python -m sample_docs.probe19 --out DIR
    python -m classifiers.measure DIR --split all --out RESULTS

writes DIR/inbox/<name>.png (a clean 300-dpi render) and <name>_scan.jpg (turned 0.5-1.5 degrees, noisy, JPEG q70:
sample_docs.probe's degrade) and DIR/truth/<input>.json in the corpus's truth format (split "test"; tier clean /
scanned), 36 inputs, with the drawing helpers and output machinery of sample_docs.probe, probe2's check boxes and
truth checks (run before anything is written: normal form, validity, printed on the page, PLZ fits the place, every
required field there), probe4's signature, probe7's URW faces, probe8's ruled tables, probe9's fitting and box cells,
probe10's form footer and probe16's address window and totals.

It exists for an honest measurement of how classification and extraction carry over to documents never seen while
building them, so no fix may be made from it (once one is, it stops being held out: say so here). It was written
without reading the extractor, the classifier, the verifier, the label lists or the tests other than
tests/test_probe.py, and without running the pipeline on it or looking at any extraction output.

Measured once held out (sixteenth session, 2026-12-06, `intake process` of the 36 files, then `python -m
classifiers.evaluate`, page OCR read afresh): with the session's starting code 5ef9d07, type 97.2 %, field F1 74.6 %,
straight-through 22.2 %, routed precision 75.0 % (8 routed, 2 wrong: the parking form's plate written in boxes, "SN TD
3 18", filed as SN-TD 3, clean and scanned); with the session's extraction work (letters in the citizen's own words,
letterheads, the office's own contacts), F1 83.1 %, straight-through 38.9 %, routed precision 78.6 % (14 routed, 3
wrong: the same plate twice; the scanned objection's surname read "Woliner" on top and "Wollner" under the signature,
the name being Wöllner). Two fixes were made from it afterwards (a plate's digits in boxes of their own; two
spellings of one name go to a person), so it is a regression set since then.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sample_docs.probe import write as _write
from sample_docs.probe2 import GREY, cbox, check_truth as _check_truth
from sample_docs.probe3 import INK
from sample_docs.probe4 import scribble
from sample_docs.probe7 import P7
from sample_docs.probe8 import grid_table
from sample_docs.probe9 import cell, fit
from sample_docs.probe10 import footer
from sample_docs.probe16 import totals, window

DOCS: dict = {}
ABSENT_TYPES: tuple = ()


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


BLACK = (0, 0, 0)
HAND = "dserif-i"  # ballpoint handwriting


# ---------------------------------------------------------------- drawing helpers of this set
def head2(p, name, rest, f, fb, npt=14, rpt=8.5, align="l", y=14.0, fill=BLACK, rule=None):
    """A private letterhead: the name on one line, the address / phone / e-mail on the next (``rest`` a string or a
    list of lines). Returns y under it."""
    x = {"l": 20.0, "r": 190.0, "c": 105.0}[align]
    p.t(x, y, name, fb, npt, align, fill=fill)
    y += npt * 0.42 + 1.5
    for r in [rest] if isinstance(rest, str) else rest:
        p.t(x, y, r, f, rpt, align)
        y += rpt * 0.45
    if rule:
        p.hl(20, 190, y + 1.2, 0.2, rule)
        y += 2
    return y + 2


def body(p, y, paras, f, pt, w=170.0, x=20.0, gap=2.6, lh=None):
    for para in paras:
        y = p.wrap(x, y, para, w, f, pt, lh) + gap
    return y


def mail_header(p, y, rows, f="hsans", pt=9.5, lw=24.0):
    """The header block of a printed e-mail: bold labels (Von:, Gesendet:, An:, Betreff:) and their values."""
    for k, v in rows:
        p.t(20, y, k, f + "-b", pt)
        p.t(20 + lw, y, v, f, fit(v, f, pt, 170 - lw))
        y += pt * 0.48
    return y


def section(p, y, title, fill=(40, 80, 120), x0=20.0, x1=190.0, pt=9.5):
    p.box(x0, y, x1, y + 6, fill=fill, outline=fill)
    p.t(x0 + 2, y + 1.0, title, "hsans-b", pt, fill=(255, 255, 255))
    return y + 6


# ---------------------------------------------------------------- letters in the citizen's own words
@doc
def meld_brief():
    """A young man's letter to Flensburg's Bürgerbüro: letterhead "name / address · phone · e-mail", the new flat and
    its move-in day in one sentence, the OLD flat in Kiel with its moving-out day in the next, his girlfriend's birth
    date and LATER move-in. Truth: his values, the new address, einzugsdatum 1.11.2028."""
    p = P7()
    y = head2(p, "Jonas Petersen", "Norderstraße 88 · 24939 Flensburg · Tel. 0461 4807213 · jonas.petersen@posteo.de",
              "lib", "lib-b", 15, 8.5, rule=(120, 120, 120))
    window(p, 45, "J. Petersen · Norderstraße 88 · 24939 Flensburg",
           ["Stadt Flensburg", "Bürgerbüro", "Rathausplatz 1", "24937 Flensburg"], "lib", 10.5, 5.0)
    p.t(190, 80, "Flensburg, 3. November 2028", "lib", 10.5, "r")
    p.t(20, 92, "Anmeldung meiner neuen Wohnung", "lib-b", 11)
    y = body(p, 102, [
        "Sehr geehrte Damen und Herren,",
        "seit dem 1. November 2028 wohne ich in der Norderstraße 88 hier in Flensburg (2. OG links) und möchte mich "
        "hiermit dort anmelden. Die Wohnungsgeberbestätigung meines Vermieters lege ich bei.",
        "Bisher war ich in Kiel gemeldet, Knooper Weg 52, 24103 Kiel; dort bin ich am 31.10.2028 ausgezogen. Die "
        "neue Wohnung ist ab sofort meine einzige Wohnung.",
        "Zu meiner Person: Ich bin am 14. März 1996 in Kiel geboren, ledig und deutscher Staatsangehöriger.",
        "Meine Freundin, Mette Hansen (geb. 02.08.1997), zieht erst zum 1. Dezember 2028 zu mir und meldet sich "
        "dann selbst bei Ihnen an.",
        "Falls noch etwas fehlt, erreichen Sie mich am besten per E-Mail oder abends telefonisch.",
        "Mit freundlichen Grüßen"], "lib", 10.5)
    scribble(p, 22, y + 8, 34)
    p.t(20, y + 11, "Jonas Petersen", "lib", 10.5)
    p.t(20, y + 20, "Anlage: Wohnungsgeberbestätigung", "lib", 9)
    return p, "wohnsitzanmeldung", {"nachname": "Petersen", "vorname": "Jonas", "geburtsdatum": "1996-03-14",
                                    "strasse": "Norderstraße 88", "plz": "24939", "ort": "Flensburg",
                                    "einzugsdatum": "2028-11-01", "telefon": "04614807213",
                                    "email": "jonas.petersen@posteo.de"}


@doc
def meld_email():
    """A PRINTED E-MAIL to Cottbus' Bürgerbüro answering the office's mail (quoted below it, with the office's own
    phone and e-mail): a family moved in; the husband's and the daughter's birth dates come first, the writer's own
    one later; the former town named. Truth: the writer (Agnieszka) with her e-mail from "Von:" and her mobile from
    the signature; not the office's address from "An:" or its phone in the quote."""
    p = P7()
    p.t(20, 12, "Agnieszka Kowalczyk", "hsans-b", 13)
    p.hl(20, 190, 19, 0.4)
    y = mail_header(p, 22, [("Von:", "Agnieszka Kowalczyk <a.kowalczyk@web.de>"),
                            ("Gesendet:", "Dienstag, 7. November 2028 19:42"),
                            ("An:", "buergerbuero@cottbus.de"),
                            ("Betreff:", "AW: Ihre Anmeldung – Familie Kowalczyk, Sandower Straße 47")])
    y = body(p, y + 6, [
        "Sehr geehrte Frau Noack,",
        "vielen Dank für Ihre schnelle Antwort. Wie gewünscht schicke ich Ihnen vorab unsere Angaben, die "
        "Wohnungsgeberbestätigung bringe ich zum Termin mit.",
        "Wir sind zu dritt am 3. November 2028 in die Sandower Straße 47, 03046 Cottbus eingezogen: mein Mann Tomasz "
        "Kowalczyk (geb. 05.01.1986), unsere Tochter Lena (geb. 17.09.2019) und ich. Vorher haben wir in Forst "
        "(Lausitz) in der Berliner Straße 12 gewohnt.",
        "Meine Daten: Kowalczyk, Agnieszka, geboren am 22.07.1988 in Gliwice (Polen), Staatsangehörigkeit polnisch.",
        "Viele Grüße",
        ], "hsans", 10)
    y = p.lines(20, y, ["Agnieszka Kowalczyk", "Mobil: 0157 32841906"], "hsans", 10, 4.8)
    y += 4
    p.t(20, y, "-----Ursprüngliche Nachricht-----", "hsans", 9, fill=GREY)
    y = mail_header(p, y + 5, [("Von:", "Bürgerbüro Stadt Cottbus <buergerbuero@cottbus.de>"),
                               ("Gesendet:", "Montag, 6. November 2028 10:15"),
                               ("An:", "a.kowalczyk@web.de"),
                               ("Betreff:", "Ihre Anmeldung – Familie Kowalczyk, Sandower Straße 47")], pt=8.5)
    y = body(p, y + 3, [
        "Sehr geehrte Frau Kowalczyk,",
        "für die Anmeldung benötigen wir von allen Personen Name, Geburtsdatum und Geburtsort sowie das Datum des "
        "Einzugs. Ihren Termin haben wir für den 14.11.2028 um 9:30 Uhr vorgemerkt.",
        "Mit freundlichen Grüßen, i. A. Noack",
        "Stadtverwaltung Cottbus/Chóśebuz · Bürgerbüro · Neumarkt 5 · 03046 Cottbus · Telefon 0355 612-2222"],
        "hsans", 8.5, gap=1.8)
    footer(p, "Gedruckt am 08.11.2028", "Seite 1 von 1", 287)
    return p, "wohnsitzanmeldung", {"nachname": "Kowalczyk", "vorname": "Agnieszka", "geburtsdatum": "1988-07-22",
                                    "strasse": "Sandower Straße 47", "plz": "03046", "ort": "Cottbus",
                                    "einzugsdatum": "2028-11-03", "email": "a.kowalczyk@web.de",
                                    "telefon": "015732841906"}


@doc
def gew_brief():
    """A mother's business registration by letter in Jena: letterhead with "|", a return line with the initial and
    "Str.", the trade after a colon, its start as "ab dem 15. November", her daughter's birth date in the next
    sentence, the office's phone quoted ("Ihre Kollegin ... Tel."), signed "F. Schaller". Truth: full name and
    street of the letterhead."""
    p = P7()
    y = head2(p, "Friederike Schaller", "Dornburger Straße 41 | 07743 Jena | 03641 527390 | f.schaller@gmx.de",
              "century", "century-b", 14, 8.5, align="r")
    window(p, 45, "F. Schaller, Dornburger Str. 41, 07743 Jena",
           ["Stadt Jena", "Fachdienst Sicherheit und Ordnung", "Gewerbeangelegenheiten", "Am Anger 26",
            "07743 Jena"], "century", 10.5, 5.0)
    p.t(190, 85, "Jena, den 08.11.2028", "century", 10.5, "r")
    p.t(20, 95, "Gewerbeanmeldung – Mobile Fahrradwerkstatt", "century-b", 11)
    y = body(p, 105, [
        "Sehr geehrte Damen und Herren,",
        "ich melde hiermit folgendes Gewerbe an: Mobile Fahrradreparatur und Verkauf von Fahrradzubehör. Beginnen "
        "möchte ich ab dem 15. November 2028, zunächst im Nebenerwerb.",
        "Ich bin am 9. Mai 1991 geboren und gelernte Zweiradmechanikerin. Weil meine Tochter Ida erst am 02.02.2024 "
        "geboren wurde, arbeite ich vorerst nur an drei Tagen in der Woche; eine Betriebsstätte habe ich nicht, die "
        "Reparaturen mache ich bei den Kunden bzw. in der Garage an meiner Wohnanschrift.",
        "Ihre Kollegin Frau Bauer (Tel. 03641 49-2300) sagte mir, dass ein formloses Schreiben zunächst genügt und "
        "Sie mir das Formular GewA 1 zum Unterschreiben schicken. Die Gebühr überweise ich nach Erhalt Ihrer "
        "Rechnung.",
        "Mit freundlichen Grüßen"], "century", 10.5)
    p.t(22, y + 4, "F. Schaller", HAND, 14, fill=INK)
    return p, "gewerbeanmeldung", {"nachname": "Schaller", "vorname": "Friederike", "geburtsdatum": "1991-05-09",
                                   "strasse": "Dornburger Straße 41", "plz": "07743", "ort": "Jena",
                                   "taetigkeit": "Mobile Fahrradreparatur und Verkauf von Fahrradzubehör",
                                   "beginn_datum": "2028-11-15", "telefon": "03641527390",
                                   "email": "f.schaller@gmx.de"}


@doc
def wg_betreuer():
    """A professional CARER (Berufsbetreuer) applies for Wohngeld FOR a pensioner in Neubrandenburg: the carer's
    letterhead (Neustrelitz, separators "-"), the court's file number of the guardianship, the man's birth date in
    the subject, household "aus 1 Person", the rent warm with its three parts, the man's own IBAN. Truth: the
    pensioner at his address, no phone, no e-mail, no Aktenzeichen."""
    p = P7()
    y = head2(p, "Uwe Grabowski – Berufsbetreuer",
              "Strelitzer Straße 20 - 17235 Neustrelitz - Telefon 03981 447120 - grabowski@betreuung-mst.de",
              "pala", "pala-b", 14, 8.5, rule=(60, 60, 60))
    window(p, 45, "U. Grabowski - Strelitzer Straße 20 - 17235 Neustrelitz",
           ["Stadt Neubrandenburg", "Wohngeldstelle", "Friedrich-Engels-Ring 53", "17033 Neubrandenburg"],
           "pala", 10.5, 5.0)
    p.t(190, 82, "Neustrelitz, 10.11.2028", "pala", 10.5, "r")
    y = p.lines(20, 92, ["Antrag auf Wohngeld (Mietzuschuss)",
                         "für Herrn Reinhard Possin, geb. 11.08.1957"], "pala-b", 10.5, 5.0)
    y = body(p, y + 4, [
        "Sehr geehrte Damen und Herren,",
        "als gerichtlich bestellter Betreuer von Herrn Possin (Amtsgericht Neubrandenburg, Az. 7 XVII 212/27; "
        "Betreuerausweis in Kopie anbei) beantrage ich für ihn Wohngeld.",
        "Herr Possin wohnt seit vielen Jahren allein in der Demminer Straße 12, 17034 Neubrandenburg. Der Haushalt "
        "besteht aus 1 Person. Die Miete beträgt monatlich insgesamt 468,00 € warm (Grundmiete 356,00 €, "
        "Nebenkosten 72,00 €, Heizkosten 40,00 €).",
        "Herr Possin bezieht eine Altersrente von 1.084,16 € netto; der Rentenbescheid liegt bei. Das Wohngeld "
        "überweisen Sie bitte auf sein eigenes Konto: IBAN DE60 1505 0200 3100 4822 17 (Sparkasse "
        "Neubrandenburg-Demmin).",
        "Schriftverkehr richten Sie bitte an mich als Betreuer.",
        "Mit freundlichen Grüßen"], "pala", 10.5)
    scribble(p, 22, y + 8, 30)
    p.lines(20, y + 11, ["Uwe Grabowski", "Berufsbetreuer"], "pala", 10, 4.8)
    return p, "wohngeldantrag", {"nachname": "Possin", "vorname": "Reinhard", "geburtsdatum": "1957-08-11",
                                 "strasse": "Demminer Straße 12", "plz": "17034", "ort": "Neubrandenburg",
                                 "iban": "DE60150502003100482217", "monatliche_miete": "468.00",
                                 "haushaltsmitglieder": "1"}


@doc
def dog_tochter():
    """A DAUGHTER in Stralsund registers her father's dog in Wismar: her letterhead with NO separators (spaces only),
    his name, birth date written out and address in one sentence, the dachshund since 6 November, the previous dog's
    breed, his IBAN. Truth: the father, no phone (hers)."""
    p = P7()
    y = head2(p, "Sabine Krüger", "Am Markt 3     18439 Stralsund     Telefon 03831 293417", "gothic", "gothic-b",
              14, 9)
    window(p, 45, "Sabine Krüger  Am Markt 3  18439 Stralsund",
           ["Hansestadt Wismar", "Steuern und Abgaben", "– Hundesteuer –", "Am Markt 11", "23966 Wismar"],
           "gothic", 10.5, 5.0)
    p.t(190, 84, "Stralsund, 12.11.2028", "gothic", 10, "r")
    p.t(20, 95, "Hundesteuer – Anmeldung für meinen Vater", "gothic-b", 11)
    y = body(p, 105, [
        "Sehr geehrte Damen und Herren,",
        "mein Vater, Herr Klaus-Dieter Behrendt, geboren am 2. Dezember 1944, wohnhaft Ringstraße 9 in 23966 Wismar, "
        "hat seit dem 6. November 2028 wieder einen Hund. Weil er nicht mehr gut sieht, erledige ich den "
        "Schriftverkehr für ihn; seine Vollmacht liegt bei.",
        "Es ist ein Rauhaardackel, eine Hündin namens Fritzi, im Juni 2026 geworfen, aus dem Tierheim Wismar. Sein "
        "früherer Hund, ein Deutscher Schäferhund, ist im Frühjahr 2027 gestorben und war bei Ihnen schon "
        "abgemeldet.",
        "Die Hundesteuer buchen Sie bitte vom Konto meines Vaters ab: IBAN DE21 1405 1000 1000 6372 51, Kontoinhaber "
        "Klaus-Dieter Behrendt. Die Steuermarke und den Bescheid schicken Sie bitte an seine Anschrift in Wismar.",
        "Vielen Dank und freundliche Grüße"], "gothic", 10)
    scribble(p, 22, y + 8, 28)
    p.t(20, y + 11, "Sabine Krüger (Tochter)", "gothic", 10)
    return p, "hundesteuer_anmeldung", {"nachname": "Behrendt", "vorname": "Klaus-Dieter",
                                        "geburtsdatum": "1944-12-02", "strasse": "Ringstraße 9", "plz": "23966",
                                        "ort": "Wismar", "hunderasse": "Rauhaardackel",
                                        "haltungsbeginn": "2028-11-06", "iban": "DE21140510001000637251"}


@doc
def park_brief():
    """An INFORMAL parking-permit letter in Koblenz ("Hallo zusammen"): letterhead "·", the move-in of October as the
    reason, the plate after "Kennzeichen", the birth date as "Geboren bin ich am", his girlfriend's car of Mayen
    (MYK) as an aside, signed with the first name only. Truth: his plate."""
    p = P7()
    y = head2(p, "Mehmet Yilmaz", "Löhrstraße 112 · 56068 Koblenz · 0176 48211930 · m.yilmaz90@gmail.com",
              "hsans", "hsans-b", 13, 8.5)
    p.lines(20, 40, ["An die Stadtverwaltung Koblenz", "Ordnungsamt – Bewohnerparken", "Bahnhofstraße 47",
                     "56068 Koblenz"], "hsans", 10.5, 5.0)
    p.t(190, 66, "Koblenz, 5.11.2028", "hsans", 10.5, "r")
    p.t(20, 76, "Bewohnerparkausweis Altstadt", "hsans-b", 11)
    y = body(p, 86, [
        "Hallo zusammen,",
        "ich wohne seit dem 1. Oktober 2028 in der Löhrstraße 112 und hätte gern einen Bewohnerparkausweis für die "
        "Zone Altstadt. Mein Auto ist ein grauer VW Golf mit dem Kennzeichen KO-MY 482, die Zulassung läuft schon "
        "auf die neue Adresse (Kopie vom Fahrzeugschein anbei).",
        "Geboren bin ich am 30.06.1990, falls Sie das brauchen.",
        "Noch kurz: Meine Freundin fährt manchmal mit, ihr eigenes Auto (MYK-SL 77) ist aber in Mayen gemeldet und "
        "steht auch dort – dafür brauche ich also keinen Ausweis.",
        "Die Gebühr kann ich gern überweisen oder bar zahlen, geben Sie mir einfach Bescheid.",
        "Viele Grüße"], "hsans", 10.5)
    p.t(22, y + 3, "Mehmet", HAND, 15, fill=INK)
    return p, "bewohnerparkausweis", {"nachname": "Yilmaz", "vorname": "Mehmet", "geburtsdatum": "1990-06-30",
                                      "strasse": "Löhrstraße 112", "plz": "56068", "ort": "Koblenz",
                                      "kennzeichen": "KO-MY 482", "telefon": "017648211930",
                                      "email": "m.yilmaz90@gmail.com"}


@doc
def bau_brief():
    """A carport applied for by letter in Idar-Oberstein: letterhead right-aligned with commas, the project in the
    subject and again in the text, the plot "Gemarkung Oberstein, Flur 12, Flurstück 233/4", the NEIGHBOUR'S
    Flurstück 233/5, the son-in-law architect with his phone. Truth: the writer, gemarkung "Oberstein", flurstueck
    "233/4"."""
    p = P7()
    y = head2(p, "Peter Wirtz", ["Am Kreuzrech 14, 55743 Idar-Oberstein",
                                 "Tel. 06781 24917, peter.wirtz@web.de"], "libserif", "libserif-b", 14, 9.5,
              align="r")
    window(p, 45, "Peter Wirtz, Am Kreuzrech 14, 55743 Idar-Oberstein",
           ["Stadtverwaltung Idar-Oberstein", "Bauverwaltung", "Georg-Maus-Straße 1", "55743 Idar-Oberstein"],
           "libserif", 11, 5.2)
    p.t(190, 84, "Idar-Oberstein, 16. November 2028", "libserif", 11, "r")
    y = p.lines(20, 95, ["Bauantrag: Errichtung eines Carports mit Geräteraum",
                         "Grundstück Am Kreuzrech 14"], "libserif-b", 11, 5.2)
    y = body(p, y + 4, [
        "Sehr geehrte Damen und Herren,",
        "hiermit beantrage ich die Baugenehmigung für die Errichtung eines Carports mit Geräteraum auf meinem "
        "Grundstück. Es ist im Liegenschaftskataster eingetragen als Gemarkung Oberstein, Flur 12, Flurstück 233/4.",
        "Der Carport soll an der Grenze zum Nachbargrundstück (Flurstück 233/5, Familie Stumm) errichtet werden; die "
        "schriftliche Zustimmung der Nachbarn liegt bei. Die Bauvorlagen hat mein Schwiegersohn, Dipl.-Ing. Marc "
        "Heinz, Architekt (Tel. 06781 509930), erstellt; Rückfragen zu den Plänen richten Sie gern direkt an ihn.",
        "Ich selbst bin am 23.09.1962 geboren und Eigentümer des Grundstücks.",
        "Mit freundlichen Grüßen"], "libserif", 11)
    scribble(p, 22, y + 8, 30)
    p.t(20, y + 11, "Peter Wirtz", "libserif", 11)
    p.lines(20, y + 22, ["Anlagen:", "Bauzeichnungen, Lageplan, Baubeschreibung, Zustimmung der Nachbarn"],
            "libserif", 9, 4.2)
    return p, "bauantrag", {"nachname": "Wirtz", "vorname": "Peter", "geburtsdatum": "1962-09-23",
                            "strasse": "Am Kreuzrech 14", "plz": "55743", "ort": "Idar-Oberstein",
                            "gemarkung": "Oberstein", "flurstueck": "233/4",
                            "vorhaben": "Errichtung eines Carports mit Geräteraum", "telefon": "0678124917",
                            "email": "peter.wirtz@web.de"}


@doc
def wid_anwalt():
    """A LAWYER in Bremen objects for her client: the firm's letterhead and "Unser Zeichen", the client's name, birth
    date and address in the subject block, "Ihr Aktenzeichen" with spaces, the notice's date beside the day it was
    served. Truth: the client, the office's file number, bescheid_datum 17.10.2028; no phone or e-mail (the firm's)."""
    p = P7()
    p.t(20, 12, "AHLERS & MEYERDIERKS", "roman-b", 17, fill=(30, 50, 90))
    p.t(20, 20, "Rechtsanwältinnen · Fachanwältin für Verwaltungsrecht", "roman-i", 9.5)
    p.lines(190, 12, ["Contrescarpe 44", "28195 Bremen", "Tel. 0421 3398710", "kanzlei@ahlers-meyerdierks.de"],
            "roman", 8.5, 4.0, align="r")
    p.hl(20, 190, 30, 0.3, (30, 50, 90))
    window(p, 45, "Ahlers & Meyerdierks · Contrescarpe 44 · 28195 Bremen",
           ["Stadtamt Bremen", "Widerspruchsstelle", "Stresemannstraße 48", "28207 Bremen"], "roman", 11, 5.2)
    p.lines(140, 50, ["Unser Zeichen: 118/28 Ah", "Bremen, 13.11.2028"], "roman", 9.5, 5.0)
    y = p.lines(20, 88, ["Widerspruch", "unserer Mandantin Frau Gesine Harms, geb. 08.05.1961,",
                         "Vegesacker Heerstraße 51, 28757 Bremen",
                         "gegen den Gebührenbescheid vom 17.10.2028 – Ihr Aktenzeichen: 32-GB 2028/3318"],
                "roman-b", 10.5, 5.0)
    y = body(p, y + 4, [
        "Sehr geehrte Damen und Herren,",
        "wir zeigen an, dass uns Frau Harms mit der Wahrnehmung ihrer Interessen beauftragt hat; eine auf uns "
        "lautende Vollmacht fügen wir bei.",
        "Gegen den oben bezeichneten Bescheid, unserer Mandantin zugestellt am 21.10.2028, legen wir namens und in "
        "Vollmacht unserer Mandantin",
        "W i d e r s p r u c h",
        "ein. Wir beantragen, den Bescheid aufzuheben und die Vollziehung bis zur Entscheidung über den Widerspruch "
        "auszusetzen. Zur Begründung bitten wir zunächst um Akteneinsicht durch Übersendung der Verwaltungsvorgänge "
        "an unsere Kanzlei; die Begründung reichen wir binnen zwei Wochen nach Erhalt nach.",
        "Mit freundlichen Grüßen"], "roman", 11)
    scribble(p, 22, y + 8, 30)
    p.lines(20, y + 11, ["Dr. Imke Ahlers", "Rechtsanwältin"], "roman", 10.5, 5.0)
    return p, "widerspruch", {"nachname": "Harms", "vorname": "Gesine", "geburtsdatum": "1961-05-08",
                              "strasse": "Vegesacker Heerstraße 51", "plz": "28757", "ort": "Bremen",
                              "aktenzeichen": "32-GB2028/3318", "bescheid_datum": "2028-10-17"}


@doc
def wid_buerger():
    """A citizen's objection in Nordhausen in her own words: letterhead with "–", the notice's date and file number in
    the subject, the day it arrived in the text, the office's phone and e-mail QUOTED from the notice, signed with
    her initial. Truth: her own phone and e-mail."""
    p = P7()
    y = head2(p, "Ines Wöllner", "Töpferstraße 19 – 99734 Nordhausen – Tel. 03631 902258 – ines.woellner@gmx.net",
              "bookman", "bookman-b", 13, 8.5, align="c", rule=(0, 0, 0))
    p.lines(20, 42, ["Stadtverwaltung Nordhausen", "Ordnungsamt", "Markt 1", "99734 Nordhausen"], "bookman", 10.5,
            5.0)
    p.t(190, 68, "Nordhausen, 09.11.2028", "bookman", 10, "r")
    y = p.lines(20, 80, ["Widerspruch gegen Ihren Bescheid vom 02.11.2028", "Aktenzeichen 61.3/2028-0457"],
                "bookman-b", 10.5, 5.0)
    y = body(p, y + 4, [
        "Sehr geehrte Damen und Herren,",
        "gegen den oben genannten Bescheid, mit dem Sie mir Kosten von 240,00 € für die Beseitigung von Sperrmüll "
        "vor dem Haus Töpferstraße 19 auferlegen, lege ich hiermit Widerspruch ein. Der Bescheid ist bei mir am "
        "06.11.2028 angekommen.",
        "Der Sperrmüll stammt nicht von mir. Ich wohne im Hinterhaus und habe an dem Tag gearbeitet, das kann mein "
        "Arbeitgeber bestätigen. Wer die Sachen abgestellt hat, weiß ich nicht.",
        "In Ihrem Schreiben steht, ich könne mich bei Fragen unter 03631 696-0 oder stadtordnung@nordhausen.de "
        "melden; dort habe ich leider niemanden erreicht. Bitte rufen Sie mich zurück, am besten ab 16 Uhr.",
        "Mit freundlichen Grüßen"], "bookman", 10)
    p.t(22, y + 3, "I. Wöllner", HAND, 14, fill=INK)
    return p, "widerspruch", {"nachname": "Wöllner", "vorname": "Ines", "strasse": "Töpferstraße 19",
                              "plz": "99734", "ort": "Nordhausen", "aktenzeichen": "61.3/2028-0457",
                              "bescheid_datum": "2028-11-02", "telefon": "03631902258",
                              "email": "ines.woellner@gmx.net"}


@doc
def misc_email():
    """A PRINTED E-MAIL to Speyer's building office asking whether a garden shed NEEDS a permit: Gemarkung and
    Flurstück in the text, the writer's address and phone at the foot. It is "sonstiges" (a question, no
    application). Truth: the sender's name, address, phone and e-mail (Von:)."""
    p = P7()
    p.box(20, 10, 190, 18, fill=(230, 230, 230), outline=(230, 230, 230))
    p.t(22, 11.5, "Frage: Gartenhaus genehmigungspflichtig?", "lib-b", 12)
    y = mail_header(p, 22, [("Von:", "Reinhold Gauweiler <R.Gauweiler@t-online.de>"),
                            ("An:", "bauverwaltung@stadt-speyer.de"),
                            ("Datum:", "Mo., 20. Nov. 2028 um 08:12"),
                            ("Betreff:", "Frage: Gartenhaus genehmigungspflichtig?")], "lib", 9.5, 20)
    p.hl(20, 190, y + 1, 0.2, GREY)
    y = body(p, y + 6, [
        "Guten Tag,",
        "wir möchten im Frühjahr in unserem Garten ein Gartenhaus aus Holz aufstellen, ca. 3 x 4 m, also rund 12 m² "
        "Grundfläche und etwa 2,40 m hoch, ohne Strom und Wasser. Das Grundstück liegt in der Gemarkung Speyer, "
        "Flurstück 4711/2, der Abstand zur Nachbargrenze wäre 1,50 m.",
        "Brauche ich dafür eine Baugenehmigung, oder reicht es, wenn ich Ihnen das vorher mitteile? Und gibt es in "
        "unserem Bebauungsplan Vorgaben zur Dachform?",
        "Für eine kurze Antwort wäre ich dankbar.",
        "Mit freundlichen Grüßen",
        ], "lib", 10.5)
    p.lines(20, y, ["Reinhold Gauweiler", "Wormser Landstraße 88", "67346 Speyer", "Telefon 06232 71842"], "lib",
            10.5, 5.0)
    footer(p, "https://webmail.t-online.de/", "1/1", 287)
    return p, "sonstiges", {"nachname": "Gauweiler", "vorname": "Reinhold", "strasse": "Wormser Landstraße 88",
                            "plz": "67346", "ort": "Speyer", "telefon": "0623271842",
                            "email": "r.gauweiler@t-online.de"}


# ---------------------------------------------------------------- new official form designs
def form_head(p, town, office, title, color, sub=None):
    p.box(20, 10, 24, 30, fill=color, outline=color)
    p.t(27, 10, town, "hsans-b", 14, fill=color)
    p.t(27, 17, office, "hsans", 9)
    p.t(27, 23, title, "hsans-b", 12)
    if sub:
        p.t(190, 11, sub, "hnarrow", 7.5, "r", fill=GREY)
    return 34


@doc
def gew_formular():
    """Neumünster's new Gewerbe form: numbered blue-captioned cells in sections, the residence and the SHOP (a
    second address of the same town) in separate rows, the registration date beside the start. Values typed on the
    PC. Truth: the residence, beginn 01.12.2028."""
    p = P7()
    col = (0, 85, 150)
    y = form_head(p, "Stadt Neumünster", "Fachdienst Ordnung · Gewerbeangelegenheiten · Großflecken 59 · "
                  "24534 Neumünster", "Gewerbe-Anmeldung (§ 14 GewO)", col, "Vordruck GA-01 / 2028")
    vf, vpt = "tw", 10.5
    y = section(p, y + 2, "A  Angaben zur Person", col)
    cell(p, 20, y, 95, "1 Familienname", "Carstensen", 10, vf, vpt, BLACK)
    cell(p, 95, y, 150, "2 Vorname(n)", "Hauke", 10, vf, vpt, BLACK)
    cell(p, 150, y, 190, "3 Geburtsdatum", "07.11.1985", 10, vf, vpt, BLACK)
    y += 10
    cell(p, 20, y, 110, "4 Wohnanschrift: Straße, Hausnummer", "Kieler Straße 214", 10, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "24534", 10, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Ort", "Neumünster", 10, vf, vpt, BLACK)
    y += 10
    cell(p, 20, y, 95, "5 Telefon", "04321 8893012", 10, vf, vpt, BLACK)
    cell(p, 95, y, 190, "6 E-Mail", "hauke@angelkiste-nms.de", 10, vf, vpt, BLACK)
    y += 10
    y = section(p, y + 3, "B  Angaben zum Betrieb", col)
    cell(p, 20, y, 110, "7 Betriebsstätte: Straße, Hausnummer", "Großflecken 12", 10, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "24534", 10, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Ort", "Neumünster", 10, vf, vpt, BLACK)
    y += 10
    cell(p, 20, y, 190, "8 Angemeldete Tätigkeit (genaue Angabe)", "Einzelhandel mit Angelbedarf und Ködern", 10,
         vf, vpt, BLACK)
    y += 10
    cell(p, 20, y, 95, "9 Beginn der Tätigkeit", "01.12.2028", 10, vf, vpt, BLACK)
    cell(p, 95, y, 190, "10 Zahl der Beschäftigten", "1 (Teilzeit)", 10, vf, vpt, BLACK)
    y += 12
    p.t(20, y, "11 Art des Betriebes", "hsans", 8)
    x = 55
    for lab, on in [("Industrie", False), ("Handwerk", False), ("Handel", True), ("Sonstiges", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 8.5) + 6
    y += 8
    p.t(20, y, "12 Die Anmeldung erfolgt wegen", "hsans", 8)
    x = 68
    for lab, on in [("Neuerrichtung", True), ("Übernahme", False), ("Umzug", False)]:
        x = cbox(p, x, y, on, lab, "hsans", 8.5) + 6
    y += 12
    p.wrap(20, y, "Ich versichere, dass die Angaben richtig und vollständig sind. Die Gebühr von 26,00 € wird mit "
           "der Empfangsbestätigung erhoben.", 170, "hsans", 8, 3.8)
    y += 14
    p.t(22, y, "Neumünster, 16.11.2028", "tw", 10.5)
    scribble(p, 120, y + 4, 32)
    p.hl(20, 95, y + 6, 0.2)
    p.hl(110, 190, y + 6, 0.2)
    p.t(20, y + 7, "Ort, Datum", "hsans", 7, fill=GREY)
    p.t(110, y + 7, "Unterschrift", "hsans", 7, fill=GREY)
    footer(p, "Stadt Neumünster · GA-01 · Stand 01/2028", "Seite 1 von 1", 287)
    return p, "gewerbeanmeldung", {"nachname": "Carstensen", "vorname": "Hauke", "geburtsdatum": "1985-11-07",
                                   "strasse": "Kieler Straße 214", "plz": "24534", "ort": "Neumünster",
                                   "taetigkeit": "Einzelhandel mit Angelbedarf und Ködern",
                                   "beginn_datum": "2028-12-01", "telefon": "043218893012",
                                   "email": "hauke@angelkiste-nms.de"}


@doc
def meld_formular():
    """Neuruppin's new Meldeschein by hand: the NEW flat with "Tag des Einzugs" in a green box, the OLD flat
    (Brandenburg an der Havel) with "Tag des Auszugs" the day before in a grey box under it, one person in a ruled
    table with two given names. Truth: the new flat, einzugsdatum 15.11.2028."""
    p = P7()
    col = (0, 120, 80)
    y = form_head(p, "Fontanestadt Neuruppin", "Bürgerservice · Meldebehörde · Karl-Liebknecht-Straße 33/34 · "
                  "16816 Neuruppin", "Anmeldung einer Wohnung", col, "§ 17 Abs. 1 BMG")
    p.box(20, y + 2, 190, y + 26, 0.3, fill=(232, 245, 238), outline=col)
    p.t(22, y + 3, "Neue Wohnung", "hsans-b", 9, fill=col)
    cell(p, 22, y + 8, 110, "Straße, Hausnummer", "Karl-Marx-Straße 33", 9, HAND, 11.5, INK)
    cell(p, 110, y + 8, 135, "PLZ", "16816", 9, HAND, 11.5, INK)
    cell(p, 135, y + 8, 188, "Gemeinde", "Neuruppin", 9, HAND, 11.5, INK)
    cell(p, 22, y + 17, 80, "Tag des Einzugs", "15.11.2028", 8, HAND, 11.5, INK)
    p.t(84, y + 19, "Die Wohnung ist:", "hsans", 8)
    cbox(p, 108, y + 19, True, "alleinige Wohnung", "hsans", 8)
    cbox(p, 145, y + 19, False, "Nebenwohnung", "hsans", 8)
    y += 30
    p.box(20, y, 190, y + 24, 0.3, fill=(240, 240, 240), outline=GREY)
    p.t(22, y + 1, "Bisherige Wohnung", "hsans-b", 9, fill=GREY)
    cell(p, 22, y + 6, 110, "Straße, Hausnummer", "Lindenallee 5", 9, HAND, 11.5, INK)
    cell(p, 110, y + 6, 135, "PLZ", "14770", 9, HAND, 11.5, INK)
    cell(p, 135, y + 6, 188, "Gemeinde", "Brandenburg an der Havel", 9, HAND, 11.5, INK)
    cell(p, 22, y + 15, 80, "Tag des Auszugs", "14.11.2028", 8, HAND, 11.5, INK)
    y += 30
    p.t(20, y, "Angaben zu den Personen, die die Wohnung beziehen", "hsans-b", 9.5, fill=col)
    y = grid_table(p, 20, y + 6, [(8, "c"), (40, "l"), (42, "l"), (26, "l"), (30, "l"), (24, "l")],
                   ["Nr.", "Familienname", "Vornamen", "Geburtsdatum", "Geburtsort", "Geschlecht"],
                   [["1", "", "", "", "", ""], ["2", "", "", "", "", ""]], "hsans", 8, "hsans-b", 8.0, 6.0,
                   (225, 240, 232))
    ry = y - 16 + 1.5
    for x, v in [(30, "Hoffmeister"), (70, "Lea Sophie"), (112, "29.01.2001"), (138, "Potsdam"), (168, "weiblich")]:
        p.t(x, ry, v, HAND, fit(v, HAND, 11, 28), fill=INK)
    y += 6
    cell(p, 20, y, 100, "Telefon (freiwillig)", "0152 09918437", 9, HAND, 11.5, INK)
    cell(p, 100, y, 190, "Staatsangehörigkeit", "deutsch", 9, HAND, 11.5, INK)
    y += 16
    p.wrap(20, y, "Ich versichere, dass ich die Angaben nach bestem Wissen gemacht habe. Die Bestätigung des "
           "Wohnungsgebers (§ 19 BMG) ist beigefügt.", 170, "hsans", 8, 3.8)
    y += 14
    p.t(22, y, "Neuruppin, 16.11.28", HAND, 11.5, fill=INK)
    p.t(122, y, "L. S. Hoffmeister", HAND, 12, fill=INK)
    p.hl(20, 95, y + 6, 0.2)
    p.hl(110, 190, y + 6, 0.2)
    p.t(20, y + 7, "Ort, Datum", "hsans", 7, fill=GREY)
    p.t(110, y + 7, "Unterschrift der meldepflichtigen Person", "hsans", 7, fill=GREY)
    footer(p, "Fontanestadt Neuruppin · Bürgerservice · Vordruck MB-2", "Seite 1 von 1", 287)
    return p, "wohnsitzanmeldung", {"nachname": "Hoffmeister", "vorname": "Lea Sophie", "geburtsdatum": "2001-01-29",
                                    "strasse": "Karl-Marx-Straße 33", "plz": "16816", "ort": "Neuruppin",
                                    "einzugsdatum": "2028-11-15", "telefon": "015209918437"}


@doc
def wg_formular():
    """Bremerhaven's new Wohngeld form (Magistrat): applicant cells, a household table with her two children's birth
    dates, the count "Anzahl der Haushaltsmitglieder", rent rows and their total "Gesamtmiete monatlich", the bank
    under the applicant's name. Filled by hand. Truth: the applicant, 3 persons, 750.00."""
    p = P7()
    col = (150, 30, 40)
    y = form_head(p, "Bremerhaven", "Magistrat der Stadt Bremerhaven · Bürger- und Ordnungsamt – Wohngeldstelle",
                  "Antrag auf Wohngeld (Mietzuschuss)", col, "WG-BHV 1 · 2028")
    y = section(p, y + 2, "1  Antragstellende Person", col)
    cell(p, 20, y, 85, "Familienname", "Lüders", 9.5)
    cell(p, 85, y, 145, "Vorname", "Merle", 9.5)
    cell(p, 145, y, 190, "Geburtsdatum", "27.02.1993", 9.5)
    y += 9.5
    cell(p, 20, y, 110, "Straße, Hausnummer", "Rickmersstraße 20", 9.5)
    cell(p, 110, y, 135, "Postleitzahl", "27568", 9.5)
    cell(p, 135, y, 190, "Wohnort", "Bremerhaven", 9.5)
    y += 9.5
    cell(p, 20, y, 85, "Telefon", "0471 9582316", 9.5)
    cell(p, 85, y, 190, "E-Mail", "merle.lueders@t-online.de", 9.5)
    y += 9.5
    y = section(p, y + 3, "2  Haushalt (alle Personen, die mit Ihnen in der Wohnung leben)", col)
    y = grid_table(p, 20, y + 1, [(60, "l"), (35, "l"), (75, "l")], ["Name, Vorname", "Geburtsdatum",
                                                                      "Verwandtschaftsverhältnis"],
                   [["", "", ""]] * 3, "hsans", 8, "hsans-b", 6.5, 5.5, (245, 225, 225))
    for k, row in enumerate([("Lüders, Merle", "27.02.1993", "Antragstellerin"),
                             ("Lüders, Finn", "14.06.2018", "Sohn"), ("Lüders, Jana", "30.10.2021", "Tochter")]):
        for x, v in zip([22, 82, 117], row):
            p.t(x, y - 19.5 + k * 6.5 + 0.6, v, HAND, 10.5, fill=INK)
    cell(p, 120, y + 2, 190, "Anzahl der Haushaltsmitglieder", "3", 9.5)
    y += 14
    y = section(p, y, "3  Miete", col)
    for lab, v in [("Grundmiete (kalt)", "545,00 €"), ("kalte Nebenkosten", "120,00 €"), ("Heizkosten", "85,00 €")]:
        p.t(22, y + 1.5, lab, "hsans", 9)
        p.hl(120, 160, y + 6, 0.15)
        p.t(158, y + 0.5, v, HAND, 11, "r", fill=INK)
        y += 6.5
    p.t(22, y + 1.5, "Gesamtmiete monatlich", "hsans-b", 9.5)
    p.box(118, y, 162, y + 7, 0.35)
    p.t(158, y + 0.8, "750,00 €", HAND, 11.5, "r", fill=INK)
    y += 11
    y = section(p, y, "4  Bankverbindung für die Auszahlung", col)
    cell(p, 20, y, 85, "Kontoinhaber/in", "Merle Lüders", 9.5)
    cell(p, 85, y, 190, "IBAN", "DE55 2925 0000 0101 4473 80", 9.5)
    y += 14
    p.t(22, y, "Bremerhaven, 09.11.2028", HAND, 11.5, fill=INK)
    p.t(122, y, "M. Lüders", HAND, 13, fill=INK)
    p.hl(20, 95, y + 6, 0.2)
    p.hl(110, 190, y + 6, 0.2)
    p.t(20, y + 7, "Ort, Datum", "hsans", 7, fill=GREY)
    p.t(110, y + 7, "Unterschrift", "hsans", 7, fill=GREY)
    footer(p, "Magistrat der Stadt Bremerhaven · Hinrich-Schmalfeldt-Straße 42 · 27576 Bremerhaven", "Seite 1 von 1",
           287)
    return p, "wohngeldantrag", {"nachname": "Lüders", "vorname": "Merle", "geburtsdatum": "1993-02-27",
                                 "strasse": "Rickmersstraße 20", "plz": "27568", "ort": "Bremerhaven",
                                 "telefon": "04719582316", "email": "merle.lueders@t-online.de",
                                 "haushaltsmitglieder": "3", "monatliche_miete": "750.00",
                                 "iban": "DE55292500000101447380"}


@doc
def dog_formular():
    """Trier's new dog-tax form in two columns (owner left, dog right): the dog's LITTER date (Wurfdatum) above
    "gehalten seit", the chip number, the former keeper (an animal shelter), a SEPA mandate with the IBAN. Values
    typed. Truth: the owner, Labrador Retriever, 01.11.2028."""
    p = P7()
    col = (90, 60, 130)
    y = form_head(p, "Stadt Trier", "Amt für Steuern und Abgaben · Hundesteuerstelle · Am Augustinerhof · "
                  "54290 Trier", "Anmeldung eines Hundes zur Hundesteuer", col, "HSt 1 · 2028")
    vf, vpt = "hsans", 10.5
    p.t(20, y + 2, "Hundehalter/in", "hsans-b", 10, fill=col)
    p.t(108, y + 2, "Angaben zum Hund", "hsans-b", 10, fill=col)
    yl = y + 7
    for cap, v in [("Name", "Schmitz-Reinert"), ("Vorname", "Carla"), ("Geburtsdatum", "19.10.1975"),
                   ("Straße, Hausnummer", "Saarstraße 61"), ("PLZ, Ort", "54290 Trier"),
                   ("Telefon", "0651 9936104")]:
        cell(p, 20, yl, 102, cap, v, 9.5, vf, vpt, BLACK)
        yl += 9.5
    yr = y + 7
    for cap, v in [("Rasse", "Labrador Retriever"), ("Farbe / Geschlecht", "schwarz / Rüde"),
                   ("Wurfdatum", "12.04.2026"), ("gehalten seit", "01.11.2028"),
                   ("Chipnummer", "276 098 106 633 471"), ("Vorbesitzer", "Tierheim Trier")]:
        cell(p, 108, yr, 190, cap, v, 9.5, vf, vpt, BLACK)
        yr += 9.5
    y = max(yl, yr) + 5
    p.t(20, y, "Steuerermäßigung beantragt:", "hsans", 9)
    cbox(p, 70, y, False, "ja", "hsans", 9)
    cbox(p, 85, y, True, "nein", "hsans", 9)
    y += 9
    y = section(p, y, "SEPA-Lastschriftmandat (Gläubiger-ID DE41ZZZ00000031470)", col)
    p.wrap(20, y + 2, "Ich ermächtige die Stadt Trier, die Hundesteuer von meinem Konto mittels Lastschrift "
           "einzuziehen.", 170, "hsans", 8.5, 4.0)
    cell(p, 20, y + 11, 85, "Kontoinhaber/in", "Carla Schmitz-Reinert", 9.5, vf, vpt, BLACK)
    cell(p, 85, y + 11, 190, "IBAN", "DE39 5855 0130 0004 7188 22", 9.5, vf, vpt, BLACK)
    y += 30
    p.t(22, y, "Trier, 14.11.2028", "hsans", 10.5)
    scribble(p, 120, y + 4, 32)
    p.hl(20, 95, y + 6, 0.2)
    p.hl(110, 190, y + 6, 0.2)
    p.t(20, y + 7, "Ort, Datum", "hsans", 7, fill=GREY)
    p.t(110, y + 7, "Unterschrift", "hsans", 7, fill=GREY)
    footer(p, "Stadt Trier · Hundesteuer · Tel. 0651 718-0", "Seite 1 von 1", 287)
    return p, "hundesteuer_anmeldung", {"nachname": "Schmitz-Reinert", "vorname": "Carla",
                                        "geburtsdatum": "1975-10-19", "strasse": "Saarstraße 61", "plz": "54290",
                                        "ort": "Trier", "telefon": "06519936104",
                                        "hunderasse": "Labrador Retriever", "haltungsbeginn": "2028-11-01",
                                        "iban": "DE39585501300004718822"}


@doc
def park_formular():
    """Schwerin's new parking-permit form: the zone, the applicant, a COMPANY CAR (keeper: the employer, named with
    its town) with the plate in a box. Typed. Truth: the applicant, SN-TD 318."""
    p = P7()
    col = (0, 100, 140)
    y = form_head(p, "Landeshauptstadt Schwerin", "Fachdienst Verkehrsmanagement · Am Packhof 2-6 · 19053 Schwerin",
                  "Antrag auf einen Bewohnerparkausweis", col, "BPA 2028")
    vf, vpt = "cond", 10.5
    cell(p, 20, y + 2, 190, "Bewohnerparkgebiet", "Zone B – Schelfstadt", 9.5, vf, vpt, BLACK)
    y = section(p, y + 15, "Antragsteller/in", col)
    cell(p, 20, y, 80, "Name", "Dahlke", 9.5, vf, vpt, BLACK)
    cell(p, 80, y, 140, "Vorname", "Torsten", 9.5, vf, vpt, BLACK)
    cell(p, 140, y, 190, "Geburtsdatum", "04.04.1968", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 110, "Straße, Hausnummer (Hauptwohnung im Gebiet)", "Puschkinstraße 27", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 135, "PLZ", "19055", 9.5, vf, vpt, BLACK)
    cell(p, 135, y, 190, "Ort", "Schwerin", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 80, "Telefon", "0385 5573318", 9.5, vf, vpt, BLACK)
    cell(p, 80, y, 190, "E-Mail", "t.dahlke@outlook.de", 9.5, vf, vpt, BLACK)
    y = section(p, y + 14, "Fahrzeug", col)
    p.t(22, y + 2, "Amtliches Kennzeichen", "hsans", 8)
    p.box(60, y + 1, 110, y + 9, 0.4)
    p.t(85, y + 2.2, "SN-TD 318", "cond-b", 13, "c")
    p.t(22, y + 13, "Halter/in des Fahrzeugs:", "hsans", 8.5)
    cbox(p, 60, y + 13, False, "ich selbst", "hsans", 8.5)
    cbox(p, 85, y + 13, True, "Arbeitgeber (Firmenwagen, auch privat genutzt)", "hsans", 8.5)
    cell(p, 20, y + 19, 190, "bei Firmenwagen: Halter", "Stadtwerke Schwerin GmbH, Schwerin", 9.5, vf, vpt, BLACK)
    y += 36
    p.wrap(20, y, "Bei Firmen- oder Leasingfahrzeugen ist eine Bescheinigung des Halters beizufügen, dass das "
           "Fahrzeug überwiegend von der antragstellenden Person genutzt wird. Die Gebühr beträgt 120,00 € "
           "für zwölf Monate.", 170, "hsans", 8.5, 4.0)
    y += 18
    p.t(22, y, "Schwerin, 13.11.2028", vf, 10.5)
    scribble(p, 120, y + 4, 30)
    p.hl(20, 95, y + 6, 0.2)
    p.hl(110, 190, y + 6, 0.2)
    p.t(20, y + 7, "Ort, Datum", "hsans", 7, fill=GREY)
    p.t(110, y + 7, "Unterschrift", "hsans", 7, fill=GREY)
    footer(p, "Landeshauptstadt Schwerin · Bürgerservice Tel. 0385 545-1000 · www.schwerin.de", "1/1", 287)
    return p, "bewohnerparkausweis", {"nachname": "Dahlke", "vorname": "Torsten", "geburtsdatum": "1968-04-04",
                                      "strasse": "Puschkinstraße 27", "plz": "19055", "ort": "Schwerin",
                                      "kennzeichen": "SN-TD 318", "telefon": "03855573318",
                                      "email": "t.dahlke@outlook.de"}


@doc
def bau_formular():
    """A new Bauantrag design of Barnim's building authority (Eberswalde): Bauherr and Entwurfsverfasserin side by
    side (the architect with her own address, phone and e-mail), the plot with its OWN address, Gemarkung, Flur,
    Flurstück in a row, the project in a wide cell. Truth: the Bauherr's values, Finow, 112/3."""
    p = P7()
    col = (70, 110, 40)
    y = form_head(p, "Landkreis Barnim", "Bauordnungsamt · untere Bauaufsichtsbehörde · Am Markt 1 · 16225 "
                  "Eberswalde", "Bauantrag (§ 68 BbgBO)", col, "eingegangen: ____________")
    vf, vpt = "hsans", 10
    p.t(20, y + 2, "Bauherr/in", "hsans-b", 10, fill=col)
    p.t(108, y + 2, "Entwurfsverfasser/in", "hsans-b", 10, fill=col)
    yl = yr = y + 7
    for cap, v in [("Name", "Nowak"), ("Vorname", "Dariusz"), ("Geburtsdatum", "16.01.1983"),
                   ("Straße, Hausnummer", "Breite Straße 64"), ("PLZ, Ort", "16225 Eberswalde"),
                   ("Telefon", "03334 281764"), ("E-Mail", "d.nowak@posteo.de")]:
        cell(p, 20, yl, 102, cap, v, 9.5, vf, vpt, BLACK)
        yl += 9.5
    for cap, v in [("Name, Vorname", "Lenz, Katrin (Dipl.-Ing. Architektin)"), ("Büro", "Architekturbüro Lenz"),
                   ("Straße, Hausnummer", "Eisenbahnstraße 9"), ("PLZ, Ort", "16225 Eberswalde"),
                   ("Kammer-Nr.", "BB 2-1187"), ("Telefon", "03334 38950"), ("E-Mail", "lenz@architektur-lenz.de")]:
        cell(p, 108, yr, 190, cap, v, 9.5, vf, vpt, BLACK)
        yr += 9.5
    y = section(p, yl + 4, "Baugrundstück", col)
    cell(p, 20, y, 110, "Straße, Hausnummer (Baugrundstück)", "Am Heidewald 7", 9.5, vf, vpt, BLACK)
    cell(p, 110, y, 190, "Ortsteil", "Finow", 9.5, vf, vpt, BLACK)
    y += 9.5
    cell(p, 20, y, 80, "Gemarkung", "Finow", 9.5, vf, vpt, BLACK)
    cell(p, 80, y, 120, "Flur", "7", 9.5, vf, vpt, BLACK)
    cell(p, 120, y, 190, "Flurstück(e)", "112/3", 9.5, vf, vpt, BLACK)
    y = section(p, y + 13, "Bauvorhaben", col)
    cell(p, 20, y, 190, "Bezeichnung des Vorhabens", "Neubau eines Einfamilienhauses mit Doppelgarage", 10, vf, vpt,
         BLACK)
    y += 13
    p.t(20, y, "Verfahren:", "hsans", 9)
    cbox(p, 45, y, True, "Baugenehmigungsverfahren", "hsans", 9)
    cbox(p, 100, y, False, "vereinfachtes Verfahren", "hsans", 9)
    cbox(p, 150, y, False, "Vorbescheid", "hsans", 9)
    y += 14
    p.t(22, y, "Eberswalde, 17.11.2028", vf, 10)
    scribble(p, 30, y + 14, 28)
    scribble(p, 122, y + 14, 28)
    p.hl(20, 95, y + 16, 0.2)
    p.hl(110, 190, y + 16, 0.2)
    p.t(20, y + 17, "Unterschrift Bauherr/in", "hsans", 7, fill=GREY)
    p.t(110, y + 17, "Unterschrift Entwurfsverfasser/in", "hsans", 7, fill=GREY)
    footer(p, "Landkreis Barnim · Bauantrag BA-1 · Stand 2028", "Seite 1 von 1", 287)
    return p, "bauantrag", {"nachname": "Nowak", "vorname": "Dariusz", "geburtsdatum": "1983-01-16",
                            "strasse": "Breite Straße 64", "plz": "16225", "ort": "Eberswalde",
                            "telefon": "03334281764", "email": "d.nowak@posteo.de", "gemarkung": "Finow",
                            "flurstueck": "112/3", "vorhaben": "Neubau eines Einfamilienhauses mit Doppelgarage"}


# ---------------------------------------------------------------- invoices
@doc
def inv_netzwerk():
    """An IT firm's invoice to the town of Husum: logo line, info block (invoice number, date, customer number,
    service period, "Ihr Zeichen"), a ruled item table, net / 19 % USt / gross, a three-column footer with the GmbH,
    its bank and USt-IdNr. Truth: supplier with "GmbH", "Ihr Zeichen" as Aktenzeichen."""
    p = P7()
    col = (0, 90, 110)
    p.t(20, 12, "NF Netzwerktechnik", "gothic-b", 18, fill=col)
    p.t(20, 20, "Netzwerke · Server · IT-Sicherheit für Verwaltung und Mittelstand", "gothic", 8.5)
    window(p, 45, "NF Netzwerktechnik GmbH · Gewerbestraße 7 · 25813 Husum",
           ["Stadt Husum", "Fachbereich Zentrale Dienste", "IT-Koordination", "Zingel 10", "25813 Husum"],
           "gothic", 10, 4.8)
    y = 50
    for k, v in [("Rechnung Nr.", "NF-28-1147"), ("Rechnungsdatum", "14.11.2028"), ("Kunden-Nr.", "K-20377"),
                 ("Leistungszeitraum", "06.11.–08.11.2028"), ("Ihr Zeichen", "10.3-IT/2028-41")]:
        p.t(128, y, k, "gothic", 8.5, fill=GREY)
        p.t(190, y, v, "gothic", 8.5, "r")
        y += 4.6
    p.t(20, 92, "Rechnung", "gothic-b", 15, fill=col)
    y = p.wrap(20, 101, "Sehr geehrte Damen und Herren, für die Erneuerung der Netzwerktechnik im Rathaus "
               "berechnen wir Ihnen:", 170, "gothic", 10)
    y = grid_table(p, 20, y + 3, [(12, "c"), (90, "l"), (18, "r"), (24, "r"), (26, "r")],
                   ["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
                   [["1", "Switch 48 Port PoE+, managed, inkl. Konfiguration", "2", "1.240,00", "2.480,00"],
                    ["2", "Patchkabel Cat 6A, diverse Längen", "60", "6,50", "390,00"],
                    ["3", "Arbeitszeit Techniker (Std.)", "11", "90,00", "990,00"]], "gothic", 9, "gothic-b",
                   6.5, 6.5, (225, 238, 240))
    y = totals(p, 120, 190, y + 4, [("Summe netto", "3.860,00 €", False), ("zzgl. 19 % USt", "733,40 €", False),
                                    ("Rechnungsbetrag", "4.593,40 €", True)], 10, 5.5, "gothic", "gothic-b")
    body(p, y + 6, ["Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen ohne Abzug unter Angabe der "
                    "Rechnungsnummer.", "Mit freundlichen Grüßen – Ihr Team von NF Netzwerktechnik"], "gothic", 10)
    p.hl(20, 190, 271, 0.2, col)
    for x, c in zip([20, 80, 140], [["NF Netzwerktechnik GmbH", "Gewerbestraße 7, 25813 Husum",
                                     "Tel. 04841 66290 · info@nf-netz.de"],
                                    ["Nord-Ostsee Sparkasse", "IBAN DE20 2175 0000 0090 3277 16",
                                     "BIC NOLADE21NOS"],
                                    ["Amtsgericht Flensburg HRB 9127 FL", "Geschäftsführer: Jens Thomsen",
                                     "USt-IdNr. DE134772053"]]):
        p.lines(x, 273, c, "gothic", 7, 3.3)
    return p, "rechnung", {"lieferant": "NF Netzwerktechnik GmbH", "rechnungsnummer": "NF-28-1147",
                           "rechnungsdatum": "2028-11-14", "betrag_brutto": "4593.40",
                           "iban": "DE20217500000090327716", "ust_id": "DE134772053",
                           "aktenzeichen": "10.3-IT/2028-41"}


@doc
def inv_heizung():
    """A heating firm's (e.K.) invoice to Suhl in DIN 5008 with a reference line, invoice number and date in one
    line, customer and order number beside it, net / VAT / gross and a SKONTO line with a smaller amount after it.
    Truth: the gross total, not the amount after Skonto."""
    p = P7()
    col = (170, 60, 20)
    p.t(105, 11, "Heizungsbau Recknagel", "pala-b", 17, "c", fill=col)
    p.t(105, 19, "Heizung · Sanitär · Solar — Meisterbetrieb seit 1994", "pala-i", 9, "c")
    p.t(105, 24, "Lauter 14 · 98527 Suhl · Telefon 03681 30417 · service@recknagel-suhl.de", "pala", 8, "c")
    p.hl(20, 190, 28.5, 0.3, col)
    window(p, 45, "Heizungsbau Recknagel e.K. · Lauter 14 · 98527 Suhl",
           ["Stadtverwaltung Suhl", "Amt für Gebäudemanagement", "Marktplatz 1", "98527 Suhl"], "pala", 10.5, 5.0)
    y = 92
    for x, k, v in [(20, "Kunden-Nr.", "3318"), (60, "Auftrag vom", "30.10.2028"), (105, "Rechnungs-Nr.", "28/0913"),
                    (150, "Datum", "21.11.2028")]:
        p.t(x, y, k, "pala", 7.5, fill=GREY)
        p.t(x, y + 3.5, v, "pala", 10)
    p.t(20, 104, "Rechnung – Wartung Heizungsanlage Kita „Sonnenschein“, Aue 3", "pala-b", 11.5)
    y = body(p, 113, ["Sehr geehrte Damen und Herren, für die am 13.11.2028 ausgeführten Arbeiten erlauben wir uns "
                      "zu berechnen:"], "pala", 10.5)
    y = grid_table(p, 20, y + 2, [(12, "c"), (96, "l"), (18, "r"), (22, "r"), (22, "r")],
                   ["Pos.", "Leistung", "Menge", "EP €", "GP €"],
                   [["1", "Wartung Gas-Brennwertkessel 60 kW", "1", "285,00", "285,00"],
                    ["2", "Abgasmessung nach 1. BImSchV", "1", "68,50", "68,50"],
                    ["3", "Umwälzpumpe Hocheffizienz, geliefert und montiert", "1", "618,00", "618,00"],
                    ["4", "Monteurstunden", "4", "68,75", "275,00"]], "pala", 9.5, "pala-b", 6.5, 6.5,
                   (245, 232, 222))
    y = totals(p, 112, 190, y + 4, [("Nettobetrag", "1.246,50 €", False), ("19 % MwSt.", "236,84 €", False),
                                    ("Gesamtbetrag", "1.483,34 €", True)], 10.5, 5.6, "pala", "pala-b")
    y = body(p, y + 5, [
        "Zahlbar innerhalb von 30 Tagen netto. Bei Zahlung bis zum 01.12.2028 gewähren wir 2 % Skonto (29,67 €); "
        "zu überweisen sind dann 1.453,67 €.",
        "Vielen Dank für Ihren Auftrag!"], "pala", 10)
    p.hl(20, 190, 272, 0.2, col)
    for x, c in zip([20, 80, 140], [["Heizungsbau Recknagel e.K.", "Inhaber: Thomas Recknagel", "HRA 501233 Jena"],
                                    ["Rhön-Rennsteig-Sparkasse", "IBAN DE79 8405 0000 1402 2937 50",
                                     "BIC HELADEF1RRS"],
                                    ["USt-IdNr. DE815226907", "Steuer-Nr. 164/250/04417", "Handwerkskammer Südthür."]]):
        p.lines(x, 274, c, "pala", 7, 3.3)
    return p, "rechnung", {"lieferant": "Heizungsbau Recknagel e.K.", "rechnungsnummer": "28/0913",
                           "rechnungsdatum": "2028-11-21", "betrag_brutto": "1483.34",
                           "iban": "DE79840500001402293750", "ust_id": "DE815226907"}


# ---------------------------------------------------------------- checks and output
def check_truth() -> list[str]:
    """sample_docs.probe2's truth checks, run on this set's documents, and that every type is there once."""
    from classifiers.doctypes import taxonomy

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
    ap = argparse.ArgumentParser(description="Render the nineteenth held-out probe set (letters in the citizen's own "
                                             "words beside new official forms and two invoices).")
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
