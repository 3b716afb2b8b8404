"""Builders for the nine document types: forms, DIN 5008 letters and supplier invoices.

Each builder returns a ``GenDoc``: the page layouts plus the truth fields (normalised values of
exactly the fields whose values are drawn on the pages). Values are recorded at the moment they are
drawn, so a truth value is never invisible.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from . import values as V
from .forms import Check, F, FormSpec, Note, Pair, Section, pick_style, render_form
from .layout import Line, PageLayout, Rect, scribble, text_width_mm, wrap


@dataclass
class GenDoc:
    doc_type: str
    fields: dict[str, str]
    pages: list[PageLayout]
    layout: str
    born_digital_ok: bool = False


@dataclass
class Ctx:
    rng: random.Random
    city: V.City
    today: date
    person: V.Person | None = None
    supplier: V.Supplier | None = None
    az: tuple[str, str] | None = None  # Aktenzeichen to print (printed, normalised)
    family: str | None = None


class Truth(dict):
    """Collects the normalised value of every field as it is drawn."""

    def put(self, name: str, printed: str, norm: str | None = None) -> tuple[str, str]:
        self[name] = V.collapse(norm if norm is not None else printed)
        return (printed, name)


LABELS = {
    "nachname": ["Familienname", "Name", "Nachname", "Familienname (ggf. Geburtsname)"],
    "vorname": ["Vorname(n)", "Vorname", "Vornamen", "Rufname"],
    "geburtsdatum": ["Geburtsdatum", "geb. am", "Geboren am", "Tag der Geburt"],
    "strasse": ["Straße, Hausnr.", "Straße und Hausnummer", "Straße/Hausnummer", "Straße, Nr."],
    "plz": ["PLZ", "Postleitzahl"],
    "ort": ["Ort", "Wohnort", "Gemeinde"],
    "plz_ort": ["PLZ, Ort", "PLZ und Wohnort", "Postleitzahl, Ort", "PLZ / Ort"],
    "telefon": ["Telefon", "Tel.", "Telefon (tagsüber)", "Rufnummer"],
    "email": ["E-Mail", "E-Mail-Adresse", "Mail"],
    "aktenzeichen": ["Aktenzeichen (falls bekannt)", "Az.", "Aktenzeichen", "Geschäftszeichen"],
}


def lab(rng: random.Random, name: str) -> str:
    return rng.choice(LABELS[name])


def person_rows(c: Ctx, t: Truth, birth: bool = True, contact: float = 0.6,
                family_override: str | None = None) -> list:
    rng, p = c.rng, c.person
    assert p is not None
    rows: list = []
    name_pair = [F(lab(rng, "nachname"), [t.put("nachname", p.nachname)], 1.1),
                 F(lab(rng, "vorname"), [t.put("vorname", p.vorname)], 1.0)]
    if rng.random() < 0.5:
        rows.append(Pair(name_pair))
    else:
        rows.extend(name_pair)
    if birth:
        printed, norm = V.date_value(rng, p.geburtsdatum, c.today, birth=True)
        bf = F(lab(rng, "geburtsdatum"), [t.put("geburtsdatum", printed, norm)], 0.8)
        if rng.random() < 0.5:
            rows.append(Pair([bf, F(rng.choice(["Geburtsort", "Geburtsort/-land"]),
                                    [(rng.choice([s for s, *_ in V.CITIES] + ["Ankara", "Graz", "Krakau"]), None)],
                                    1.0)]))
        else:
            rows.append(bf)
    rows.append(F(lab(rng, "strasse"), [t.put("strasse", p.strasse)]))
    if rng.random() < 0.5:
        rows.append(F(lab(rng, "plz_ort"), [t.put("plz", p.plz), (" ", None), t.put("ort", p.ort)]))
    else:
        rows.append(Pair([F(lab(rng, "plz"), [t.put("plz", p.plz)], 0.45),
                          F(lab(rng, "ort"), [t.put("ort", p.ort)], 1.2)]))
    if rng.random() < contact:
        cells = []
        if rng.random() < 0.8:
            cells.append(F(lab(rng, "telefon"), [t.put("telefon", p.phone[0], p.phone[1])], 0.9))
        if rng.random() < 0.7:
            cells.append(F(lab(rng, "email"), [t.put("email", p.email[0], p.email[1])], 1.2))
        if cells:
            rows.append(Pair(cells) if len(cells) > 1 else cells[0])
    return rows


def _office(c: Ctx, department: str) -> tuple[str, str, str]:
    office, unit, _ = V.DEPARTMENTS[department]
    addr = f"{c.city.office_street}, {c.city.main_plz} {c.city.name}"
    return office, unit, addr


def _sign_date(c: Ctx) -> tuple[str, str]:
    d = c.today - timedelta(days=c.rng.randrange(1, 20))
    return c.city.name.split()[0], V.fmt_date(c.rng, d, allow_short_year=True,
                                              style=c.rng.choice(["dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy"]))


def _az_row(c: Ctx, t: Truth) -> list:
    if not c.az:
        return []
    return [F(lab(c.rng, "aktenzeichen"), [t.put("aktenzeichen", c.az[0], c.az[1])])]


def _form(c: Ctx, t: Truth, doc_type: str, department: str, titles: list[str], subtitle: str,
          form_no: str, sections: list[Section], intro: str = "") -> GenDoc:
    rng = c.rng
    office, unit, addr = _office(c, department)
    style = pick_style(rng, c.family)
    spec = FormSpec(city=c.city.name, office=office, unit=unit, office_address=addr,
                    title=rng.choice(titles), subtitle=subtitle, form_no=form_no, sections=sections,
                    place_date=_sign_date(c), intro=intro)
    if rng.random() < 0.5:
        got = c.today - timedelta(days=rng.randrange(0, 4))
        spec.received = f"{got.day:02d}. {V.MONTHS_ABBR[got.month - 1]} {got.year}"
    pages = render_form(rng, spec, style)
    return GenDoc(doc_type, dict(t), pages, f"form-{style.family}")


# ------------------------------------------------------------------------------------------------
# the six forms

def gewerbeanmeldung(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    start = c.today + timedelta(days=rng.randrange(-40, 60))
    bp, bn = V.date_value(rng, start, c.today)
    trade = rng.choice(V.TRADES)
    firm = f"{c.person.nachname} {rng.choice(['Service', 'Handel', 'Consulting', 'Design', 'Studio'])}"
    sections = [
        Section(rng.choice(["Angaben zur Person", "Angaben zum Betriebsinhaber", "Inhaber/in"]),
                person_rows(c, t) + _az_row(c, t)),
        Section(rng.choice(["Angaben zum Betrieb", "Betrieb", "Angaben zur Betriebsstätte"]), [
            F(rng.choice(["Name des Geschäfts", "Betriebsbezeichnung", "Geschäftsbezeichnung"]),
              [(firm, None)]),
            F(rng.choice(["Angemeldete Tätigkeit", "Tätigkeit", "Gegenstand des Gewerbes",
                          "Art der Tätigkeit"]), [t.put("taetigkeit", trade)]),
            Pair([F(rng.choice(["Beginn der Tätigkeit", "Beginn am", "Datum des Beginns",
                                "Tätigkeit beginnt am"]), [t.put("beginn_datum", bp, bn)], 1.0),
                  F(rng.choice(["Zahl der Beschäftigten", "Beschäftigte"]),
                    [(str(rng.randrange(0, 12)), None)], 0.8)]),
            Check("Art des Betriebes", ["Industrie", "Handwerk", "Handel", "Sonstiges"],
                  rng.randrange(4)),
            Check("Die Tätigkeit wird ausgeübt als", ["Hauptgewerbe", "Nebenerwerb"], rng.randrange(2)),
        ]),
        Section("Hinweise", [Note("Die Anmeldung berechtigt nicht zur Aufnahme der Tätigkeit, "
                                  "wenn dafür eine Erlaubnis oder Eintragung erforderlich ist. "
                                  "Die Gebühr für die Bearbeitung beträgt 30,00 EUR.")]),
    ]
    return _form(c, t, "gewerbeanmeldung", "ordnungsamt",
                 ["Gewerbe-Anmeldung", "Gewerbeanmeldung", "Anmeldung eines Gewerbes"],
                 "nach § 14 GewO oder § 55c GewO", rng.choice(["Vordruck GewA 1", "Formular 32-GA-01",
                                                                "GewA 1 (Stand 01/2024)"]), sections)


def wohnsitzanmeldung(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    move = c.today - timedelta(days=rng.randrange(0, 14))
    mp, mn = V.date_value(rng, move, c.today)
    prev_city = rng.choice(V.OTHER_TOWNS)
    prev = f"{rng.choice(V.STREETS)} {V.house_number(rng)}, {prev_city[0]} {prev_city[1]}"
    rows = person_rows(c, t, contact=0.0)

    def fields_of(row) -> set:
        cells = row.cells if isinstance(row, Pair) else [row]
        return {f for cell in cells for _, f in cell.runs if f}

    person = [r for r in rows if not fields_of(r) & {"strasse", "plz", "ort"}]
    address = [r for r in rows if fields_of(r) & {"strasse", "plz", "ort"}]
    sections = [
        Section(rng.choice(["Angaben zur Person", "Meldepflichtige Person", "Person"]),
                person + [Check("Geschlecht", ["weiblich", "männlich", "divers"],
                                0 if c.person.salutation == "Frau" else 1)]),
        Section(rng.choice(["Neue Wohnung", "Anschrift der neuen Wohnung", "Neue Anschrift"]),
                address + [F(rng.choice(["Einzugsdatum", "Tag des Einzugs", "Datum des Einzugs",
                                          "Eingezogen am"]), [t.put("einzugsdatum", mp, mn)]),
                            Check("Die neue Wohnung ist", ["alleinige Wohnung", "Hauptwohnung",
                                                           "Nebenwohnung"], rng.choice([0, 0, 1, 2]))]
                + _az_row(c, t)),
        Section(rng.choice(["Bisherige Wohnung", "Letzte Wohnung"]), [
            F(rng.choice(["Anschrift", "Straße, Nr., PLZ, Ort"]), [(prev, None)]),
        ]),
    ]
    return _form(c, t, "wohnsitzanmeldung", "buergerbuero",
                 ["Anmeldung bei der Meldebehörde", "Meldeschein – Anmeldung", "Anmeldung einer Wohnung"],
                 "nach § 17 Abs. 1 Bundesmeldegesetz (BMG)",
                 rng.choice(["Vordruck MB 1", "Formular 33-AN", "Meldeschein (Stand 11/2023)"]),
                 sections)


def wohngeldantrag(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    members = rng.randrange(1, 7)
    rent = rng.randrange(380, 1450) * 100 + rng.choice([0, 0, 0, 50, 90])
    cold = int(rent * rng.uniform(0.7, 0.85))
    rows_rent: list = []
    if rng.random() < 0.5:
        rows_rent = [Pair([F("Kaltmiete", [(V.fmt_amount(rng, cold), None)]),
                           F("Nebenkosten", [(V.fmt_amount(rng, rent - cold), None)])]),
                     F(rng.choice(["Gesamtmiete monatlich", "Monatliche Gesamtmiete"]),
                       [t.put("monatliche_miete", V.fmt_amount(rng, rent), V.amount_norm(rent))])]
    else:
        rows_rent = [F(rng.choice(["Monatliche Miete", "Miete (monatlich)", "Höhe der Miete mtl."]),
                       [t.put("monatliche_miete", V.fmt_amount(rng, rent), V.amount_norm(rent))])]
    iban_p, iban_n = V.make_iban(rng)
    income = rng.randrange(600, 2600) * 100
    sections = [
        Section(rng.choice(["Antragstellende Person", "Angaben zur antragstellenden Person"]),
                person_rows(c, t) + _az_row(c, t)),
        Section("Art des Wohngeldes", [Check("Beantragt wird", ["Mietzuschuss", "Lastenzuschuss"], 0),
                                       Check("Erstantrag", ["ja", "nein (Weiterleistungsantrag)"],
                                             rng.randrange(2))]),
        Section(rng.choice(["Haushalt", "Haushaltsmitglieder"]), [
            F(rng.choice(["Anzahl der Haushaltsmitglieder", "Personen im Haushalt",
                          "Haushaltsmitglieder (Anzahl)"]), [t.put("haushaltsmitglieder", str(members))]),
            F("Monatliches Gesamteinkommen (brutto)", [(V.fmt_amount(rng, income), None)]),
        ]),
        Section(rng.choice(["Angaben zur Wohnung und Miete", "Miete"]), rows_rent + [
            F("Wohnfläche", [(f"{rng.randrange(28, 120)} m²", None)]),
        ], new_page=True),
        Section(rng.choice(["Bankverbindung", "Zahlungsweg"]), [
            F(rng.choice(["IBAN", "IBAN (Kontonummer)", "Bankverbindung IBAN"]),
              [t.put("iban", iban_p, iban_n)]),
            F("Kontoinhaber/in", [(f"{c.person.vorname} {c.person.nachname}", None)]),
        ]),
        Section("Erklärung", [Note("Ich versichere, dass meine Angaben vollständig und richtig sind. "
                                   "Änderungen der Verhältnisse teile ich der Wohngeldstelle unverzüglich mit.")]),
    ]
    return _form(c, t, "wohngeldantrag", "wohngeldstelle",
                 ["Antrag auf Wohngeld", "Wohngeldantrag", "Antrag auf Mietzuschuss (Wohngeld)"],
                 "nach dem Wohngeldgesetz (WoGG)", rng.choice(["Vordruck WoG 1", "Formular 50-WG-1"]),
                 sections)


DOG_NAMES = ["Bello", "Luna", "Balu", "Emma", "Rocky", "Frieda", "Oskar", "Paula", "Max"]


def hundesteuer_anmeldung(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    start = c.today - timedelta(days=rng.randrange(0, 90))
    sp_, sn = V.date_value(rng, start, c.today)
    whelp = start - timedelta(days=rng.randrange(60, 2500))
    dog = rng.choice(DOG_NAMES)
    rows = [
        F(rng.choice(["Rasse", "Hunderasse", "Rasse / Kreuzung"]), [t.put("hunderasse", rng.choice(V.BREEDS))]),
        Pair([F("Name des Hundes", [(dog, None)]),
              F(rng.choice(["Wurfdatum", "Geburtsdatum des Hundes"]),
                [(V.fmt_date(rng, whelp, allow_short_year=False), None)])]),
        F(rng.choice(["Beginn der Hundehaltung", "Hund gehalten seit", "Haltungsbeginn",
                      "Datum der Aufnahme des Hundes"]), [t.put("haltungsbeginn", sp_, sn)]),
        Check("Geschlecht", ["Rüde", "Hündin"], rng.randrange(2)),
        F("Chip-Nr.", [(f"276 0{rng.randrange(10**10, 10**11)}", None)]),
    ]
    pay: list = []
    if rng.random() < 0.5:
        ip, inn = V.make_iban(rng)
        pay = [Section("SEPA-Lastschriftmandat", [F("IBAN", [t.put("iban", ip, inn)]),
                                                  Note("Ich ermächtige die Stadt, die Hundesteuer "
                                                       "von meinem Konto mittels Lastschrift einzuziehen.")])]
    sections = [Section(rng.choice(["Halterin / Halter", "Angaben zur Hundehalterin / zum Hundehalter"]),
                        person_rows(c, t) + _az_row(c, t)),
                Section(rng.choice(["Angaben zum Hund", "Hund"]), rows)] + pay
    return _form(c, t, "hundesteuer_anmeldung", "steueramt",
                 ["Anmeldung eines Hundes zur Hundesteuer", "Hundesteuer – Anmeldung",
                  "Anmeldung zur Hundesteuer"], "nach der Hundesteuersatzung",
                 rng.choice(["Vordruck HSt 1", "Formular 21-HS"]), sections)


def bewohnerparkausweis(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    pp, pn = V.make_plate(rng, c.city.area)
    make = rng.choice(["VW Golf", "Opel Corsa", "BMW 318i", "Skoda Octavia", "Renault Clio",
                       "Mercedes-Benz A 180", "Fiat 500", "Toyota Yaris", "Ford Focus", "Tesla Model 3"])
    zone = f"{rng.choice('ABCDEFGHK')}{rng.randrange(1, 9)}"
    sections = [
        Section(rng.choice(["Antragsteller/in", "Angaben zur Person"]), person_rows(c, t) + _az_row(c, t)),
        Section(rng.choice(["Fahrzeug", "Angaben zum Fahrzeug"]), [
            F(rng.choice(["Amtl. Kennzeichen", "Kennzeichen", "Kfz-Kennzeichen", "Amtliches Kennzeichen"]),
              [t.put("kennzeichen", pp, pn)]),
            F(rng.choice(["Fahrzeughersteller / Typ", "Marke, Typ"]), [(make, None)]),
            Check("Halter/in des Fahrzeugs", ["ich selbst", "Arbeitgeber (Dienstwagen)", "Leasing"],
                  rng.randrange(3)),
            F("Bewohnerparkzone", [(zone, None)]),
            Check("Gültigkeit", ["1 Jahr", "2 Jahre"], rng.randrange(2)),
        ]),
        Section("Unterlagen", [Note("Bitte fügen Sie eine Kopie der Zulassungsbescheinigung Teil I bei. "
                                    "Die Gebühr wird mit dem Bescheid festgesetzt.")]),
    ]
    return _form(c, t, "bewohnerparkausweis", "verkehrsbehoerde",
                 ["Antrag auf Erteilung eines Bewohnerparkausweises", "Bewohnerparkausweis – Antrag",
                  "Antrag Bewohnerparken"], f"Parkzone {zone}",
                 rng.choice(["Vordruck BPA", "Formular 32-6-BP"]), sections)


def bauantrag(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    arch = V.make_person(rng, c.city, c.today)
    plot_street = f"{rng.choice(V.STREETS)} {V.house_number(rng)}"
    gem = rng.choice(c.city.districts + [c.city.name])
    fp, fn = V.make_flurstueck(rng)
    birth = rng.random() < 0.5
    sections = [
        Section(rng.choice(["Bauherr/in", "Bauherrschaft", "Angaben zur Bauherrin / zum Bauherrn"]),
                person_rows(c, t, birth=birth) + _az_row(c, t)),
        Section(rng.choice(["Baugrundstück", "Grundstück"]), [
            F(rng.choice(["Lage (Straße, Hausnr.)", "Straße, Hausnr. des Grundstücks"]),
              [(plot_street, None)]),
            Pair([F("Gemarkung", [t.put("gemarkung", gem)], 1.2),
                  F(rng.choice(["Flurstück", "Flurstück-Nr.", "Flst.-Nr."]), [t.put("flurstueck", fp, fn)], 0.8)]),
        ]),
        Section(rng.choice(["Vorhaben", "Bauvorhaben"]), [
            F(rng.choice(["Bezeichnung des Vorhabens", "Vorhaben", "Genaue Bezeichnung des Bauvorhabens"]),
              [t.put("vorhaben", rng.choice(V.PROJECTS))]),
            Check("Verfahren", ["Baugenehmigungsverfahren", "vereinfachtes Verfahren"], rng.randrange(2)),
            F("Geschätzte Baukosten", [(V.fmt_amount(rng, rng.randrange(20000, 900000) * 100), None)]),
        ]),
        Section(rng.choice(["Entwurfsverfasser/in", "Planverfasser"]), [
            F("Name, Vorname", [(f"{arch.nachname}, {arch.vorname}", None)]),
            F("Anschrift", [(f"{arch.strasse}, {arch.plz} {arch.ort}", None)]),
            F("Bauvorlageberechtigung", [("Architektenkammer Baden-Württemberg", None)]),
        ], new_page=rng.random() < 0.6),
    ]
    return _form(c, t, "bauantrag", "baurechtsamt",
                 ["Bauantrag", "Antrag auf Baugenehmigung", "Bauantrag im vereinfachten Verfahren"],
                 "nach § 49 Landesbauordnung (LBO)", rng.choice(["Vordruck LBO 1", "Formular 63-BA"]),
                 sections)


# ------------------------------------------------------------------------------------------------
# letters (DIN 5008)

def _fit(x: float, runs, font: str, size: float, right: float = 190.0) -> float:
    """Move a right-hand block left so it ends inside the right margin."""
    w = text_width_mm("".join(t for t, _ in runs), font, size)
    return min(x, right - w)


def _letter_frame(c: Ctx, t: Truth, department: str, subject_runs, body: list[list[tuple[str, str | None]]],
                  ref_lines: list[tuple[str, list[tuple[str, str | None]]]], letter_date: date,
                  sender_extra: bool = True) -> list[PageLayout]:
    rng, p = c.rng, c.person
    font = rng.choice(["arial", "sans", "serif", "dserif", "condensed"])
    size = rng.choice([10.5, 11.0, 11.0, 12.0])
    left = 25.0
    page = PageLayout()
    # sender block top (either a letterhead line at the top right, or a block at the top left)
    sender = [t.put("vorname", p.vorname), (" ", None), t.put("nachname", p.nachname)]
    street = [t.put("strasse", p.strasse)]
    town = [t.put("plz", p.plz), (" ", None), t.put("ort", p.ort)]
    contact = []
    if rng.random() < 0.7:
        contact.append([("Tel. " if rng.random() < 0.5 else "Telefon: ", None),
                        t.put("telefon", p.phone[0], p.phone[1])])
    if rng.random() < 0.6:
        contact.append([("E-Mail: ", None), t.put("email", p.email[0], p.email[1])])
    layout = rng.random()
    if layout < 0.2:
        # a one-line letterhead: "Name · Straße · PLZ Ort", contact below
        line = sender + [(" · ", None)] + street + [(" · ", None)] + town
        def fitted(runs, sz):
            while sz > 6 and text_width_mm("".join(t for t, _ in runs), font, sz) > 185 - left:
                sz -= 0.5
            return sz

        page.runs(left, 20, line, font, fitted(line, size - 1))
        cl: list = []
        for runs in contact:
            cl += ([("   ", None)] if cl else []) + runs
        if cl:
            page.runs(left, 25, cl, font, fitted(cl, size - 2.5))
        page.add(Line(left, 27.5, 185, 27.5, 0.2))
    elif layout < 0.6:
        y = 20.0
        for runs in [sender, street, town] + contact:
            page.runs(left, y, runs, font, size - 0.5)
            y += size * 0.45
        if rng.random() < 0.4:  # the city's incoming-mail stamp, top right
            red = (170, 40, 50)
            got = c.today - timedelta(days=rng.randrange(0, 3))
            page.add(Rect(143, 12, 186, 30, 0.5, stroke=red))
            page.text(146, 17.5, f"Stadt {c.city.name.split()[0]}", "sans-bold", 8, red)
            page.text(146, 22.5, "Eingang", "sans", 8, red)
            page.text(146, 27.5, f"{got.day:02d}. {V.MONTHS_ABBR[got.month - 1]} {got.year}", "dmono", 8, red)
    else:
        x = 120.0
        y = 18.0
        for runs in [sender, street, town] + contact:
            page.runs(_fit(x, runs, font, size - 1), y, runs, font, size - 1)
            y += (size - 1) * 0.45
    # return address line + recipient in the DIN 5008 window (from 45 mm)
    office, unit, _ = V.DEPARTMENTS[department]
    page.runs(left, 50, [(f"{p.vorname} {p.nachname}, {p.strasse}, {p.plz} {p.ort}", None)], font, 7)
    page.add(Line(left, 51.2, left + 80, 51.2, 0.15))
    rec = [f"Stadt {c.city.name}", office, unit, c.city.office_street, f"{c.city.main_plz} {c.city.name}"]
    if rng.random() < 0.3:
        rec = [f"Stadtverwaltung {c.city.name}", office, c.city.office_street, f"{c.city.main_plz} {c.city.name}"]
    y = 57.0
    for ln in rec:
        page.runs(left, y, [(ln, None)], font, size)
        y += size * 0.45
    # reference lines (right side) and the letter date
    ld_print = V.fmt_date(rng, letter_date, allow_short_year=False,
                          style=rng.choice(["dd.mm.yyyy", "d. Monat yyyy", "dd. Monat yyyy"]))
    y = 92.0
    x = 125.0
    for label, runs in ref_lines:
        rr = [(label + " ", None)] + runs
        page.runs(_fit(x, rr, font, size - 1.5), y, rr, font, size - 1.5)
        y += (size - 1.5) * 0.45
    date_line = rng.choice([f"{c.city.name.split()[0]}, {ld_print}",
                            f"{p.ort}, den {ld_print}", ld_print, f"{p.ort}, {ld_print}"])
    dl = [(date_line, None)]
    page.runs(_fit(x if ref_lines else 140, dl, font, size - 0.5), y + 2 if ref_lines else 98, dl, font,
              size - 0.5)
    # subject + body
    y = 112.0
    page.runs(left, y, subject_runs, font.replace("condensed", "sans") + ("-bold" if font in (
        "arial", "sans", "serif") else ""), size)
    y += 12
    salutation = rng.choice(["Sehr geehrte Damen und Herren,", "Sehr geehrte Damen und Herren,",
                             "Guten Tag,"])
    page.runs(left, y, [(salutation, None)], font, size)
    y += size * 0.45 * 2
    pages = [page]
    width = 185 - left
    for para in body:
        # wrap a paragraph of runs: split into words keeping each word's field
        words: list[tuple[str, str | None]] = []
        for text, fld in para:
            for w in text.split():
                words.append((w, fld))
        line: list[tuple[str, str | None]] = []
        for w in words + [None]:
            cand = line + [w] if w else line
            txt = " ".join(x for x, _ in cand)
            if w is None or (line and text_width_mm(txt, font, size) > width):
                if line:
                    if y > 270:
                        page = PageLayout()
                        pages.append(page)
                        y = 25.0
                    runs: list[tuple[str, str | None]] = []
                    for i, (x_, f_) in enumerate(line):
                        if i:
                            runs.append((" ", None))
                        runs.append((x_, f_))
                    page.runs(left, y, runs, font, size)
                    y += size * 0.45
                line = [w] if w else []
            else:
                line = cand
        y += size * 0.3
    closing = rng.choice(["Mit freundlichen Grüßen", "Mit freundlichem Gruß", "Freundliche Grüße"])
    if y > 255:
        page = PageLayout()
        pages.append(page)
        y = 30.0
    y += 4
    page.runs(left, y, [(closing, None)], font, size)
    page.add(scribble(rng, left, y + 3, 45, 9))
    page.runs(left, y + 18, [(f"{p.vorname} {p.nachname}", None)], font, size)
    return pages


def widerspruch(c: Ctx) -> GenDoc:
    rng, t, p = c.rng, Truth(), c.person
    bescheid = c.today - timedelta(days=rng.randrange(8, 40))
    served = bescheid + timedelta(days=rng.randrange(2, 5))
    letter_date = c.today - timedelta(days=rng.randrange(1, 6))
    bp, bn = V.date_value(rng, bescheid, c.today)
    azp, azn = c.az
    matter = rng.choice([
        ("Festsetzung der Hundesteuer", "Die festgesetzte Steuer ist zu hoch, da es sich nicht um einen "
         "gefährlichen Hund handelt."),
        ("Ablehnung meines Antrags auf Wohngeld", "Bei der Berechnung wurde mein Einkommen falsch angesetzt; "
         "die Nebenkosten wurden nicht berücksichtigt."),
        ("Gebührenbescheid für die Gewerbeanmeldung", "Die Gebühr wurde doppelt erhoben, obwohl ich nur "
         "eine Anmeldung eingereicht habe."),
        ("Ablehnung des Bewohnerparkausweises", "Ich wohne seit Jahren in der Parkzone und erfülle alle "
         "Voraussetzungen."),
        ("Bußgeldbescheid", "Zum angegebenen Zeitpunkt habe ich das Fahrzeug nicht geführt."),
        ("Festsetzung von Abwassergebühren", "Der angesetzte Frischwasserverbrauch ist offensichtlich "
         "fehlerhaft abgelesen worden."),
    ])
    az_label = rng.choice(["Az.", "Aktenzeichen:", "Ihr Zeichen:", "Gesch.-Z.:", "Ihr Az.:", "AZ:"])
    az_run = t.put("aktenzeichen", azp, azn)
    bescheid_style = rng.random()
    ref_lines: list = []
    subject = [("Widerspruch gegen ", None)]
    if bescheid_style < 0.5:
        ref_lines.append((az_label, [az_run]))
        subject += [(f"den Bescheid vom ", None), t.put("bescheid_datum", bp, bn)]
        opening = [("hiermit lege ich gegen Ihren Bescheid vom", None), (bp, "bescheid_datum"),
                   (f"betreffend {matter[0]}, zugestellt am", None),
                   (V.fmt_date(rng, served, allow_short_year=False), None),
                   ("fristgerecht Widerspruch ein.", None)]
    elif bescheid_style < 0.75:
        subject += [(f"Ihren Bescheid – {az_label} ", None), az_run]
        t.put("bescheid_datum", bp, bn)
        opening = [("gegen den oben genannten Bescheid vom", None), (bp, "bescheid_datum"),
                   (f"({matter[0]}) erhebe ich hiermit Widerspruch.", None)]
    else:
        subject = [("Ihr Bescheid vom ", None), t.put("bescheid_datum", bp, bn), (f", {az_label} ", None),
                   az_run]
        opening = [(f"hiermit widerspreche ich dem oben genannten Bescheid ({matter[0]}),", None),
                   ("den ich am", None), (V.fmt_date(rng, served, allow_short_year=False), None),
                   ("erhalten habe.", None)]
    if rng.random() < 0.4:
        ref_lines.append(("Unser Zeichen:", [(f"{p.nachname[:2].upper()}-{rng.randrange(1, 99)}", None)]))
    body = [opening, [("Begründung:", None), (matter[1], None),
                      ("Ich bitte Sie daher, den Bescheid aufzuheben und die Sache erneut zu prüfen.", None)]]
    if rng.random() < 0.5:
        bdp, bdn = V.date_value(rng, p.geburtsdatum, c.today, birth=True)
        body.insert(1, [("Zur Zuordnung: Ich bin am", None), (bdp, "geburtsdatum"),
                        ("geboren und wohne unter der oben angegebenen Anschrift.", None)])
        t.put("geburtsdatum", bdp, bdn)
    if rng.random() < 0.5:
        body.append([("Bitte bestätigen Sie mir den Eingang dieses Schreibens bis zum", None),
                     (V.fmt_date(rng, c.today + timedelta(days=rng.randrange(10, 30)),
                                 allow_short_year=False) + ".", None)])
    pages = _letter_frame(c, t, "rechtsamt", subject, body, ref_lines, letter_date)
    return GenDoc("widerspruch", dict(t), pages, "letter-din5008")


ENQUIRIES = [
    ("Beschwerde über Lärmbelästigung", [
        "seit mehreren Wochen wird in der Nachbarschaft bis spät in die Nacht laute Musik gespielt.",
        "Ich bitte Sie, die Angelegenheit zu prüfen und mir mitzuteilen, welche Schritte möglich sind."]),
    ("Anfrage zur Sperrmüllabholung", [
        "ich möchte einen Termin für die Abholung von Sperrmüll vereinbaren.",
        "Es handelt sich um einen Schrank, zwei Stühle und eine Matratze."]),
    ("Defekte Straßenbeleuchtung", [
        "in unserer Straße ist seit einiger Zeit die Straßenlaterne vor dem Haus ausgefallen.",
        "Gerade im Winter ist der Gehweg abends sehr dunkel. Bitte veranlassen Sie eine Reparatur."]),
    ("Bitte um Terminvereinbarung", [
        "ich bitte um einen persönlichen Gesprächstermin in einer privaten Angelegenheit.",
        "Am besten erreichen Sie mich vormittags unter der oben genannten Telefonnummer."]),
    ("Schlagloch in der Fahrbahn", [
        "in der Fahrbahn vor unserem Haus hat sich ein tiefes Schlagloch gebildet.",
        "Radfahrer müssen auf den Gehweg ausweichen. Ich bitte um zeitnahe Ausbesserung."]),
    ("Anfrage zu Öffnungszeiten", [
        "bitte teilen Sie mir die aktuellen Öffnungszeiten des Bürgeramts mit.",
        "Ich bin berufstätig und kann nur am späten Nachmittag vorsprechen."]),
    ("Überfüllte Altglascontainer", [
        "die Altglascontainer am Parkplatz sind seit Tagen überfüllt, Glas liegt auf dem Boden.",
        "Ich bitte um häufigere Leerung."]),
]


def _az_ref(c: Ctx, t: Truth) -> list:
    """A citizen's letter's reference line quoting the case's Aktenzeichen, where it has one."""
    if not c.az:
        return []
    return [(c.rng.choice(["Ihr Zeichen:", "Az.", "Aktenzeichen:"]), [t.put("aktenzeichen", c.az[0], c.az[1])])]


def sonstiges(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    subj, paras = rng.choice(ENQUIRIES)
    letter_date = c.today - timedelta(days=rng.randrange(1, 6))
    ref_lines = _az_ref(c, t)
    body = [[(paras[0], None)], [(paras[1], None)]]
    if rng.random() < 0.4:
        body.append([("Bereits am", None),
                     (V.fmt_date(rng, c.today - timedelta(days=rng.randrange(20, 90)),
                                 allow_short_year=False), None),
                     ("hatte ich mich telefonisch gemeldet, leider ohne Rückmeldung.", None)])
    body.append([("Vielen Dank im Voraus.", None)])
    pages = _letter_frame(c, t, "poststelle", [(subj, None)], body, ref_lines, letter_date)
    return GenDoc("sonstiges", dict(t), pages, "letter-din5008")


# forms of the city that are none of the routed types: they belong to manual triage (sonstiges)
OTHER_FORMS = [
    ("Antrag auf Sondernutzungserlaubnis", "für die Nutzung öffentlicher Verkehrsflächen", "Tiefbauamt",
     "Sondernutzungen", [("Art der Nutzung", ["Aufstellen eines Containers", "Außenbewirtschaftung",
                                               "Gerüst", "Umzugsfahrzeug"]),
                          ("Ort der Nutzung", None), ("Zeitraum", "period")]),
    ("Antrag auf Ausstellung einer Meldebescheinigung", "nach § 18 BMG", "Bürgeramt", "Meldebehörde",
     [("Verwendungszweck", ["Arbeitgeber", "Vermieter", "Behörde", "Bank"]), ("Anzahl", "count")]),
    ("Anmeldung zur Sperrmüllabfuhr", "", "Abfallwirtschaft", "Kundenservice",
     [("Gegenstände", ["Schrank, Sofa", "Matratze, Lattenrost", "Tisch und 4 Stühle", "Kühlschrank"]),
      ("Abholort", None)]),
    ("Antrag auf Erteilung einer Fischereierlaubnis", "", "Ordnungsamt", "Fischereibehörde",
     [("Gewässer", ["Neckar", "Stadtsee", "Mühlkanal"]), ("Zeitraum", "period")]),
    ("Antrag auf Nutzung einer Grillstelle", "", "Grünflächenamt", "Vermietung",
     [("Grillstelle", ["Stadtpark Süd", "Am Waldsee", "Freizeitgelände Nord"]), ("Datum", "period"),
      ("Personenzahl", "count")]),
]


def sonstiges_form(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    title, sub, office, unit, rows_spec = rng.choice(OTHER_FORMS)
    rows: list = []
    for label, kind in rows_spec:
        if isinstance(kind, list):
            val = rng.choice(kind)
        elif kind == "period":
            d0 = c.today + timedelta(days=rng.randrange(5, 60))
            val = f"{V.fmt_date(rng, d0, allow_short_year=False)} bis " \
                  f"{V.fmt_date(rng, d0 + timedelta(days=rng.randrange(0, 14)), allow_short_year=False)}"
        elif kind == "count":
            val = str(rng.randrange(1, 30))
        else:
            val = f"{rng.choice(V.STREETS)} {V.house_number(rng)}"
        rows.append(F(label, [(val, None)]))
    sections = [Section(rng.choice(["Antragsteller/in", "Angaben zur Person"]),
                        person_rows(c, t, birth=False) + _az_row(c, t)),
                Section("Angaben zum Antrag", rows)]
    style = pick_style(rng, c.family)
    spec = FormSpec(city=c.city.name, office=office, unit=unit,
                    office_address=f"{c.city.office_street}, {c.city.main_plz} {c.city.name}",
                    title=title, subtitle=sub, form_no=f"Vordruck {rng.randrange(10, 99)}-{rng.randrange(1, 9)}",
                    sections=sections, place_date=_sign_date(c))
    return GenDoc("sonstiges", dict(t), render_form(rng, spec, style), f"form-{style.family}")


def sonstiges_any(c: Ctx) -> GenDoc:
    return sonstiges_form(c) if (c.family or c.rng.random() < 0.35) else sonstiges(c)


# ------------------------------------------------------------------------------------------------
# typed mail written as a letter: a citizen registers a business, a dog, a move, or applies for
# Wohngeld or a parking permit in their own words instead of on the city's form. Real mail does
# this often; without such letters the type classifier learns "a letter is an objection or an
# enquiry" and calls every such letter "other".

def _born(c: Ctx, t: Truth) -> list[tuple[str, str | None]]:
    rng, p = c.rng, c.person
    bdp, bdn = V.date_value(rng, p.geburtsdatum, c.today, birth=True)
    t.put("geburtsdatum", bdp, bdn)
    return rng.choice([
        [("Ich bin am", None), (bdp, "geburtsdatum"), ("geboren.", None)],
        [("Zu meiner Person: geboren am", None), (bdp, "geburtsdatum"), ("und wohnhaft unter der oben "
                                                                         "genannten Anschrift.", None)],
        [("Mein Geburtsdatum ist der", None), (bdp, "geburtsdatum"), ("– ich wohne unter der oben "
                                                                      "angegebenen Adresse.", None)],
    ])


def _when(c: Ctx, d: date) -> tuple[str, str]:
    return V.fmt_date(c.rng, d, allow_short_year=False), d.isoformat()


def _letter_gewerbe(c: Ctx, t: Truth):
    rng = c.rng
    start = c.today + timedelta(days=rng.randrange(-20, 45))
    bp, bn = _when(c, start)
    t.put("beginn_datum", bp, bn)
    trade = t.put("taetigkeit", rng.choice(V.TRADES))
    form = rng.choice(["im Nebenerwerb", "als Hauptgewerbe", "als Einzelunternehmen", "von meiner Wohnung aus"])
    subject = rng.choice(["Anmeldung eines Gewerbes", "Gewerbeanmeldung", "Anmeldung meines Gewerbes",
                          "Anzeige der Aufnahme einer selbständigen Tätigkeit"])
    body = rng.choice([
        [[("hiermit melde ich zum", None), (bp, "beginn_datum"), (f"ein Gewerbe {form} an.", None)],
         [("Gegenstand des Gewerbes:", None), trade]],
        [[(f"ich möchte mich {form} selbständig machen und zeige Ihnen hiermit den Beginn meiner "
           "Tätigkeit an. Ausüben werde ich:", None), trade],
         [("Beginnen möchte ich am", None), (bp, "beginn_datum"), ("und bitte um eine Bestätigung "
                                                                  "der Gewerbeanmeldung.", None)]],
        [[("ab dem", None), (bp, "beginn_datum"), (f"werde ich {form} folgende Tätigkeit ausüben:", None),
          trade],
         [("Ich bitte Sie, diese Anmeldung entgegenzunehmen und mir die Bestätigung zu schicken.", None)]],
    ])
    body.insert(1, _born(c, t))
    return "ordnungsamt", subject, body


def _letter_wohnsitz(c: Ctx, t: Truth):
    rng = c.rng
    move = c.today - timedelta(days=rng.randrange(0, 14))
    mp, mn = _when(c, move)
    t.put("einzugsdatum", mp, mn)
    prev_town = rng.choice(V.OTHER_TOWNS)
    prev = f"{rng.choice(V.STREETS)} {V.house_number(rng)}, {prev_town[0]} {prev_town[1]}"
    subject = rng.choice(["Anmeldung meines Wohnsitzes", "Anmeldung meiner neuen Wohnung",
                          "Ummeldung nach Umzug", "Wohnsitzanmeldung"])
    body = rng.choice([
        [[("am", None), (mp, "einzugsdatum"), ("bin ich in die oben genannte Wohnung eingezogen. Hiermit "
                                               "melde ich mich dort mit meinem Hauptwohnsitz an.", None)],
         [(f"Meine bisherige Anschrift war {prev}.", None)]],
        [[(f"nach meinem Umzug aus {prev_town[1]} möchte ich meine neue Wohnung anmelden.", None)],
         [("Den Einzug am", None), (mp, "einzugsdatum"), ("bestätigt der beiliegende Nachweis des "
                                                          "Wohnungsgebers.", None)]],
    ])
    body.insert(1, _born(c, t))
    return "buergerbuero", subject, body


def _letter_wohngeld(c: Ctx, t: Truth):
    rng = c.rng
    members = rng.randrange(1, 6)
    rent = rng.randrange(380, 1400) * 100 + rng.choice([0, 0, 50, 90])
    rp = V.fmt_amount(rng, rent, rng.choice(["€ after", "EUR after"]))
    t.put("monatliche_miete", rp, V.amount_norm(rent))
    ip, inn = V.make_iban(rng)
    t.put("iban", ip, inn)
    people = {1: "lebe ich allein", 2: "leben zwei Personen", 3: "leben drei Personen",
              4: "leben vier Personen", 5: "leben fünf Personen"}[members]
    subject = rng.choice(["Antrag auf Wohngeld", "Beantragung von Wohngeld", "Antrag auf Mietzuschuss"])
    body = [
        [("hiermit beantrage ich Wohngeld (Mietzuschuss) für meine Wohnung. In meinem Haushalt "
          f"{people}.", None)],
        [("Die monatliche Miete einschließlich Nebenkosten beträgt", None), (rp, "monatliche_miete"),
         (rng.choice(["und ist von meinem Einkommen nicht mehr zu tragen.", "laut beiliegendem Mietvertrag."]),
          None)],
        [("Das Wohngeld überweisen Sie bitte auf mein Konto IBAN", None), (ip, "iban"),
         ("– Kontoinhaber bin ich selbst.", None)],
        [("Falls Sie noch Unterlagen benötigen, teilen Sie mir dies bitte mit.", None)],
    ]
    body.insert(1, _born(c, t))
    return "wohngeldstelle", subject, body


def _letter_hund(c: Ctx, t: Truth):
    rng = c.rng
    start = c.today - timedelta(days=rng.randrange(0, 60))
    sp_, sn = _when(c, start)
    t.put("haltungsbeginn", sp_, sn)
    breed = t.put("hunderasse", rng.choice(V.BREEDS))
    dog = rng.choice(DOG_NAMES)
    subject = rng.choice(["Anmeldung meines Hundes", "Anmeldung eines Hundes zur Hundesteuer",
                          "Hundesteuer: Anmeldung"])
    body = rng.choice([
        [[("seit dem", None), (sp_, "haltungsbeginn"), ("lebt bei uns ein Hund der Rasse", None), breed,
          (f"namens {dog}, den ich hiermit zur Hundesteuer anmelde.", None)]],
        [[("hiermit melde ich meinen Hund zur Hundesteuer an (Rasse:", None), (breed[0] + ",", breed[1]),
          (f"Name: {dog}), den ich am", None), (sp_, "haltungsbeginn"),
          ("aus dem Tierheim übernommen habe.", None)]],
    ])
    body.append([("Bitte teilen Sie mir die Höhe der Steuer mit und senden Sie mir die Steuermarke zu.", None)])
    body.insert(1, _born(c, t))
    return "steueramt", subject, body


def _letter_parken(c: Ctx, t: Truth):
    rng = c.rng
    pp, pn = V.make_plate(rng, c.city.area)
    t.put("kennzeichen", pp, pn)
    zone = f"{rng.choice('ABCDEFGHK')}{rng.randrange(1, 9)}"
    subject = rng.choice(["Antrag auf einen Bewohnerparkausweis", "Bewohnerparkausweis",
                          f"Parkausweis für die Zone {zone}"])
    body = [
        [(f"ich wohne in der Bewohnerparkzone {zone} und beantrage hiermit einen Parkausweis für mein "
          "Fahrzeug mit dem amtlichen Kennzeichen", None), (pp, "kennzeichen"), ("(auf mich zugelassen).", None)],
        [("Eine Kopie der Zulassungsbescheinigung Teil I liegt bei. Die Gebühr können Sie gern von "
          "meinem Konto abbuchen.", None)],
    ]
    body.insert(1, _born(c, t))
    return "verkehrsbehoerde", subject, body


TYPE_LETTERS = {
    "gewerbeanmeldung": _letter_gewerbe,
    "wohnsitzanmeldung": _letter_wohnsitz,
    "wohngeldantrag": _letter_wohngeld,
    "hundesteuer_anmeldung": _letter_hund,
    "bewohnerparkausweis": _letter_parken,
}


def type_letter(c: Ctx, doc_type: str) -> GenDoc:
    """A typed request written as a DIN 5008 letter by the citizen (no form)."""
    rng, t = c.rng, Truth()
    department, subject, body = TYPE_LETTERS[doc_type](c, t)
    ref_lines = _az_ref(c, t)
    letter_date = c.today - timedelta(days=rng.randrange(1, 6))
    pages = _letter_frame(c, t, department, [(subject, None)], body, ref_lines, letter_date)
    return GenDoc(doc_type, dict(t), pages, "letter-din5008")


# enquiries that name a routed type's matter but are none of them: the act decides the type, not
# the topic (a dog deregistered, a business closed, a question about an application)
TOPIC_ENQUIRIES = [
    ("Abmeldung meines Hundes", [
        "leider ist unser Hund im letzten Monat verstorben.",
        "Ich bitte Sie daher, ihn von der Hundesteuer abzumelden und zu viel gezahlte Steuer zu erstatten."]),
    ("Abmeldung meines Gewerbes", [
        "zum Monatsende gebe ich meinen Betrieb auf.",
        "Bitte teilen Sie mir mit, welche Unterlagen Sie für die Gewerbeabmeldung benötigen."]),
    ("Sachstandsanfrage zu meinem Wohngeldantrag", [
        "vor einigen Wochen habe ich Wohngeld beantragt, bisher aber keine Nachricht erhalten.",
        "Können Sie mir sagen, wann mit einer Entscheidung zu rechnen ist?"]),
    ("Verlust meines Parkausweises", [
        "meinen Bewohnerparkausweis habe ich leider verloren.",
        "Bitte teilen Sie mir mit, wie ich einen Ersatz bekomme und was dieser kostet."]),
    ("Frage zur Anmeldung nach Umzug", [
        "ich ziehe im kommenden Monat in Ihre Stadt und möchte wissen, ob ich für die Anmeldung einen "
        "Termin brauche.",
        "Welche Unterlagen muss ich mitbringen?"]),
    ("Frage zum Bauvorhaben auf dem Nachbargrundstück", [
        "auf dem Grundstück neben unserem Haus wird seit kurzem gebaut.",
        "Ich möchte wissen, ob für dieses Vorhaben eine Baugenehmigung erteilt wurde."]),
]


def sonstiges_topic(c: Ctx) -> GenDoc:
    rng, t = c.rng, Truth()
    subj, paras = rng.choice(TOPIC_ENQUIRIES)
    ref_lines = _az_ref(c, t)
    body = [[(paras[0], None)], [(paras[1], None)], [("Vielen Dank im Voraus.", None)]]
    pages = _letter_frame(c, t, "poststelle", [(subj, None)], body, ref_lines,
                          c.today - timedelta(days=rng.randrange(1, 6)))
    return GenDoc("sonstiges", dict(t), pages, "letter-din5008")


def build(c: Ctx, doc_type: str) -> GenDoc:
    """The builder for ``doc_type``; a share of the typed requests arrive as the citizen's own letter
    and a share of the enquiries name a routed type's matter. That choice comes from a generator of
    its own, seeded from the input's state without drawing from it, so an input none of whose
    documents became such a letter is exactly what the same seed made before these letters existed
    (in a batch, the documents after one that did, and the whole input's scan noise, change). The
    seed is the state's first words, which change only every 624 draws: two documents built within
    one such block get the same choice."""
    if c.family is None:
        pick = random.Random(repr(c.rng.getstate()[1][:16])).random()
        if doc_type in TYPE_LETTERS and pick < 0.2:
            return type_letter(c, doc_type)
        if doc_type == "sonstiges" and pick < 0.3:
            return sonstiges_topic(c)
    return BUILDERS[doc_type](c)


# ------------------------------------------------------------------------------------------------
# supplier invoices

def rechnung(c: Ctx) -> GenDoc:
    rng, t, s = c.rng, Truth(), c.supplier
    font = rng.choice(["arial", "sans", "condensed", "narrow", "serif"])
    bold = {"arial": "arial-bold", "sans": "sans-bold", "condensed": "sans-bold",
            "narrow": "narrow-bold", "serif": "serif-bold"}[font]
    accent = rng.choice([(0, 0, 0), (0, 70, 140), (140, 30, 30), (0, 100, 70), (80, 80, 80)])
    left, right = 22.0, 190.0
    page = PageLayout()
    # letterhead
    head = rng.choice(["left", "right", "center"])
    name_size = rng.choice([14, 16, 18])
    nx = {"left": left, "right": right - text_width_mm(s.name, bold, name_size),
          "center": 105 - text_width_mm(s.name, bold, name_size) / 2}[head]
    page.runs(nx, 20, [t.put("lieferant", s.name)], bold, name_size, accent)
    tag = f"{s.core} · {s.street} · {s.plz} {s.ort}"
    tx = {"left": left, "right": right - text_width_mm(tag, font, 8),
          "center": 105 - text_width_mm(tag, font, 8) / 2}[head]
    page.runs(tx, 26, [(tag, None)], font, 8, (70, 70, 70))
    page.add(Line(left, 29, right, 29, 0.3, accent))
    # window: return line + recipient
    page.runs(left, 48, [(f"{s.name} · {s.street} · {s.plz} {s.ort}", None)], font, 6.5)
    rec = [f"Stadt {c.city.name}", rng.choice(["Stadtkämmerei", "Amt für Finanzen", "Hauptamt",
                                               "Hochbauamt", "Amt für Schulen"]),
           c.city.office_street, f"{c.city.main_plz} {c.city.name}"]
    y = 55.0
    for ln in rec:
        page.runs(left, y, [(ln, None)], font, 10.5)
        y += 4.8
    # info block right
    inv_date = c.today - timedelta(days=rng.randrange(2, 25))
    idp, idn = V.date_value(rng, inv_date, c.today)
    inv_no = rng.choice([f"RE-{inv_date.year}-{rng.randrange(1, 99999):05d}",
                         f"{inv_date.year % 100}{rng.randrange(1000, 99999)}",
                         f"R {rng.randrange(100000, 999999)}", f"{rng.randrange(1, 9999)}/{inv_date.year}"])
    inv_no_norm = inv_no.replace(" ", "")
    cust = f"{rng.randrange(10000, 99999)}"
    order = f"B-{rng.randrange(100000, 999999)}"
    deliv = inv_date - timedelta(days=rng.randrange(1, 15))
    info: list[tuple[str, list]] = [
        (rng.choice(["Rechnungsnummer", "Rechnungs-Nr.", "Re.-Nr.", "Rechnung Nr."]),
         [t.put("rechnungsnummer", inv_no, inv_no_norm)]),
        (rng.choice(["Rechnungsdatum", "Datum", "Rechnungsdatum:"]).rstrip(":"),
         [t.put("rechnungsdatum", idp, idn)]),
        (rng.choice(["Kundennummer", "Kunden-Nr.", "Kd.-Nr."]), [(cust, None)]),
        (rng.choice(["Bestellnummer", "Ihre Bestellung", "Bestell-Nr."]), [(order, None)]),
        (rng.choice(["Lieferdatum", "Leistungsdatum", "Leistungszeitraum"]),
         [(V.fmt_date(rng, deliv, allow_short_year=False), None)]),
    ]
    if c.az:
        info.append((rng.choice(["Ihr Zeichen", "Ihr Aktenzeichen", "Az."]),
                     [t.put("aktenzeichen", c.az[0], c.az[1])]))
    rng.shuffle(info)
    y = 50.0
    for label, runs in info:
        page.runs(125, y, [(label + ":", None)], font, 9)
        page.runs(160, y, runs, font, 9)
        y += 4.6
    title = rng.choice(["Rechnung", "RECHNUNG", f"Rechnung Nr. {inv_no}"])
    y = max(y, 84.0) + 8
    page.runs(left, y, [(title, None)], bold, 14)
    y += 8
    page.runs(left, y, [(rng.choice(["Sehr geehrte Damen und Herren,", "Guten Tag,"]), None)], font, 10)
    y += 5
    page.runs(left, y, [("für unsere Lieferungen und Leistungen berechnen wir Ihnen wie folgt:", None)],
              font, 10)
    y += 9
    # line items
    cols = [left, left + 12, left + 28, left + 100, left + 130]
    heads = ["Pos.", "Menge", "Bezeichnung", "Einzelpreis", "Gesamt"]
    page.add(Rect(left, y - 4.5, right, y + 1.5, width=0, stroke=None, fill=(232, 232, 232)))
    for x, h in zip(cols, heads):
        page.runs(x + 1, y, [(h, None)], bold, 9)
    y += 7
    n_items = rng.randrange(1, 7)
    net = 0
    for i in range(n_items):
        qty = rng.choice([1, 1, 2, 3, 5, 10, 12, 20])
        unit_c = rng.randrange(150, 150000) if qty < 3 else rng.randrange(150, 9000)
        tot = qty * unit_c
        net += tot
        desc = rng.choice(s.items)
        page.runs(cols[0] + 1, y, [(str(i + 1), None)], font, 9)
        page.runs(cols[1] + 1, y, [(str(qty), None)], font, 9)
        page.runs(cols[2] + 1, y, [(desc, None)], font, 9)
        up = V.fmt_amount(rng, unit_c, "plain")
        tp = V.fmt_amount(rng, tot, "plain")
        page.runs(cols[4] - 3 - text_width_mm(up, font, 9), y, [(up, None)], font, 9)
        page.runs(right - 1 - text_width_mm(tp, font, 9), y, [(tp, None)], font, 9)
        y += 5.2
    page.add(Line(left, y - 2.5, right, y - 2.5, 0.2))
    y += 3
    rate = rng.choice([19, 19, 19, 7])
    vat = round(net * rate / 100)
    gross = net + vat
    cur = rng.choice(["€ after", "EUR after", "plain"])
    totals = [(rng.choice(["Nettobetrag", "Summe netto", "Zwischensumme"]), V.fmt_amount(rng, net, cur), None),
              (rng.choice([f"zzgl. {rate} % MwSt.", f"USt. {rate} %", f"{rate}% Umsatzsteuer"]),
               V.fmt_amount(rng, vat, cur), None),
              (rng.choice(["Rechnungsbetrag", "Gesamtbetrag", "Bruttobetrag", "Summe brutto",
                           "Zu zahlender Betrag"]), V.fmt_amount(rng, gross, cur), "betrag_brutto")]
    for label, amount, fld in totals:
        f_ = bold if fld else font
        page.runs(left + 95, y, [(label, None)], f_, 10)
        runs = [t.put(fld, amount, V.amount_norm(gross))] if fld else [(amount, None)]
        page.runs(right - 1 - text_width_mm(amount, f_, 10), y, runs, f_, 10)
        y += 5.5
    page.add(Line(left + 95, y - 3.8, right, y - 3.8, 0.4))
    y += 6
    due = inv_date + timedelta(days=rng.choice([14, 30]))
    pay = rng.choice([f"Zahlbar bis {V.fmt_date(rng, due, allow_short_year=False)} ohne Abzug.",
                      f"Bitte überweisen Sie den Betrag innerhalb von {(due - inv_date).days} Tagen.",
                      "Zahlbar sofort nach Erhalt der Rechnung ohne Abzug.",
                      f"Bei Zahlung bis {V.fmt_date(rng, inv_date + timedelta(days=10), allow_short_year=False)} "
                      f"gewähren wir 2 % Skonto ({V.fmt_amount(rng, round(gross * 0.02), 'plain')} EUR), "
                      f"zahlbar somit {V.fmt_amount(rng, gross - round(gross * 0.02), 'plain')} EUR."])
    for ln in wrap(pay + " Bitte geben Sie bei Zahlung die Rechnungsnummer an.", right - left, font, 9.5):
        page.runs(left, y, [(ln, None)], font, 9.5)
        y += 4.6
    # footer
    page.add(Line(left, 268, right, 268, 0.2, accent))
    ust_id_in_footer = rng.random() < 0.85
    iban_in_footer = rng.random() < 0.9
    col1 = [[(s.name, None)], [(s.street, None)], [(f"{s.plz} {s.ort}", None)], [(f"Tel. {s.phone}", None)]]
    col2 = [[(s.bank, None)]]
    if iban_in_footer:
        col2.append([("IBAN: ", None), t.put("iban", s.iban[0], s.iban[1])])
    col2.append([(f"BIC: {rng.choice(['SOLADES1HNB', 'GENODES1VBH', 'COBADEFFXXX', 'DEUTDESSXXX'])}", None)])
    col3 = [[(f"Geschäftsführer: {s.manager}", None)], [(f"Amtsgericht Stuttgart {s.hrb}", None)],
            [(f"St.-Nr. {s.steuernr}", None)]]
    if ust_id_in_footer:
        col3.append([(rng.choice(["USt-IdNr.: ", "USt-ID: ", "Umsatzsteuer-ID: "]), None),
                     t.put("ust_id", s.ust_id[0], s.ust_id[1])])
    for x, col in [(left, col1), (left + 58, col2), (left + 112, col3)]:
        yy = 272.0
        for runs in col:
            page.runs(x, yy, runs, font, 7)
            yy += 3.3
    return GenDoc("rechnung", dict(t), [page], "invoice", born_digital_ok=True)


BUILDERS = {
    "gewerbeanmeldung": gewerbeanmeldung,
    "wohnsitzanmeldung": wohnsitzanmeldung,
    "wohngeldantrag": wohngeldantrag,
    "hundesteuer_anmeldung": hundesteuer_anmeldung,
    "bewohnerparkausweis": bewohnerparkausweis,
    "bauantrag": bauantrag,
    "widerspruch": widerspruch,
    "rechnung": rechnung,
    "sonstiges": sonstiges_any,
}


def delivery_note(c: Ctx, inv: GenDoc) -> PageLayout:
    """A supplier's delivery note (Lieferschein), scanned and attached behind a born-digital invoice.
    It belongs to the invoice document but carries no truth field of its own (its numbers and dates
    are distractors: Lieferschein-Nr., Lieferdatum, quantities)."""
    rng, s = c.rng, c.supplier
    font = rng.choice(["arial", "sans", "narrow"])
    page = PageLayout()
    page.text(22, 20, s.name, font, 13)
    page.text(22, 25.5, f"{s.street} · {s.plz} {s.ort} · Tel. {s.phone}", font, 8)
    page.add(Line(22, 28, 190, 28, 0.3))
    y = 52.0
    for ln in [f"Stadt {c.city.name}", rng.choice(["Bauhof", "Rathaus, Poststelle", "Hausmeister Schulzentrum"]),
               c.city.office_street, f"{c.city.main_plz} {c.city.name}"]:
        page.text(22, y, ln, font, 10)
        y += 4.8
    d = c.today - timedelta(days=rng.randrange(5, 30))
    page.text(125, 52, f"Lieferschein-Nr.: LS-{rng.randrange(10000, 99999)}", font, 9)
    page.text(125, 57, f"Lieferdatum: {V.fmt_date(rng, d, allow_short_year=False)}", font, 9)
    page.text(125, 62, f"Auftrag: A-{rng.randrange(1000, 9999)}", font, 9)
    page.text(22, 92, "Lieferschein", font + "-bold" if font in ("arial", "sans", "narrow") else font, 14)
    y = 104.0
    page.add(Rect(22, y - 4.5, 190, y + 1.5, width=0, stroke=None, fill=(232, 232, 232)))
    for x, h in [(23, "Pos."), (38, "Menge"), (58, "Artikel")]:
        page.text(x, y, h, font, 9)
    y += 7
    for i in range(rng.randrange(1, 6)):
        page.text(23, y, str(i + 1), font, 9)
        page.text(38, y, f"{rng.choice([1, 2, 5, 10, 20])} {rng.choice(['Stk.', 'Pck.', 'Std.', 'Ktn.'])}", font, 9)
        page.text(58, y, rng.choice(s.items), font, 9)
        y += 5.2
    y += 20
    page.text(22, y, "Ware vollständig und unbeschädigt erhalten:", font, 9)
    page.add(scribble(rng, 100, y - 8, 45, 8))
    page.add(Line(98, y + 1.5, 170, y + 1.5, 0.2))
    page.text(98, y + 5, "Datum, Unterschrift Empfänger", font, 7)
    return page
