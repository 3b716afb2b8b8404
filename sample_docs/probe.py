"""Hand-made documents in layouts and wordings the corpus generator never makes: a check of how
classification and extraction carry over to real mail (a utility bill with a right-hand info
block, a craftsman's invoice, labels in a table header row, a citizen's letter in prose, a sender
set flush right, a grid form with small captions, numbered form items, an architect's column
beside the applicant's, a dog registered by letter, enquiries that must stay "sonstiges").

    python -m sample_docs.probe --out DIR
    python -m classifiers.measure DIR --split all --out RESULTS

writes DIR/inbox/<name>.png (a clean 300-dpi render) and <name>_scan.jpg (turned 0.5-1.5 degrees,
noisy, JPEG q70) and DIR/truth/<input>.json in the corpus's truth format (split "test"; tier
clean / scanned). 15 documents, 30 inputs. They were written by hand from real forms and letters,
and the extraction fixes of 2026-11-25 came from them: a regression set, no longer held out.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

DPI = 300
MM = DPI / 25.4
W, H = int(210 * MM), int(297 * MM)
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf", "sans-b": FD + "dejavu/DejaVuSans-Bold.ttf",
    "serif": FD + "dejavu/DejaVuSerif.ttf", "serif-b": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": FD + "liberation/LiberationSans-Regular.ttf", "lib-b": FD + "liberation/LiberationSans-Bold.ttf",
    "libserif": FD + "liberation/LiberationSerif-Regular.ttf",
    "libserif-b": FD + "liberation/LiberationSerif-Bold.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "cond": FD + "dejavu/DejaVuSansCondensed.ttf", "mono": FD + "liberation/LiberationMono-Regular.ttf",
}
_cache: dict = {}


def font(name, pt):
    k = (name, pt)
    if k not in _cache:
        path = FONTS[name]
        if not Path(path).is_file():  # fonts-liberation missing: DejaVu (fonts-dejavu-core) stands in
            path = FONTS["sans-b" if name.endswith("-b") else "sans"]
        _cache[k] = ImageFont.truetype(path, int(round(pt * DPI / 72)))
    return _cache[k]


class P:
    def __init__(self):
        self.img = Image.new("RGB", (W, H), "white")
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[tuple[float, float, str]] = []  # (y, x, text) as drawn: the truth text

    def t(self, x, y, s, f="sans", pt=10, align="l", fill=(0, 0, 0)):
        fo = font(f, pt)
        w = self.d.textlength(s, font=fo)
        px = x * MM - (w if align == "r" else w / 2 if align == "c" else 0)
        self.d.text((px, y * MM), s, font=fo, fill=fill)
        self.texts.append((y, px / MM, s))
        return w / MM

    def lines(self, x, y, rows, f="sans", pt=10, lh=None, align="l"):
        lh = lh or pt * 0.45
        for r in rows:
            self.t(x, y, r, f, pt, align)
            y += lh
        return y

    def wrap(self, x, y, text, width, f="sans", pt=10, lh=None):
        fo = font(f, pt)
        lh = lh or pt * 0.47
        words, cur = text.split(), ""
        for w_ in words:
            trial = (cur + " " + w_).strip()
            if self.d.textlength(trial, font=fo) / MM > width and cur:
                self.t(x, y, cur, f, pt)
                y += lh
                cur = w_
            else:
                cur = trial
        if cur:
            self.t(x, y, cur, f, pt)
            y += lh
        return y

    def hl(self, x0, x1, y, w=0.3, fill=(0, 0, 0)):
        self.d.line([(x0 * MM, y * MM), (x1 * MM, y * MM)], fill=fill, width=max(1, int(w * MM)))

    def box(self, x0, y0, x1, y1, w=0.25, fill=None, outline=(0, 0, 0)):
        self.d.rectangle([x0 * MM, y0 * MM, x1 * MM, y1 * MM], outline=outline, fill=fill,
                         width=max(1, int(w * MM)))


DOCS = {}


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------- invoices
@doc
def inv_utility():
    """Utility-company bill: logo, right info block with customer number FIRST, contract account,
    billing period (two dates), totals Netto / zzgl. USt / Rechnungsbetrag, 3-column footer."""
    p = P()
    p.t(20, 14, "Stadtwerke", "lib-b", 20, fill=(0, 90, 160))
    p.t(20, 22, "Neckartal", "lib", 20, fill=(0, 90, 160))
    p.t(190, 16, "Energie · Wasser · Bäder", "lib", 9, "r", fill=(0, 90, 160))
    p.t(20, 45, "Stadtwerke Neckartal GmbH · Postfach 10 22 41 · 72622 Nürtingen", "lib", 7)
    p.lines(20, 52, ["Stadt Filderstadt", "Gebäudemanagement", "Herrn Kraus", "Rathausplatz 3",
                     "70794 Filderstadt"], "lib", 10.5, 4.9)
    info = [("Kundennr.", "4004 718 22"), ("Vertragskonto", "2100 3381 9"),
            ("Rechnungsnr.", "7391 2024 0558"), ("Datum", "22.04.2024"),
            ("Ihr Ansprechpartner", "Frau Öztürk"), ("Telefon", "07022 403-118")]
    y = 50
    for k, v in info:
        p.t(128, y, k, "lib", 8.5)
        p.t(190, y, v, "lib", 8.5, "r")
        y += 4.3
    p.t(20, 92, "Rechnung Strom – Abnahmestelle Grundschule Am Bühl", "lib-b", 12)
    p.t(20, 99, "Abrechnungszeitraum 01.01.2024 bis 31.03.2024 · Zählernummer 1ESY1160 4471 82",
        "lib", 9)
    y = 110
    p.box(20, y - 1, 190, y + 5, fill=(225, 235, 245), outline=(225, 235, 245))
    for x, h, a in [(22, "Leistung", "l"), (120, "Menge", "r"), (150, "Preis", "r"), (188, "Betrag €", "r")]:
        p.t(x, y, h, "lib-b", 9, a)
    y += 8
    rows = [("Arbeitspreis HT", "18.420 kWh", "0,2814 €", "5.183,39"),
            ("Arbeitspreis NT", "6.105 kWh", "0,2231 €", "1.362,03"),
            ("Grundpreis", "3 Monate", "14,90 €", "44,70"),
            ("Messstellenbetrieb", "3 Monate", "7,50 €", "22,50")]
    for r in rows:
        p.t(22, y, r[0], "lib", 9); p.t(120, y, r[1], "lib", 9, "r")
        p.t(150, y, r[2], "lib", 9, "r"); p.t(188, y, r[3], "lib", 9, "r")
        y += 5
    p.hl(110, 190, y); y += 3
    for lab, val, f in [("Nettobetrag", "6.612,62 €", "lib"), ("zzgl. 19 % USt", "1.256,40 €", "lib"),
                        ("Rechnungsbetrag", "7.869,02 €", "lib-b"),
                        ("abzgl. geleistete Abschläge", "6.300,00 €", "lib"),
                        ("Nachzahlung", "1.569,02 €", "lib-b")]:
        p.t(112, y, lab, f, 10); p.t(188, y, val, f, 10, "r"); y += 5.5
    y += 6
    y = p.wrap(20, y, "Den Nachzahlungsbetrag buchen wir am 06.05.2024 von Ihrem Konto ab. "
               "Ihr neuer monatlicher Abschlag beträgt ab Mai 2.150,00 €.", 170, "lib", 9.5)
    p.hl(20, 190, 268, 0.2, (0, 90, 160))
    cols = [["Stadtwerke Neckartal GmbH", "Sitz Nürtingen, Amtsgericht", "Stuttgart HRB 224718",
             "USt-IdNr. DE 811 305 669"],
            ["Geschäftsführung:", "Dr. Anja Weidner,", "Thomas Rieger",
             "Aufsichtsrat: OB Klaus Hess"],
            ["Kreissparkasse Esslingen-Nürtingen", "IBAN DE39 6115 0020 0010 5580 77", "BIC ESSLDE66XXX",
             "Gläubiger-ID DE98ZZZ00000012345"]]
    for x, col in zip([20, 78, 132], cols):
        p.lines(x, 271, col, "lib", 7, 3.2)
    return p, "rechnung", {"lieferant": "Stadtwerke Neckartal GmbH", "rechnungsnummer": "739120240558",
                           "rechnungsdatum": "2024-04-22", "betrag_brutto": "7869.02",
                           "iban": "DE39611500200010558077", "ust_id": "DE811305669"}


@doc
def inv_craftsman():
    """Small craftsman: centered serif letterhead, 'Rechnung Nr. 2024-117 vom 03.05.2024' in one
    line, Steuernummer (no USt-Id), IBAN in running text, net + gross."""
    p = P()
    p.t(105, 15, "Malerbetrieb Jürgen Keßler", "serif-b", 17, "c")
    p.t(105, 23, "Meisterbetrieb · Maler- und Lackiererarbeiten · Fassadengestaltung", "serif", 9, "c")
    p.t(105, 28, "Hauptstraße 41 · 73760 Ostfildern · Tel. 0711 34 19 27 · info@maler-kessler.de",
        "serif", 8.5, "c")
    p.lines(25, 50, ["Stadtverwaltung Filderstadt", "Hochbauamt", "z. Hd. Herrn Weber",
                     "Rathausplatz 3", "70794 Filderstadt"], "serif", 11, 5.2)
    p.t(185, 78, "Ostfildern, 03.05.2024", "serif", 11, "r")
    p.t(25, 92, "Rechnung Nr. 2024-117 vom 03.05.2024", "serif-b", 13)
    p.t(25, 100, "Bauvorhaben: Kindergarten Sonnenblume, Gartenstraße 8 – Ihr Auftrag vom 12.03.2024",
        "serif", 10)
    y = 110
    y = p.wrap(25, y, "Sehr geehrter Herr Weber, für die in der Zeit vom 08.04. bis 26.04.2024 "
               "ausgeführten Malerarbeiten erlauben wir uns, wie folgt abzurechnen:", 160, "serif", 11)
    y += 4
    rows = [("01", "Gruppenräume EG, Wände spachteln und streichen", "146,5 m²", "12,80", "1.875,20"),
            ("02", "Decken Flur und Garderobe, Dispersion weiß", "64,0 m²", "9,40", "601,60"),
            ("03", "Türzargen lackieren, Stk.", "9", "58,00", "522,00"),
            ("04", "Abdeckarbeiten, Schutzfolie", "pauschal", "", "180,00")]
    for r in rows:
        p.t(25, y, r[0], "serif", 10); p.t(33, y, r[1], "serif", 10)
        p.t(140, y, r[2], "serif", 10, "r"); p.t(160, y, r[3], "serif", 10, "r")
        p.t(185, y, r[4], "serif", 10, "r"); y += 5.4
    p.hl(120, 185, y); y += 2.5
    for lab, val, f in [("Summe netto", "3.178,80 EUR", "serif"), ("19 % Mehrwertsteuer", "603,97 EUR", "serif"),
                        ("Gesamtbetrag", "3.782,77 EUR", "serif-b")]:
        p.t(122, y, lab, f, 10.5); p.t(185, y, val, f, 10.5, "r"); y += 5.6
    y += 8
    y = p.wrap(25, y, "Bitte überweisen Sie den Gesamtbetrag bis zum 17.05.2024 ohne Abzug auf unser Konto "
               "bei der Volksbank Esslingen, IBAN DE08 6119 0110 0512 3450 04, BIC GENODES1ES1. "
               "Bei Rückfragen stehen wir Ihnen gerne zur Verfügung.", 160, "serif", 11)
    y += 6
    p.lines(25, y, ["Mit freundlichen Grüßen", "", "", "Jürgen Keßler"], "serif", 11, 5.2)
    p.t(105, 282, "Steuernummer 59 428/30117 · Handwerkskammer Region Stuttgart", "serif", 7.5, "c")
    return p, "rechnung", {"lieferant": "Malerbetrieb Jürgen Keßler", "rechnungsnummer": "2024-117",
                           "rechnungsdatum": "2024-05-03", "betrag_brutto": "3782.77",
                           "iban": "DE08611901100512345004"}


@doc
def inv_header_table():
    """Wholesaler: the invoice data as a column table (labels in a header row, values below),
    order date and delivery date beside the invoice date, 'Endbetrag' with net and VAT."""
    p = P()
    p.t(190, 14, "BÜROWELT", "narrow-b", 24, "r")
    p.t(190, 24, "Schreiber & Lang KG", "narrow", 11, "r")
    p.t(190, 29, "Siemensstraße 112 · 71254 Ditzingen", "narrow", 9, "r")
    p.t(20, 45, "Schreiber & Lang KG · Siemensstraße 112 · 71254 Ditzingen", "narrow", 7)
    p.lines(20, 51, ["Stadt Filderstadt", "Schulverwaltungsamt", "Rathausplatz 3", "70794 Filderstadt"],
            "narrow", 11, 5)
    p.t(20, 84, "RECHNUNG", "narrow-b", 16)
    heads = ["Beleg-Nr.", "Datum", "Kunden-Nr.", "Auftrag vom", "Lieferdatum", "Seite"]
    vals = ["RG-0093381", "15.02.2024", "K-20417", "02.02.2024", "09.02.2024", "1 / 1"]
    xs = [20, 48, 73, 98, 125, 152]
    p.box(20, 93, 175, 105, 0.25)
    for x, h, v in zip(xs, heads, vals):
        p.t(x + 1.5, 94.5, h, "narrow", 8)
        p.t(x + 1.5, 99.5, v, "narrow", 10)
    y = 115
    for x, h in [(20, "Art.-Nr."), (45, "Bezeichnung"), (130, "Menge"), (150, "E-Preis"), (190, "Gesamt")]:
        p.t(x, y, h, "narrow-b", 9.5, "r" if x == 190 else "l")
    p.hl(20, 190, y + 5); y += 8
    for r in [("410-22", "Kopierpapier A4 80 g, 5 x 500 Bl.", "40", "21,90", "876,00"),
              ("118-04", "Ordner breit, blau", "120", "2,35", "282,00"),
              ("730-15", "Toner HP 59X schwarz", "6", "189,00", "1.134,00")]:
        p.t(20, y, r[0], "narrow", 10); p.t(45, y, r[1], "narrow", 10); p.t(130, y, r[2], "narrow", 10)
        p.t(150, y, r[3], "narrow", 10); p.t(190, y, r[4], "narrow", 10, "r"); y += 5.2
    p.hl(20, 190, y); y += 3
    for lab, val, f in [("Warenwert netto", "2.292,00", "narrow"), ("MwSt 19 %", "435,48", "narrow"),
                        ("Endbetrag EUR", "2.727,48", "narrow-b")]:
        p.t(130, y, lab, f, 10.5); p.t(190, y, val, f, 10.5, "r"); y += 5.5
    y += 6
    p.wrap(20, y, "Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto. Es gelten unsere AGB. "
           "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", 170, "narrow", 9.5)
    p.hl(20, 190, 266, 0.2)
    cols = [["Schreiber & Lang KG", "Kommanditgesellschaft, Sitz Ditzingen", "Registergericht Stuttgart HRA 73011"],
            ["Persönlich haftend: Schreiber Verwaltungs GmbH", "USt-IdNr.: DE 245 118 903", "Tel. 07156 9330-0"],
            ["Bankverbindung: BW-Bank Stuttgart", "IBAN: DE15 6005 0101 0002 2261 30", "BIC: SOLADEST600"]]
    for x, col in zip([20, 80, 140], cols):
        p.lines(x, 269, col, "narrow", 7, 3.2)
    return p, "rechnung", {"lieferant": "Schreiber & Lang KG", "rechnungsnummer": "RG-0093381",
                           "rechnungsdatum": "2024-02-15", "betrag_brutto": "2727.48",
                           "iban": "DE15600501010002226130", "ust_id": "DE245118903"}


@doc
def inv_it_service():
    """IT freelancer: date as 'Stuttgart, den 14. März 2024', invoice number in a subject line
    'Rechnung 24/031', performance period, gross labelled 'Zahlbetrag'."""
    p = P()
    p.t(20, 15, "Dipl.-Inf. Sabine Hartung", "sans-b", 13)
    p.t(20, 21, "IT-Beratung & Netzwerktechnik", "sans", 9.5)
    p.lines(140, 14, ["Lerchenweg 9", "70597 Stuttgart", "Mobil 0172 4419 306", "s.hartung@hartung-it.de"],
            "sans", 8.5, 4)
    p.t(20, 45, "S. Hartung · Lerchenweg 9 · 70597 Stuttgart", "sans", 7)
    p.lines(20, 51, ["Stadt Filderstadt", "Amt für Digitalisierung", "Rathausplatz 3", "70794 Filderstadt"],
            "sans", 10, 4.8)
    p.t(190, 82, "Stuttgart, den 14. März 2024", "sans", 10, "r")
    p.t(20, 92, "Rechnung 24/031 – Netzwerkwartung Februar 2024", "sans-b", 11.5)
    p.t(20, 98, "Ihre Bestellung Nr. 4500128871 vom 29.01.2024 · Leistungszeitraum 01.02.–29.02.2024",
        "sans", 9)
    y = 108
    y = p.wrap(20, y, "Sehr geehrte Damen und Herren, vereinbarungsgemäß berechne ich Ihnen für die "
               "Betreuung der Netzwerkinfrastruktur:", 170, "sans", 10)
    y += 3
    for r in [("Wartung Firewall und Switches (Pauschale)", "1", "650,00", "650,00"),
              ("Einsatz vor Ort, Stunden", "7,5", "95,00", "712,50")]:
        p.t(20, y, r[0], "sans", 10); p.t(130, y, r[1], "sans", 10, "r")
        p.t(155, y, r[2], "sans", 10, "r"); p.t(190, y, r[3], "sans", 10, "r"); y += 5.2
    p.hl(120, 190, y); y += 3
    for lab, val, f in [("Zwischensumme", "1.362,50 €", "sans"), ("Umsatzsteuer 19 %", "258,88 €", "sans"),
                        ("Zahlbetrag", "1.621,38 €", "sans-b")]:
        p.t(120, y, lab, f, 10); p.t(190, y, val, f, 10, "r"); y += 5.4
    y += 6
    y = p.wrap(20, y, "Bitte überweisen Sie den Zahlbetrag innerhalb von 14 Tagen unter Angabe der "
               "Rechnungsnummer auf das unten genannte Konto.", 170, "sans", 10)
    y += 4
    p.lines(20, y, ["Mit freundlichen Grüßen", "Sabine Hartung"], "sans", 10, 5)
    p.hl(20, 190, 270, 0.2)
    p.t(20, 273, "GLS Bank · IBAN DE05 4306 0967 1174 9012 00 · BIC GENODEM1GLS · Steuer-Nr. 93036/11207 · "
        "USt-IdNr. DE318760023", "sans", 7)
    return p, "rechnung", {"lieferant": "Sabine Hartung", "rechnungsnummer": "24/031",
                           "rechnungsdatum": "2024-03-14", "betrag_brutto": "1621.38",
                           "iban": "DE05430609671174901200", "ust_id": "DE318760023"}


# ---------------------------------------------------------------- letters
@doc
def wid_prose():
    """Citizen's Widerspruch: sender block RIGHT-aligned, reference line with 'Ihr Zeichen',
    'Ihre Nachricht vom' (= Bescheid date) and letter date; service date in the body."""
    p = P()
    p.lines(190, 18, ["Hans-Peter Grünwald", "Eichendorffstraße 27", "70794 Filderstadt",
                      "Tel. 0711 7703 552"], "libserif", 11, 5, "r")
    p.lines(25, 50, ["Stadt Filderstadt", "Rechtsamt", "Postfach 1140", "70788 Filderstadt"],
            "libserif", 11, 5.2)
    y = 82
    for x, k, v in [(25, "Ihr Zeichen", "32.4-2024/1187"), (75, "Ihre Nachricht vom", "12.04.2024"),
                    (125, "Mein Zeichen", "—"), (160, "Datum", "02.05.2024")]:
        p.t(x, y, k, "libserif", 8); p.t(x, y + 4, v, "libserif", 11)
    p.t(25, 96, "Widerspruch – Gebührenbescheid Straßenreinigung 2024", "libserif-b", 12)
    y = 106
    y = p.wrap(25, y, "Sehr geehrte Damen und Herren,", 160, "libserif", 11) + 2
    y = p.wrap(25, y, "gegen Ihren oben genannten Bescheid, bei mir eingegangen am 16. April 2024, lege ich "
               "hiermit Widerspruch ein. Sie haben für mein Grundstück eine Frontlänge von 38 Metern "
               "angesetzt. Tatsächlich grenzt das Grundstück nur mit 19 Metern an die Eichendorffstraße; "
               "die übrige Seite liegt an einem Privatweg, der nicht von der Stadt gereinigt wird.",
               160, "libserif", 11) + 2
    y = p.wrap(25, y, "Ich bitte Sie, die Gebühr entsprechend zu berichtigen und mir einen geänderten "
               "Bescheid zu schicken. Einen Lageplan lege ich bei. Bis zur Entscheidung über meinen "
               "Widerspruch beantrage ich, die Vollziehung auszusetzen.", 160, "libserif", 11) + 4
    p.lines(25, y, ["Mit freundlichen Grüßen", "", "", "Hans-Peter Grünwald", "", "Anlage: Lageplan"],
            "libserif", 11, 5.2)
    return p, "widerspruch", {"nachname": "Grünwald", "vorname": "Hans-Peter", "strasse": "Eichendorffstraße 27",
                              "plz": "70794", "ort": "Filderstadt", "aktenzeichen": "32.4-2024/1187",
                              "bescheid_datum": "2024-04-12", "telefon": "07117703552"}


@doc
def wid_oneline():
    """Widerspruch with a one-line sender centred at the top, subject carrying Aktenzeichen and date
    in words ('vom 5. März 2024'), birth date in the text, e-mail below the signature."""
    p = P()
    p.t(105, 15, "Petra Schäfer-Yilmaz · Am Kirchberg 4 · 71384 Weinstadt", "sans", 9, "c")
    p.hl(20, 190, 21, 0.2)
    p.lines(20, 45, ["Landratsamt Rems-Murr-Kreis", "Abfallwirtschaft", "Alter Postplatz 10",
                     "71332 Waiblingen"], "sans", 10, 4.8)
    p.t(190, 75, "Weinstadt, 28.3.24", "sans", 10, "r")
    p.wrap(20, 86, "Bescheid über Abfallgebühren vom 5. März 2024, Kassenzeichen 5.2341.118907.3, "
           "Az. AWG/24-03316: Widerspruch", 170, "sans-b", 10.5)
    y = 100
    y = p.wrap(20, y, "Guten Tag,", 170, "sans", 10) + 1
    y = p.wrap(20, y, "mit dem genannten Bescheid wurde für unseren Haushalt eine 240-Liter-Restmülltonne "
               "berechnet. Wir haben bereits im Januar 2024 auf eine 120-Liter-Tonne umgestellt "
               "(Tauschauftrag vom 11.01.2024). Ich widerspreche deshalb dem Bescheid und bitte um "
               "Neuberechnung.", 170, "sans", 10) + 1
    y = p.wrap(20, y, "Zur eindeutigen Zuordnung: Ich bin die Grundstückseigentümerin, geboren am 19.08.1971.",
               170, "sans", 10) + 5
    p.lines(20, y, ["Freundliche Grüße", "", "Petra Schäfer-Yilmaz", "petra.schaefer-yilmaz@web.de"],
            "sans", 10, 5)
    return p, "widerspruch", {"nachname": "Schäfer-Yilmaz", "vorname": "Petra", "strasse": "Am Kirchberg 4",
                              "plz": "71384", "ort": "Weinstadt", "aktenzeichen": "AWG/24-03316",
                              "bescheid_datum": "2024-03-05", "geburtsdatum": "1971-08-19",
                              "email": "petra.schaefer-yilmaz@web.de"}


@doc
def dog_letter():
    """Hundesteuer as a plain letter: dog data in prose, three dates (owner birth, dog birth,
    start of keeping), IBAN for direct debit."""
    p = P()
    p.lines(20, 18, ["Familie", "Marco und Julia Bianchi", "Uhlandstraße 5/1", "70794 Filderstadt"],
            "serif", 10.5, 5)
    p.lines(20, 50, ["An die", "Stadtkämmerei – Steueramt", "Rathausplatz 3", "70794 Filderstadt"],
            "serif", 10.5, 5)
    p.t(190, 75, "Filderstadt, den 10. Juni 2024", "serif", 10.5, "r")
    p.t(20, 86, "Anmeldung unseres Hundes", "serif-b", 11.5)
    y = 96
    y = p.wrap(20, y, "Sehr geehrte Damen und Herren,", 170, "serif", 10.5) + 1.5
    y = p.wrap(20, y, "wir haben uns einen Hund angeschafft und möchten ihn hiermit zur Hundesteuer "
               "anmelden. Es handelt sich um eine Hündin der Rasse Labrador Retriever, Name „Frieda“, "
               "Farbe gelb, geworfen am 02.02.2024. Sie lebt seit dem 1. Juni 2024 bei uns; wir haben "
               "sie von einer Züchterin in Calw übernommen. Die Chipnummer lautet 276 098 106 331 872.",
               170, "serif", 10.5) + 1.5
    y = p.wrap(20, y, "Halter ist Marco Bianchi, geboren am 23.11.1986. Es ist unser einziger Hund. Die Steuer "
               "kann gerne von unserem Konto abgebucht werden: IBAN DE42 6005 0101 7654 3210 98.",
               170, "serif", 10.5) + 5
    p.lines(20, y, ["Mit freundlichen Grüßen", "", "Marco Bianchi"], "serif", 10.5, 5)
    return p, "hundesteuer_anmeldung", {"nachname": "Bianchi", "vorname": "Marco", "geburtsdatum": "1986-11-23",
                                        "strasse": "Uhlandstraße 5/1", "plz": "70794", "ort": "Filderstadt",
                                        "hunderasse": "Labrador Retriever", "haltungsbeginn": "2024-06-01",
                                        "iban": "DE42600501017654321098"}


@doc
def misc_hours():
    """Sonstiges: a short enquiry about opening hours (mentions 'Anmeldung' and 'Wohnsitz')."""
    p = P()
    p.lines(20, 18, ["Olga Petrenko", "Bahnhofstraße 14", "70794 Filderstadt"], "lib", 10.5, 5)
    p.lines(20, 48, ["Stadt Filderstadt", "Bürgerbüro", "Rathausplatz 3", "70794 Filderstadt"], "lib", 10.5, 5)
    p.t(190, 72, "07.10.2024", "lib", 10.5, "r")
    p.t(20, 82, "Frage zu Ihren Öffnungszeiten", "lib-b", 11)
    y = 92
    y = p.wrap(20, y, "Sehr geehrte Damen und Herren,", 170, "lib", 10.5) + 1.5
    y = p.wrap(20, y, "ich bin am 1. Oktober nach Filderstadt gezogen und muss meinen Wohnsitz noch anmelden. "
               "Leider arbeite ich im Schichtdienst. Haben Sie auch an einem Samstag geöffnet, oder kann "
               "ich einen Termin nach 18 Uhr bekommen? Welche Unterlagen muss ich zur Anmeldung "
               "mitbringen (Reisepass, Wohnungsgeberbestätigung)?", 170, "lib", 10.5) + 1.5
    y = p.wrap(20, y, "Vielen Dank für Ihre Antwort. Sie erreichen mich unter 0176 2231 9087.", 170, "lib", 10.5) + 5
    p.lines(20, y, ["Mit freundlichen Grüßen", "Olga Petrenko"], "lib", 10.5, 5)
    return p, "sonstiges", {"nachname": "Petrenko", "vorname": "Olga", "strasse": "Bahnhofstraße 14",
                            "plz": "70794", "ort": "Filderstadt", "telefon": "017622319087"}


@doc
def misc_parking_question():
    """Sonstiges: a question ABOUT the resident parking permit, with a plate number and a date,
    but no application."""
    p = P()
    p.t(190, 18, "Dr. Walter Ehrmann", "serif", 10, "r")
    p.t(190, 23, "Schillerplatz 2, 70794 Filderstadt", "serif", 10, "r")
    p.lines(20, 48, ["Stadt Filderstadt", "Straßenverkehrsbehörde", "Rathausplatz 3", "70794 Filderstadt"],
            "serif", 10.5, 5)
    p.t(190, 72, "Filderstadt, 3. September 2024", "serif", 10.5, "r")
    p.t(20, 82, "Bewohnerparken in der Zone C – Anfrage", "serif-b", 11)
    y = 92
    y = p.wrap(20, y, "Sehr geehrte Damen und Herren,", 170, "serif", 10.5) + 1.5
    y = p.wrap(20, y, "mein Bewohnerparkausweis für das Fahrzeug S-WE 2207 läuft am 30.09.2024 ab. "
               "Bevor ich eine Verlängerung beantrage, möchte ich wissen, ob die Gebühr, wie in der Zeitung "
               "zu lesen war, ab 2025 erhöht wird, und ob Halter eines Elektrofahrzeugs eine Ermäßigung "
               "erhalten. Für eine kurze Auskunft wäre ich dankbar.", 170, "serif", 10.5) + 5
    p.lines(20, y, ["Mit freundlichem Gruß", "", "Walter Ehrmann"], "serif", 10.5, 5)
    return p, "sonstiges", {"nachname": "Ehrmann", "vorname": "Walter", "strasse": "Schillerplatz 2",
                            "plz": "70794", "ort": "Filderstadt"}


# ---------------------------------------------------------------- forms
def labelled_box(p, x0, y0, x1, label, value, lf="sans", vf="sans", lpt=6.5, vpt=11, h=11):
    p.box(x0, y0, x1, y0 + h, 0.2)
    p.t(x0 + 1, y0 + 0.6, label, lf, lpt)
    if value:
        p.t(x0 + 1.8, y0 + h - 6, value, vf, vpt)


@doc
def resid_table():
    """Meldeschein-like form: 2-column grid, tiny labels INSIDE the top of each value box,
    previous address beside the new one (two streets, two PLZ), Einzugsdatum and Auszugsdatum."""
    p = P()
    p.t(20, 14, "Meldebehörde Filderstadt", "sans", 8)
    p.t(20, 20, "Anmeldung", "sans-b", 16)
    p.t(20, 28, "bei der Meldebehörde (§ 17 Abs. 1 BMG)", "sans", 9)
    p.box(140, 14, 190, 30, 0.2)
    p.t(141, 15, "Eingangsstempel / Bearbeitungsvermerk", "sans", 6)
    y = 38
    labelled_box(p, 20, y, 105, "Tag des Einzugs", "15.08.2024")
    labelled_box(p, 105, y, 190, "Tag des Auszugs aus der bisherigen Wohnung", "14.08.2024")
    y += 14
    p.t(20, y, "Neue Wohnung", "sans-b", 9); p.t(105, y, "Bisherige Wohnung", "sans-b", 9)
    y += 5
    # the field holds street and house number; the address supplement after them is not part of it
    # (README: "Field values")
    labelled_box(p, 20, y, 105, "Straße, Hausnummer, Zusätze", "Goethestraße 18, 2. OG links")
    labelled_box(p, 105, y, 190, "Straße, Hausnummer, Zusätze", "Marienplatz 7")
    y += 11
    labelled_box(p, 20, y, 45, "Postleitzahl", "70794")
    labelled_box(p, 45, y, 105, "Gemeinde", "Filderstadt")
    labelled_box(p, 105, y, 130, "Postleitzahl", "80331")
    labelled_box(p, 130, y, 190, "Gemeinde, Kreis", "München")
    y += 16
    p.t(20, y, "Angaben zur Person", "sans-b", 9)
    y += 5
    labelled_box(p, 20, y, 105, "Familienname", "Nguyen")
    labelled_box(p, 105, y, 190, "Geburtsname", "Tran")
    y += 11
    labelled_box(p, 20, y, 105, "Vorname(n) (Rufname unterstreichen)", "Thi Lan")
    labelled_box(p, 105, y, 190, "Doktorgrad / Ordensname", "")
    y += 11
    labelled_box(p, 20, y, 62, "Geburtsdatum", "04.12.1993")
    labelled_box(p, 62, y, 105, "Geschlecht", "weiblich")
    labelled_box(p, 105, y, 190, "Geburtsort, Staat", "Hanoi, Vietnam")
    y += 11
    labelled_box(p, 20, y, 105, "Familienstand", "verheiratet seit 22.06.2019")
    labelled_box(p, 105, y, 190, "Staatsangehörigkeit(en)", "vietnamesisch")
    y += 11
    labelled_box(p, 20, y, 105, "Religionsgesellschaft", "—")
    labelled_box(p, 105, y, 190, "Ausweis: Art, Nummer, Ausstellungsdatum", "Pass C4471902, 03.03.2021")
    y += 18
    p.wrap(20, y, "Ich versichere, dass die Angaben vollständig und richtig sind. Die Wohnungsgeberbestätigung "
           "liegt bei.", 170, "sans", 9)
    y += 16
    p.hl(20, 90, y); p.hl(110, 190, y)
    p.t(20, y + 1.5, "Datum", "sans", 7); p.t(110, y + 1.5, "Unterschrift", "sans", 7)
    p.t(22, y - 6, "19.08.2024", "sans", 11)
    return p, "wohnsitzanmeldung", {"nachname": "Nguyen", "vorname": "Thi Lan", "geburtsdatum": "1993-12-04",
                                    "strasse": "Goethestraße 18", "plz": "70794",
                                    "ort": "Filderstadt", "einzugsdatum": "2024-08-15"}


@doc
def gewerbe_numbered():
    """GewA1-like form: numbered items ('1 Name', '2 Vornamen' ...), label column on the left,
    home address AND business address, two dates (birth, start)."""
    p = P()
    p.t(20, 12, "Gewerbe-Anmeldung", "lib-b", 15)
    p.t(20, 19, "nach § 14 GewO oder § 55c GewO", "lib", 8.5)
    p.t(190, 12, "GewA 1", "lib-b", 11, "r")
    p.t(20, 27, "Bitte vollständig und gut lesbar in Druckschrift ausfüllen.", "lib", 8)
    rows = [
        ("1", "Name", "Aydın"),
        ("2", "Vornamen", "Mehmet Can"),
        ("3", "Geschlecht", "männlich"),
        ("4", "Geburtsdatum", "07.10.1990"),
        ("5", "Geburtsort und -land", "Izmir, Türkei"),
        ("6", "Staatsangehörigkeit(en)", "deutsch"),
        ("7", "Anschrift der Wohnung (Straße, Haus-Nr., PLZ, Ort)", "Kelterweg 22, 70794 Filderstadt"),
        ("8", "Telefon / E-Mail", "0157 3310 4812 / m.aydin@aydin-catering.de"),
        ("9", "Betriebsstätte (Straße, Haus-Nr., PLZ, Ort)", "Industriestraße 5, 70565 Stuttgart"),
        ("10", "Angemeldete Tätigkeit (ausführliche Angabe)", "Catering und Partyservice, Lieferung von Speisen"),
        ("11", "Datum des Beginns der angemeldeten Tätigkeit", "01.09.2024"),
        ("12", "Zahl der bei Geschäftsaufgabe tätigen Personen", "Vollzeit 2, Teilzeit 1"),
    ]
    y = 36
    for n, lab, val in rows:
        p.box(20, y, 190, y + 12, 0.2)
        p.d.line([(28 * MM, y * MM), (28 * MM, (y + 12) * MM)], fill=0, width=2)
        p.d.line([(85 * MM, y * MM), (85 * MM, (y + 12) * MM)], fill=0, width=2)
        p.t(21.5, y + 1.5, n, "lib", 9)
        p.wrap(29.5, y + 1.5, lab, 54, "lib", 8.5, 3.8)
        p.t(87, y + 4, val, "libserif", 11.5)
        y += 12
    y += 8
    p.t(20, y, "Filderstadt, 20.08.2024", "libserif", 11)
    p.hl(110, 190, y + 6); p.t(110, y + 7.5, "Unterschrift", "lib", 7)
    return p, "gewerbeanmeldung", {"nachname": "Aydın", "vorname": "Mehmet Can", "geburtsdatum": "1990-10-07",
                                   "strasse": "Kelterweg 22", "plz": "70794", "ort": "Filderstadt",
                                   "taetigkeit": "Catering und Partyservice, Lieferung von Speisen",
                                   "beginn_datum": "2024-09-01", "telefon": "015733104812",
                                   "email": "m.aydin@aydin-catering.de"}


@doc
def bau_cover():
    """Bauantrag cover sheet: Bauherr and Entwurfsverfasser side by side (architect's address to the
    right of the applicant's), Baugrundstück with Gemarkung / Flur / Flurstück in one row."""
    p = P()
    p.t(20, 12, "An die untere Baurechtsbehörde", "sans", 9)
    p.t(20, 17, "Stadt Filderstadt – Baurechtsamt", "sans", 9)
    p.t(20, 27, "Bauantrag", "sans-b", 18)
    p.t(20, 35, "Antrag auf Baugenehmigung (§ 49 LBO) – Deckblatt", "sans", 9.5)
    p.box(140, 12, 190, 36, 0.2); p.t(141, 13, "Eingangsvermerk", "sans", 6)
    y = 44
    p.box(20, y, 105, y + 42, 0.25); p.box(105, y, 190, y + 42, 0.25)
    p.t(22, y + 1.5, "Bauherrin / Bauherr", "sans-b", 9)
    p.t(107, y + 1.5, "Entwurfsverfasserin / Entwurfsverfasser", "sans-b", 9)
    left = [("Name, Vorname", "Kowalski, Andrzej"), ("Straße, Hausnummer", "Birkenallee 31"),
            ("PLZ, Ort", "70794 Filderstadt"), ("Telefon", "0711 7708 214")]
    right = [("Name, Büro", "Architekturbüro Lenz + Vogt"), ("Straße, Hausnummer", "Olgastraße 120"),
             ("PLZ, Ort", "70180 Stuttgart"), ("Kammer-Nr.", "AKBW 041 877")]
    for x, col in [(22, left), (107, right)]:
        yy = y + 8
        for k, v in col:
            p.t(x, yy, k, "sans", 6.5); p.t(x, yy + 3, v, "sans", 10.5); yy += 8.5
    y += 48
    p.t(20, y, "Baugrundstück", "sans-b", 10)
    y += 5
    labelled_box(p, 20, y, 105, "Straße, Hausnummer", "Birkenallee 31")
    labelled_box(p, 105, y, 190, "Ort", "Filderstadt-Bonlanden")
    y += 11
    labelled_box(p, 20, y, 80, "Gemarkung", "Bonlanden")
    labelled_box(p, 80, y, 120, "Flur", "3")
    labelled_box(p, 120, y, 190, "Flurstück(e)", "1722/4")
    y += 17
    p.t(20, y, "Vorhaben", "sans-b", 10)
    y += 5
    p.box(20, y, 190, y + 16, 0.2)
    p.t(21, y + 0.6, "Genaue Bezeichnung des Vorhabens", "sans", 6.5)
    p.t(22, y + 5, "Anbau eines Wintergartens an ein bestehendes Einfamilienhaus", "sans", 11)
    y += 22
    p.t(20, y, "Art des Verfahrens:  [X] Baugenehmigungsverfahren   [ ] Kenntnisgabeverfahren", "sans", 9.5)
    y += 8
    p.t(20, y, "Beigefügte Bauvorlagen: Lageplan, Bauzeichnungen, Baubeschreibung, Standsicherheitsnachweis",
        "sans", 9)
    y += 16
    p.hl(20, 95, y); p.hl(110, 190, y)
    p.t(20, y + 1.5, "Ort, Datum, Unterschrift Bauherr", "sans", 7)
    p.t(110, y + 1.5, "Unterschrift Entwurfsverfasser", "sans", 7)
    p.t(22, y - 6, "Filderstadt, 02.07.2024", "sans", 10)
    return p, "bauantrag", {"nachname": "Kowalski", "vorname": "Andrzej", "strasse": "Birkenallee 31",
                            "plz": "70794", "ort": "Filderstadt", "gemarkung": "Bonlanden",
                            "flurstueck": "1722/4",
                            "vorhaben": "Anbau eines Wintergartens an ein bestehendes Einfamilienhaus",
                            "telefon": "07117708214"}


@doc
def park_online():
    """Bewohnerparkausweis as a printed online-form summary: 'Feld: Wert' lines in a shaded table,
    Halter differs? no: applicant = holder; plate with E suffix; validity dates."""
    p = P()
    p.t(20, 14, "Service-Portal Filderstadt", "cond", 9, fill=(90, 90, 90))
    p.t(190, 14, "Ausdruck vom 11.03.2024 09:41", "cond", 8, "r", fill=(90, 90, 90))
    p.t(20, 24, "Ihr Antrag: Bewohnerparkausweis (Zone B – Altstadt)", "cond", 14)
    p.t(20, 32, "Vorgangsnummer 2024-BP-008812 · Status: eingereicht", "cond", 9)
    sect = [("Antragsteller/in", [("Anrede", "Frau"), ("Vorname", "Svenja"), ("Nachname", "Lindqvist"),
                                  ("Geburtsdatum", "30.01.1982"), ("Straße und Hausnummer", "Kirchgasse 3"),
                                  ("Postleitzahl", "70794"), ("Ort", "Filderstadt"),
                                  ("E-Mail", "svenja.lindqvist@posteo.de")]),
            ("Fahrzeug", [("Amtliches Kennzeichen", "S-LQ 482E"), ("Fahrzeugart", "Pkw (Elektro)"),
                          ("Halter/in", "Antragstellerin selbst"), ("Erstzulassung", "17.05.2022")]),
            ("Gültigkeit", [("gewünscht ab", "01.04.2024"), ("Dauer", "12 Monate")])]
    y = 42
    for title, rows in sect:
        p.box(20, y, 190, y + 7, fill=(210, 210, 210), outline=(210, 210, 210))
        p.t(22, y + 1.3, title, "cond", 10.5)
        y += 8
        for i, (k, v) in enumerate(rows):
            if i % 2:
                p.box(20, y - 0.5, 190, y + 5.5, fill=(243, 243, 243), outline=(243, 243, 243))
            p.t(22, y, k, "cond", 9.5); p.t(85, y, v, "cond", 9.5)
            y += 6
        y += 4
    p.wrap(20, y, "Die Gebühr von 30,70 € wird nach Prüfung per Bescheid festgesetzt. Bitte legen Sie eine "
           "Kopie des Fahrzeugscheins bei.", 170, "cond", 9)
    return p, "bewohnerparkausweis", {"nachname": "Lindqvist", "vorname": "Svenja", "geburtsdatum": "1982-01-30",
                                      "strasse": "Kirchgasse 3", "plz": "70794", "ort": "Filderstadt",
                                      "kennzeichen": "S-LQ 482E", "email": "svenja.lindqvist@posteo.de"}


@doc
def wohngeld_sections():
    """Wohngeld: lettered sections, person data in a ruled label/value grid, a household members
    TABLE (several names and birth dates), rent split into Kaltmiete / Nebenkosten / Gesamtmiete."""
    p = P()
    p.t(20, 12, "Antrag auf Mietzuschuss", "libserif-b", 15)
    p.t(20, 19, "(Wohngeld nach dem Wohngeldgesetz) – Erstantrag", "libserif", 9.5)
    y = 30
    p.t(20, y, "A  Antragstellende Person", "lib-b", 10); y += 6
    for k, v in [("Familienname", "Wagner"), ("Vorname", "Elke"), ("Geburtsdatum", "11.05.1958"),
                 ("Anschrift (Straße, Nr.)", "Am Sonnenhang 12a"), ("PLZ / Wohnort", "70794 Filderstadt"),
                 ("Telefon", "0711 77 23 90")]:
        p.t(22, y, k, "lib", 8.5); p.t(75, y - 0.8, v, "libserif", 11)
        p.hl(73, 190, y + 4.3, 0.15)
        y += 6.5
    y += 4
    p.t(20, y, "B  Haushaltsmitglieder (einschließlich antragstellender Person)", "lib-b", 10); y += 6
    p.box(20, y, 190, y + 6, fill=(230, 230, 230))
    for x, h in [(22, "Nr."), (32, "Name, Vorname"), (95, "Geburtsdatum"), (130, "Verwandtschaft")]:
        p.t(x, y + 1, h, "lib-b", 8.5)
    y += 6
    for i, (n, d, r) in enumerate([("Wagner, Elke", "11.05.1958", "Antragstellerin"),
                                   ("Wagner, Lukas", "02.09.2006", "Enkel")], 1):
        p.box(20, y, 190, y + 6.5)
        p.t(22, y + 1.3, str(i), "lib", 9.5); p.t(32, y + 1.3, n, "libserif", 10.5)
        p.t(95, y + 1.3, d, "libserif", 10.5); p.t(130, y + 1.3, r, "libserif", 10.5)
        y += 6.5
    p.t(22, y + 2, "Anzahl der Haushaltsmitglieder insgesamt:", "lib", 9); p.t(95, y + 1.5, "2", "libserif", 11)
    y += 12
    p.t(20, y, "C  Miete", "lib-b", 10); y += 6
    for k, v in [("Grundmiete (kalt) monatlich", "540,00 €"), ("Nebenkosten ohne Heizung", "95,00 €"),
                 ("Heizkosten", "70,00 €"), ("Gesamtmiete monatlich", "705,00 €")]:
        p.t(22, y, k, "lib", 9); p.t(150, y - 0.5, v, "libserif", 11, "r"); p.hl(110, 151, y + 4.3, 0.15)
        y += 6.5
    y += 4
    p.t(20, y, "D  Bankverbindung für die Auszahlung", "lib-b", 10); y += 6
    for k, v in [("Kontoinhaber/in", "Elke Wagner"), ("IBAN", "DE59 6009 0100 0344 9801 07"),
                 ("Kreditinstitut", "Volksbank Stuttgart")]:
        p.t(22, y, k, "lib", 8.5); p.t(75, y - 0.8, v, "libserif", 11); p.hl(73, 190, y + 4.3, 0.15)
        y += 6.5
    y += 10
    p.t(20, y, "Filderstadt, 04.03.2024", "libserif", 11)
    p.hl(110, 190, y + 5); p.t(110, y + 6.5, "Unterschrift der antragstellenden Person", "lib", 7)
    return p, "wohngeldantrag", {"nachname": "Wagner", "vorname": "Elke", "geburtsdatum": "1958-05-11",
                                 "strasse": "Am Sonnenhang 12a", "plz": "70794", "ort": "Filderstadt",
                                 "telefon": "0711772390", "haushaltsmitglieder": "2",
                                 "monatliche_miete": "705.00", "iban": "DE59600901000344980107"}


@doc
def dog_form_municipal():
    """Hundesteuer form from another town's layout: checkbox grid, dog data in a table with the breed
    under 'Rasse / Kreuzung', 'gehalten seit', and an older previous dog 'abgemeldet am'."""
    p = P()
    p.t(105, 12, "Gemeinde Aichtal – Steueramt", "serif", 9, "c")
    p.t(105, 19, "Anmeldung zur Hundesteuer", "serif-b", 14, "c")
    y = 32
    p.t(20, y, "Hundehalter/in", "serif-b", 10); y += 5
    grid = [[("Name", "Oberle"), ("Vorname", "Gisela")],
            [("geboren am", "09.03.1949"), ("Telefon", "07127 58 14 02")],
            [("Straße / Hausnummer", "Waldhornweg 2"), ("PLZ / Ort", "72631 Aichtal")]]
    for row in grid:
        x = 20
        for k, v in row:
            labelled_box(p, x, y, x + 85, k, v, "serif", "serif", 7, 11, 10)
            x += 85
        y += 10
    y += 6
    p.t(20, y, "Angaben zum Hund", "serif-b", 10); y += 5
    p.box(20, y, 190, y + 6, fill=(235, 235, 235))
    for x, h in [(22, "Rufname"), (55, "Rasse / Kreuzung"), (110, "Wurfdatum"), (140, "gehalten seit")]:
        p.t(x, y + 1, h, "serif", 8.5)
    y += 6
    p.box(20, y, 190, y + 7)
    for x, v in [(22, "Balou"), (55, "Berner Sennenhund"), (110, "12.2020"), (140, "15.07.2024")]:
        p.t(x, y + 1.3, v, "serif", 10.5)
    y += 12
    p.t(20, y, "[X] Der Hund wurde von einem Vorbesitzer übernommen (Tierheim Esslingen).", "serif", 9.5); y += 6
    p.t(20, y, "[ ] Es werden weitere Hunde gehalten.", "serif", 9.5); y += 6
    p.t(20, y, "[X] Mein bisheriger Hund wurde am 03.01.2024 abgemeldet (Steuermarke Nr. 118).", "serif", 9.5)
    y += 20
    p.t(20, y, "Aichtal, 18.07.2024", "serif", 11)
    p.hl(110, 190, y + 5); p.t(110, y + 6.5, "Unterschrift", "serif", 7)
    return p, "hundesteuer_anmeldung", {"nachname": "Oberle", "vorname": "Gisela", "geburtsdatum": "1949-03-09",
                                        "strasse": "Waldhornweg 2", "plz": "72631", "ort": "Aichtal",
                                        "hunderasse": "Berner Sennenhund", "haltungsbeginn": "2024-07-15",
                                        "telefon": "07127581402"}


def degrade(img: Image.Image, rng: random.Random) -> Image.Image:
    g = img.convert("L")
    ang = rng.choice([-1, 1]) * rng.uniform(0.5, 1.5)
    g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 10, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _text(p: P) -> str:
    """The drawn text line by line (items less than 1 mm apart in height are one line)."""
    lines: list[list[tuple[float, float, str]]] = []
    for y, x, t in sorted(p.texts):
        if lines and abs(lines[-1][0][0] - y) < 1.0:
            lines[-1].append((y, x, t))
        else:
            lines.append([(y, x, t)])
    return "\n".join(" ".join(t for _, _, t in sorted(ln, key=lambda i: i[1])) for ln in lines)


def write(out: Path, docs: dict | None = None) -> list[str]:
    """Render every probe document into ``out`` (inbox/ and truth/); returns the input names.

    ``docs``: name -> builder returning ``(P, doc_type, fields)``; default this module's ``DOCS``
    (``sample_docs.probe2`` passes its own)."""
    from classifiers.doctypes import taxonomy

    tax = taxonomy()
    inbox, truth = out / "inbox", out / "truth"
    inbox.mkdir(parents=True, exist_ok=True)
    truth.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    names = []
    for name, fn in (DOCS if docs is None else docs).items():
        p, dt, fields = fn()
        text = _text(p)
        for suffix, tier, fmt, img in ((".png", "clean", "png", p.img),
                                       ("_scan.jpg", "scanned", "jpeg", degrade(p.img, rng))):
            path = inbox / f"{name}{suffix}"
            if fmt == "png":
                img.save(path, dpi=(DPI, DPI))
            else:
                img.save(path, quality=70, dpi=(DPI, DPI))
            t = {"input": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                 "status": "processed", "error": None, "duplicate_of": None,
                 "documents": [{"pages": [1], "doc_type": dt, "department": tax.department(dt),
                                "fields": fields, "case": None}],
                 "meta": {"tier": tier, "layout": f"probe-{name}", "format": fmt, "split": "test",
                          "kind": "single"},
                 "pages": [{"page": 1, "kind": "content", "rotation": 0, "skew": 0.0, "dpi": DPI,
                            "text": text}]}
            (truth / f"{path.name}.json").write_text(json.dumps(t, ensure_ascii=False, indent=1),
                                                    encoding="utf-8")
            names.append(path.name)
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render the hand-made probe documents (real-mail layouts).")
    ap.add_argument("--out", type=Path, required=True, help="folder for inbox/ and truth/")
    args = ap.parse_args(argv)
    names = write(args.out)
    print(f"wrote {len(names)} inputs to {args.out / 'inbox'} and their truth to {args.out / 'truth'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
