"""Realistic German values, each with its printed form and its normalised truth value.

Everything draws from a ``random.Random`` passed in, so a seed fixes the whole corpus. The lists are
small and hand-written (no Faker): common German surnames and first names with umlauts and hyphens,
streets, real postcode/town pairs of Baden-Württemberg, dog breeds, trades, building projects.

A value generator returns ``(printed, normalised)``: ``printed`` is what goes on the page, and
``normalised`` is what a careful human would type after reading it, in the normal form of
shared/spec/README.md.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

NACHNAMEN = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
    "Schmitz", "Krause", "Meier", "Lehmann", "Köhler", "Herrmann", "König", "Walter", "Huber",
    "Kaiser", "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel",
    "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz",
    "Baumann", "Albrecht", "Schuster", "Böhm", "Winter", "Kraus", "Schumacher", "Krämer", "Vogt",
    "Jäger", "Sommer", "Groß", "Seidel", "Brandt", "Haas", "Schreiber", "Ziegler", "Kühn", "Pohl",
    "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Pfeiffer", "Öztürk", "Yilmaz", "Kaya",
    "Demir", "Nguyen", "Kowalski", "Nowak", "Rossi", "Papadopoulos", "Hübner", "Göbel", "Löffler",
    "Müller-Lüdenscheidt", "Schulze-Wiehenbrauk", "Meyer-Landrut", "Bähr-Oßwald", "Weißenböck",
    "Dürr", "Häberle", "Stäbler", "Kübler", "Rößler", "Nüßle", "Gröner", "Mößner", "Bräuninger",
]
VORNAMEN = [
    "Anna", "Maria", "Sophie", "Lena", "Laura", "Julia", "Sarah", "Katharina", "Bärbel", "Jürgen",
    "Jörg", "Günter", "Sören", "Björn", "Hans-Peter", "Karl-Heinz", "Anna-Lena", "Marie-Luise",
    "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Tobias", "Lukas", "Felix",
    "Jonas", "Süleyman", "Ayşe", "Mehmet", "Elif", "Renée", "Zoë", "Claudia", "Sabine", "Petra",
    "Ulrike", "Dieter", "Wolfgang", "Helmut", "Gisela", "Ingrid", "Uwe", "Matthias", "Özlem",
    "Tim", "Paul", "Emma", "Mia", "Hannah", "Lea", "Jan", "Niklas", "Franziska", "Götz",
]
SECOND_NAMES_F = ["Maria", "Johanna", "Elisabeth", "Luise", "Sophie"]
SECOND_NAMES_M = ["Peter", "Johannes", "Friedrich", "Alexander", "Maria"]

# (city name as in the office header, plate area code, [(plz, ort, [districts])], phone prefix)
CITIES = [
    ("Heilbronn", "HN", ["74072", "74074", "74076", "74078", "74080", "74081"],
     ["Böckingen", "Sontheim", "Neckargartach", "Frankenbach", "Biberach", "Horkheim"], "07131"),
    ("Stuttgart", "S", ["70173", "70176", "70178", "70180", "70190", "70372", "70469", "70597"],
     ["Bad Cannstatt", "Degerloch", "Feuerbach", "Vaihingen", "Zuffenhausen", "Untertürkheim"], "0711"),
    ("Karlsruhe", "KA", ["76131", "76133", "76135", "76137", "76185", "76227"],
     ["Durlach", "Mühlburg", "Grötzingen", "Knielingen", "Rüppurr"], "0721"),
    ("Ulm", "UL", ["89073", "89075", "89077", "89079", "89081"],
     ["Söflingen", "Wiblingen", "Jungingen", "Einsingen"], "0731"),
    ("Freiburg im Breisgau", "FR", ["79098", "79100", "79102", "79104", "79106", "79117"],
     ["Herdern", "Zähringen", "St. Georgen", "Littenweiler", "Haslach"], "0761"),
    ("Esslingen am Neckar", "ES", ["73728", "73730", "73732", "73733", "73734"],
     ["Mettingen", "Zollberg", "Berkheim", "Sirnau"], "0711"),
    ("Ludwigsburg", "LB", ["71634", "71636", "71638", "71640", "71642"],
     ["Eglosheim", "Hoheneck", "Oßweil", "Poppenweiler"], "07141"),
    ("Tübingen", "TÜ", ["72070", "72072", "72074", "72076"],
     ["Derendingen", "Lustnau", "Hirschau", "Bühl"], "07071"),
    ("Reutlingen", "RT", ["72760", "72762", "72764", "72766", "72768", "72770"],
     ["Betzingen", "Orschel-Hagen", "Sondelfingen", "Gönningen"], "07121"),
    ("Pforzheim", "PF", ["75172", "75173", "75175", "75177", "75179", "75181"],
     ["Brötzingen", "Dillweißenstein", "Eutingen", "Huchenfeld"], "07231"),
]
OTHER_TOWNS = [("60311", "Frankfurt am Main"), ("80331", "München"), ("10115", "Berlin"),
               ("50667", "Köln"), ("01067", "Dresden"), ("04109", "Leipzig"), ("68159", "Mannheim"),
               ("69117", "Heidelberg"), ("78462", "Konstanz"), ("88212", "Ravensburg"),
               ("97070", "Würzburg"), ("90402", "Nürnberg"), ("20095", "Hamburg")]
STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Königstraße", "Schillerstraße", "Goethestraße", "Gartenstraße",
    "Lindenweg", "Am Mühlbach", "Kirchplatz", "Friedrich-Ebert-Straße", "Rosenstraße", "Uhlandstraße",
    "Mörikeweg", "Hölderlinstraße", "Neckarstraße", "Weinsberger Straße", "Im Wiesengrund",
    "Schloßgasse", "Marktplatz", "Karl-Schurz-Str.", "Jahnstr.", "Lerchenstraße", "Am Wartberg",
    "Ulmer Straße", "Stuttgarter Str.", "Mühlgasse", "Pfarrgasse", "Äußere Weststraße",
    "Große Bergstraße", "Theodor-Heuss-Allee", "Sülmerstraße", "Kaiserstraße", "Gutenbergstraße",
]
TRADES = [
    "Einzelhandel mit Bekleidung", "Hausmeisterservice", "Online-Handel mit Elektronikartikeln",
    "Betrieb eines Cafés", "Friseursalon", "IT-Beratung und Softwareentwicklung",
    "Gebäudereinigung", "Kurierdienst", "Handel mit Gebrauchtwagen", "Fotografie und Bildbearbeitung",
    "Garten- und Landschaftspflege", "Imbiss mit Ausschank alkoholfreier Getränke",
    "Nagelstudio", "Vermittlung von Versicherungen", "Umzugsdienstleistungen", "Schreinerei",
    "Kosmetikstudio", "Eventmanagement", "Handel mit Bürobedarf", "Fahrradreparatur und -verkauf",
]
BREEDS = [
    "Labrador Retriever", "Deutscher Schäferhund", "Dackel", "Mischling", "Golden Retriever",
    "Französische Bulldogge", "Jack Russell Terrier", "Border Collie", "Beagle", "Rauhaardackel",
    "Zwergpudel", "Berner Sennenhund", "Chihuahua", "Australian Shepherd", "Yorkshire Terrier",
    "Mops", "Boxer", "Malteser", "Cocker Spaniel", "Weimaraner", "Labrador-Mischling",
]
PROJECTS = [
    "Neubau eines Einfamilienhauses mit Garage", "Anbau eines Wintergartens",
    "Errichtung eines Carports", "Dachgeschossausbau mit Gauben", "Abbruch einer Scheune",
    "Neubau eines Zweifamilienhauses", "Umbau und Nutzungsänderung Laden zu Wohnung",
    "Errichtung einer Doppelgarage", "Aufstockung des Wohnhauses", "Anbau eines Balkons",
    "Neubau eines Mehrfamilienhauses mit 6 Wohneinheiten", "Errichtung einer Terrassenüberdachung",
]
COMPANY_CORES = [
    ("Bürobedarf", ["Kopierpapier DIN A4, 80 g/m², 500 Blatt", "Ordner breit, blau", "Toner schwarz",
                    "Kugelschreiber, 50 Stück", "Hängeregistratur, 25 Stück", "Haftnotizen gelb"]),
    ("Elektrotechnik", ["Wartung Aufzugsanlage", "LED-Leuchte 60x60", "Installationsmaterial",
                        "Arbeitszeit Elektromeister", "Arbeitszeit Geselle", "Anfahrtspauschale"]),
    ("Gebäudereinigung", ["Unterhaltsreinigung Rathaus", "Glasreinigung", "Grundreinigung Turnhalle",
                          "Sonderreinigung nach Veranstaltung"]),
    ("IT-Service", ["Lizenz Fachverfahren, Jahresgebühr", "Notebook 14 Zoll", "Dockingstation",
                    "Support-Stunden", "Monitor 27 Zoll", "Einrichtung Arbeitsplatz"]),
    ("Garten- und Landschaftsbau", ["Baumpflege Stadtpark", "Rasenmähen Sportplatz",
                                    "Heckenschnitt", "Pflanzarbeiten", "Entsorgung Grünschnitt"]),
    ("Druckerei", ["Briefbogen, 5.000 Stück", "Visitenkarten", "Flyer DIN lang, 2.000 Stück",
                   "Amtsblatt, Auflage 12.000", "Plakate DIN A1"]),
    ("Kfz-Werkstatt", ["Inspektion Dienstfahrzeug", "Reifenwechsel", "Bremsbeläge vorne",
                       "Hauptuntersuchung", "Ölwechsel inkl. Material"]),
    ("Haustechnik", ["Wartung Heizungsanlage", "Austausch Umwälzpumpe", "Rohrreinigung",
                     "Arbeitszeit Monteur", "Kleinmaterial"]),
]
LEGAL_FORMS = ["GmbH", "GmbH & Co. KG", "e.K.", "AG", "OHG", "KG", "GbR"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MONTHS_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
               "Nov.", "Dez."]
MAIL_DOMAINS = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "mail.de"]

# Departments: office name on letterheads and the Aktenzeichen scheme (prefix, digits of the number).
DEPARTMENTS = {
    "ordnungsamt": ("Ordnungsamt", "Gewerbeangelegenheiten", "32.1"),
    "buergerbuero": ("Bürgeramt", "Meldebehörde", "33.2"),
    "wohngeldstelle": ("Amt für Familie und Soziales", "Wohngeldstelle", "50.3"),
    "steueramt": ("Stadtkämmerei", "Steueramt, Abt. Hundesteuer", "21.4"),
    "verkehrsbehoerde": ("Ordnungsamt", "Straßenverkehrsbehörde", "32.6"),
    "baurechtsamt": ("Baurechtsamt", "Bauverfahren", "63.1"),
    "rechtsamt": ("Rechtsamt", "Widerspruchsstelle", "30.2"),
    "kaemmerei": ("Stadtkämmerei", "Rechnungseingang", "20.1"),
    "poststelle": ("Hauptamt", "Zentrale Poststelle", "10.3"),
}


def collapse(s: str) -> str:
    return " ".join(s.split())


# ------------------------------------------------------------------------------------------------
# dates

def fmt_date(rng: random.Random, d: date, *, allow_short_year: bool = True,
             style: str | None = None) -> str:
    styles = ["dd.mm.yyyy", "dd.mm.yyyy", "dd.mm.yyyy", "d.m.yyyy", "d. Monat yyyy", "dd. Monat yyyy"]
    if allow_short_year:
        styles += ["dd.mm.yy", "d.m.yy"]
    style = style or rng.choice(styles)
    if style == "dd.mm.yyyy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "d.m.yyyy":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dd.mm.yy":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "d.m.yy":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "d. Monat yyyy":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dd. Monat yyyy":
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def short_year_ok(d: date, today: date, birth: bool) -> bool:
    """Whether a two-digit year reads back unambiguously under the spec's rule (00-29 -> 20xx)."""
    yy = d.year % 100
    guess = 2000 + yy if yy <= 29 else 1900 + yy
    if birth and guess > today.year:
        guess -= 100
    return guess == d.year


def date_value(rng: random.Random, d: date, today: date, birth: bool = False) -> tuple[str, str]:
    printed = fmt_date(rng, d, allow_short_year=short_year_ok(d, today, birth))
    return printed, d.isoformat()


def rand_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


# ------------------------------------------------------------------------------------------------
# money, IBAN, plates, phone, references

def fmt_amount(rng: random.Random, cents: int, style: str | None = None) -> str:
    euros, c = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", ".")
    style = style or rng.choice(["€ after", "€ after", "EUR after", "EUR before", "plain", "€ before"])
    num = f"{grouped},{c:02d}"
    return {"€ after": f"{num} €", "EUR after": f"{num} EUR", "EUR before": f"EUR {num}",
            "€ before": f"€ {num}", "plain": num}[style]


def amount_norm(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def make_iban(rng: random.Random) -> tuple[str, str]:
    blz = rng.choice(["62050000", "60050101", "60090100", "66050101", "68050101", "63050000",
                      "60020290", "64150020", "66190000", "50010517", "12030000", "76026000"])
    acct = f"{rng.randrange(10**9, 10**10):010d}"
    bban = blz + acct
    iban = "DE" + iban_check("DE", bban) + bban
    if rng.random() < 0.7:
        printed = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    else:
        printed = iban
    return printed, iban


def make_plate(rng: random.Random, area: str) -> tuple[str, str]:
    letters_pool = "ABCDEFGHJKLMNPRSTUVWXYZ"
    letters = "".join(rng.choice(letters_pool) for _ in range(rng.choice([1, 2, 2, 2])))
    digits = str(rng.randrange(1, 10 ** rng.choice([2, 3, 4, 4])))
    suffix = rng.choice(["", "", "", "", "", "", "E", "H"])
    norm = f"{area}-{letters} {digits}{suffix}"
    printed = rng.choice([f"{area}-{letters} {digits}{suffix}", f"{area} {letters} {digits}{suffix}",
                          f"{area}-{letters}{digits}{suffix}", f"{area} - {letters} {digits}{suffix}"])
    return printed, norm


def make_phone(rng: random.Random, prefix: str) -> tuple[str, str]:
    if rng.random() < 0.3:
        mobile = rng.choice(["0151", "0152", "0160", "0170", "0172", "0176"])
        num = f"{rng.randrange(1000000, 99999999)}"
        printed = rng.choice([f"{mobile} {num}", f"{mobile}/{num}", f"+49 {mobile[1:]} {num}"])
    else:
        num = f"{rng.randrange(100000, 9999999)}"
        printed = rng.choice([f"{prefix} / {num}", f"{prefix} {num[:3]}-{num[3:]}",
                              f"{prefix}-{num}", f"+49 {prefix[1:]} {num}", f"({prefix}) {num}"])
    norm = ("+" if printed.startswith("+") else "") + "".join(ch for ch in printed if ch.isdigit())
    return printed, norm


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                           "Ü": "Ue", "ë": "e", "é": "e", "ş": "s", "Ş": "S"})


def make_email(rng: random.Random, vorname: str, nachname: str) -> tuple[str, str]:
    v = vorname.split()[0].translate(_TRANSLIT).replace("-", "")
    n = nachname.translate(_TRANSLIT).replace(" ", "")
    local = rng.choice([f"{v}.{n}", f"{v[0]}.{n}", f"{n}{rng.randrange(1, 99)}", f"{v}{n[0]}",
                        f"{v}_{n}"])
    if rng.random() < 0.6:
        local = local.lower()
    printed = f"{local}@{rng.choice(MAIL_DOMAINS)}"
    return printed, printed.lower()


def make_reference(rng: random.Random, prefix: str, year: int) -> tuple[str, str]:
    """An Aktenzeichen like ``32.1-2026/0042`` printed with or without spaces around the dash."""
    num = f"{rng.randrange(1, 9999):04d}"
    norm = f"{prefix}-{year}/{num}"
    printed = rng.choice([norm, norm, f"{prefix} - {year}/{num}", f"{prefix}-{year} / {num}"])
    return printed, norm


def make_ust_id(rng: random.Random) -> tuple[str, str]:
    from stdnum.iso7064 import mod_11_10

    body = f"{rng.randrange(10**7, 10**8)}"
    num = body + mod_11_10.calc_check_digit(body)
    norm = "DE" + num
    printed = rng.choice([norm, f"DE {num[:3]} {num[3:6]} {num[6:]}", f"DE {num}"])
    return printed, norm


def make_flurstueck(rng: random.Random) -> tuple[str, str]:
    main = rng.randrange(12, 9999)
    if rng.random() < 0.6:
        sub = rng.randrange(1, 30)
        printed = rng.choice([f"{main}/{sub}", f"{main} / {sub}", f"{main}/{sub}"])
        return printed, f"{main}/{sub}"
    return str(main), str(main)


# ------------------------------------------------------------------------------------------------
# people and suppliers

@dataclass
class Person:
    vorname: str
    nachname: str
    geburtsdatum: date
    street: str
    house: str
    plz: str
    ort: str
    phone: tuple[str, str] = ("", "")
    email: tuple[str, str] = ("", "")
    salutation: str = "Frau"

    @property
    def strasse(self) -> str:
        return collapse(f"{self.street} {self.house}")

    def fields(self) -> dict[str, str]:
        return {"nachname": self.nachname, "vorname": self.vorname,
                "geburtsdatum": self.geburtsdatum.isoformat(), "strasse": self.strasse,
                "plz": self.plz, "ort": self.ort}


@dataclass
class City:
    name: str
    area: str
    plzs: list[str]
    districts: list[str]
    phone_prefix: str
    office_street: str = "Marktplatz 7"

    @property
    def main_plz(self) -> str:
        return self.plzs[0]


def pick_city(rng: random.Random) -> City:
    name, area, plzs, districts, prefix = rng.choice(CITIES)
    office_street = rng.choice(["Marktplatz 7", "Rathausplatz 1", "Marktstraße 2", "Kirchstraße 3",
                                "Am Rathaus 4", "Schillerplatz 10"])
    return City(name, area, plzs, districts, prefix, office_street)


FEMALE = {"Anna", "Maria", "Sophie", "Lena", "Laura", "Julia", "Sarah", "Katharina", "Bärbel",
          "Anna-Lena", "Marie-Luise", "Ayşe", "Elif", "Renée", "Zoë", "Claudia", "Sabine", "Petra",
          "Ulrike", "Gisela", "Ingrid", "Özlem", "Emma", "Mia", "Hannah", "Lea", "Franziska"}


def house_number(rng: random.Random) -> str:
    n = rng.randrange(1, 140)
    r = rng.random()
    if r < 0.12:
        return f"{n}{rng.choice('abc')}"
    if r < 0.18:
        return f"{n} {rng.choice('ab')}"
    if r < 0.22:
        return f"{n}/{rng.randrange(1, 4)}"
    if r < 0.25:
        return f"{n}-{n + 2}"
    return str(n)


def make_person(rng: random.Random, city: City, today: date, local: bool = True) -> Person:
    vorname = rng.choice(VORNAMEN)
    if rng.random() < 0.12:
        second = SECOND_NAMES_F if vorname in FEMALE else SECOND_NAMES_M
        vorname = f"{vorname} {rng.choice([n for n in second if n != vorname])}"
    nachname = rng.choice(NACHNAMEN)
    birth = rand_date(rng, date(1938, 1, 1), date(today.year - 18, 12, 31))
    if local or rng.random() < 0.8:
        plz, ort = rng.choice(city.plzs), city.name
    else:
        plz, ort = rng.choice(OTHER_TOWNS)
    p = Person(vorname=vorname, nachname=nachname, geburtsdatum=birth,
               street=rng.choice(STREETS), house=house_number(rng), plz=plz, ort=ort,
               salutation="Frau" if vorname.split()[0] in FEMALE else "Herr")
    p.phone = make_phone(rng, city.phone_prefix)
    p.email = make_email(rng, vorname, nachname)
    return p


@dataclass
class Supplier:
    name: str
    core: str
    items: list[str]
    street: str
    plz: str
    ort: str
    phone: str
    email: str
    web: str
    iban: tuple[str, str]
    ust_id: tuple[str, str]
    steuernr: str
    hrb: str
    manager: str
    bank: str
    extra: dict[str, str] = field(default_factory=dict)


def make_supplier(rng: random.Random, city: City) -> Supplier:
    core, items = rng.choice(COMPANY_CORES)
    owner = rng.choice(NACHNAMEN)
    form = rng.choice(LEGAL_FORMS)
    pattern = rng.choice(["{o} {c} {f}", "{c} {o} {f}", "{o} & Söhne {c} {f}", "{o} {c}",
                          "{c}service {o} {f}"])
    name = collapse(pattern.format(o=owner, c=core, f=form))
    if rng.random() < 0.7:
        plz, ort = rng.choice(city.plzs), city.name
    else:
        plz, ort = rng.choice(OTHER_TOWNS)
    slug = owner.translate(_TRANSLIT).lower().replace("-", "")
    manager = f"{rng.choice(VORNAMEN)} {owner}"
    return Supplier(
        name=name, core=core, items=items, street=f"{rng.choice(STREETS)} {house_number(rng)}",
        plz=plz, ort=ort, phone=make_phone(rng, city.phone_prefix)[0],
        email=f"info@{slug}-{core.split()[0].lower().translate(_TRANSLIT)}.de",
        web=f"www.{slug}-{core.split()[0].lower().translate(_TRANSLIT)}.de",
        iban=make_iban(rng), ust_id=make_ust_id(rng),
        steuernr=f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}",
        hrb=f"HRB {rng.randrange(1000, 799999)}", manager=manager,
        bank=rng.choice(["Kreissparkasse", "Volksbank eG", "Sparkasse", "Commerzbank",
                         "Deutsche Bank", "BW-Bank", "Raiffeisenbank eG"]),
    )
