"""Field extraction from word boxes: form labels, letter structure, invoice structure.

Three sources of candidates, all working on ``classifiers.layout`` rows and phrases:

1. **Form labels** (``LABELS``): a phrase that is a label as German forms word it ("Familienname",
   "geb. am", "PLZ, Ort", "amtl. Kennzeichen") takes its value from the rest of the phrase after a
   colon, from the next phrase to the right on the same row, or from the first phrase below it in the
   same column (a boxed cell with a small label on top, or a table header).
2. **Running text** (``_TEXT_PATTERNS``): "Ihr Bescheid vom 3. März 2024", "Az.: 32.1-2024/0042",
   "geb. am ...", "Rechnung Nr. ..." anywhere in a sentence.
3. **Document structure**: the sender block of a DIN 5008 letter (name, street, PLZ Ort, not the
   administration's address), the signature, the supplier's letterhead (legal form), the largest
   amount of an invoice as a fallback for the gross total, and IBAN/e-mail/USt-IdNr. patterns.

Every candidate is normalised and validated with ``classifiers.normalize``; its confidence combines
how it was found (match quality), the OCR confidence of its words, and whether it validates.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from dataclasses import dataclass
from functools import lru_cache

from classifiers.distance import levenshtein, within
from classifiers.doctypes import taxonomy
from classifiers.layout import Layout, Phrase, Token, build_layout, fold, plain, union
from classifiers.normalize import DESCRIPTION_FIELDS, NAME_PARTICLES, normalize, validate
from classifiers.vocab import known_breed
from pipeline.model import Field, Page

# -- label vocabularies (folded text: lower case, ae/oe/ue/ss) ------------------------------------
# Keys are field names, or combined keys (``plz_ort``, ``anschrift``, ``name_vorname``,
# ``vorname_name``, ``hausnummer``) whose value is split into several fields, or ``_``-prefixed
# labels that are known NOT to be one of our fields (they stop a value search and are never values).
_OPT_PAREN = r"(?: ?\([^\d()]{1,40}\))?"
LABELS: dict[str, list[str]] = {
    "nachname": [r"(?:familien|nach|zu)?name" + _OPT_PAREN,
                 r"name (?:des|der) (?:antragstell|anmeld|halter|bauherr|widerspruchsfuehr)\w*",
                 r"(?:familien|nach)name(?:, ggf\.? (?:geburtsname|doktorgrad|titel|akad(?:emischer|\.) grad))?",
                 # bilingual forms give each caption in English under or beside the German one
                 r"surname", r"family name", r"last name"],
    "vorname": [r"(?:alle )?vorname(?:n|\(n\))?" + _OPT_PAREN, r"rufname", r"vornamen \(rufname.{0,20}\)",
                r"(?:alle )?vorname(?:n|\(n\))?,? rufname (?:bitte )?unterstr\w*",
                r"(?:first|given) names?(?:\(s\))?", r"forenames?(?:\(s\))?"],
    "name_vorname": [r"(?:familien|nach|zu)?name ?[,/] ?vorname(?:n|\(n\))?"],
    "vorname_name": [r"vor- ?(?:und|u\.|&) ?(?:familien|zu|nach)name", r"vorname ?[,/] ?(?:familien|nach|zu)?name"],
    "geburtsdatum": [r"geburtsdatum", r"geb(?:\.|oren)? ?(?:am|datum)", r"geborenam", r"geb\.? ?-?datum", r"geboren",
                     r"(?:tag|datum) der geburt", r"geburtstag", r"geb\.", r"date of birth"],
    "strasse": [r"stra(?:ss|b|s)e" + r"(?: ?(?:,|\.|/|und|u\.|&) ?(?:hausnummer|hausnr\.?|haus-nr\.?|hausnt\.?|nr\.?))?"
                r"(?: ?(?:,|/|und) ?(?:zusaetze|zusatz|adresszusatz|adresszusaetze))?",
                r"str\.(?: ?/ ?(?:hausnr|nr)\.?)?", r"strasse und hausnummer",
                r"stra(?:ss|b|s)e ?/ ?hs\.? ?-? ?nr\.?", r"street(?:,? (?:and )?house (?:number|no\.?))?"],
    "hausnummer": [r"hausnummer", r"hausnr\.?", r"haus-nr\.?"],
    "plz": [r"plz", r"postleitzahl", r"post ?code", r"postal code", r"zip code"],
    # "Gemeine:": Gemeinde with its d lost (not in the fuzzy list: "Gerlinde" is as close)
    "ort": [r"ort", r"wohnort", r"ort \(.{1,30}\)", r"gemeinde", r"gemeine"],
    # "PLZ On": after "PLZ" a short word is "Ort" however misread
    "plz_ort": [r"(?:plz|postleitzahl) ?(?:,|\.|/|und|u\.|&)? ?(?:(?:wohn)?(?:ort|on|ont|or|0rt|oft|ork|orl)|gemeinde)",
                r"(?:post ?code|postal code|zip code),? (?:and )?(?:town|city|place|municipality)"],
    "anschrift": [r"(?:wohn|melde|post)?anschrift", r"(?:melde)?adresse", r"(?:neue |jetzige )?wohnung",
                  r"anschrift der (?:neuen |jetzigen )?wohnung" + r"(?: ?\([^\d()]{1,60}\))?",
                  r"(?:neue |jetzige )?anschrift"],
    "email": [r"e-? ?mail(?:-? ?adresse)?", r"email", r"mail"],
    "telefon": [r"tel(?:efon|\.)?(?: ?-?nr\.?|nummer)?" + _OPT_PAREN, r"rufnummer", r"mobil(?:nummer|telefon)?",
                r"handy(?:nummer)?", r"telefon(?:nummer)? fuer rueckfragen", r"telefon ?/ ?(?:mobil|handy|fax)"],
    "aktenzeichen": [r"aktenzeichen" + _OPT_PAREN, r"az\.?", r"ihr(?:e)? (?:zeichen|aktenzeichen|az\.?)",
                     r"gesch(?:aefts)?\.? ?-? ?z(?:eichen|\.)?", r"geschaeftszeichen"],
    "taetigkeit": [r"(?:angemeldete |ausgeuebte |art der |beschreibung der |(?:genaue )?bezeichnung der )?taetigkeit(?:en)?"
                   + _OPT_PAREN,
                   r"gegenstand des (?:gewerbe|betrieb|unternehmen)s?", r"angemeldete taetigkeit\w*",
                   r"beschreibung des (?:gewerbe|betriebe?)s?" + _OPT_PAREN, r"taetigkeitsbeschreibung" + _OPT_PAREN],
    "beginn_datum": [r"beginn(?: der (?:angemeldeten |ausgeuebten )?taetigkeit| des gewerbes| des betriebe?s)?(?: am)?",
                     r"taetigkeitsbeginn(?: am)?", r"betriebsbeginn",
                     r"datum des beginns(?: der (?:angemeldeten |ausgeuebten )?taetigkeit(?:en)?)?",
                     r"die taetigkeit wird begonnen am", r"(?:die )?taetigkeit beginnt am", r"beginnt am",
                     r"beginnam",
                     r"(?:datum der )?aufnahme (?:des (?:gewerbe|betriebe?)s?|der taetigkeit)(?: zum| am| ab)?"],
    # "Eingezagen am": o read as a (a regex, not the fuzzy list: "Eingegangen am", the mailroom's
    # stamp, and "Ausgezogen am" are as close)
    "einzugsdatum": [r"einzugsdatum", r"(?:tag|datum) des einzugs?", r"einzug(?: am)?", r"einge[sz][ao]gen am",
                     r"bezug der wohnung am", r"date of (?:moving in|move-in|entry)", r"moving-in date"],
    "monatliche_miete": [r"(?:monatliche |hoehe der (?:monatlichen )?)?(?:gesamt|brutto)?miete"
                         r"(?: monatlich| pro monat| mtl\.?| in eur| in €| \(.{1,40}\))?(?: laut mietvertrag)?",
                         r"miete (?:monatlich|mtl\.?)", r"gesamtbetrag (?:der miete )?monatlich",
                         # the rent without heating, which Wohngeld counts, beside a total with it: both are
                         # read, so that the second-value rule asks which one is meant
                         r"(?:monatliche )?miete (?:ohne|exkl\.?|excl\.?|zzgl\.?) heiz(?:ungs)?kosten"],
    "haushaltsmitglieder": [r"(?:(?:an)?zahl (?:der )?)?(?:haushaltsmitglieder|haushaltsangehoerigen?|"
                            r"personen im haushalt|im haushalt lebende personen)(?: insgesamt)?" + _OPT_PAREN,
                            r"wie viele personen (?:leben|wohnen) in (?:der|ihrer) wohnung" + _OPT_PAREN + r"\??"],
    "hunderasse": [r"(?:hunde)?rasse(?: des hundes)?(?: ?(?:/|bzw\.?|oder) ?(?:mischling|kreuzung|mischung)(?: aus)?)?"
                   + _OPT_PAREN],
    "haltungsbeginn": [r"(?:beginn der (?:hunde)?haltung|haltungsbeginn|(?:hund )?gehalten seit|"
                       r"(?:halterin ?/ ?)?halter(?: ?/ ?halterin)? seit|datum der aufnahme(?: des hundes)?|aufnahme am|"
                       r"angeschafft am|(?:in meinem |im )haushalt seit|u(?:e)?bernahme des hundes|"
                       r"gehalten ab|haltung seit)(?: am)?"],
    "kennzeichen": [r"(?:amtl(?:iches|\.)? ?|kfz-? ?|kraftfahrzeug-? ?)?kennzeichen(?: des (?:fahrzeugs|fahrzeuges|kfz))?"
                    + _OPT_PAREN],
    "gemarkung": [r"gemarkung"],
    "flurstueck": [r"flurstuecke?(?:s)?(?: ?-?nr\.?|nummer|\(e\))?", r"flst[.,]{0,2}(?: ?-?nr\.?)?",
                   r"f[i1]st[.,]{1,2} ?-?nr\.?", r"flur ?-?stueck",
                   r"f[li1]\. ?-? ?nr\.?", r"flurnummer"],  # Bavaria: "Fl.-Nr." (Flurnummer)
    "vorhaben": [r"(?:genaue )?(?:bezeichnung|art|beschreibung) (?:des (?:bau)?vorhabens?|der (?:bau)?massnahme)",
                 r"(?:bau)?vorhaben", r"gegenstand (?:der bauvorlagen?|des bauantrags?|des (?:bau)?vorhabens)"],
    "lieferant": [r"lieferant", r"rechnungssteller"],
    "rechnungsnummer": [r"rechnungs ?-? ?(?:nummer|nr\.?)", r"re\.? ?-? ?nr\.?", r"rechnung nr\.?",
                        r"beleg ?-? ?(?:nummer|nr\.?)", r"rechnungs ?-? ?id",
                        r"rechnungsnr\.?", r"rechnung-nr\.?"],
    "rechnungsdatum": [r"rechnungs ?-? ?datum", r"re\.? ?-? ?datum", r"rg\.? ?-? ?datum", r"datum der rechnung(?:sstellung)?",
                       r"beleg ?-? ?datum", r"ausstellungsdatum", r"ausgestellt am", r"(?:rechnung )?erstellt am",
                       r"datum"],
    "betrag_brutto": [r"(?:gesamt|rechnungs|brutto|end|zahl|gesamtrechnungs)betrag(?: brutto| \(brutto\)| in eur)?"
                      r"(?: der (?:ab)?rechnung)?",
                      r"(?:summe|gesamt|total|gesamtsumme|endsumme)(?: ?,? ?brutto| \(brutto\)| inkl\.? (?:mwst|ust)\.?)?",
                      r"brutto(?:betrag|summe)?", r"zu zahlen(?:der betrag)?", r"zahlbetrag"],
    "ust_id": [r"ust\.? ?-? ?id(?:ent)?\.? ?-? ?nr\.?", r"ust ?-? ?id(?:nr\.?)?", r"umsatzsteuer-? ?id(?:entifikations)?(?:nummer|-nr\.?)",
               r"vat(?: id| no\.?| reg\.? no\.?)"],
    "iban": [r"(?:bankverbindung )?iban" + _OPT_PAREN],
    "bescheid_datum": [r"(?:ihre? )?(?:nachricht|schreiben|bescheid) vom", r"datum (?:des|ihres) bescheide?s",
                       r"bescheiddatum"],
    # known labels that are none of our fields
    "_netto": [r"(?:summe |gesamt(?:betrag)? |zwischensumme )?netto(?:betrag|summe)?", r"zwischensumme",
               r"nettobetrag", r"summe netto", r"warenwert"],
    "_mwst": [r"(?:zzgl\.? |zuzueglich |enthaltene )?(?:mwst|ust|umsatzsteuer|mehrwertsteuer)\.?(?: \d{1,2}(?:[.,]\d+)? ?%)?"
              r"(?: auf .{1,20})?"],
    "_other": [r"kunden ?-? ?(?:nummer|nr\.?)", r"bestell ?-? ?(?:nummer|nr\.?|datum)", r"auftrags ?-? ?(?:nummer|nr\.?)",
               r"lieferschein ?-? ?(?:nummer|nr\.?)", r"liefer(?:datum|termin)", r"leistungs(?:datum|zeitraum)",
               r"faellig(?:keit)?(?: am)?", r"zahlungsziel", r"bic", r"bank(?:verbindung)?", r"kreditinstitut",
               r"geburtsort", r"geburtsname", r"staatsangehoerigkeit", r"unterschrift.*", r"ort,? datum.*",
               r"(?:doktorgrad|akademischer grad|ordensname|kuenstlername)(?: ?/ ?(?:ordens|kuenstler)name)?",
               r"datum,? unterschrift.*", r"steuer ?-? ?(?:nummer|nr\.?)", r"fax", r"telefax", r"geschlecht",
               r"familienstand", r"religion.*", r"kontoinhaber(?:in)?", r"unser zeichen", r"betreff",
               r"kassen ?-? ?zeichen", r"buchungszeichen",
               r"seite", r"pos\.?", r"menge", r"einzelpreis", r"beschreibung", r"bezeichnung", r"artikel.*",
               r"sachbearbeiter(?:in)?", r"rechtsform", r"name des betrieb(?:e)?s", r"betriebsstaette.*",
               r"bisherige (?:wohnung|anschrift)", r"(?:fahrzeug)?halter(?:in)?", r"hersteller", r"typ",
               # the move out of the old flat, a letter or two from "Tag des Einzugs" (not a misreading of it)
               r"(?:tag|datum) des auszugs?", r"auszugsdatum", r"auszug(?: am)?", r"ausgezogen am",
               # a utility bill's other numbers beside its invoice number
               r"vertrags ?-? ?(?:konto|nummer|nr\.?|konto ?-? ?nr\.?)", r"zaehler ?-? ?(?:nummer|nr\.?)",
               r"marktlokation(?:s ?-? ?id)?", r"verbrauchsstelle", r"abnahmestelle",
               r"farbe", r"geschlecht des hundes", r"name des hundes", r"wurfdatum", r"chip-?nummer",
               r"anzahl der (?:hunde|raeume|zimmer)", r"wohnflaeche.*", r"flur", r"baugrundstueck",
               r"land", r"kreis", r"abs(?:ender)?\.?", r"(?:orts|gemeinde|stadt)teil",
               r"kd\.? ?-? ?nr\.?", r"(?:netto)?kaltmiete.*", r"warmmiete.*", r"grundmiete.*", r"nebenkosten.*",
               r"heizkosten.*", r"betriebskosten.*", r"(?:monatliche )?vorauszahlung.*", r"ihre bestellung", r"geburtsort.*", r"geburtsdatum des hundes",
               r"(?:name des geschaefts|betriebsbezeichnung|geschaeftsbezeichnung|firmenname|firma)",
               r"(?:zahl der )?beschaeftigten?", r"(?:fahrzeug)?hersteller.*", r"marke.*",
               r"lage(?: \(.*\))?", r"strasse,? (?:hausnr\.?|nr\.?) des grundstuecks",
               r"angaben (?:zu[rm]?|des|der|ueber) .*", r"(?:neue|bisherige|letzte|fruehere) (?:wohnung|anschrift)",
               r"betrieb", r"hund", r"fahrzeug", r"haushalt", r"zahlungsweg", r"grundstueck", r"person",
               r"antragsteller.*", r"antragstellende person", r"bauherr.*", r"halter.*", r"meldepflichtige person",
               r"inhaber.*", r"entwurfsverfasser.*", r"planverfasser.*", r"vordruck.*", r"formular.*",
               r"anlage.*", r"hinweis.*", r"erklaerung.*", r"bankverbindung", r"(?:beigefuegte |erforderliche )?unterlagen.*",
               r"beilagen?", r"nachweise?",
               # a bilingual form's English captions of what is none of our fields
               r"place (?:and country )?of birth", r"sex(?: ?/ ?marital status)?", r"marital status", r"nationality",
               r"passport.*", r"residence (?:title|permit).*", r"(?:previous|new|former) (?:residence|address)",
               r"date of moving out", r"last address abroad", r"personal details", r"signature.*",
               r"(?:place,? )?date,? signature.*"],
}
_NAME_LABELS = {"nachname", "vorname", "name_vorname", "vorname_name"}
# combined label families that must be tried before their parts ("PLZ, Ort" before "PLZ")
_COMBINED = {"plz_ort", "anschrift", "name_vorname", "vorname_name", "hausnummer"}
# one-word labels that also start ordinary text ("Gemeinde Musterhausen", "Name des ..."): they take an
# inline value only after a colon
_STRICT = {"name", "ort", "gemeinde", "gemeine", "datum", "rasse", "mail", "geboren", "einzug", "beginn", "miete",
           "kennzeichen", "vorhaben", "bauvorhaben", "adresse", "anschrift", "wohnung", "tel", "lieferant"}
_LABEL_RE = {k: [re.compile(p) for p in v] for k, v in LABELS.items()}

_ENUM = re.compile(r"^(?:\(?\d{1,2}(?:\.\d{1,2})?[a-z]?(?:[.)]|(?=\s))|\(?[a-h]\)|[☐☒☑□■✓✔]|\[[ xX]?\])\s*"
                   r"(?:[|¦]\s*)?")

# how a value was found -> match quality
_Q_COLON, _Q_RIGHT, _Q_BELOW, _Q_INLINE, _Q_TEXT, _Q_STRUCT, _Q_FALLBACK = (
    1.0, 0.97, 0.92, 0.85, 0.92, 0.85, 0.7)


@dataclass
class Candidate:
    field: str
    value: str
    raw: str
    tokens: list[Token]
    quality: float
    source: str
    #: read in a section about someone else (architect, landlord): see :func:`_section_penalty`
    foreign: bool = False

    @property
    def ocr_confidence(self) -> float:
        if not self.tokens:
            return 0.0
        confs = [max(0.0, min(1.0, t.word.confidence)) for t in self.tokens]
        return 0.5 * statistics.fmean(confs) + 0.5 * min(confs)  # one misread word spoils a value


def _clean_label(text: str) -> str:
    s = fold(text.replace("ı", "i").replace("}", ")").replace("{", "("))  # OCR's dotless i in "Eınzug", "Person}"
    s = re.sub(r"^[^\w(☐☒☑□■✓✔\[]+", "", s)  # stray quote or dot OCR puts before a label
    s = re.sub(r"^\d{1,2}(?:\.\d{1,2})+[a-z]?(?=[a-z]{2})", "", s)  # "1.5Az." -- number glued to the label
    s = _ENUM.sub("", s)
    s = s.rstrip(" :;*|!'\"\u2018\u2019\u201c\u201d").strip()  # a colon read as a quote or "!": "Re.-Nr.'"
    return s


def _ocr_variants(s: str) -> list[str]:
    """Spellings a label may have had before OCR confused letters ("Vomame" was "Vorname") or lost
    an umlaut's dots ("Tatigkeit" was "Tätigkeit", folded "taetigkeit")."""
    out = []
    for m in re.finditer(r"[aou](?!e)", s):
        out.append(s[:m.end()] + "e" + s[m.end():])
    for a, b in (("m", "rn"), ("rn", "m"), ("m", "nn"), ("ii", "ü"), ("cl", "d"), ("vv", "w"), ("l", "i"), ("i", "l"),
                 ("1", "l"), ("0", "o"), ("c", "e"), ("e", "c")):
        start = s.find(a)
        while start >= 0 and len(out) < 48:
            out.append(s[:start] + b + s[start + len(a):])
            start = s.find(a, start + 1)
    return out


# literal spellings for a tolerant match of labels OCR misread slightly ("Geburtsdaturn")
_FUZZY_LABELS: dict[str, str] = {
    "familienname": "nachname", "nachname": "nachname", "vornamen": "vorname", "geburtsdatum": "geburtsdatum",
    "strasse und hausnummer": "strasse", "strasse, hausnummer": "strasse", "postleitzahl": "plz",
    "wohnort": "ort", "postleitzahl, ort": "plz_ort", "postleitzahl und ort": "plz_ort", "telefon": "telefon",
    "telefonnummer": "telefon", "aktenzeichen": "aktenzeichen", "geschaeftszeichen": "aktenzeichen",
    "taetigkeit": "taetigkeit", "angemeldete taetigkeit": "taetigkeit", "beginn der taetigkeit": "beginn_datum",
    "einzugsdatum": "einzugsdatum", "tag des einzugs": "einzugsdatum", "monatliche miete": "monatliche_miete",
    "gesamtmiete": "monatliche_miete", "haushaltsmitglieder": "haushaltsmitglieder",
    "anzahl der haushaltsmitglieder": "haushaltsmitglieder", "hunderasse": "hunderasse",
    "beginn der haltung": "haltungsbeginn", "haltungsbeginn": "haltungsbeginn", "kennzeichen": "kennzeichen",
    "amtliches kennzeichen": "kennzeichen", "gemarkung": "gemarkung", "flurstueck": "flurstueck",
    "bezeichnung des vorhabens": "vorhaben", "bauvorhaben": "vorhaben", "rechnungsnummer": "rechnungsnummer",
    "rechnungsdatum": "rechnungsdatum", "gesamtbetrag": "betrag_brutto", "rechnungsbetrag": "betrag_brutto",
    "bruttobetrag": "betrag_brutto", "nettobetrag": "_netto", "zwischensumme": "_netto",
    "kundennummer": "_other", "bestellnummer": "_other", "lieferdatum": "_other", "leistungsdatum": "_other",
    "staatsangehoerigkeit": "_other", "unterschrift": "_other", "geburtsort": "_other", "geburtsname": "_other",
    "hoehe der miete mtl.": "monatliche_miete", "miete mtl.": "monatliche_miete",
    "taetigkeit beginnt am": "beginn_datum", "datum des beginns": "beginn_datum",
    "tag der geburt": "geburtsdatum", "geboren am": "geburtsdatum", "strasse, nr.": "strasse",
    "strasse, hausnr.": "strasse", "strasse/hausnr.": "strasse", "hausnummer": "hausnummer",
    "plz, ort": "plz_ort", "plz, wohnort": "plz_ort", "plz, gemeinde": "plz_ort", "plz gemeinde": "plz_ort",
    "vorname(n)": "vorname", "rufname": "vorname", "e-mail-adresse": "email", "telefonnummer": "telefon",
    "beginn der hundehaltung": "haltungsbeginn", "hund gehalten seit": "haltungsbeginn", "hunderasse": "hunderasse",
    "flurstuecksnummer": "flurstueck", "flurstueck-nr.": "flurstueck", "beginn des gewerbes": "beginn_datum",
    "art der taetigkeit": "taetigkeit", "datum des einzugs": "einzugsdatum", "einzug am": "einzugsdatum",
    "rechnungs-nr.": "rechnungsnummer", "rechnungsbetrag": "betrag_brutto", "zu zahlender betrag": "betrag_brutto",
    "kundennr.": "_other", "kunden-nr.": "_other", "bestellnr.": "_other", "auftragsnummer": "_other",
    "name des hundes": "_other", "geburtsdatum des hundes": "_other", "geschlecht": "_other",
    "bankverbindung": "_other", "kontoinhaber": "_other", "familienstand": "_other",
}


#: the longer words labels are made of, for a label with one word misread
_LABEL_WORDS = sorted({w.strip(".,():/") for lit in _FUZZY_LABELS for w in lit.split(" ") if len(w) >= 6}
                      | {"monatlich", "monatliche", "hundehaltung", "hausnummer", "geburtsdatum", "anschrift",
                         "wohnung", "gewerbes", "taetigkeit", "antragsteller", "antragstellerin", "strasse"}
                      # a form's hint read with a stray umlaut ("Genäue Bezeichnung des Bauvorhabens");
                      # not every word of the label patterns: "Walter" is one letter from "Halter"
                      | {"genaue", "bezeichnung", "bauvorhabens"})


# every label pattern in one expression, combined keys first and non-fields last: one C-level
# match per spelling instead of a Python loop over ~150 patterns
_LABEL_ORDER = sorted(LABELS, key=lambda k: (k not in _COMBINED, k.startswith("_")))
_LABEL_ALL = re.compile("|".join(f"(?P<g{i}>{'|'.join(f'(?:{p})' for p in LABELS[k])})"
                                 for i, k in enumerate(_LABEL_ORDER)))


#: a form's section headings, which are no field's label but never a value either
_HEADINGS = re.compile(r"(?:beigefuegte |erforderliche )?unterlagen|beilagen?|nachweise?|anlagen?|erklaerung(?:en)?|"
                       r"hinweise?|angaben (?:zu[rm]?|des|der|ueber) .+")


def caption_as_value(field: str, value: str) -> bool:
    """Whether ``value`` filed for ``field`` is a form's caption: another field's label
    ("Geburtsdatum" as the surname) or a section heading ("Unterlagen"). Labels of no field that
    are also real words or names ("Land", "Kreis", "Lage", "Halter...") do not count."""
    key = match_label(value, fuzzy=False)
    if key is not None and not key.startswith("_"):
        return True
    return bool(_HEADINGS.fullmatch(_clean_label(value)))


def _label_key(s: str) -> str | None:
    m = _LABEL_ALL.fullmatch(s)
    if m is None:
        return None
    for name, value in m.groupdict().items():
        if value is not None:
            return _LABEL_ORDER[int(name[1:])]
    return None


@lru_cache(maxsize=20000)
def match_label(text: str, fuzzy: bool = True) -> str | None:
    """The label key (field, combined key or ``_other``) that ``text`` is, or None. ``fuzzy``
    also accepts a label misread by a few letters (same number of words)."""
    s = _clean_label(text)
    if len(s) > 60 and s.endswith(")") and "(" in s:
        s = re.sub(r"\s*\([^()]*\)$", "", s)  # a label and its long hint in brackets
    if not s or len(s) > 60:
        return None
    key = _label_key(s) or (_label_key(s[:-1].rstrip()) if s.endswith(".") else None)  # a colon read as "."
    if key:
        return key
    if re.match(r"\d{1,2}[a-z]{2}", s):
        # a box number glued to the label with its full stop lost: "15aPLZ" (1.5a), "2Name" (2.)
        for bare in (s[1 + s[1].isdigit():], re.sub(r"^\d{1,2}[a-z]", "", s)):
            key = match_label(bare, fuzzy)
            if key:
                return key
    # a label with a long hint in brackets ("Angemeldete Tätigkeit (genaue Angabe, z. B. ...)") or
    # under a heading ("Anschrift der Wohnung: Straße, Haus-Nr."): the label proper
    # (a hint whose closing bracket is on the label's next line: "Vornamen (Rufname" / "unterstreichen)")
    bare = re.sub(r"\s*\([^()]*\)$", "", s) if s.endswith(")") else re.sub(r"\s*\([^()]*$", "", s)
    # ... or with a relative clause ("Anschrift der Wohnung, für die Wohngeld beantragt wird")
    bare = re.sub(r",\s*(?:fuer|in|auf|an|bei|mit) (?:die|den|das|der|dem|denen|welche[nmrs]?)\b.*$", "", bare)
    # ... or naming whose value it asks for, where that is the applicant ("Geburtsdatum der Halterin
    # / des Halters", "Anschrift des Antragstellers"; not "des Vermieters": no label of ours then)
    own = _OWN_QUALIFIER.fullmatch(bare)
    if own:
        key = match_label(own.group(1), fuzzy)
        if key and not key.startswith("_"):
            return key
    if ": " in bare:
        head, bare = (x.strip() for x in bare.rsplit(": ", 1))
        # under a heading: the label counts only where the heading is the applicant's own
        # ("Anschrift der Wohnung: Straße, Haus-Nr."); under any other ("Betriebsstätte:",
        # "Vermieter:", "Ehegatte:", "Kind 1:", with a form's box number misread before it) the
        # value is someone's or something else's
        keys = {_label_key(h) for h in (head, head.split(" ", 1)[-1])} - {None}
        if (not keys or keys == {"_other"}) and len(bare) >= 3 and match_label(bare, fuzzy):
            return "_other"
    if bare != s and len(bare) >= 3:
        key = match_label(bare, fuzzy)
        if key:
            return key
    if len(s) >= 4:
        for v in _ocr_variants(s):
            key = _label_key(v)
            if key:
                return key
    if fuzzy and 6 <= len(s) <= 40 and not re.search(r"\d", s):
        best: tuple[float, str] | None = None
        n_words = s.count(" ")
        for lit, key in _FUZZY_LABELS.items():
            limit = _fuzzy_limit(len(lit))
            if not limit or abs(len(lit) - len(s)) > limit or lit.count(" ") != n_words:
                continue
            if within(s, lit, limit):
                d = levenshtein(s, lit)
                if best is None or d / len(lit) < best[0]:
                    best = (d / len(lit), key)
        if best is not None:
            return best[1]
        # one misread word in a label of several: "Gesamtmiete monatich", "Sraße/Hausnummer"
        parts = re.split(r"([ /])", s)  # words at even places, the spaces and slashes between
        words = parts[::2]
        if 2 <= len(words) <= 6:
            for i, w in enumerate(words):
                limit = _fuzzy_limit(len(w))
                if not limit or w in _LABEL_WORDS:
                    continue
                for v in _LABEL_WORDS:
                    if abs(len(v) - len(w)) <= limit and within(w, v, limit):
                        key = _label_key("".join(parts[:2 * i] + [v] + parts[2 * i + 1:]))
                        if key:
                            return key
    return None


#: a label and whose value it is, where that is the person the document is about (folded text)
#: (not "des Halters": on a parking permit that is the car's keeper, maybe someone else)
_OWN_PERSON = r"(?:antragstell|hundehalter|bauherr|inhaber|anmeldend|meldepflichtig|widerspruchsfuehr|gewerbetreibend)\w*"
_OWN_QUALIFIER = re.compile(r"(.{3,40}?) (?:der|des) " + _OWN_PERSON + r"(?: ?/ ?(?:der|des) " + _OWN_PERSON + r")?")


# short labels OCR garbles beyond a one-letter slip ("Ort:" read "on:", "or:", "0rt:"); trusted only
# when a colon follows
_SHORT_LABELS = {"ort": "ort", "plz": "plz", "pl2": "plz", "p1z": "plz", "piz": "plz", "pi2": "plz", "or": "ort", "on": "ort", "0rt": "ort",
                 "ork": "ort", "orl": "ort", "ont": "ort", "oft": "ort", "ot": "ort"}


def _squeezed_label(text: str) -> str | None:
    """ "Tag derGebun:" -- spaces lost and letters misread: the fuzzy labels compared without spaces."""
    s = _clean_label(text).replace(" ", "")
    if len(s) < 8 or re.search(r"\d", s):
        return None
    for lit, key in _FUZZY_LABELS.items():
        flat = lit.replace(" ", "")
        limit = _fuzzy_limit(len(flat))
        if limit and within(s, flat, limit):
            return key
    return None


def _short_label(text: str) -> str | None:
    return _SHORT_LABELS.get(_clean_label(text))


def _fuzzy_limit(n: int) -> int:
    """Edits a misread label of ``n`` letters may have (OCR on small, faint label print): none
    below 6 letters (too many real words are that close to "Name" or "Ort"), then about one in four."""
    if n < 6:
        return 0
    if n < 8:
        return 1
    if n < 11:
        return 2
    return n // 4




def _split_label(ph: Phrase) -> tuple[str, list[Token], list[Token], bool] | None:
    """(label key, label tokens, inline value tokens, colon?) when the phrase starts with a label."""
    toks = ph.tokens
    for i, t in enumerate(toks[:8]):
        if ":" in t.text:
            head, _, tail = t.text.partition(":")
            if tail.strip():  # "Name:Müller" -- value glued to the colon: leave to the text patterns
                break
            key = match_label(" ".join(x.text for x in toks[:i]) + " " + head)
            if key is None and (i == 0 or (i == 1 and _ENUM.fullmatch(toks[0].text + " "))):
                key = _short_label(head)  # "Ort:", or "1.4b On:" after the item's number
            if key is None and i < 4:  # before a colon, a label whose words OCR ran together
                key = _squeezed_label(" ".join(x.text for x in toks[:i]) + " " + head)
            if key:
                label = " ".join(x.text for x in toks[: i + 1]).replace("}", ")")  # "Vorname(n}:"
                if label.count("(") > label.count(")"):
                    # a colon inside the label's hint ("Hunderasse (bei Mischlingen: Elterntiere)"):
                    # the hint runs to its closing bracket, then the value
                    close = next((j for j, t in enumerate(toks[i + 1:]) if ")" in t.text), None)
                    if close is None:
                        return key, toks, [], False
                    end = i + 1 + close + 1
                    return key, toks[:end], toks[end:], toks[end - 1].text.rstrip().endswith(":")
                return key, toks[: i + 1], toks[i + 1:], True
            break
    # an exact label of any length first, then a misread one ("Famkenname")
    exact_refused = False
    for n, fuzzy in [(n, f) for f in (False, True) for n in range(min(8, len(toks)), 0, -1)]:
        if exact_refused and not fuzzy:
            continue
        label = " ".join(x.text for x in toks[:n])
        key = match_label(label, fuzzy)
        if key:
            rest = toks[n:]
            if label.count("(") > label.count(")"):
                # the label's hint in brackets runs on ("Tätigkeit (genaue Angabe, z. B. ... Textilien)"):
                # up to its closing bracket, on this line or the next, it is all label
                close = next((i for i, t in enumerate(rest) if ")" in t.text), None)
                if close is None:
                    return key, toks, [], False
                return key, toks[: n + close + 1], rest[close + 1:], rest[close].text.rstrip().endswith(":")
            if rest and rest[0].text[:1] in "({[" and re.match(r"[({\[]\D", rest[0].text):
                # "Familienname (ggf. Geburtsname)": the remark belongs to the label
                close = next((i for i, t in enumerate(rest) if t.text.rstrip("|:;.")[-1:] in ")}]"), len(rest) - 1)
                return key, toks[: n + close + 1], rest[close + 1:], False
            if rest and (_clean_label(label) in _STRICT or rest[0].text[:1].islower()):
                if not fuzzy:
                    # "Beginn der Hundehattung": a short exact label inside a longer misread one
                    exact_refused = True
                    continue
                return None  # "Gemeinde Musterhausen", "Straße des Grundstücks": not a label and value
            return key, toks[:n], rest, False
    if len(toks) >= 2 and len(toks[0].text) <= 3 and not re.search(r"\d{2}", toks[0].text) \
            and toks[1].text[:1].isupper():
        # a form's box number in a small dark box, read as "HE", "IB", "6]" before the label
        inner = _split_label(Phrase(page=ph.page, row=ph.row, index=ph.index, tokens=toks[1:]))
        if inner is not None:
            return inner[0], toks[:1] + inner[1], inner[2], inner[3]
    return None


def _is_label_like(tokens: list[Token]) -> bool:
    tokens = _trim_garbage(tokens)  # "Vorname ©": a speck beside a label leaves it a label
    if not tokens:
        return False
    text = " ".join(t.text for t in tokens)
    if text.rstrip().endswith(":"):
        return True
    # two captions of one box ("Farbe / Geschlecht")
    return match_label(text) is not None or (" / " in text and all(match_label(p) for p in text.split(" / ")))


# -- best value window per kind --------------------------------------------------------------------

def _strip_punct(tokens: list[Token]) -> list[Token]:
    while tokens and re.fullmatch(r"[\W_]+", tokens[-1].text) and tokens[-1].text not in {"€"}:
        tokens = tokens[:-1]
    while tokens and re.fullmatch(r"[\W_]+", tokens[0].text) and tokens[0].text not in {"+"}:
        tokens = tokens[1:]
    return tokens


def _is_garbage(t: Token) -> bool:
    """Specks and box lines OCR reads as letters: "ee", "O2", "|", a low-confidence scrap, a dashed
    fill-in line read as "—eses—sesesa—"."""
    txt = t.text
    if re.fullmatch(r"[\W_]+", txt):
        return True
    if len(re.findall(r"[—–_]", txt)) >= 2 or re.search(r"[—–_]{2}|(?:[a-z][—–_]){2}", txt):
        return True
    if re.search(r"\d", txt) and not re.search(r"[^\W\d_]{2}", txt) and t.word.confidence >= 0.4:
        return False  # a house number, not a speck
    if len(txt) <= 3 and ((txt.isalpha() and len(set(txt.lower())) == 1 and len(txt) > 1) or t.word.confidence < 0.6
                          or t.bbox[3] - t.bbox[1] < 4):
        return True
    return t.word.confidence < 0.25 and len(txt) <= 4


def _trim_garbage(tokens: list[Token], street: bool = False) -> list[Token]:
    """``tokens`` without specks and box lines at either end. ``street``: the tokens are a street
    run ending at its house number (:func:`_street_run`), which stays however faintly it was read
    ("Bahnhofstraße 115" at 20 %: dropped, the street lacked its number and went to a person);
    the second reading checks it. A lone digit before the street's first word is a box edge
    ("1 Gartenstraße 57")."""
    toks = list(tokens)
    if street and len(toks) > 2 and re.fullmatch(r"[1lI|]", toks[0].text) and toks[1].text[:1].isupper() \
            and any(_HOUSE_NO_TOKEN.match(t.text) and re.match(r"\d", t.text) for t in toks[2:]):
        toks.pop(0)
    while len(toks) > 1 and _is_garbage(toks[-1]) and not (
            re.fullmatch(r"[a-zA-Z]", toks[-1].text) and _HOUSE_NO_TOKEN.match(toks[-2].text)) and not (
            street and re.fullmatch(r"\d{1,4}[a-zA-Z]?,?", toks[-1].text) and re.search(r"[^\W\d_]{2}", toks[-2].text)):
        toks.pop()
    while len(toks) > 1 and _is_garbage(toks[0]) and not (
            fold(toks[0].text) in _STREET_START and toks[0].text[:1].isupper()
            and toks[1].text[:1].isupper()):  # "Im Wiesengrund", faint
        toks.pop(0)
    return toks


def _raw(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


#: a house number as printed: "5", "12a", "5 a", "3-5", "12/14"
HOUSE_NUMBER = r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}\s?[a-zA-Z]?|\s[1-3]/[2-4])?"
_HOUSE_NO = re.compile(HOUSE_NUMBER + ",?")
_HOUSE_NO_TOKEN = re.compile(f"^{HOUSE_NUMBER},?$")


def _street_run(toks: list[Token]) -> list[Token]:
    """A street ends with its house number ("Pfarrgasse 97", "Lange Str. 5 a", "Am Hang 3-5"):
    what follows on the line (a fill-in line read as "00 —eses—", a PLZ) is not part of it."""
    for i, t in enumerate(toks):
        if i and _HOUSE_NO_TOKEN.match(t.text):
            end = i + 1
            nxt = toks[end] if end < len(toks) else None
            if nxt is not None and (re.fullmatch(r"[a-zA-Z0-9],?", nxt.text) or re.fullmatch(r"[-/]\d{1,4}[a-zA-Z]?,?", nxt.text)
                                    or re.fullmatch(r"[1-3]/[2-4],?", nxt.text)):
                end += 1  # "5 a", "3 -5", "3 1/2"; "80 4" is a misread "80 a": kept, so the second reading sees it
            return _strip_punct(toks[:end])
        if i and re.search(r"\d", t.text):
            break
    return toks


def _house_letter_symbols(tokens: list[Token]) -> list[Token]:
    """ "137 @" after a street: the house number's letter read as "@" (as the a of e-mail
    addresses is), taken as that letter."""
    out = list(tokens)
    for i, t in enumerate(out):
        if i and t.text == "@" and _HOUSE_NO_TOKEN.match(out[i - 1].text) and re.search(r"\d$", out[i - 1].text):
            out[i] = Token(word=dataclasses.replace(t.word, text="a"), page=t.page)
    return out


def best_value(kind: str, tokens: list[Token], field: str | None = None
               ) -> tuple[str, str, list[Token]] | None:
    """(normalised value, raw text, its tokens) of the best window of ``tokens`` read as ``kind``."""
    if field == "strasse":
        tokens = _house_letter_symbols(tokens)
    tokens = _strip_punct(list(tokens))
    if not tokens:
        return None
    if kind in {"name", "text"}:
        # a street keeps a house number's letter ("80 a") even where it reads faintly
        toks = _trim_garbage(_street_run(tokens), street=True) if field == "strasse" else _trim_garbage(tokens)
        # specks inside the value: a dot or comma standing alone, printed far smaller than the words
        # ("Catering . und Partyservice") -- a real "-", "/", "&" or "+" between words stays
        hmed = statistics.median(t.height for t in toks)
        toks = [t for t in toks if not (t.text in {".", ",", "·", ":", ";", "'", "`"} and t.height < 0.5 * hmed)] or toks
        if kind == "name":
            # a name is a run of words: stop at a token with digits or at a separator
            run: list[Token] = []
            for t in toks:
                if re.search(r"\d", t.text) or t.text in {"|", "·", "•"}:
                    break
                run.append(t)
                if t.text.endswith(","):
                    break
            toks = _strip_punct(run)
            # a name label misread and glued to its value: "Voname Schmidt-Hüsgen"
            while len(toks) > 1 and match_label(toks[0].text.rstrip(":.")) in _NAME_LABELS:
                toks = toks[1:]
            if not toks or len(toks) > 5:
                return None
        elif field == "strasse":
            toks = _street_run(toks)
            if not toks:
                return None
        raw = _raw(toks).rstrip(",;|")
        # a fill-in line or box edge glued to a word: "_Haberle", "Weber_", "|Stuttgart"
        raw = re.sub(r"(?:(?<=\s)|^)[_|~]+(?=\w)|(?<=\w)[_|~]+(?=\s|$)", "", raw)
        raw = raw.replace("\\V", "W")  # "\Veststraße": a W read as backslash and V
        # a speck read as a full stop where the space was: "Laden zu.Wohnung"
        raw = re.sub(r"(?<=[a-zäöüß]{2})\.(?=[A-ZÄÖÜ][a-zäöüß]{2,})", " ", raw)
        if field == "strasse":
            # the ß of "straße" is OCR's favourite victim: "StraBe", "Strabe", "Strake", "Stra8e"
            raw = re.sub(r"(?<=[Ss]tra)[Bbk8f](?=e\b)", "ß", raw)
        elif field == "ort":
            raw = re.sub(r"^\d{5}\s*(?=[^\W\d_])", "", raw)  # "74076 Heilbronn" read as one word
        if re.match(r"\d{1,2}(?:\.\d{1,2})*[a-z]?\s+[^\W\d_][^:]{2,60}:\s", raw):
            return None  # "3.1 Genaue Bezeichnung des Bauvorhaben: ..." is a form's item, label and all
        if raw.endswith(".") and re.search(r"[^\W\d_]{5,}\.$", raw) and not re.search(r"str\.$", raw, re.I):
            raw = raw[:-1]  # "Huchenfeld." -- a full stop, not an abbreviation
        v = normalize(kind, raw, field=field)
        return (v, raw, toks) if v else None
    if kind == "reference":
        run = []
        for i, t in enumerate(tokens):
            txt = t.text
            if run and re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}[.,;]?", txt):
                break  # a date beside the file number ("Unser Zeichen 37.1-KB-2026/0917   02.12.2026")
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if re.search(r"\d", txt) or txt in _JOINERS or (run and txt == "|") or re.fullmatch(r"[A-ZÄÖÜ]{1,5}[-/.]?", txt) \
                    or (run and re.fullmatch(r"[A-Za-z]{1,3}[-/.]", txt)) \
                    or (run and run[-1].text in _JOINERS and re.fullmatch(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,4}", txt)
                        and sum(ch.isupper() for ch in txt) >= 2
                        and nxt in _JOINERS):  # a part in mixed case between spaced dashes: "22.3 - HSt - 2028/1173"
                run.append(t)
                if txt.endswith(","):
                    break
            else:
                break
        run = _strip_punct(run)
        while run and not re.search(r"\d", run[-1].text) and run[-1].text in {"-", "/", "–", "|"}:
            run = run[:-1]
        if not run or not any(re.search(r"\d", t.text) for t in run):
            return None
        raw = _raw(run).rstrip(",;")
        v = normalize(kind, raw, field=field)
        return (v, raw, run) if v else None
    max_len = {"date": 3, "amount": 3, "iban": 9, "plz": 2, "plate": 4, "email": 3, "phone": 6,
               "integer": 1}.get(kind, 3)
    best = None
    for start in range(len(tokens)):
        for n in range(min(max_len, len(tokens) - start), 0, -1):
            win = tokens[start:start + n]
            raw = _raw(win).rstrip(",;")
            v = normalize(kind, raw, field=field)
            if not v:
                continue
            if kind == "plate" and re.search(r"\d\s+\d", raw) and start + n < len(tokens):
                continue  # "HRO AB 99 7 Jahre": the digits joined only where nothing follows (boxes)
            ok = validate(kind, v, field=field) is None
            score = (ok, -start, n)
            if best is None or score > best[0]:
                best = (score, v, raw, win)
            break  # longest window at this start found
        if best is not None and best[0][0]:
            break  # earliest valid start wins
    if best is None:
        return None
    return best[1], best[2], best[3]


# -- layout search: right of and below a label -------------------------------------------------------

class _Index:
    def __init__(self, layout: Layout):
        self.layout = layout
        self.row_of: dict[int, int] = {}  # phrase index -> index in layout.rows
        self.by_page: dict[int, list[Phrase]] = {}
        for ph in layout.phrases:
            self.by_page.setdefault(ph.page, []).append(ph)
        for ri, row in enumerate(layout.rows):
            for ph in row.phrases:
                self.row_of[ph.index] = ri
        self.row_of_token = {id(t): ri for ri, row in enumerate(layout.rows) for t in row.tokens}


def _right_tokens(idx: _Index, lb: tuple[float, ...], h: float, page: int,
                  skip: set[int]) -> list[list[Token]]:
    """Phrases to the right of the label box ``lb`` at its height, nearest first, up to the next label.

    Geometric rather than by row, so a label wrapped over two lines finds the value printed beside
    the pair of lines."""
    found, low = [], []
    phrases = idx.by_page.get(page, [])
    for other in phrases:
        if other.index in skip or other.bbox[0] < lb[2] - 2:
            continue
        c = (other.bbox[1] + other.bbox[3]) / 2
        if lb[1] - 0.4 * h <= c <= lb[3] + 0.4 * h:
            found.append(other)
        elif lb[1] - 0.2 * h <= other.bbox[1] <= lb[3] + 0.6 * h:
            low.append(other)
    if not found and low:
        # a value set lower in its cell than the small label at the cell's top ("1 Name" top left,
        # "Aydın" centred in the value column): it starts no lower than the label's bottom plus half
        # a line, and nothing stands left of it on its own line (the next row of a label/value table
        # has its own label there)
        def alone(o: Phrase) -> bool:
            return not any(q.index != o.index and q.index not in skip and lb[0] - h <= q.bbox[0] < o.bbox[0]
                           and o.bbox[1] <= (q.bbox[1] + q.bbox[3]) / 2 <= o.bbox[3] for q in phrases)
        found = [o for o in low if alone(o)][:1]
    if len(found) > 1:
        # a value with a label of its own left of it, level with it ("Vertragskonto  8100 2274 15"
        # over "Rechnungsnummer  30 2612 0873", the label's box drawn tall by the scan's noise
        # across both lines) is that label's
        def owned(o: Phrase) -> bool:
            oc = (o.bbox[1] + o.bbox[3]) / 2
            return any(q.index not in skip and q.index != o.index and q.bbox[2] <= o.bbox[0] + 2
                       and q.bbox[0] >= lb[0] - h and abs((q.bbox[1] + q.bbox[3]) / 2 - oc) < 0.5 * o.height
                       and abs((q.bbox[1] + q.bbox[3]) / 2 - oc) < abs((lb[1] + lb[3]) / 2 - oc)
                       and _is_label_like(q.tokens) for q in phrases)
        found = [o for o in found if not owned(o)] or found
    if len(found) > 1:  # of phrases stacked above each other in the band, the one level with the label
        mid = (lb[1] + lb[3]) / 2
        off = {o.index: abs((o.bbox[1] + o.bbox[3]) / 2 - mid) for o in found}
        found = [o for o in found if not any(
            q.index != o.index and q.bbox[0] < o.bbox[2] and o.bbox[0] < q.bbox[2] and off[q.index] + 0.3 * h < off[o.index]
            for q in found)]
    out = []
    ordered = sorted(found, key=lambda o: o.bbox[0])
    for k, other in enumerate(ordered):
        if _is_label_like(other.tokens) or (_split_label(other) is not None and _split_label(other)[3]):
            break
        nxt = ordered[k + 1].tokens if k + 1 < len(ordered) else None
        if nxt and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\.?", " ".join(t.text for t in other.tokens)) \
                and (_is_label_like(nxt) or re.fullmatch(r"[A-ZÄÖÜ][^\d]*", " ".join(t.text for t in nxt))):
            break  # "3.3" before "Flurstück(e)" in a row of numbered captions: the next caption's number
        out.append(other.tokens)
    return out


def _peer_header(right: list[Token], h: float, below: list[Token], label_bottom: float) -> bool:
    """Is ``right`` (beside a label of token height ``h``) another label of the same small print
    while the value ``below`` the label, right under it in the same box, is printed clearly larger?
    (A larger line further down is the next section's heading, not this label's value.)"""
    rh = statistics.median(t.height for t in right)
    bh = statistics.median(t.height for t in below)
    close = min(t.bbox[1] for t in below) - label_bottom <= 1.2 * h
    # ... but a single word drawn twice as tall as the label is a noisy scan's box ("Begim" for
    # "Beginn", 73 px in a row of 37), not a value printed larger (1.3 to 1.6 times)
    return (_is_label_like(right) or (close and (len(below) >= 2 or bh <= 1.8 * h))) and rh <= 1.15 * h \
        and bh >= 1.3 * h and bh >= 1.2 * rh


def _wrapped_label(idx: _Index, ph: Phrase) -> tuple[str, list[Token], Phrase] | None:
    """A label printed over two lines ("Datum der Aufnahme des" / "Hundes"): (key, tokens, 2nd line)."""
    h = ph.height
    if not re.search(r"[^\W\d_]{3}", ph.text):
        return None  # a date or number is a value, never the first line of a label
    # the label's words start after an item number ("11 | Datum des Beginns der angemeldeten" /
    # "Tätigkeit"): its second line aligns with the words, not with the number
    x0 = next((t.bbox[0] for t in ph.tokens if not re.fullmatch(r"\(?\d{1,2}[.)]?|[|¦]", t.text)), ph.bbox[0])
    for nx in idx.layout.phrases[ph.index + 1: ph.index + 12]:
        if nx.page != ph.page:
            break
        gap = nx.bbox[1] - ph.bbox[3]
        if min(abs(nx.bbox[0] - ph.bbox[0]), abs(nx.bbox[0] - x0)) <= h and -0.2 * h <= gap <= 1.3 * h and nx.height <= 1.5 * max(h, max(t.height for t in ph.tokens)):
            key = match_label(ph.text + " " + nx.text)
            if key and not key.startswith("_"):
                return key, ph.tokens + nx.tokens, nx
            return None
    return None


_JOINERS = {"-", "\u2013", "\u2014", "/", "."}


def _plz_line_below(idx: _Index, toks: list[Token]) -> list[Token]:
    """The "PLZ Ort" line under an address's street line, where the value wraps after the street."""
    if not toks or any(re.fullmatch(r"(?:D-?)?\d{5}", t.text) for t in toks):
        return []
    ri = idx.row_of_token.get(id(toks[0]))
    return _continuation(idx.layout, ri, toks, float("inf"), plz_line=True) if ri is not None else []


def _continuation(lay: Layout, ri: int, toks: list[Token], col_end: float, plz_line: bool = False) -> list[Token]:
    """The next line of a value that wraps in its cell ("Neubau eines Doppelhauses mit zwei
    Stellplätzen" / "und Carport"): a phrase on the very next row (``ri`` is the value's row),
    starting where the value starts, in the same print, that is no label."""
    if ri + 1 >= len(lay.rows) or lay.rows[ri + 1].page != lay.rows[ri].page:
        return []
    h = statistics.median(t.height for t in toks)
    x0, bottom = toks[0].bbox[0], max(t.bbox[3] for t in toks)
    nxt = lay.rows[ri + 1].phrases
    for o in nxt:
        # close under the value; or, alone on its row (nothing in the label column), on the next
        # line of a form's row grid ("und Montage von Fertigbauteilen" 1.7 lines below)
        gap = 1.2 if plz_line else 1.8 if o is nxt[0] and o.bbox[0] > x0 - 1.5 * h else 0.9
        if abs(o.bbox[0] - x0) <= 1.5 * h and o.bbox[1] - bottom <= gap * h and o.bbox[0] < col_end \
                and 0.75 * h <= statistics.median(t.height for t in o.tokens) <= 1.3 * h \
                and (re.fullmatch(r"(?:D-?)?\d{5}", o.tokens[0].text) if plz_line else o.tokens[0].text[:1].islower()) \
                and not _is_label_like(o.tokens[:3]) and _split_label(o) is None \
                and not any(p.bbox[2] <= o.bbox[0] and (_split_label(p) or _is_label_like(p.tokens)) for p in nxt):
            # (not the value of the next row's own label: "Tätigkeit: Kosmetikstudio" over "Beginn:
            # zum 2. Januar 2029")
            return list(o.tokens)
    return []


def _below_tokens(idx: _Index, ph: Phrase, label_tokens: list[Token], join: bool = False,
                  wrap: bool = False) -> list[Token]:
    """The value in the label's column on the next rows (boxed cell, table column). ``join``: a
    value in comb boxes ("LB | - | MK | 718", each box's print a phrase of its own) is the row's
    phrases in the column together."""
    lay = idx.layout
    ri = idx.row_of[ph.index]
    row = lay.rows[ri]
    lb = union([t.bbox for t in label_tokens])
    h = statistics.median(t.height for t in label_tokens)
    # the column runs from the label to the next phrase on the label's row
    nxt = [o.bbox[0] for o in row.phrases if o.bbox[0] > lb[2]]
    col_end = min(nxt) if nxt else float("inf")
    for rj, r in enumerate(lay.rows[ri + 1: ri + 4], start=ri + 1):
        if r.page != ph.page:
            break
        rb = r.bbox
        # how far below: by the label's print, or by the value's where a small label tops a tall
        # cell (the form's "Angemeldete Tätigkeit" caption, the typed value in the cell's middle)
        hv = min(2 * h, statistics.median(t.height for ph_ in r.phrases for t in ph_.tokens))
        if rb[1] - lb[3] > 3.2 * max(h, hv, 8):
            break
        for other in r.phrases:
            # a small label indented in its cell ("Name" in a form's top-left corner, the name
            # below it at the cell's edge): the slack left of it is that of the value's print
            printed = [t for t in other.tokens if re.search(r"\w", t.text)]  # not a rule read as "|"
            if not printed:
                continue
            slack = 1.5 * max(h, statistics.median(t.height for t in printed))
            inside = [t for t in other.tokens if lb[0] - slack <= t.bbox[0] < col_end]
            while inside and inside[0].text in {"|", "¦"}:
                inside = inside[1:]  # the cell's left rule
            toks = [t for t in inside if t.height >= 0.3 * h]  # a box line or speck read as a word is no value
            if not toks:
                continue
            # ... but a dash or slash between two words of the value is part of it ("21.4 - 2024/3964")
            toks = [t for t in inside if t in toks or (t.text in _JOINERS and toks[0].bbox[0] < t.bbox[0] < toks[-1].bbox[0])]
            if toks[0].bbox[0] > lb[2] + 6 * h:
                continue  # far to the right: another column's value
            if _is_label_like(toks) or _is_label_like(other.tokens[:3]) or _split_label(other) is not None \
                    or _wrapped_label(idx, other) is not None:
                return []
            if wrap:
                toks = toks + _continuation(lay, rj, toks, col_end)
            if join:
                for more in sorted((o for o in r.phrases if o.bbox[0] > other.bbox[2]), key=lambda o: o.bbox[0]):
                    if more.bbox[0] >= col_end or _is_label_like(more.tokens[:3]) or _split_label(more) is not None:
                        break
                    toks = toks + [t for t in more.tokens if t.text not in {"|", "¦"}]
            return toks
    return []


#: kinds whose value shows itself for what it is (a date, a postcode, an e-mail address): they tell
#: on which side of a row of captions the values stand
_SELF_EVIDENT_KINDS = {"date", "plz", "email", "iban", "plate", "amount"}


def _caption_row(row) -> list[tuple[Phrase, str]]:
    """The (phrase, label key) of a row of captions only: at least one a field's label with nothing
    beside it, and no phrase a value (no digits outside a label)."""
    out = []
    for ph in row.phrases:
        sp = _split_label(ph)
        key = sp[0] if sp is not None else None
        if sp is not None and sp[2]:
            inner = match_label(_raw(sp[2]))
            if inner is None:
                return []  # a label with its value on the line: a row of label-value pairs
            # "Wohnanschrift: Straße, Hausnummer" names the applicant's street; "Betriebsstätte:
            # Straße, Hausnummer" another's
            key = inner if key == "anschrift" else "_other" if key.startswith("_") else key
        if sp is None and (re.search(r"\d", ph.text) or len(ph.tokens) == 1):
            return []  # a number, or a single word ("Gemeinde  Fulda"): a value, not a caption
        if key is not None:
            out.append((ph, key))
    return out if any(not k.startswith("_") for _, k in out) else []


def _column(row, caption_row, ph: Phrase) -> list[Token]:
    """The tokens of ``row`` in the column of caption ``ph`` (from the caption's left edge to the
    next phrase of its row)."""
    h = ph.height
    nxt = [o.bbox[0] for o in caption_row.phrases if o.bbox[0] > ph.bbox[0] + h]
    hi = min(nxt) - 0.5 * h if nxt else float("inf")
    return [t for t in row.tokens if ph.bbox[0] - 1.5 * h <= t.bbox[0] < hi and t.text not in {"|", "¦", "_"}]


def _captions_below(layout: Layout) -> dict[int, tuple[int, str]]:
    """{caption phrase: (value row, label key)} on pages printed with the caption under the line it names
    ("Größl  Theresa" / "Familienname  Vorname", "19.03.1984" / "Geburtsdatum"), as many official
    forms are. Which side a page's values stand on is read from the values themselves: the
    captions of dates, postcodes, e-mail addresses find such a value in their column on one side
    and not on the other. A page decides only where at least two such captions agree and none
    finds its kind on the other side; every other page keeps the value under or beside its label."""
    kinds = taxonomy().field_kinds
    rows = layout.rows
    caps = {ri: c for ri, row in enumerate(rows) if (c := _caption_row(row))}

    def near(ri: int, rj: int, lines: float = 2.0) -> bool:
        if not 0 <= rj < len(rows) or rj in caps or rows[rj].page != rows[ri].page:
            return False
        a, b = sorted((rows[ri].bbox, rows[rj].bbox), key=lambda x: x[1])
        h = statistics.median(t.height for t in rows[rj].tokens)
        return b[1] - a[3] < lines * h

    score: dict[int, list[int]] = {}
    for ri, c in caps.items():
        # the evidence is looked for further away than a value is taken from: a form with tall
        # cells sets its values low, far under their captions and close above the next ones
        for side, rj in ((0, ri - 1), (1, ri + 1)):
            if not near(ri, rj, 4.0):
                continue
            for ph, key in c:
                toks = _column(rows[rj], rows[ri], ph)
                got = _read_value(key, toks, 1.0, "caption", kinds) if toks else []
                if any((kinds.get(x.field) in _SELF_EVIDENT_KINDS
                        or x.field == "telefon" and re.fullmatch(r"(?:\+|0)\d{7,}", x.value))
                       and validate(kinds[x.field], x.value, field=x.field) is None for x in got):
                    score.setdefault(rows[ri].page, [0, 0])[side] += 1
    below = {pg for pg, (up, down) in score.items() if up >= 2 and down == 0}
    return {ph.index: (ri - 1, key) for ri, c in caps.items() if rows[ri].page in below and near(ri, ri - 1)
            for ph, key in c}


_SOMEONE_ELSE = re.compile(r"herr|herrn|frau|dr|prof|ansprechpartner\w*|sachbearbeit\w*|arzt|aerztin|praxis|"
                           r"rechtsanwa\w*|kanzlei|notar\w*|vermieter\w*|hausverwaltung|ihr|ihre")
def _rows_up_to(layout: Layout, ri: int, above: int) -> list:
    """Row ``ri`` and the ``above`` rows before it on its page."""
    page = layout.rows[ri].page
    return [r for r in layout.rows[max(0, ri - above):ri + 1] if r.page == page]


_INNER_PHONE_LABEL = re.compile(r"(?:tel|telefon|telefonnr|telefonnummer|tel\.-?nr|fon|mobil|handy)[.:]{0,2}")
#: a switchboard's number ("0621 293-0", "04721 700 - 0"): an office's, never a person's
_SWITCHBOARD = re.compile(r"\d[ \t]*[-–][ \t]*0\s*$")


def _inner_phone_label(tokens: list[Token]) -> int | None:
    """Where a phone label stands inside a line, followed by its number ("... Bautzen Tel. 03591
    42918"): the label's index (never 0: a label that starts the phrase is read as such)."""
    for j in range(1, len(tokens) - 1):
        if _INNER_PHONE_LABEL.fullmatch(fold(tokens[j].text)) and re.match(r"[+(]?0\d", tokens[j + 1].text):
            before = tokens[:j]
            # an address line: no sentence (a word in lower case), no other label (a colon), no one
            # named as someone else ("meine Ärztin Dr. ...", "Ihr Ansprechpartner Herr ...")
            if any(re.match(r"[a-zäöüß]", t.text) and fold(t.text) not in ("und", "u.", "inh.") for t in before) \
                    or any(":" in t.text for t in before) \
                    or any(_SOMEONE_ELSE.fullmatch(fold(t.text).strip(".,")) for t in before):
                return None
            return j
    return None


def _cut_at_label(tokens: list[Token]) -> list[Token]:
    """The value tokens before the next label printed on the same line ("Straße, Nr., PLZ, Ort
    Jahnstr. 25": the street label's value does not start with "PLZ, Ort")."""
    for i in range(len(tokens)):
        for k in (3, 2, 1):
            if i + k > len(tokens):
                continue
            text = " ".join(t.text for t in tokens[i:i + k])
            key = match_label(text, False)
            if key is None:
                continue
            s = _clean_label(text)
            if k == 1 and 0 < i < len(tokens) - 1 and _STREET_GENERIC.match(s) \
                    and tokens[i - 1].text[:1].isupper() and _HOUSE_NO_TOKEN.match(tokens[i + 1].text):
                continue  # "Ulmer Straße 81": the street's own word, not the label "Straße"
            if text.rstrip().endswith(":") or (s not in _STRICT and len(s) >= 3 and k == len(s.split())):
                return tokens[:i]
    return tokens


def _label_from_line_before(idx: _Index, ph: Phrase) -> tuple[str, list[Token], list[Token], bool] | None:
    """ "Datum des | Beginns: 05.01.2027": a label whose words OCR put on two visual rows (uneven
    word boxes on a noisy scan) -- the phrase just before, ending right where this one starts and
    overlapping it in height, completes the label before the colon."""
    if not any(":" in t.text for t in ph.tokens[:3]) or ph.index == 0:
        return None
    prev = idx.layout.phrases[ph.index - 1]
    h = ph.height
    if prev.page != ph.page or not (0 <= ph.bbox[0] - prev.bbox[2] <= 2.0 * h):
        return None
    if not (prev.bbox[1] < ph.bbox[3] and ph.bbox[1] < prev.bbox[3]) or len(prev.tokens) > 4:
        return None
    split = _split_label(Phrase(page=ph.page, row=ph.row, index=ph.index, tokens=prev.tokens + ph.tokens))
    if split and split[3] and not split[0].startswith("_") and len(split[1]) > len(prev.tokens):
        return split
    return None


def _place_after_plz(idx: _Index, ph: Phrase) -> tuple[str, list[Token], list[Token], bool] | None:
    """ "Gemeinde Heilbronn", "Ort Ulm" right after a PLZ on the same line is the place's label and
    its value (on its own, "Gemeinde Musterhausen" may be a name, so strict labels want a colon).
    Right after a postcode there, "Ort:" misread by one letter ("orn:", "Oet:") is that label too."""
    toks = ph.tokens
    if len(toks) < 2:
        return None
    key = match_label(toks[0].text, False)
    slip = key is None and toks[0].text.endswith(":") and within(_clean_label(toks[0].text), "ort", 1)
    if key != "ort" and not slip:
        return None
    row = idx.layout.rows[idx.row_of[ph.index]]
    before = [o for o in row.phrases if o.bbox[2] <= ph.bbox[0]]
    if not before or not re.fullmatch(r"\d{5}[,;]?", max(before, key=lambda o: o.bbox[2]).tokens[-1].text):
        return None
    return "ort", toks[:1], toks[1:], slip


def _place_label_after_plz_label(idx: _Index, ph: Phrase) -> tuple[str, list[Token], list[Token], bool] | None:
    """A header row of labels with the values below them: "PLZ" | "On" -- beside the postcode's
    label, a short word misread from "Ort" is the place's label, colon or not."""
    if len(ph.tokens) != 1 or _short_label(ph.tokens[0].text) != "ort":
        return None
    row = idx.layout.rows[idx.row_of[ph.index]]
    before = [o for o in row.phrases if o.bbox[2] <= ph.bbox[0]]
    if not before or match_label(max(before, key=lambda o: o.bbox[2]).text) != "plz":
        return None
    return "ort", ph.tokens, [], ph.tokens[0].text.endswith(":")


#: kinds whose value, found beside its label but unreadable there, may be read again from the image
#: (their own checks tell a reading from garbage)
_REREADABLE_KINDS = {"date", "amount", "plz", "plate", "iban", "integer"}
_DIGIT_KINDS = {"date", "amount", "plz", "integer"}


def _sentence_tail(idx: _Index, ph: Phrase, label_toks: list[Token]) -> bool:
    """Whether a label word is the end of a sentence wrapped into its own line ("... unter der oben
    angegebenen\nAdresse."): it ends in a full stop after a whole word (not an abbreviation like
    "Str." or "Hausnr.") and the line above ends in a small word without a colon."""
    last = label_toks[-1].text
    if not (re.fullmatch(r"[^\W\d_]{5,}\.", last) and re.search(r"[aeiouäöüy][^\W\d_]{0,2}\.$", last)):
        return False
    ri = idx.row_of.get(ph.index)
    if not ri:
        return False
    above = idx.layout.rows[ri - 1]
    if above.page != ph.page or not above.tokens:
        return False
    end = above.tokens[-1].text
    return end[:1].islower() and end[-1:].isalpha()


def _label_candidates(layout: Layout, unread: list[Candidate] | None = None) -> list[Candidate]:
    """Candidates from labels and the values beside or below them. ``unread`` collects, for a
    label whose value (of a :data:`_REREADABLE_KINDS` kind) is there but reads as no value
    ("geb. am 275.51"), a candidate with an empty value over those words."""
    kinds = taxonomy().field_kinds
    idx = _Index(layout)
    out: list[Candidate] = []
    consumed: set[int] = set()  # second lines of wrapped labels: never a label of their own
    other_row: dict[tuple[int, int], float] = {}  # (page, row) -> left edge of a caption headed as another's
    queue = list(layout.phrases)
    inner_phone: set[int] = set()  # phrases split off at a phone label inside a line
    above = _captions_below(layout)
    k = 0
    while k < len(queue):
        ph = queue[k]
        k += 1
        if ph.index in consumed:
            continue
        split = _split_label(ph) or _place_after_plz(idx, ph) or _label_from_line_before(idx, ph) \
            or _place_label_after_plz_label(idx, ph)
        below_from = ph
        skip = {ph.index}
        if split is None or (not split[2] and split[1][-1].text.count("(") > split[1][-1].text.count(")")):
            wrapped = _wrapped_label(idx, ph)
            if wrapped:
                key, toks, nx = wrapped
                split = (key, toks, [], toks[-1].text.endswith(":"))
                below_from = nx
                skip.add(nx.index)
                consumed.add(nx.index)
        if split is None:
            j = _inner_phone_label(ph.tokens)
            if j:
                # "Inh. J. Schwarz Reichenstraße 9 02625 Bautzen Tel. 03591 42918 Fax ...": a
                # letterhead's line of address and phone; the phone with its label, on its own
                queue.insert(k, Phrase(page=ph.page, row=ph.row, index=ph.index, tokens=ph.tokens[j:]))
                inner_phone.add(id(queue[k]))
            continue
        key, label_toks, inline, colon = split
        if not inline and not key.startswith("_") and _sentence_tail(idx, ph, label_toks):
            continue
        if key == "_other":
            # "15 Betriebsstätte: Straße, Haus-Nr. | Postleitzahl | Ort": a row of captions headed by
            # someone's or something else's heading -- the captions after it in its row are its too
            head = _clean_label(_raw(label_toks + inline))
            tail = head.rsplit(": ", 1)[1] if ": " in head else ""
            whose = head.rsplit(": ", 1)[0]
            if tail and (match_label(tail) in _PERSON_FIELDS or match_label(tail) == "anschrift") \
                    and (_FOREIGN_SECTION.search(whose) or _SITE_HEAD.search(whose)) and not _OWN_SECTION.search(whose):
                other_row[(ph.page, ph.row)] = ph.bbox[0]
        if key.startswith("_"):
            continue
        options: list[tuple[list[Token], float, str]] = []
        if ph.index in above and below_from is ph:
            # a caption under its line: the value is the line above, in the caption's column
            rj, key = above[ph.index]
            if not key.startswith("_"):
                toks = _cut_at_label(_column(layout.rows[rj], layout.rows[idx.row_of[ph.index]], ph))
                out.extend(_read_value(key, toks, _Q_BELOW, "label:above", kinds) if toks else [])
            continue
        whole = inline
        inline = _cut_at_label(inline)
        rest = whole[len(inline):]
        if inline and rest and (any(":" in t.text for t in rest[:3]) or _inner_phone_label([inline[-1]] + rest) == 1):
            # "Postleitzahl: 74080 ° Ort: Heilbronn" set close together, "PLZ, Ort 27751 Delmenhorst
            # Telefon 04221 9834712": the next label with its value
            queue.insert(k, Phrase(page=ph.page, row=ph.row, index=ph.index, tokens=rest))
        if inline:
            options.append((inline, _Q_COLON if colon else _Q_INLINE, "inline"))
            if kinds.get(key) in _JOINABLE_KINDS:
                # "Geburtsdatum: 27." "Januar 2002": a wide gap on a photographed page splits the value
                # into two phrases; where the first part alone is no value, the join is
                lb = union([t.bbox for t in label_toks + inline])
                more = _right_tokens(idx, lb, statistics.median(t.height for t in inline), ph.page, skip)
                if more:
                    options.append((inline + more[0], _Q_COLON if colon else _Q_INLINE, "inline"))
        if not inline or not colon:
            lb = union([t.bbox for t in label_toks])
            h = statistics.median(t.height for t in label_toks)
            right = _right_tokens(idx, lb, h, ph.page, skip)
            if key == "strasse" and len(right) > 1 and not any(re.search(r"\d", t.text) for t in right[0]) \
                    and _HOUSE_NO.fullmatch(_raw(_strip_punct(right[1]))):
                # "Stuttgarter Str.   103": the house number printed after a wide gap
                options.append((right[0] + right[1], _Q_RIGHT, "right"))
            if right and key in DESCRIPTION_FIELDS:
                # "Angemeldete Tätigkeit  Trockenbau, Verlegen von Bodenbelägen" / "und Montage von
                # Fertigbauteilen": the description wraps under itself, right of the label
                right[0] = right[0] + _continuation(layout, idx.row_of[ph.index], right[0], float("inf"))
            if key == "betrag_brutto" and len(right) > 1:
                # a total's row with net, VAT and gross side by side ("Gesamtbetrag  13.866,46
                # 2.310,40  16.176,86 €"): the gross is the largest of them
                def cents(toks: list[Token]) -> float:
                    got = best_value("amount", toks, key)
                    return float(got[0]) if got else -1.0
                right = sorted(right, key=cents, reverse=True)
            for i, toks in enumerate(right):
                options.append((toks, _Q_RIGHT, "right"))
                if i == 0 and len(right) > 1 and kinds.get(key) in _JOINABLE_KINDS:
                    # "29." "Januar 1992" read as two phrases: the value is their join
                    options.append(([t for r in right for t in r], _Q_RIGHT, "right"))
            below = _below_tokens(idx, below_from, [t for t in label_toks if t in below_from.tokens] or label_toks,
                                  join=kinds.get(key) in _JOINABLE_KINDS, wrap=key in DESCRIPTION_FIELDS)
            if below and right and (_peer_header(right[0], h, below, lb[3])
                                    or _is_label_like(right[0]) and not _is_label_like(below)):
                # (... or, in print of one size, a row of captions -- "Vorname | Farbe / Geschlecht"
                # over "Carla | schwarz / Rüde": the phrase beside the label is the next caption)
                # a grid of boxes with small labels at their tops ("Familienname" | "Geburtsname"):
                # the phrase to the right in the same small print is the next box's label, the
                # larger print below is this label's value
                options = [o for o in options if o[2] != "right"]
            if below:
                options.append((below, _Q_BELOW, "below"))
        if key == "anschrift":
            # "Anschrift: Reilstraße 54" with "06114 Halle (Saale)" on the line below, under the street
            options = [(toks + _plz_line_below(idx, toks), q, how) for toks, q, how in options]
        generic = key in _GENERIC_LABELS and _clean_label(" ".join(t.text for t in label_toks)) in _GENERIC_LABELS[key]
        for toks, q, how in options:
            cands = _read_value(key, toks, q * (_Q_GENERIC if generic else 1.0), f"label:{how}", kinds)
            if cands and id(ph) in inner_phone and key == "telefon" and (
                    _ADMIN.search(fold(" ".join(t.text for r in _rows_up_to(layout, idx.row_of[ph.index], 3)
                                                for t in r.tokens)))
                    or _SWITCHBOARD.search(_raw(toks)) or re.fullmatch(r"(?:\(?0\d{2,5}\)?[ /]?)?115", _raw(toks).strip())):
                # an office's letterhead ("Bezirksamt Altona" / "Platz der Republik 1  22765 Hamburg
                # Telefon 040 115", "Rathausplatz 1 - 27472 Cuxhaven - Telefon 04721 700-0"): its
                # number (a switchboard's, the authorities' 115), not the applicant's
                cands = []
            if cands:
                if ph.bbox[0] > other_row.get((ph.page, ph.row), float("inf")):
                    for c in cands:
                        if c.field in _PERSON_FIELDS:
                            _mark_foreign(c)
                out.extend(cands)
                break
        else:
            if unread is not None and options and kinds.get(key) in _REREADABLE_KINDS:
                toks = _trim_garbage(_strip_punct(options[0][0]))
                # digits, or (for a kind printed in digits only) anything a misread digit may be:
                # "TNF" for a bold "79117"
                if toks and (any(re.search(r"\d", t.text) for t in toks)
                             or kinds.get(key) in _DIGIT_KINDS and len(_raw(toks)) >= 3):
                    unread.append(Candidate(key, "", _raw(toks), toks, options[0][1], "label:unread"))
    return out


# labels that name a field only by default ("Datum" on an invoice is most often the invoice date,
# but "Lieferdatum" misread as "...datum" is not): a specific label found as well wins over them
_GENERIC_LABELS = {"rechnungsdatum": {"datum"}}
_Q_GENERIC = 0.82
#: a value taken from inside a longer reading by the place beside it (see ``plz_within``)
_Q_REPAIRED = 0.9


_PLZ_ORT = re.compile(r"^(?:D\s?-\s?)?(\d{5})\s+(.+)$")


# an abbreviation's full stop inside a description ("inkl. Biergarten", "insbes. Textilien",
# "Einliegerwhg. Carport") is no sentence end; a sentence begins with words like these
_ABBREVIATION = re.compile(r"(?i)(?:inkl|insbes|bzw|etc|usw|ggf|evtl|sog|ca|zzgl|einschl|whg|str|nr|abt|"
                           r"gem|vgl|allg|spez|max|min|mind|u\.a|z\.b|d\.h)\.$|[^aeiouäöüy]{3}\.$")
_CLAUSE_GOES_ON = re.compile(r"(?:ab|seit|und zwar|da|weil|denn|aber|wobei|sobald|nachdem|voraussichtlich)\b")
_SENTENCE_START = re.compile(r"(?:Ich|Wir|Bitte|Mit|Vielen|Danke|Für|Fuer|Die|Der|Das|Es|Sie|Er|Mein|Meine|Unser|"
                             r"Unsere|Hiermit|Außerdem|Ausserdem|Dazu|Dafür|Falls|Wenn|Sollten)\b")


def _cents_apart(raw: str, toks: list[Token], used: list[Token]) -> bool:
    """Whether an amount read without cents is followed by a short number: the cents in a box of
    their own ("543 | 50", a form's EUR and Ct boxes) or a line number ("543 13") -- which of the
    two, the words alone do not say, so the amount is not sure of itself."""
    if re.search(r"[.,]\d{2}\b", raw) or not used or used[-1] not in toks:
        return False
    after = toks[toks.index(used[-1]) + 1:]
    return bool(after) and re.fullmatch(r"\W{0,2}\d{1,2}\W{0,2}", after[0].text) is not None


def _read_value(key: str, toks: list[Token], q: float, source: str, kinds: dict[str, str]) -> list[Candidate]:
    """Candidates for a label key from the value tokens (splitting combined values)."""
    if key in kinds:
        if key in DESCRIPTION_FIELDS:
            # a label in a letter's sentence: "Gegenstand des Gewerbes: Nachhilfe. Ich freue mich ..."
            # -- the description ends with its sentence
            for i, t in enumerate(toks[:-1]):
                if re.search(r"[a-zäöüß]{3}[.!?]$", t.text) and not _ABBREVIATION.search(t.text) \
                        and _SENTENCE_START.match(toks[i + 1].text):
                    toks = toks[: i + 1]
                    break
                if t.text.endswith(",") and _CLAUSE_GOES_ON.match(" ".join(x.text for x in toks[i + 1:i + 3])):
                    # "Kfz-Handel, ab März in der Hauptstraße", "Reinigung von Büros, seit Jahren ...":
                    # the sentence goes on about when or why, the activity has ended
                    toks = toks[: i + 1]
                    break
        got = best_value(kinds[key], toks, key)
        if not got:
            return []
        v, raw, used = got
        if kinds[key] in {"name", "text"} and match_label(raw, False) is not None:
            return []  # another field's label, not this one's value
        if kinds[key] in {"name", "text"} and re.fullmatch(r"\(.*\)", raw.strip()):
            return []  # the form's hint under its label ("(genaue Angabe; bei Handel: Waren)")
        if kinds[key] == "amount" and _cents_apart(raw, toks, used):
            q *= 0.6
        if kinds[key] in ("date", "amount") and source == "label:inline" and q <= _Q_INLINE \
                and used and used[-1] in toks \
                and sum(t.text[:1].islower() and t.text.isalpha() for t in toks[toks.index(used[-1]) + 1:]) >= 3:
            # a label's word inside a sentence, no colon, the sentence going on after the date ("Der
            # Einzug zum 01.10.2026 hat sich verschoben, wir ziehen erst am ..."): not a form's row
            q *= 0.75
        return [Candidate(key, v, raw, used, q, source)]
    if key == "plz_ort":
        return _split_plz_ort(toks, q, source)
    if key == "anschrift":
        return _split_address(toks, q, source)
    if key in {"name_vorname", "vorname_name"}:
        return _split_name(toks, q, source, surname_first=(key == "name_vorname"))
    if key == "hausnummer":
        toks = _strip_punct(toks)
        if toks and re.fullmatch(HOUSE_NUMBER, _raw(toks[:3])):
            return [Candidate("_hausnummer", _raw(toks[:3]), _raw(toks[:3]), toks[:3], q, source)]
        if toks and re.fullmatch(r"\d{1,4}[a-zA-Z]?", toks[0].text):
            return [Candidate("_hausnummer", toks[0].text, toks[0].text, toks[:1], q, source)]
    return []




def _split_plz_ort(toks: list[Token], q: float, source: str) -> list[Candidate]:
    toks = _strip_punct(toks)
    for i, t in enumerate(toks[:3]):
        bare = t.text.strip("([{|.,;:'‚„\"")  # "(74072" -- a bracket or speck glued to the number
        plz = normalize("plz", bare)
        if plz and re.fullmatch(r"(?:D-?)?[\dOoIl]{5}", bare):
            rest = _strip_punct(toks[i + 1:])
            out = [Candidate("plz", plz, t.text, [t], q, source)]
            if rest:
                ort = normalize("text", _raw(rest), field="ort")
                if ort:
                    out.append(Candidate("ort", ort, _raw(rest), rest, q, source))
            return out
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if re.fullmatch(r"\d{1,4}", bare) and re.fullmatch(r"\d{1,4}", nxt) and len(bare + nxt) == 5 \
                and toks[i + 1].bbox[0] - t.bbox[2] < 0.8 * t.height:
            # "7911 7 Freiburg": a gap read inside the number (the place beside it still checks it)
            rest = _strip_punct(toks[i + 2:])
            out = [Candidate("plz", bare + nxt, f"{t.text} {nxt}", toks[i:i + 2], q, source)]
            ort = normalize("text", _raw(rest), field="ort") if rest else None
            if ort:
                out.append(Candidate("ort", ort, _raw(rest), rest, q, source))
            return out
        glued = re.fullmatch(r"(\d{5})([^\W\d_][\w\-.]+)", bare)
        if glued:  # "74076Heilbronn": the space lost
            out = [Candidate("plz", glued.group(1), t.text, [t], q, source)]
            ort = normalize("text", " ".join([glued.group(2)] + [x.text for x in _strip_punct(toks[i + 1:])]), field="ort")
            if ort:
                out.append(Candidate("ort", ort, ort, toks[i:], q, source))
            return out
    return []


def _split_address(toks: list[Token], q: float, source: str) -> list[Candidate]:
    toks = _strip_punct(toks)
    for i, t in enumerate(toks):
        if i and re.fullmatch(r"(?:D-?)?\d{5}", t.text):
            street = _strip_punct(toks[:i])
            out = _split_plz_ort(toks[i:], q, source)
            if street:
                raw = _raw(street).rstrip(",")
                v = normalize("text", raw, field="strasse")
                if v:
                    out.append(Candidate("strasse", v, raw, street, q, source))
            return out
    if toks and re.search(r"\d", toks[-1].text):  # only the street line
        raw = _raw(toks).rstrip(",")
        return [Candidate("strasse", normalize("text", raw, field="strasse") or raw, raw, toks, q * 0.95, source)]
    return []


_NAME_PREFIX = re.compile(r"^(?:herrn?|frau|familie|eheleute|dr\.|prof\.|dipl\.-?\w*\.?|mag\.|absender:?|abs\.:?)$",
                          re.I)
_PARTICLES = NAME_PARTICLES - {"und"}  # "und" joins a couple's given names, never a surname


def _split_name(toks: list[Token], q: float, source: str, surname_first: bool) -> list[Candidate]:
    toks = [t for t in _strip_punct(toks) if not _NAME_PREFIX.match(t.text)]
    if not toks or len(toks) > 6 or any(re.search(r"\d", t.text) for t in toks):
        return []
    comma = next((i for i, t in enumerate(toks[:-1]) if t.text.endswith(",")), None)
    if comma is not None:
        # "Name, Vorname" is the German convention whatever the label's order
        sur, given = toks[: comma + 1], toks[comma + 1:]
    elif len(toks) >= 2:
        if surname_first:
            sur, given = toks[:1], toks[1:]
        else:
            cut = len(toks) - 1
            while cut > 1 and toks[cut - 1].text.lower() in _PARTICLES:
                cut -= 1
            given, sur = toks[:cut], toks[cut:]
    else:
        return []
    joint = next((i for i, t in enumerate(given) if t.text.lower() in {"und", "u.", "&", "+"}), None)
    if joint:
        # "Marco und Julia Bianchi", "Hans u. Erika Müller": a couple signs; the first named is the
        # person the letter is from (the vorname is one person's, never "Marco und Julia")
        given = given[:joint]
    out = []
    for fld, part in (("nachname", sur), ("vorname", given)):
        part = _strip_punct(part)
        raw = _raw(part).rstrip(",").strip()
        if raw.endswith(".") and len(part[-1].text) > 3:
            raw = raw[:-1]  # "Lange." before a lost separator; an initial ("M.") keeps its dot
        v = normalize("name", raw)
        if v:
            out.append(Candidate(fld, v, raw, part, q, source))
    return out


# -- running text ------------------------------------------------------------------------------------

# an amount in euros as written in a sentence: "845,00 €", "1.166,50 EUR"
_EURO = r"\d{1,3}(?:\.\d{3})*,\d{2}[ \t]?(?:€|EUR|Euro)"
_EURO_AMOUNT = re.compile(_EURO)
# a date as written in a sentence: "01.12.2026", "1.12.26", "1. Dezember 2026" (a wide space after a
# day's full stop parts the line's phrases: two spaces in the layout's text)
# (a sentence may wrap inside a date: "Ich bin am 9." / "Mai 1948 in Zweibrücken geboren")
_TEXT_DATE = r"\d{1,2}\.(?:[ \t]{0,2}|[ \t]?\n)(?:\d{1,2}\.[ \t]{0,2}\d{2,4}|[^\W\d_]+(?:[ \t]{1,2}|[ \t]?\n)\d{4})"
# what may stand between a trigger and its word in one sentence: no sentence end (a full stop before
# a space, except after a number: "im 2. Stock"); the alternatives exclude each other, so a line of
# dotted digits cannot make the match backtrack exponentially
_GAP = r"(?:[^.]|\.(?!\s)|(?<=\d)\.(?=\s))"
_MONTHS = r"(?:Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
# ... and no second date either (a notice's, a lease's, a purchase's; "3. Oktober" without its year too),
# no second clause ("und", a comma) and no word that ends or changes the act
_GAP_NO_DATE = r"(?:(?!\d{1,2}\.\s?(?:\d{1,2}\.|" + _MONTHS + r")|\bund\b|,|\bab\b|\bkeine?\b|\bnicht\b|\bdanach\b|" \
               r"[Aa]ufgabe|[Aa]bmeld|[Vv]erlegung|[Ee]instellung)" + _GAP + ")"

# "wohne (jetzt) in der STREET NO, PLZ PLACE": the address a sentence says the writer lives at
_LIVES_AT = (r"(?<!bisher )(?<!früher )(?<!zuvor )(?<!vorher )(?<!noch )"
             r"(?:\b[Ww]ohne|\b[Ww]ir[ \t\n]+wohnen|\b[Ww]ohnen[ \t\n]+wir|\b[Ww]ohnhaft)\b[ \t\n]+"
             r"(?:(?:ich|wir|jetzt|nun|derzeit|seitdem)[ \t\n]+){{0,2}}(?:(?:in|auf|an)[ \t\n]+der|im|am|in)?[ \t\n]*"
             r"({s}[A-ZÄÖÜ][\w.\-]*(?:[ \t][A-ZÄÖÜa-zäöüß][\w.\-]*){{0,3}}[ \t]\d{{1,4}}(?:[ \t]?[a-z])?\b),?[ \t\n]+"
             r"(?:in[ \t]+)?({p}\d{{5}})[ \t\n]+({o}[A-ZÄÖÜ][\w\-]+(?:[ \t](?:am|an der|im|in der|bei|ob der)[ \t][A-ZÄÖÜ][\w\-]+"
             r"|[ \t]\([^()\n]{{2,20}}\))?)")

# between a move's date and its verb: no sentence end, no second date, nothing about moving out
# (commas may stand there: "in die Pontstraße 141, 52062 Aachen, gezogen")
_MOVE_GAP = (r"(?:(?!\d{1,2}\.\s?(?:\d{1,2}\.|" + _MONTHS + r")|" + _MONTHS + r"|\baus\b|\bweg|ausgezogen|\bund\b|"
             r"\bnicht\b|\bbin\b|\bsind\b|\berst\b|angekommen)" + _GAP + ")")

# a breed named in a sentence: it may wrap into the next line ("Französische\nBulldogge") and ends at
# a mark or where the sentence goes on ("... Retriever namens Bello", "... Terrier, den wir ...")
_BREED_END = (r"[ \t\n]+(?:namens|mit|aus|vo[mn]|den|die|das|im|seit|und|geboren|als|bei|ist|wird|lebt|wohnt|an|"
              r"zur|zum|für|fuer|hiermit)\b")
_BREED_CHAR = r"(?:(?!" + _BREED_END + r")[^\n,;.()„“\"])"
_BREED = (r"(?:" + _BREED_CHAR + r"{3,40}?\n(?=[A-ZÄÖÜ])" + _BREED_CHAR + r"{1,30}?(?=" + _BREED_END
          + r"|[ \t]*[,;.()„“\"])"
          r"|[^\n,;.()„“\"]{3,40}?(?=" + _BREED_END + r"|[ \t]*[\n,;.()„“\"]|[ \t]*$))")

_TEXT_PATTERNS: list[tuple[str, re.Pattern[str], float]] = [
    ("aktenzeichen", re.compile(
        r"(?:\bAz\b\.?|\bAktenzeichen\b|\bIhr(?:e|em)?\s+(?:Zeichen|Aktenzeichen|Az\.?)|"
        r"\bGesch(?:äfts|aefts)?\.?\s?-?\s?Z(?:eichen\b|\.)|\bGeschäftszeichen\b|\bGeschaeftszeichen\b)"
        r"\s*[:.]?\s*(?P<v>[^\n]{1,60})", re.I), _Q_TEXT),
    ("bescheid_datum", re.compile(
        r"[Bb]escheid(?:es|s)?\b(?:(?!Bescheid)[^\n]|\n){0,120}?\b(?:vom|datiert auf|vom Datum)\s+(?P<v>[^\n]{1,25})",
        re.S), _Q_TEXT),
    ("bescheid_datum", re.compile(
        r"(?:Bescheid(?:es|s)?datum|Datum des Bescheid(?:es|s)?)\s*[:.]?\s*(?P<v>[^\n]{1,25})", re.I), _Q_COLON),
    ("geburtsdatum", re.compile(r"\bgeb(?:\.|oren)(?:\s*am)?\s*[:.]?\s*(?P<v>[^\n]{1,25})", re.I), _Q_TEXT),
    # "ich bin am 22. September 1994 in Gotha geboren": the birthplace may stand between
    # (the date may wrap into the next line, the place have a qualifier: "in Leer (Ostfriesland)")
    ("geburtsdatum", re.compile(r"\b(?:bin|[Ii]ch\s+wurde|wurde\s+ich)\s+(?:ich\s+)?(?:am\s+)?(?P<v>\d[^\n]{4,18}?|" + _TEXT_DATE + ")"
                                r"(?:\s+in\s+[A-ZÄÖÜ][\w\-]+(?:\s+(?:an der|am|im|in der|bei)\s+[A-ZÄÖÜ][\w\-]+)?"
                                r"(?:\s*\([^()\n]{2,30}\))?)?\s+geboren\b", re.I), _Q_TEXT),
    ("rechnungsnummer", re.compile(
        r"\bRechnung(?:s)?\s*-?\s*(?:Nr\b\.?|Nummer\b|nummer\b)\s*[:.]?\s*(?P<v>[^\n]{1,30})", re.I), _Q_TEXT),
    # "Rechnung Nr. 28-0412 vom 07.04.2028", "Rechnung 24/031 vom 12. März 2026": the date the invoice
    # of that number was made out (the line's own label for it is the "vom")
    ("rechnungsdatum", re.compile(
        r"\bRechnung(?:s)?(?:\s*-?\s*(?:Nr\b\.?|Nummer\b|nummer\b))?\s*[:.]?[ \t]*[A-Z]{0,4}[-/ ]?\d[\w/\-.]{0,20}"
        r"[ \t]+vom[ \t]+(?P<v>\d[^\n]{5,20})", re.I), _Q_TEXT),
    # a title or subject line "Rechnung 24/031 - Netzwerkwartung", "RECHNUNG RE-2024-117": the number
    # right after the word, without "Nr." (a date there is the invoice date, not its number)
    ("rechnungsnummer", re.compile(
        r"^[ \t]*(?:Rechnung|RECHNUNG)[ \t]+(?!\d{1,2}\.\d{1,2}\.\d{2,4})"
        r"(?P<v>[A-Z]{0,4}[-/ ]?\d[\w/\-.]{0,20}\d)(?=[ \t]|$)", re.M), 0.9 * _Q_TEXT),
    # an invoice's header block under its title: "RECHNUNG" / "Nr. 26 11 0417" / "vom 12. November
    # 2026" (the number and date beside the recipient's address, without "Rechnungs-")
    ("rechnungsnummer", re.compile(
        r"^[ \t]*(?:RECHNUNG|Rechnung)[ \t]*\n(?:[^\n]*\n){0,2}?(?:[^\n]*?[ \t]{2})?Nr\.?[ \t]*:?[ \t]*"
        r"(?P<v>[A-Z]{0,3}\d[\d \t/\-.]{0,20}\d)(?=[ \t]*$|[ \t]{2})", re.M), 0.85 * _Q_TEXT),
    ("rechnungsdatum", re.compile(
        r"^[ \t]*(?:RECHNUNG|Rechnung)[ \t]*\n(?:[^\n]*\n){0,2}?(?:[^\n]*?[ \t]{2})?Nr\.?[^\n]*\n"
        r"(?:[^\n]*\n)?(?:[^\n]*?[ \t]{2})?vom[ \t]+(?P<v>[^\n]{6,25})", re.M), 0.85 * _Q_TEXT),
    # a dog registered by letter: "eine Hündin der Rasse Labrador Retriever, Name ...", "Sie lebt seit
    # dem 1. Juni 2024 bei uns", "den wir seit 01.06.2024 halten"
    ("hunderasse", re.compile(r"\b(?:der|einer) Rasse[ \t]+(?P<v>" + _BREED + ")"), _Q_TEXT),
    ("haltungsbeginn", re.compile(
        r"\b(?:lebt|wohnt|ist|halte[n]?|habe[n]?|haben)\b[^.\n]{0,30}?\bseit[ \t]+(?:dem[ \t]+)?"
        r"(?P<v>" + _TEXT_DATE + ")"), 0.9 * _Q_TEXT),
    # "Seit Samstag, dem 14. November 2026 lebt bei mir ein Hund (Rasse: Eurasier, Rüde ...)"
    ("haltungsbeginn", re.compile(
        r"\b[Ss]eit[ \t]+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?[ \t]+)?(?:dem[ \t]+)?"
        r"(?P<v>" + _TEXT_DATE + r")[ \t]+(?:lebt|wohnt|ist|halte|haben)\b"),
     0.9 * _Q_TEXT),
    ("hunderasse", re.compile(r"(?<=[(,;])[ \t]*Rasse:[ \t]*\n?[ \t]*(?P<v>" + _BREED + ")"), _Q_TEXT),
    ("geburtsdatum", re.compile(
        r"\b(?:[Mm]ein|[Ss]ein|[Ii]hr)\s+Geburtsdatum[ \t]+(?:ist|lautet)[ \t]+(?:der[ \t]+)?(?P<v>[^\n,]{6,25})"),
     _Q_TEXT),
    # a plate's digits may wrap into the next line of a sentence: "... Kennzeichen S-GB\n8760 (auf mich ...)"
    ("kennzeichen", re.compile(r"\bKennzeichen\s*[:.]?\s*(?P<v>[^\n]{1,16}(?:\n\d{1,4}[EH]?(?=[ \t]*(?:[.,;(]|\n|$)))?)", re.I),
     _Q_TEXT),
    ("einzugsdatum", re.compile(r"\b(?:eingezogen|Einzug)\s+(?:am|zum)\s+(?!.{0,50}verschoben)(?P<v>[^\n]{1,25})",
                                re.I), _Q_TEXT),
    ("beginn_datum", re.compile(r"\bBeginn\s+(?:der\s+T[äa]tigkeit\s+)?am\s+(?P<v>[^\n]{1,25})", re.I), _Q_TEXT),
    ("beginn_datum", re.compile(r"\bT[äa]tigkeit\s+(?:beginnt|begann|wird aufgenommen)\s+am\s*:?\s*(?P<v>[^\n]{1,25})", re.I),
     _Q_TEXT),
    # typed requests written as a letter, in the citizen's words. Each pattern names the act itself
    # (registering, starting, moving in, taking a dog in) and lets no other date or sentence end
    # stand between it and its date, so a notice's, a lease's or a purchase's date is not taken:
    # "hiermit melde ich zum 1. Dezember 2026 ein Gewerbe an" (an, not ab), "ab dem 01.12.2026 werde
    # ich ... folgende Tätigkeit ausüben", "Beginnen möchte ich am 1.12.2026"
    ("beginn_datum", re.compile(
        r"\b(?:melde|zeige)n?\s+(?:ich|wir)\s+(?:hiermit\s+|daher\s+|deshalb\s+)?(?:zum|ab dem|ab|mit Wirkung vom)\s+"
        r"(?P<v>" + _TEXT_DATE + r")\s" + _GAP_NO_DATE + r"{0,60}?\b(?:Gewerbe|Betrieb|T[äa]tigkeit)\w*\b" + _GAP_NO_DATE
        + r"{0,40}?\ban\b(?=\s*[.,;]|\s*$)"), 0.9 * _Q_TEXT),
    # "zum 1. Februar 2027 mache ich mich selbständig", "zum 01.02.2027 melde ich mein Gewerbe an"
    ("beginn_datum", re.compile(
        r"\b(?:[Zz]um|[Aa]b dem|[Aa]b)\s+(?P<v>" + _TEXT_DATE + r")\s+(?:(?:mache|machen)\s+(?:ich|wir)\s+(?:mich|uns)\s+"
        r"selbst(?:st)?[äa]ndig|melden?\s+(?:ich|wir)\s" + _GAP_NO_DATE + r"{0,40}?\b(?:Gewerbe|Betrieb)\w*\b"
        + _GAP_NO_DATE + r"{0,40}?\ban\b(?=\s*[.,;]|\s*$))"), 0.9 * _Q_TEXT),
    ("beginn_datum", re.compile(
        r"\b[Aa]b\s+(?:dem\s+)?(?P<v>" + _TEXT_DATE + r")\s+werden?\s+(?:ich|wir)\s" + _GAP_NO_DATE
        + r"{0,60}?\bT[äa]tigkeit\w*\s+aus(?:zu)?[üu]ben\b"), 0.9 * _Q_TEXT),
    ("beginn_datum", re.compile(
        r"\b(?:[Bb]eginnen|[Ss]tarten|[Ee]r[öo]ffnen|[Aa]ufnehmen)\s+(?:m[öo]chte|werde|will|wollen|werden)\s+"
        r"(?:ich|wir)\s+(?:(?:voraussichtlich|meine\s+T[äa]tigkeit|mein\s+Gewerbe|den\s+Betrieb|das\s+Gesch[äa]ft|"
        r"den\s+Laden|meinen\s+Laden|mein\s+Gesch[äa]ft)\s+){0,2}(?:am|zum|ab dem|ab)\s+(?P<v>" + _TEXT_DATE + ")"),
     0.9 * _Q_TEXT),
    # "Gegenstand des Gewerbes: Hausmeisterservice", "folgende Tätigkeit ausüben: Kurierdienst" -- the
    # value ends at the sentence's end, a bracket, or where the sentence goes on (", und zwar", "ab ...")
    ("taetigkeit", re.compile(
        r"(?:\bfolgende[ns]?\s+(?:T[äa]tigkeit|Gewerbe)\w*(?:\s+[a-zäöü]\w*){0,2}|\b[Aa]us[üu]ben\s+werde\s+ich|"
        r"\bGegenstand\s+(?:des|meines|unseres)\s+(?:Gewerbes|Betriebe?s|Unternehmens)(?:\s+ist)?)\s*:[ \t]*\n?[ \t]*"
        r"(?P<v>[^\n.;()]{3,70}?)(?=[ \t]*(?:[.;(](?:\s|$)|,[ \t]*(?:und zwar|ab|im|als|seit|und|aber|da|weil)\b|"
        r"[ \t]+(?:ab|im Nebenerwerb|als Nebenerwerb|seit)\b|\n|$))"), 0.9 * _Q_TEXT),
    # "Die monatliche Miete einschließlich Nebenkosten beträgt 845,00 €": an amount in euros right after
    # the verb, not followed by "kalt", "ohne ...", "zzgl. ..." (a Kalt- or Grundmiete, never the rent
    # Wohngeld asks for)
    ("monatliche_miete", re.compile(
        r"\b(?:[Mm]onatliche\s+|[Gg]esamte\s+)?(?:Gesamt|Warm|Brutto)?[Mm]iete\b"
        r"(?:(?!ohne|kalt|netto|zzgl|zuz|exkl|f[üu]r\s+(?:die|den|das)\s+(?:Garage|Stellplatz|Keller|Laden))[^.\n\d,;:]){0,60}?"
        r"\b(?:betr[äa]gt|betragen|liegt bei)\s+(?:derzeit\s+|monatlich\s+|insgesamt\s+)*"
        r"(?P<v>" + _EURO + r")(?![\s,(]*(?:kalt|netto|ohne|zzgl|zuz|exkl|plus|\+))"),
     0.9 * _Q_TEXT),
    # "ein Labrador Retriever namens Bello", "eine Französische Bulldogge mit dem Namen Luna": a breed
    # the breed list knows or a Mischling, not "einen Neuzugang namens ..." nor the dog one had before
    ("hunderasse", re.compile(
        r"(?<!zuvor )(?<!früher )(?<!frueher )\b(?:ein(?:en|e)?)\s+"
        r"(?P<v>(?![^\n,;.]{0,60}?\b(?:Hund|H[üu]ndin|R[üu]den?|Welpen?|Vierbeiner|Tier|Familienhund)\b)"
        r"[A-ZÄÖÜ][^\n,;.()„“\"]{2,40}?(?:\n[^\n,;.()„“\"]{1,30}?)?)\s+(?:namens|mit\s+(?:dem\s+)?Namen)\b"),
     0.9 * _Q_TEXT),
    # "... namens Max, den ich am 12.10.2026 aus dem Tierheim übernommen habe": a relative clause about
    # the dog, with no second date before the verb
    ("haltungsbeginn", re.compile(
        r"(?:\b(?:Hund\w*|H[üu]ndin|Welpen?|R[üu]den?|(?:namens|Namen)\s+\w+|Rasse[^,.\n]{0,40})|"
        r"\((?:Rasse|Name)[^()]{0,60}\)),\s*(?:den|die|welche[nr]?)\s+"
        r"(?:ich|wir)\s+(?:am|seit dem|seit)\s+(?P<v>" + _TEXT_DATE + r")\s" + _GAP_NO_DATE
        + r"{0,60}?\b(?:[üu]bernommen|aufgenommen|bekommen|gekauft|erworben|geholt|adoptiert)\b"),
     0.9 * _Q_TEXT),
    # "am 3. November 2026 bin ich in die oben genannte Wohnung eingezogen" (no moving out, no second
    # date in between)
    ("einzugsdatum", re.compile(
        r"\b[Aa]m\s+(?P<v>" + _TEXT_DATE + r")\s+(?:bin|sind)\s+(?:ich|wir)\s+(?:hier\s+|dort\s+)?in\s+"
        r"(?!" + _TEXT_DATE + r")(?:(?!ausgezogen|Umzug|fertig)" + _GAP_NO_DATE + r"){0,60}?\beingezogen\b"),
     0.9 * _Q_TEXT),
    # the household in a letter's words: "Unser Haushalt besteht aus 2 Personen", "In meinem Haushalt
    # leben einschließlich meiner Person 2 Personen", "der Haushalt besteht also aus 1 Person"
    ("haushaltsmitglieder", re.compile(
        r"\b(?:[Uu]nser|[Mm]ein)(?:e[mnrs]?)?\s+Haushalt\b[^.\d]{0,40}?\b(?:besteht|bestehen|leben|wohnen|umfasst)\b"
        r"(?:(?!au(?:ß|ss)er|neben|\bnoch\b|zus[äa]tzlich|weitere)[^.\d]){0,50}?"
        r"(?P<v>\b\d{1,2})\s+(?:Personen|Person|Mitglieder(?:n)?)\b"), 0.9 * _Q_TEXT),
    # a carer's or relative's letter about the applicant: "Frau Wehrle ist am 17. Januar 1941 in
    # Schopfheim geboren" (someone named, not "mein Mann ist ...")
    ("geburtsdatum", re.compile(r"\b(?:Frau|Herr)\s+(?:Dr\.\s+)?[A-ZÄÖÜ][\w\-]+\s+ist\s+am\s+(?P<v>" + _TEXT_DATE + ")"
                                r"(?:\s+in\s+[A-ZÄÖÜ][\w\-]+(?:\s*\([^()\n]{2,30}\))?)?\s+geboren\b"), _Q_TEXT),
    # where the writer lives, in a sentence: "... und wohne in der Karl-Friedrich-Straße 41, 79312
    # Emmendingen", "wohnhaft Erfurter Landstraße 14, 99867 Gotha" (not where one lived before)
    ("strasse", re.compile(_LIVES_AT.format(s="?P<v>", p="?:", o="?:")), 0.9 * _Q_TEXT),
    ("plz", re.compile(_LIVES_AT.format(s="?:", p="?P<v>", o="?:")), 0.9 * _Q_TEXT),
    ("ort", re.compile(_LIVES_AT.format(s="?:", p="?:", o="?P<v>")), 0.9 * _Q_TEXT),
    # a building plot named in a line of running text: "Grundstück Erfurter Landstraße 14, Gemarkung
    # Siebleben, Flur 3, Flurstück 1043/2"
    ("gemarkung", re.compile(r"\bGemarkung[ \t]*:?[ \t]+(?P<v>[A-ZÄÖÜ][a-zäöüß][\w\-]+(?:[ \t]+(?:an der|am|im|bei)[ \t]+[A-ZÄÖÜ][\w\-]+)?)"
                             r"(?=[ \t]*(?:[,;]|\.(?!\w)|\n|$|[ \t]Flur\b))"), 0.9 * _Q_TEXT),
    ("flurstueck", re.compile(r"\bFlurst(?:ück|ueck|\.)(?:e|\(e\)|s-?(?:nummer|nr\.?))?[ \t]*:?[ \t]+"
                              r"(?P<v>\d{1,5}(?:[ \t]?/[ \t]?\d{1,4})?)(?=[ \t]*(?:[,;)]|\.(?!\d)|\n|$)|[ \t]+[^\W\d])"), 0.9 * _Q_TEXT),
    # a letter's subject line names the project: "Bauantrag: Anbau eines Balkons mit Außentreppe an
    # das Wohnhaus", "Antrag auf Baugenehmigung für den Neubau eines Carports"
    ("vorhaben", re.compile(
        r"^[ \t]*(?:Bauantrag|Antrag auf (?:Erteilung (?:einer|der) )?Baugenehmigung|Bauvoranfrage)[ \t]*"
        r"(?::[ \t]*|[-–][ \t]+|f(?:ür|uer)[ \t]+(?:den|die|das|einen|eine|ein)[ \t]+)"
        r"(?P<v>(?=[^\n]{0,60}?(?:bau|Errichtung|Erweiterung|Aufstockung|Nutzungs(?:ä|ae)nderung|Abbruch|Abriss|"
        r"Sanierung|Carport|Garage|Wintergarten|Gaube|Balkon|Terrasse|Haus|Geb(?:ä|ae)ude|Stellpl(?:ä|ae)tz|"
        r"Werbeanlage|Dach|Halle|Schuppen))[A-ZÄÖÜ][^\n]{5,90}?)[ \t]*$", re.M), 0.9 * _Q_TEXT),
    # "am 15. März 2028 bin ich von Emden nach Oldenburg gezogen", "ich bin am 1. April 2028 in die
    # Pontstraße 141, 52062 Aachen, gezogen", "wir sind zum 01.03.2028 hierher umgezogen": the
    # move to the new home (not out of the old one: no "aus", "weg", "ausgezogen" in between, no
    # second date)
    ("einzugsdatum", re.compile(
        r"(?:\b[Aa]m\s+(?P<v>" + _TEXT_DATE + r")\s+(?:bin|sind)\s+(?:ich|wir)|"
        r"\b(?:bin(?:\s+ich)?|sind\s+wir|[Ww]ir\s+sind)\s+(?:(?!aus\b|weg\b|nicht\b)[a-zäöü]+\s+){0,2}?(?:am|zum)\s+(?P<w>" + _TEXT_DATE + r"))"
        r"\s+(?:(?:hier|hierher|dorthin|von\s+[A-ZÄÖÜ][\w\-]+(?:\s+\([^()\n]{2,30}\))?)\s+)?"
        r"(?:in|nach|hierher|hierhin)\b" + _MOVE_GAP + r"{0,80}?\b(?:ein|um|hin|her)?gezogen\b"),
     0.9 * _Q_TEXT),
]

_ADMIN = re.compile(r"\b(?:stadt|landeshauptstadt|hansestadt|kreisstadt|gemeinde|rathaus|buergerbuero|buergeramt|(?!haus|immobilien|objekt|miet|wohnungs|vermoegens|grundstuecks)\w*verwaltung|"
                    r"fachbereich|fachdienst|dienststelle|"
                    r"landratsamt|landkreis|kreisverwaltung|behoerde|postfach|abteilung|referat|sachgebiet|"
                    r"dezernat|z\. ?hd\.?|stadtkasse|magistrat|bezirksamt)\b|\w+amt\b|\bamt\b")


_EARLIER_DOG_AFTER = re.compile(r"[^.]*\b(?:verstorben|gestorben|hatten|hatte|damals|eingeschläfert)\b")
_EARLIER_DOG = re.compile(r"\b(?:[Zz]uvor|[Ff]rüher|[Ff]rueher|[Dd]amals|[Vv]orher|verstorben\w*)\b[^.]*$")


def _other_amount_near(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a rent read in running text names another amount in euros."""
    a = max(text.rfind(". ", 0, start), text.rfind(".\n", 0, start)) + 1
    b = min([i for i in (text.find(". ", end), text.find(".\n", end)) if i >= 0] or [len(text)])
    sentence = text[a:b + 1]
    # the next sentence too, where it goes on about the rent ("Ohne Heizung sind das 535,00 €")
    nxt = text[b + 1:b + 200].split(".", 1)[0]
    return len(_EURO_AMOUNT.findall(sentence)) > 1 or bool(_EURO_AMOUNT.search(nxt))


def _own_home(text: str, start: int) -> bool:
    """Whether the sentence before a "wohne ... / wohnhaft ..." at ``start`` lets it be the writer's
    home now: no "bis" or date before it (an old address), and "wohnhaft" only after "ich" or "wir"
    with no one else named between ("Herr Vogt, wohnhaft ...")."""
    lead = re.split(r"(?<!\d)\.(?=\s)", text[max(0, start - 200):start])[-1]
    if re.search(r"\bbis\b|\d{1,2}\.\s?(?:\d{1,2}\.|" + _MONTHS + r")", lead):
        return False
    if text[start:start + 8].lower().startswith("wohnhaft"):
        me = [m.end() for m in re.finditer(r"\b(?:ich|wir)\b", lead, re.I)]
        return bool(me) and not re.search(r"\b(?:Herrn?|Frau|Vermieter\w*|Eltern|Mutter|Vater)\b", lead[max(me):])
    return True


def _date_later_in_sentence(text: str, end: int) -> bool:
    """Whether the sentence going on after ``end``, or the next one, names another date or month (the
    day of the move may be that one: "... in Bonn angekommen, in die Wohnung erst im Mai gezogen",
    "Seit dem 1. März 2028 wohne ich in der Goethestraße")."""
    parts = re.split(r"(?<!\d)\.(?=\s)", text[end:end + 300], maxsplit=2)
    when = r"\d{1,2}\.\s?(?:\d{1,2}\.|" + _MONTHS + r")|\b" + _MONTHS + r"\b"
    if re.search(when, parts[0]):
        return True
    # the next sentence counts where it is about living there too (not "Vorlesungsbeginn am 13.04.")
    nxt = parts[1] if len(parts) > 1 else ""
    return bool(re.search(when, nxt) and re.search(r"[Ww]ohn|zieh|zog|[Ee]inzug", nxt))


def _wraps_on(text: str, end: int) -> bool:
    """Whether a value read to the end of its line in running text goes on in the next line (it
    starts in lower case): the value may be cut short."""
    if text[end:end + 1] != "\n":
        return False
    nxt = text[end + 1:end + 40].lstrip()
    return bool(nxt) and nxt[0].islower()


def _text_candidates(layout: Layout) -> list[Candidate]:
    kinds = taxonomy().field_kinds
    out = []
    for fld, rx, q in _TEXT_PATTERNS:
        for m in rx.finditer(layout.text):
            g = "v" if m.group("v") is not None else "w"  # a pattern of two wordings names its value v or w
            toks = layout.tokens_in(m.start(g), m.end(g))
            got = best_value(kinds[fld], toks, fld)
            if got:
                v, raw, used = got
                # the value should start right after the trigger, not somewhere later in the line
                first = toks.index(used[0]) if used[0] in toks else 0
                qq = q * (1.0 if first <= 1 else 0.8)
                if fld in DESCRIPTION_FIELDS and _wraps_on(layout.text, m.end(g)):
                    qq *= 0.6  # the sentence goes on in the next line: the value may be cut short
                if fld == "monatliche_miete" and _other_amount_near(layout.text, m.start(), m.end(g)):
                    qq *= 0.6  # another amount in the sentence (with heating, before a rise): which one?
                if fld == "geburtsdatum" and re.match(r"(?:Frau|Herr)\b", m.group(0)) and not represented(layout.text):
                    continue  # "ich pflege meinen Vater. Herr Weber ist am ... geboren": not the writer's
                if fld in ("strasse", "plz", "ort") and not _own_home(layout.text, m.start()):
                    continue  # "bis zum 31. März wohnen wir ...", "Herr Vogt, wohnhaft ...": not where the writer lives now
                if fld == "vorhaben" and m.group(0).lstrip().startswith(("Bauantrag", "Antrag", "Bauvoranfrage")) and (
                        raw.count("(") != raw.count(")")
                        or re.search(r"\b(?:eingereicht|gestellt|beantragt|genehmigt|abgelehnt|erteilt)\b", raw)):
                    continue  # "Bauantrag für den Anbau ... eingereicht (Gemarkung": a sentence, not a subject
                if fld in ("gemarkung", "vorhaben") and caption_as_value(fld, raw):
                    continue  # "Gemarkung  Flur" -- a row of captions, not a sentence
                if fld in ("flurstueck", "gemarkung") and re.search(r"(?:[Nn]achbar\w*|Grenze\s+zu[rm]?)[^.\n]{0,20}$",
                                                                  layout.text[max(0, m.start() - 25):m.start()]):
                    continue  # "das Nachbargrundstück (Flurstück 1044)": another plot
                if fld == "einzugsdatum" and _date_later_in_sentence(layout.text, m.end()):
                    qq *= 0.6  # "... nach Heilbronn umgezogen, in die Wohnung aber erst am 01.10. eingezogen"
                if fld == "hunderasse" and (
                        not known_breed(v) and re.search(r"namens|Namen", m.group(0))
                        or _EARLIER_DOG.search(layout.text[max(0, m.start() - 80):m.start()])
                        or _EARLIER_DOG_AFTER.match(layout.text[m.end():m.end() + 120])):
                    continue  # "einen Neuzugang namens Bello", "zuvor hatte ich einen Dackel namens Waldi"
                out.append(Candidate(fld, v, raw, used, qq, "text"))
    return out


# -- patterns anywhere --------------------------------------------------------------------------------



def _row_text_of(layout: Layout, tok: Token) -> str:
    for row in layout.rows:
        if row.page == tok.page and any(t is tok for t in row.tokens):
            return " ".join(t.text for t in row.tokens)
    return ""


#: the mailbox of an office of the administration (the local part of its e-mail address, folded)
_OFFICE_MAILBOX = re.compile(
    r"(?:[a-z]*amt|[a-z]*aemter|stadt(?:verwaltung|kasse)?|rathaus|poststelle|buerger(?:buero|service|amt|dienste)|"
    r"gewerbe(?:amt|meldung|angelegenheiten)?|[a-z]*steuer[a-z]*|wohngeld[a-z]*|bauaufsicht[a-z]*|"
    r"bauordnung[a-z]*|baurecht[a-z]*|meldebehoerde|meldewesen|einwohner[a-z]*|ordnung[a-z]*|"
    r"bewohnerparken|parkausweis[a-z]*|verwaltung|fachbereich[a-z0-9]*|fb\d+|fd\d+|kasse|sozial[a-z]*|"
    r"widerspr[a-z]*|rechts[a-z]*)(?:[._-][a-z0-9]+)*")


def _office_mail(local: str, domain: str, text: str = "") -> bool:
    """Whether an e-mail address is an office's of the administration: a mailbox named for an office
    ("rechtsamt@", "wohngeld@") at a town's own domain ("konstanz.de", "stadt-kehl.de"), any mailbox
    at the domain of the town the document names as "Stadt ..." / "Gemeinde ..." (``text``, folded),
    or an office's mailbox anywhere ("buergerbuero@...")."""
    from classifiers.places import known_place

    town = re.sub(r"^(?:www\.)?(?:stadt-|gemeinde-|landkreis-|kreis-)?", "", domain.rsplit(".", 1)[0])
    if len(town) >= 4 and "." not in town and known_place(town):
        if _OFFICE_MAILBOX.fullmatch(local) or re.search(
                r"\b(?:stadt|gemeinde|landeshauptstadt|hansestadt|kreisstadt|markt) " + re.escape(town) + r"\b", text):
            return True
    return bool(_OFFICE_ONLY_MAILBOX.fullmatch(local))


#: mailboxes no one but an office has, whatever the domain
_OFFICE_ONLY_MAILBOX = re.compile(r"(?:[a-z]*amt|rathaus|poststelle|buerger(?:buero|service|amt)|meldebehoerde|"
                                  r"bauaufsicht[a-z]*|wohngeldstelle|stadtverwaltung|stadtkasse)")


#: whose account a sentence names before an IBAN, where it is not the applicant's (folded text)
_OTHERS_ACCOUNT = re.compile(r"(?:miet|vermieter\w*|hausverwaltung|kautions|glaeubiger)\w*konto|"
                             r"konto (?:der|des) (?:vermieter|hausverwaltung|eigentuemer|glaeubiger|arbeitgeber)\w*|"
                             r"\bvermieter(?:in)?\b[^.]{0,60}")


def _text_before(layout: Layout, tok: Token, n: int) -> str:
    """Up to ``n`` characters of the document's text before ``tok`` (the sentence leading to it)."""
    for start, _end, t in layout.spans:
        if t is tok:
            return layout.text[max(0, start - n):start]
    return ""


def _pattern_candidates(layout: Layout) -> list[Candidate]:
    """IBANs, e-mail addresses and VAT ids anywhere (``classifiers.patterns``: spaCy Matcher)."""
    from classifiers.patterns import find

    out = []
    for label, toks in find(layout):
        if label in ("iban", "iban_wrapped"):
            got = best_value("iban", toks)
            if got and validate("iban", got[0]) is None:
                row = fold(_row_text_of(layout, got[2][0]))
                # across a row break: an IBAN that OCR read short on its row can be "completed" by any
                # number starting the next (one such in 97 passes mod 97), so a person looks
                # "auf Ihr Konto DE06 ...", "von Ihrem Konto": the account of the letter's addressee
                # (the city), never the sender's or the supplier's
                yours = re.search(r"\bihr(?:em|es)? konto\b", row)
                q = 0.65 if label == "iban_wrapped" else _Q_FALLBACK if _ADMIN.search(row) or yours else _Q_STRUCT
                c = Candidate("iban", got[0], got[1], got[2], q, "pattern")
                lead = fold(_text_before(layout, got[2][0], 120))
                others = [m.end() for m in _OTHERS_ACCOUNT.finditer(lead)]
                mine = [m.end() for m in re.finditer(r"\bmein(?:em|es)? (?:eigenes? )?konto\b", lead)]
                if others and not (mine and max(mine) > max(others)):
                    # "auf das Mietkonto der Vermieterin bei der Mainzer Volksbank, IBAN ...": the rent
                    # goes there, the benefit to the applicant's own account
                    _mark_foreign(c)
                out.append(c)
        elif label == "email":
            raw = "".join(t.text for t in toks)
            v = normalize("email", raw)
            if v:
                local, domain = v.split("@", 1)
                admin = bool(re.search(r"stadt|rathaus|gemeinde|kreis|verwaltung|amt\b|\.gov|bund\.de", domain))
                before = fold(_row_text_of(layout, toks[0]))
                before = before[:before.find(fold(toks[0].text))] if fold(toks[0].text) in before else ""
                if _office_mail(local, domain, layout.folded) or re.search(r"(?:^|\s)(?:an|to|cc|bcc|empfaenger)\s*:", before):
                    # an office's mailbox ("rechtsamt@konstanz.de", "steueramt@sonnenbuehl.de") or the
                    # address an e-mail was sent to ("An: ..."): never the sender's
                    continue
                out.append(Candidate("email", v, raw, toks, 0.5 if admin else _Q_FALLBACK, "pattern"))
        elif label == "ust_id":
            raw = " ".join(t.text for t in toks)
            v = normalize("reference", raw, field="ust_id")
            if v and validate("reference", v, field="ust_id") is None:
                out.append(Candidate("ust_id", v, raw, toks, _Q_FALLBACK, "pattern"))
    return out


# -- letters: sender block and signature ---------------------------------------------------------------

_STREET_RX = re.compile(r"^(?:[^\W\d_][\w.'\-]*\s?){1,5}\s" + HOUSE_NUMBER + ",?$")
_PLZ_LINE = re.compile(r"^(?:D\s?-\s?)?\d{5}\s+[^\W\d_]")


def _name_tokens_ok(toks: list[Token]) -> bool:
    toks = [t for t in toks if not _NAME_PREFIX.match(t.text)]
    if not 2 <= len(toks) <= 5:
        return False
    return all(re.fullmatch(r"[^\W\d_][\w'\-.]*,?", t.text) for t in toks) and toks[-1].text[:1].isupper()


#: a lone mark between the parts of a one-line sender: the middle dot, read by OCR as ":", "-", "«"...
_SEP_TOKEN = re.compile(r"[^\w\s]{1,2}")
#: words a street name starts with ("Am Mühlbach", "An der Kirche", "Große Bergstraße")
_STREET_START = {"am", "an", "auf", "im", "in", "zum", "zur", "unter", "unterm", "hinter", "vor", "beim",
                 "bei", "alte", "alter", "altes", "neue", "neuer", "neues", "grosse", "grosser", "kleine",
                 "kleiner", "obere", "oberer", "untere", "unterer", "hohe", "hoher", "sankt", "st."}
#: a street word standing alone after its qualifier ("Ulmer Straße", "Stuttgarter Str.")
_STREET_GENERIC = re.compile(r"^(?:strasse|str\.?|weg|platz|allee|gasse|ring|damm|ufer|steige?|pfad|markt|"
                             r"chaussee|promenade|graben|wall|kai)$")


def _split_name_street(toks: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """``Matthias Lange Lerchenstraße 93/2``: (name, street) of a sender line whose separator
    between the two is lost, or None."""
    toks = [t for t in toks if not _SEP_TOKEN.fullmatch(t.text)]
    h = len(toks) - 1
    if h >= 1 and re.fullmatch(r"[a-zA-Z],?", toks[h].text):
        h -= 1  # "12 a"
    if h < 3 or not _HOUSE_NO_TOKEN.match(toks[h].text):
        return None
    start = h - 1
    if _STREET_GENERIC.match(fold(toks[start].text)) and start >= 3:
        start -= 1
    for i in range(max(2, h - 4), h):
        if fold(toks[i].text) in _STREET_START and toks[i].text[:1].isupper():
            start = min(start, i)
            break
    name, street = toks[:start], toks[start:]
    if not _name_tokens_ok(name) or not _STREET_RX.match(_raw(street)):
        return None
    return name, street


def _address_segments(tokens: list[Token], at_commas: bool = True) -> list[list[Token]]:
    """A line of an address cut into its parts: at separators (whatever OCR made of "·", "|", "-"),
    before a PLZ (separator or not) and, ``at_commas``, after a comma."""
    segs: list[list[Token]] = [[]]
    for t in tokens:
        if _SEP_TOKEN.fullmatch(t.text):
            segs.append([])
            continue
        if re.fullmatch(r"\d{5}", t.text) and segs[-1]:
            segs.append([])  # the PLZ starts the place part, separator or not
        segs[-1].append(t)
        if at_commas and t.text.endswith(",") and not _PLZ_LINE.match(t.text):
            segs.append([])
    return [s for s in segs if s]


def _one_line_sender(tokens: list[Token]) -> tuple[list[Token], list[Token], list[Token]] | None:
    """(name, street, PLZ and place) of a one-line sender ("Max Muster · Königstr. 12 · 70173
    Stuttgart"), whatever OCR made of the separating dots, or None."""
    segs = _address_segments(tokens)
    for k in range(1, len(segs)):
        if not _PLZ_LINE.match(_raw(segs[k])):
            continue
        if k >= 2 and _STREET_RX.match(_raw(segs[k - 1])) and _name_tokens_ok(segs[k - 2]):
            return segs[k - 2], segs[k - 1], segs[k]
        both = _split_name_street([t for s in segs[:k] for t in s])
        if both:
            return both[0], both[1], segs[k]
        return None
    return None


def _street_plz_line(tokens: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """(street, PLZ and place) of an address in one line that starts with the street ("Vorstadtstraße
    22  73614 Schorndorf  Telefon 07181 ...", "Hökerstraße 12 - 21682 Stade - Telefon ..."), the
    place cut where the phone, the e-mail or the next separator begins; or None."""
    segs = _address_segments(tokens, at_commas=False)
    if len(segs) < 2 or not _STREET_RX.match(_raw(segs[0])) or not _PLZ_LINE.match(_raw(segs[1])):
        return None
    place = []
    for t in segs[1]:
        if place and (_INNER_PHONE_LABEL.fullmatch(fold(t.text)) or "@" in t.text or re.search(r"\d", t.text)
                      or fold(t.text).rstrip(":") in ("fax", "e-mail", "email", "mail", "www")):
            break
        place.append(t)
    return (segs[0], place) if len(place) >= 2 else None


def _sender_candidates(layout: Layout) -> list[Candidate]:
    if not layout.pages:
        return []
    first_page = min(p.page for p in layout.pages if p.words) if any(p.words for p in layout.pages) else None
    if first_page is None:
        return []
    _, height = layout.page_size(first_page)
    rows = [r for r in layout.rows if r.page == first_page and r.bbox[1] < 0.5 * height]
    blocks: list[list[Candidate]] = []
    # one-line sender ("Max Muster · Königstr. 12 · 70173 Stuttgart") and multi-line blocks
    for ri, row in enumerate(rows):
        for ph in row.phrases:
            text = ph.text
            if _ADMIN.search(fold(text)):
                continue
            parts = _one_line_sender(ph.tokens)
            if parts:
                blocks.append(_block(*parts, _Q_STRUCT))
            elif ph is row.phrases[0] and 1 <= ri <= 3:
                # a letterhead: the name on its own line, then "Friedrich-Ebert-Straße 143 34119 Kassel
                # Telefon 0561 ..." (the address in one line, with phone and e-mail after it)
                line = _street_plz_line(row.tokens)
                name = rows[ri - 1].tokens
                if line and len(rows[ri - 1].phrases) == 1 and _name_tokens_ok(name) \
                        and not _ADMIN.search(fold(" ".join(t.text for t in name + row.tokens))):
                    blocks.append(_block(name, *line, _Q_STRUCT))
            if _PLZ_LINE.match(text) and ri >= 2:
                above = _column_above(rows, ri, ph)
                if len(above) >= 2 and _STREET_RX.match(_raw(above[-1])):
                    block_text = fold(" ".join(_raw(a) for a in above))
                    if _ADMIN.search(block_text):
                        continue
                    name = above[-2]
                    if _name_tokens_ok(name):
                        blocks.append(_block(name, above[-1], ph.tokens, _Q_STRUCT))
    if not blocks:
        return []
    return blocks[0]


_Q_SHAPE = 0.8


def _plz_line_candidates(layout: Layout) -> list[Candidate]:
    """A line that is nothing but a PLZ and the place it belongs to ("89079 Ulm"), where the label
    above it is unreadable (a faint fax: "PUL CHL" for "PLZ, Ort"): the address's PLZ and place,
    and the street on the line just above it. Never the administration's own address (an office
    word in the lines above), and weaker than any labelled value."""
    from classifiers.places import plz_fits_place

    out: list[Candidate] = []
    rows = layout.rows
    row_index = {id(r): i for i, r in enumerate(rows)}
    for ri, row in enumerate(rows):
        for pi, ph in enumerate(row.phrases):
            nx = row.phrases[pi + 1] if pi + 1 < len(row.phrases) else None
            if re.fullmatch(r"\d{5}", ph.text.strip()) and nx is not None \
                    and (nx.bbox[0] - ph.bbox[2] < 4 * ph.height or len(row.phrases) == 2):
                # "76185    Karlsruhe": a gap on a fax wide enough to part the phrases, or the postcode
                # and the place in boxes of their own, alone on their line (the place checks the pair)
                ph = Phrase(page=ph.page, row=ph.row, index=ph.index, tokens=ph.tokens + nx.tokens)
            m = _PLZ_ORT.match(ph.text.strip())
            if not m or plz_fits_place(m.group(1), m.group(2)) is not True:
                continue
            above = [r for r in rows[max(0, ri - 4):ri] if r.page == row.page]
            if _ADMIN.search(fold(" ".join(" ".join(t.text for t in r.tokens) for r in above + [row]))):
                continue
            toks = ph.tokens
            out.append(Candidate("plz", m.group(1), toks[0].text, toks[:1], _Q_SHAPE, "shape"))
            place = normalize("text", _raw(toks[1:]), field="ort")
            if place:
                out.append(Candidate("ort", place, _raw(toks[1:]), toks[1:], _Q_SHAPE, "shape"))
            for r in reversed(above[-3:]):
                street = [o for o in r.phrases if (abs(o.bbox[0] - ph.bbox[0]) < 3 * ph.height
                                                    or abs(o.bbox[2] - ph.bbox[2]) < ph.height)
                          and _STREET_RX.match(o.text.strip())]
                if street:
                    got = best_value("text", street[0].tokens, "strasse")
                    if got:
                        out.append(Candidate("strasse", got[0], got[1], got[2], _Q_SHAPE, "shape"))
                    break
    return out


def _column_above(rows, ri, ph) -> list[list[Token]]:
    """Tokens of the (up to 4) lines above ``ph`` that start in its column (or, for a sender block
    set flush right, end where it ends), nearest last."""
    x0, x1 = ph.bbox[0], ph.bbox[2]
    h = ph.height
    out: list[list[Token]] = []
    last_top = ph.bbox[1]
    for row in reversed(rows[max(0, ri - 4): ri]):
        hit = None
        for other in row.phrases:
            if abs(other.bbox[0] - x0) <= 1.5 * h or abs(other.bbox[2] - x1) <= 1.0 * h:
                hit = other
        if hit is None or last_top - hit.bbox[3] > 2.2 * h:
            break
        out.insert(0, hit.tokens)
        last_top = hit.bbox[1]
    return out


def _block(name: list[Token], street: list[Token], plz_ort: list[Token], q: float) -> list[Candidate]:
    out = _split_name(name, q, "letter:sender", surname_first=False)
    raw = _raw(_strip_punct(street)).rstrip(",")
    v = normalize("text", raw, field="strasse")
    if v:
        out.append(Candidate("strasse", v, raw, street, q, "letter:sender"))
    out.extend(_split_plz_ort(plz_ort, q, "letter:sender"))
    return out


_CLOSING = re.compile(r"^(?:mit )?(?:freundlichen?|besten|herzlichen|viele[n]?|beste) gr(?:ue|u)(?:ss|ß)(?:en|e)?\b|"
                      r"^hochachtungsvoll|^mit freundlichem gruss")


def _signature_candidates(layout: Layout) -> list[Candidate]:
    for i, row in enumerate(layout.rows):
        if _CLOSING.search(fold(row.phrases[0].text)):
            for nxt in layout.rows[i + 1: i + 4]:
                toks = nxt.phrases[0].tokens
                if _name_tokens_ok(toks):
                    return _split_name(toks, _Q_FALLBACK, "letter:signature", surname_first=False)
    return []


# -- invoices ------------------------------------------------------------------------------------------

_LEGAL = re.compile(r"(?:\bGmbH\b(?:\s?&\s?Co\.?\s?KG\b)?|\bmbH\b|\bAG\b|\bKG\b|\bOHG\b|\bGbR\b|\bUG\b"
                    r"(?:\s?\(haftungsbeschränkt\))?|\be\.\s?K\.|\be\.\s?V\.|\bKGaA\b|\bSE\b|\bPartG\b|\bInh\."
                    r"|\be\.\s?U\.|\bGesmbH\b|\bS\.?à\s?r\.?l\.?|\bB\.?V\.|\bS\.?A\.|\bLtd\.?|\bSp\.\s?z\s?o\.\s?o\.)")


_SENTENCE_MARK = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d[\d.]*,\d\d|Sie|Ihnen|Ihr|Ihre|wir|uns)[.,:;]?$")


def _company_name_start(tokens: list[Token]) -> list[Token]:
    """A company's name found from its legal form, without the sentence it stands in ("Bitte
    überweisen Sie den Zahlbetrag bis zum 01.12.2026 an Kontorwerk Versand GmbH"): it starts
    after the last date, amount or word of address ("Sie", "wir") before it, at its first word
    with a capital or a digit ("an" is the sentence's)."""
    cut = max((i + 1 for i, t in enumerate(tokens) if _SENTENCE_MARK.match(t.text)), default=0)
    if not cut:
        return tokens  # a name whose start was lost at the paper's edge ("ınd Landschaftsbau") stays as read
    toks = tokens[cut:]
    while toks and not (toks[0].text[:1].isupper() or toks[0].text[:1].isdigit()):
        toks = toks[1:]
    return toks


_NOT_THE_SUPPLIER = re.compile(r"(?:phg|komplementaer(?:in)?|persoenlich haftende[rn]? (?:gesellschafter(?:in)?|gesellschaft)|"
                               r"sitz|amtsgericht|registergericht)\b|inh(?:aber(?:in)?)?[.:]?\s")  # "Inh. Beate Hentschel": the owner


def _supplier_candidates(layout: Layout) -> list[Candidate]:
    out = []
    for ph in layout.phrases:
        page_w, page_h = layout.page_size(ph.page)
        segs: list[list[Token]] = [[]]
        for t in ph.tokens:
            if t.text in {"·", "•", "|", "–", "—"}:
                segs.append([])
                continue
            segs[-1].append(t)
        for seg in segs:
            text = _raw(seg)
            m = _LEGAL.search(text)
            if not m or re.search(r"\d[.\-/]?$", text[:m.start()]) or text[m.end():m.end() + 1] == "/":
                continue  # "37.2-AG/118": a file number's letters, no legal form
            # cut after the legal form (drop ", Industriestr. 5 ...")
            end = m.end()
            keep, pos = [], 0
            for t in seg:
                keep.append(t)
                pos += len(t.text) + 1
                if pos >= end:
                    break
            keep = _company_name_start(_strip_punct(keep))
            raw = _raw(keep).rstrip(",")
            if raw.endswith(".") and not m.group(0).endswith("."):
                raw = raw[:-1]  # the sentence's full stop after "GmbH" ("e.K." keeps its own)
            if not keep or _ADMIN.search(fold(raw)):
                # an office's name; what follows the legal form ("GmbH : Postfach 10 22 41", the
                # middle dot read as a colon) does not make a company one
                continue
            if len(keep) > 12:  # "Pfeiffer & Söhne Garten- und Landschaftsbau GmbH & Co. KG" is 10
                continue
            if _NOT_THE_SUPPLIER.match(fold(raw)) or len(re.findall(r"[^\W\d_]", raw.replace(m.group(0), ""))) < 2:
                # a GmbH & Co. KG's footer names the company liable for it ("phG: Brüggemann
                # Verwaltungs-GmbH", "Komplementärin: ..."), its seat and register court ("Sitz
                # Telgte, AG Münster"): not the supplier; nor is a legal form alone
                continue
            v = normalize("text", raw)
            if not v:
                continue
            top = ph.bbox[1] / max(1, page_h)
            first_page = ph.page == min(p.page for p in layout.pages)
            q = 0.9 if (first_page and top < 0.3) else 0.75 if first_page else 0.6
            # the letterhead is usually the largest print on the page
            q = min(1.0, q + min(0.08, 0.01 * (ph.height / max(1.0, _median_height(layout)) - 1) * 10))
            out.append(Candidate("lieferant", v, raw, keep, q, "invoice:letterhead"))
    return out


def _supplier_structure(layout: Layout) -> list[Candidate]:
    """A supplier without a legal form: the return-address line above the recipient window
    ("Roth Druckerei · Lindenweg 120 · 75175 Pforzheim") and the letterhead (largest print on top)."""
    out: list[Candidate] = []
    if not layout.phrases:
        return out
    plz_of: dict[int, str] = {}  # candidate -> the postcode of its address line
    first = layout.phrases[0].page
    _, page_h = layout.page_size(first)
    for n, ph in enumerate(layout.phrases):
        # DIN 5008 puts the return-address line at the top of the address field, 27 to 63 mm from
        # the top edge (under a quarter of the page); lower down, "Name, Straße, PLZ Ort" is a
        # place the letter talks about ("Rathausdiele, Markt 1, 07743 Jena", an event's venue)
        # ... and the footer's "name - street - postcode place" line, which often has the firm's full
        # name ("Praxis für Arbeitsmedizin Dr. med. Henrike Albrecht" for "Praxis Dr. Albrecht")
        footer = ph.bbox[1] > 0.85 * layout.page_size(ph.page)[1]
        if not footer and (ph.page != first or ph.bbox[1] > 0.25 * page_h):
            continue
        tokens: list[Token | None] = list(ph.tokens)
        nx = layout.phrases[n + 1] if n + 1 < len(layout.phrases) else None
        if nx is not None and nx.page == ph.page and abs(nx.bbox[1] - ph.bbox[1]) < 0.5 * ph.height \
                and nx.bbox[0] > ph.bbox[2] and _PLZ_LINE.match(nx.text):
            tokens += [None] + list(nx.tokens)  # "Groß Bürobedarf - Uhlandstraße 52" | "76135 Karlsruhe": a gap between
        segs: list[list[Token]] = [[]]
        for t in tokens:
            if t is None:
                segs.append([])
                continue
            if t.text in {"·", "•", "|", "–", "—", "-"}:
                segs.append([])
                continue
            segs[-1].append(t)
            if t.text.endswith(","):
                segs.append([])
        segs = [_strip_punct(x) for x in segs if _strip_punct(x)]
        for k in range(2, len(segs)):
            if _PLZ_LINE.match(_raw(segs[k])) and _STREET_RX.match(_raw(segs[k - 1])):
                name = segs[k - 2]
                if _NOT_THE_SUPPLIER.match(fold(_raw(name))):
                    # "Gärtnerei Hentschel · Inh. Beate Hentschel · street · place": the owner's line;
                    # the firm is the segment before it, if the line has one
                    if k < 3:
                        break
                    name = segs[k - 3]
                raw = _raw(name).rstrip(",")
                if not _ADMIN.search(fold(raw)) and not re.search(r"\d", raw) and len(name) <= 8:
                    out.append(Candidate("lieferant", normalize("text", raw) or raw, raw, name, 0.8 if footer else 0.86,
                                         "invoice:footer-address" if footer else "invoice:return-address"))
                    plz_of[id(out[-1])] = _raw(segs[k])[:5]
                break
    # the letterhead: the largest print in the top sixth of page one
    med = _median_height(layout)
    tops = [ph for ph in layout.phrases if ph.page == first and ph.bbox[1] < page_h / 6
            and not re.search(r"\d", ph.text) and not _ADMIN.search(fold(ph.text))
            and ":" not in ph.text and match_label(ph.text) is None  # "Re.-Nr.:" is no one's name
            and not re.search(r"rechnung|invoice|seite", fold(ph.text)) and len(ph.tokens) <= 6]
    if tops:
        big = max(tops, key=lambda ph: ph.height)
        if big.height > 1.4 * med and len(re.findall(r"[^\W\d_]", big.text)) >= 3:  # not a logo's "(HA)"
            raw = big.text.strip(" ,")
            out.append(Candidate("lieferant", normalize("text", raw) or raw, raw, big.tokens, 0.78,
                                 "invoice:letterhead"))
    # a footer's address line counts only as the full name of the return address's firm: one without
    # a legal form, at the same postcode ("Stadtwerke Neckartal Netz GmbH", the grid operator in an
    # energy bill's footer, is another firm than "Stadtwerke Neckartal GmbH")
    ret = [(_name_words(c.value), plz_of.get(id(c))) for c in out
           if c.source == "invoice:return-address" and not _LEGAL.search(c.raw)]
    out = [c for c in out if c.source != "invoice:footer-address"
           or any(len(r) >= 2 and r < _name_words(c.value) and plz == plz_of.get(id(c)) for r, plz in ret)]
    for c in out:
        if c.source == "invoice:footer-address":
            c.quality = 0.95  # the firm's full name ("Praxis für Arbeitsmedizin Dr. med. Henrike Albrecht")
    # agreement of two independent signals
    vals = [c.value.casefold() for c in out]
    for c in out:
        if vals.count(c.value.casefold()) > 1:
            c.quality = 0.95
    return out


#: a trade's name before its owner's makes a craftsman's firm ("Tischlerei Jens Brodersen",
#: "Malerbetrieb Kai Ott", "Praxis Dr. Ines Wolf")
_TRADE_WORD = (r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:erei|nerei|lerei|ei|betrieb|service|technik|werkstatt|bau|handel|"
               r"meister|kanzlei|praxis)|Praxis|Kanzlei|Atelier|Studio|Salon|Büro|Werkstatt)")


def _with_trade(layout: Layout, name: str) -> tuple[str, list[Token]] | None:
    """The supplier's whole name and its words where the page prints the owner's name ``name``
    (chosen without a legal form: a craftsman's letterhead) after the trade's: "Tischlerei Jens
    Brodersen" in the footer for "Jens Brodersen" in large print under the small word "Tischlerei"."""
    if name.count(" ") > 3 or not name.replace(" ", ""):
        return None
    own = re.fullmatch(_TRADE_WORD + r" (.+)", name)
    # the name as printed there, with or without the spaces a reading put in or lost ("Broders en")
    flex = r"[ \t]?".join(map(re.escape, (own.group(1) if own else name).replace(" ", "")))
    if own:
        # "Malerbetrieb Kaltenbach" on the return-address line, "Malerbetrieb Fritz Kaltenbach" in
        # the footer: the owner's given name completes it
        trade = re.escape(name[:len(name) - len(own.group(1))].strip())
        rx = re.compile(r"(?<![\w-])" + trade + r"[ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t]+" + flex + r"(?![\w-])")
    else:
        rx = re.compile(r"(?<![\w-])" + _TRADE_WORD + r"[ \t]+" + flex + r"(?![\w-])")
    m = rx.search(layout.text)
    if m and _LEGAL.match(layout.text[m.end():m.end() + 30].lstrip(" \t,")):
        return None  # "Haustechnik Brüggemann GmbH & Co. KG": a company's name, not a trade and an owner
    toks = layout.tokens_in(m.start(), m.end()) if m else []
    value = normalize("text", m.group(0), field="lieferant") if toks else None
    return (value, toks) if value and " " in value[value.find(" ") + 1:] else None


def _name_words(v: str) -> set[str]:
    return {w for w in re.split(r"[\s,]+", fold(v)) if w}


def _supplier_agreement(cands: list[Candidate]) -> None:
    """A company name with its legal form that the page confirms -- printed twice (return-address
    line and footer), or holding every word of the letterhead (a logo "Stadtwerke / Neckartal" set
    over two lines without the "GmbH") -- is the supplier, before any part of it."""
    sup = [c for c in cands if c.field == "lieferant"]
    legal = [c for c in sup if _LEGAL.search(c.raw)]
    for c in legal:
        words = set(fold(c.value).split())
        twice = sum(1 for o in legal if o.value.casefold() == c.value.casefold()) > 1
        part = any(not _LEGAL.search(o.raw) and set(fold(o.value).split()) < words for o in sup)
        if twice or part:
            c.quality = max(c.quality, 0.95)


def _median_height(layout: Layout) -> float:
    hs = [t.height for _, _, t in layout.spans]
    return statistics.median(hs) if hs else 1.0


def _amount_fallback(layout: Layout) -> list[Candidate]:
    """Fallback for the gross total when no total label was read: the largest amount printed."""
    out = []
    amounts: list[tuple[float, Candidate]] = []
    for row in layout.rows:
        toks = row.tokens
        for i, t in enumerate(toks):
            if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*,\d{2}|-?\d+,\d{2}|\d+\.\d{2}", t.text.rstrip("€")):
                win = toks[i:i + 2] if i + 1 < len(toks) and toks[i + 1].text in {"€", "EUR"} else [t]
                v = normalize("amount", _raw(win))
                if v:
                    amounts.append((float(v), Candidate("betrag_brutto", v, _raw(win), win, _Q_FALLBACK * 0.9,
                                                        "invoice:largest-amount")))
    if amounts:
        out.append(max(amounts, key=lambda a: a[0])[1])
    return out


# -- letter date (never the Bescheid date or a birth date) ---------------------------------------------

_PLACE_DATE = re.compile(r"^[^\W\d_][\w\-. ]{1,40},\s*(?:den\s+)?(?P<v>\d{1,2}\.\s?(?:\d{1,2}\.|[^\W\d_]+)\s?\d{2,4})\s*$")


def _letter_date(layout: Layout) -> Candidate | None:
    for row in layout.rows[:25]:
        for ph in row.phrases:
            m = _PLACE_DATE.match(ph.text)
            if m:
                toks = [t for t in ph.tokens if t.text.rstrip(".") and (re.search(r"\d", t.text) or
                                                                     t.text.lower().rstrip(".") in _MONTH_WORDS)]
                got = best_value("date", toks)
                if got:
                    return Candidate("rechnungsdatum", got[0], got[1], got[2], 0.75, "letter:date")
    return None


_MONTH_WORDS = {"januar", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august", "september",
                "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep",
                "sept", "okt", "nov", "dez"}


# -- putting it together ---------------------------------------------------------------------------------

def _combine_street(cands: list[Candidate]) -> list[Candidate]:
    """A separate Hausnummer box completes a Straße value that has no number."""
    nums = [c for c in cands if c.field == "_hausnummer"]
    out = [c for c in cands if c.field != "_hausnummer"]
    if not nums:
        return out
    num = nums[0]
    for c in out:
        if c.field == "strasse" and not re.search(r"\d", c.value) and c.source.startswith("label"):
            c.value = normalize("text", f"{c.value} {num.value}") or c.value
            c.raw = f"{c.raw} {num.raw}"
            c.tokens = c.tokens + num.tokens
    return out


_PERSON_FIELDS = {"nachname", "vorname", "geburtsdatum", "strasse", "plz", "ort", "telefon", "email"}
# sections of a form about someone other than the applicant (architect, landlord, account holder...)
_FOREIGN_SECTION = re.compile(r"(?:entwurfs|plan)verfasser|bevollmaechtigt|\bvollmacht\b|(?:gesetzliche[rn]? )?vertret|architekt|"
                              r"vermieter|wohnungsgeber|eigentuemer|arbeitgeber|bauleiter|vorbesitzer|"
                              r"fruehere[rn]? halter|ehegatt|lebenspartner|kontoinhaber|empfangsbevollm|"
                              r"(?:letzte|bisherige|fruehere|alte|vorherige) (?:wohnung|anschrift|adresse)|"
                              r"(?:weggezogen|verzogen) (?:aus|von)")
# the dog's own section (its "Name" is the dog's) or its breeder's: someone else's unless the
# heading names the keeper too ("Angaben zum Halter / Züchter", "Angaben zum Hund und zur Halterin")
_DOG_SECTION = re.compile(r"angaben (?:zu[mr]?|ueber den|des) (?:hund|tier)(?:es)?\b|^(?:der )?hund(?: \d)?$|zuechter")
_OWN_SECTION = re.compile(r"angaben zu[rm]? (?:person|antragst|halter|inhaber|meldepflicht)|antragsteller|bauherr|"
                          r"halter(?:in)?\b|meldepflichtige|antragstellende|betriebsinhaber|inhaber|"
                          # the form's own contact box ("6 Freiwillige Angaben für Rückfragen")
                          r"(?:angaben )?(?:fuer|bei) rueckfragen|freiwillige angaben|kontaktdaten|erreichbarkeit")


def _section_penalty(layout: Layout, cands: list[Candidate]) -> None:
    """Person fields read in a section about someone else (architect, landlord) count less.

    Sections may stand side by side ("Bauherr" | "Entwurfsverfasser", "Neue Wohnung" | "Bisherige
    Wohnung"): a value is governed by the nearest heading above it in its own column."""
    heads: list[tuple[int, float, float, float, bool]] = []  # (page, y, x0, height, foreign?)
    for ph in layout.phrases:
        # (a heading's bracketed hint does not count: "D Vollmacht (nur wenn eine andere Person den
        # Antrag stellt)")
        bare = re.sub(r"\s*\([^)]*\)?", "", ph.text)
        if len(bare.split()) > 6 or ":" in ph.text:
            continue
        t = _clean_label(bare)
        if _FOREIGN_SECTION.search(t) or _DOG_SECTION.search(t) and not _OWN_SECTION.search(t):
            heads.append((ph.page, ph.bbox[1], ph.bbox[0], ph.height, True))
        elif _OWN_SECTION.search(t) or re.match(r"^\d{1,2}[.,]\s+[^\W\d_]", fold(ph.text)):
            heads.append((ph.page, ph.bbox[1], ph.bbox[0], ph.height, False))
    if not any(hd[4] for hd in heads):
        return
    heads.sort()
    for c in cands:
        if c.field not in _PERSON_FIELDS or not c.tokens:
            continue
        tok = c.tokens[0]
        # the nearest heading above that starts left of the value (a heading further right heads
        # another column); on one heading row, the rightmost of those
        above = [hd for hd in heads if (hd[0], hd[1]) <= (tok.page, tok.bbox[1]) and hd[2] <= tok.bbox[0] + hd[3]]
        if not above:
            continue
        last = above[-1]
        gov = max((hd for hd in above if hd[0] == last[0] and abs(hd[1] - last[1]) <= last[3]), key=lambda hd: hd[2])
        if gov[4]:
            _mark_foreign(c)


# a letter written for someone else: a lawyer "namens und in Vollmacht unserer Mandantin", an
# association "für unser Mitglied", a relative with a "Vorsorgevollmacht", a professional carer
# (not a form's printed note "bei Anmeldung durch eine bevollmächtigte Person ist eine Vollmacht
# beizufügen": the words of someone acting, not of a rule)
_REPRESENTED = re.compile(
    r"(?:namens|im auftrag) und (?:in|mit) vollmacht|(?:in|mit) vollmacht (?:unsere|meine|seine)|"
    r"\bunser(?:e|em|en|er|es)? (?:mandant(?:in|en|innen)?|mitglied(?:e[rs]?)?)\b|"
    r"vollmacht (?:liegt (?:anbei|bei\b)|ist (?:anbei|beigefuegt)|anbei)|"
    r"vollmacht (?:fuege|lege)n? (?:ich|wir)|(?:fuege|lege)n? (?:ich|wir) (?:die |eine |unsere |meine )?vollmacht|"
    r"(?:meine[rn]?|seine[rn]?|ihre[rn]?|unsere[rn]?) (?:vorsorge|general)vollmacht|"
    r"(?:\bals|ich bin (?:die|der)) (?:ihre |seine )?(?:rechtliche[rn]? |gesetzliche[rn]? )?(?:berufs)?betreuer(?:in)?\b|"
    r"\bals (?:ihr|sein)e? (?:bevollmaechtigte|vertreter)|hat uns mit (?:ihrer|seiner) vertretung")
#: a writer's title as a line of its own, under the name in a letterhead
_REPRESENTATIVE_TITLE = re.compile(r"(?:berufs|vereins)betreuer(?:in)?|rechtliche[rn]? betreuer(?:in)?")


@lru_cache(maxsize=64)
def represented(text: str) -> bool:
    """Whether ``text`` is written for someone else (a power of attorney, a client, a member)."""
    return bool(_REPRESENTED.search(fold(text))) or any(
        _REPRESENTATIVE_TITLE.fullmatch(fold(line).strip(" ,.")) for line in text.splitlines())


_PERSON_NAMED = (r"\b(?:Herrn?|Frau)\s+(?:Dr\.\s+)?(?P<given>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
                 r"(?:[ \t][A-ZÄÖÜ][a-zäöüß]+)?)\s+(?P<sur>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)")
_PERSON_BORN = (r"(?:,?\s+geb(?:\.|oren)(?:\s+am)?\s+(?P<birth>" + _TEXT_DATE + r"|\d{1,2}\.\d{1,2}\.\d{2,4}))?")
#: "Ringstraße 9 in 23966 Wismar", "Vegesacker Heerstraße 51, 28757 Bremen" in a sentence
_ADDRESS_IN_TEXT = (r"(?P<street>[A-ZÄÖÜ][\w.\-]*(?:[ \t][A-ZÄÖÜa-zäöüß][\w.\-]*){0,3}[ \t]\d{1,4}(?:[ \t]?[a-z])?)"
                    r"(?:,|\s+in)\s+(?P<plz>\d{5})\s+(?P<ort>[A-ZÄÖÜ][\w\-]+)")
_PERSON_LIVES = r"(?:,?\s+(?:wohnhaft\s+(?:in\s+der\s+|im\s+|am\s+)?)?" + _ADDRESS_IN_TEXT + ")?"
#: "mein Vater, Herr Klaus-Dieter Behrendt, geboren am 2. Dezember 1944, wohnhaft Ringstraße 9 in 23966
#: Wismar", "unserer Mandantin Frau Gesine Harms, geb. 08.05.1961, Vegesacker Heerstraße 51, 28757 Bremen"
_PERSON_INTRODUCED = re.compile(_PERSON_NAMED + _PERSON_BORN + _PERSON_LIVES)
#: what ties a person named in a letter to the writer's acting for them ("für meinen Vater, Herrn ...",
#: "unserer Mandantin Frau ...", "als Betreuer von Herrn ...", "mein Vater, Herr ...")
_RELATIVE = (r"(?:Vater|Mutter|Sohn|Tochter|Mann|Ehemann|Ehefrau|Frau|Schwiegervater|Schwiegermutter|"
             r"Gro(?:ß|ss)vater|Gro(?:ß|ss)mutter|Bruder|Schwester|Onkel|Tante|Mitglied|Mandant(?:in|en|innen)?)")
_FOR_WHOM = re.compile(r"(?:\bf(?:ü|ue)r(?:\s+(?:meinen|meine|unseren|unsere)\s+" + _RELATIVE + r")?|"
                       r"\b[Mm]andant(?:in|en|innen)?|\b[Bb]etreu\w*\s+(?:von|des|der)|\b[Vv]ertret\w*(?:\s+(?:von|des|der))?|"
                       r"\b(?:[Mm]ein|[Uu]nser)(?:e[mnrs]?)?\s+" + _RELATIVE + r")[\s,]*$")


def _represented_person(layout: Layout) -> list[Candidate]:
    """In a letter written for someone else (a carer's, a lawyer's, a daughter's), that person as the
    letter introduces them -- a name after "Herr"/"Frau" with a birth date or an address beside it --
    and where the letter says they live ("Herr Possin wohnt ... in der Demminer Straße 12, 17034
    Neubrandenburg"): the applicant's own values, where the letterhead and the signature are the
    writer's (:func:`_representative_penalty`)."""
    if not represented(layout.text):
        return []
    kinds = taxonomy().field_kinds
    out: list[Candidate] = []

    def add(fld: str, m: re.Match, group: str) -> None:
        toks = layout.tokens_in(m.start(group), m.end(group))
        got = best_value(kinds[fld], toks, fld) if toks else None
        if got:
            out.append(Candidate(fld, got[0], got[1], got[2], _Q_TEXT, "text"))

    people = []
    for m in _PERSON_INTRODUCED.finditer(layout.text):
        if m.group("birth") is None and m.group("street") is None:
            continue
        lead = layout.text[max(0, m.start() - 60):m.start()]
        tail = re.split(r"(?<!\d)\.(?=\s)", layout.text[m.end():m.end() + 120], maxsplit=1)[0]
        if not _FOR_WHOM.search(lead) or re.search(r"verstorben|gestorben", tail):
            continue  # the opposing party, a dog's former owner, a late mother: not the one the letter is for
        people.append(m)
    if len({(m.group("given"), m.group("sur")) for m in people}) != 1:
        return []  # no one, or two people, introduced so: left to the other rules and a person
    for m in people[:1]:
        for fld, group in (("vorname", "given"), ("nachname", "sur"), ("geburtsdatum", "birth"),
                           ("strasse", "street"), ("plz", "plz"), ("ort", "ort")):
            if m.group(group) is not None:
                add(fld, m, group)
        surname = m.group("sur")
        title = "Frau" if m.group(0).lstrip().startswith("Frau") else "Herr"
        lives = re.compile(r"\b" + title + r"\s+" + re.escape(surname) + r"\s+(?:wohnt|lebt)\b[^.]{0,50}?\b(?:in\s+der|im|am|in)\s+"
                           + _ADDRESS_IN_TEXT)
        for w in lives.finditer(layout.text):
            for fld in ("strasse", "plz", "ort"):
                add(fld, w, {"strasse": "street"}.get(fld, fld))
        break  # the first person introduced so is the one the letter is for
    return out


def _representative_penalty(layout: Layout, cands: list[Candidate]) -> None:
    """In a letter written for someone else, the sender block and the signature are the writer's
    (the law firm, the association, the carer), not the person the matter is about: they count
    like values in someone else's section, so a value under a label or in the text wins, and
    without one the person's fields are too unsure to route on."""
    if not represented(layout.text):
        return
    # the letterhead's phone and e-mail are the writer's too ("Leipziger Straße 63 - 06108 Halle -
    # Telefon 0345 6 82 47 11 - tretow@betreuung-halle.de" over a carer's letter)
    first = [r for r in layout.rows if r.page == layout.rows[0].page] if layout.rows else []
    head = {id(t) for row in first[:4] for t in row.tokens}
    top = {id(t) for row in first[:8] for t in row.tokens}
    for c in cands:
        if c.foreign or not c.tokens:
            continue
        if c.field in _PERSON_FIELDS and c.source in ("letter:sender", "letter:signature") \
                or c.field in ("telefon", "email") and id(c.tokens[0]) in head \
                or c.field in _PERSON_FIELDS and c.source == "shape" and id(c.tokens[0]) in top:
            # (an address line alone near the top is the writer's letterhead or return address too)
            _mark_foreign(c)


def _mark_foreign(c: Candidate) -> None:
    """``c`` is someone else's value (an architect's, a landlord's, a business site's, a letter
    writer's for another person): it counts less, and never over the person's own."""
    c.quality *= 0.6
    c.foreign = True


def _place_qualifier(layout: Layout, cands: list[Candidate]) -> None:
    """A place whose bracketed qualifier stands apart as a phrase of its own ("15230 Frankfurt"
    "(Oder)", set a little wider in print) gets it back: Frankfurt (Oder) is not Frankfurt am Main."""
    nxt = {id(a[2]): b[2] for a, b in zip(layout.spans, layout.spans[1:])}
    for c in cands:
        if c.field != "ort" or not c.tokens or "(" in c.value:
            continue
        last = c.tokens[-1]
        t = nxt.get(id(last))
        if t is None or t.page != last.page or not re.fullmatch(r"\([^()\d]{2,25}\)[,.]?", t.text) \
                or not 0 <= t.bbox[0] - last.bbox[2] < 3 * last.height \
                or abs((t.bbox[1] + t.bbox[3]) / 2 - (last.bbox[1] + last.bbox[3]) / 2) > 0.5 * last.height:
            continue
        whole = normalize("text", f"{c.value} {t.text.rstrip(',.')}", field="ort")
        if whole and validate("text", whole, field="ort") is None:
            c.value, c.raw, c.tokens = whole, f"{c.raw} {t.text}", c.tokens + [t]


def all_candidates(pages: list[Page], unread: list[Candidate] | None = None
                   ) -> tuple[Layout, list[Candidate]]:
    layout = build_layout(pages)
    cands = _label_candidates(layout, unread)
    cands += _text_candidates(layout)
    cands += _pattern_candidates(layout)
    cands += _sender_candidates(layout)
    cands += _plz_line_candidates(layout)
    cands += _signature_candidates(layout)
    cands += _represented_person(layout)
    cands += _supplier_candidates(layout)
    cands += _supplier_structure(layout)
    cands += _amount_fallback(layout)
    ld = _letter_date(layout)
    if ld:
        cands.append(ld)
    cands = [c for c in _combine_street(cands) if not _office_phone(layout, c)]
    _place_qualifier(layout, cands)
    _supplier_agreement(cands)
    _section_penalty(layout, cands)
    _representative_penalty(layout, cands)
    if unread:
        _section_penalty(layout, unread)
    return layout, cands


def _office_phone(layout: Layout, c: Candidate) -> bool:
    """Whether a phone number stands in the office's own line ("Steueramt - Hauptstraße 2", "Telefon
    07128 925-0 - steueramt@sonnenbuehl.de"): the administration's number, never the applicant's."""
    if c.field != "telefon" or not c.tokens:
        return False
    row = _row_text_of(layout, c.tokens[0])
    if ":" in row:
        return False  # "Gemeinde: Bonn   Telefon: 0228 123456": a form's row of labels and values
    mails = re.findall(r"([\w.%+\-]+)@([\w.\-]+)", row)
    return bool(_ADMIN.search(fold(row)) or any(_office_mail(fold(m), fold(d), layout.folded) for m, d in mails))


def field_confidence(c: Candidate, kind: str) -> float:
    """Match quality x OCR confidence x validation. Kinds with a strict format (a checksum, a calendar
    date, five digits) are evidence themselves, so OCR confidence weighs less for them than for names."""
    return combine_confidence(kind, c.field, c.value, c.quality, c.ocr_confidence)


def combine_confidence(kind: str, field: str, value: str, quality: float, ocr: float) -> float:
    ok = validate(kind, value, field=field) is None
    w = 0.35 if kind in _STRICT_KINDS else 0.7
    return round(max(0.0, min(1.0, quality * (1 - w + w * ocr) * (1.0 if ok else 0.4))), 4)


_STRICT_KINDS = {"iban", "date", "plz", "amount", "email", "plate"}
_JOINABLE_KINDS = _STRICT_KINDS | {"phone", "reference", "integer"}


def _rival(name: str, chosen: Candidate, strong: list[Candidate]) -> str:
    """Another value for ``name``, read about as surely as the chosen one from other words of the
    page, that is not the same value misread or shortened (``""`` if there is none).

    Which of two such values is meant is decided by rules (the first in page order, a label before
    a letter's sender block, the most frequent spelling of a supplier): they hold on the layouts
    they were made on. On an unfamiliar layout the second value is the sign that they may not
    (a carer's own address and the pensioner's, the order date and the invoice date, the old plate
    and the new one), so the document goes to a person, who is shown both."""
    kind = taxonomy().kind(name)
    for c in strong:
        if c is chosen or c.foreign or not c.tokens or validate(kind, c.value, field=name) is not None:
            continue
        if name == "strasse" and not re.fullmatch(r"[^\d,;:]+\s" + HOUSE_NUMBER, c.value) or name == "ort" and re.search(r"\d", c.value):
            continue  # no street ("2 Zimmer, 48 m², 3. OG"), no place ("Schwarzwaldstraße 81")
        if any(t.page == u.page and _overlaps(t.bbox, u.bbox) for t in c.tokens for u in chosen.tokens):
            continue  # the same words read another way (a wider cut, a split name)
        if same_reading(name, c.value, chosen.value):
            continue
        if name == "lieferant" and len(_name_words(c.value)) >= 2 and _name_words(c.value) < _name_words(chosen.value):
            continue  # the firm's short name ("Praxis Dr. Albrecht") beside its full one
        if name == "betrag_brutto" and float(c.value) <= float(chosen.value):
            continue  # the net sum and the VAT are smaller than the gross total by design
        return c.value
    return ""


def _spelling_rival(chosen: Candidate, others: list[Candidate]) -> str:
    """The same name printed again on the page but read with another letter ("Woliner" in the
    letterhead, "Wollner" under the signature: one of them, maybe both, misread): the other
    spelling, so a person decides; ``""`` where every reading agrees (accents aside) or the other
    is an initial or a part of it."""
    a = plain(chosen.value)
    for c in others:
        if c is chosen or c.foreign or not c.tokens or "." in c.value or "." in chosen.value:
            continue
        if any(t.page == u.page and _overlaps(t.bbox, u.bbox) for t in c.tokens for u in chosen.tokens):
            continue
        b = plain(c.value)
        if a != b and abs(len(a) - len(b)) <= 1 and a not in b and b not in a and levenshtein(a, b) <= 2:
            return c.value
    return ""


def _signed_by_another(name: str, chosen: Candidate, c: Candidate) -> bool:
    """A letter's sender block names one person and its signature another (a farm's, a practice's or
    an employer's letterhead, a neighbour's paper): the signature's name is a second value however
    faint its reading, so a person looks at who wrote for whom."""
    # a scribble read as letters ("JPW Tu" at 26-33 % OCR confidence) is no name: only a clean reading counts
    return name in ("vorname", "nachname") and chosen.source == "letter:sender" and c.source == "letter:signature" \
        and c.ocr_confidence >= 0.7


def same_reading(name: str, a: str, b: str) -> bool:
    """Whether two values read for ``name`` are one value: for digits and checksums only equal
    values are; a name or a text may be misread by a letter or two ("Schroder", "Schröder"),
    shortened ("Bürobedarf" of "Bürobedarf Vogt e.K."), have a given name as initial or a street
    abbreviated ("Hauptstr. 5", "Hauptstraße 5") -- but a street with another house number is
    another address."""
    kind = taxonomy().kind(name)
    if kind in _STRICT_KINDS | {"integer", "phone"}:
        return (normalize(kind, a, field=name) or a) == (normalize(kind, b, field=name) or b)
    if kind == "reference":
        # one file number read whole and once without its start ("2026/3318" of "51.22-EB2026/3318");
        # not one with a digit more ("33.1-2026/881", "33.1-2026/8812")
        ka, kb = sorted((re.sub(r"[^0-9a-z]", "", plain(v)) for v in (a, b)), key=len)
        i = kb.find(ka) if ka else -1
        return i >= 0 and not (kb[i + len(ka):i + len(ka) + 1].isdigit() or (i > 0 and kb[i - 1].isdigit()))
    pa, pb = (re.sub(r"str\b\.?", "strasse", plain(v)).strip() for v in (a, b))
    if name == "strasse":
        na, nb = (re.search(HOUSE_NUMBER + "$", v) for v in (pa, pb))
        # (a slash or dash lost in reading is the same number: "124/2", "1242")
        if (re.sub(r"[\s/-]", "", na.group()) if na else "") != (re.sub(r"[\s/-]", "", nb.group()) if nb else ""):
            return False
        pa, pb = pa[:na.start()] if na else pa, pb[:nb.start()] if nb else pb
    ka, kb = (re.sub(r"[\W_]", "", v) for v in (pa, pb))
    if not ka or not kb or ka in kb or kb in ka:
        return True
    return kind in ("name", "text") and (levenshtein(ka, kb) <= max(1, len(kb) // 6)
                                         or _initialled(pa, pb))


_TOTAL_WORD = re.compile(r"summe|gesamt|betrag|brutto|total|inkl|wert|preis|auftrag")
_NO_TOTAL = re.compile(r"umsatz|kapital|zaehlerstand|kwh")


def _larger_total(layout: Layout, c: Candidate) -> bool:
    """Whether ``c`` is the invoice's largest amount in a total's row: beside a gross total it is a
    second total (down payments or a discount deducted, so which is "the" total is a question), not
    a share capital or a meter reading."""
    if c.source != "invoice:largest-amount":
        return False
    row = fold(_row_text_of(layout, c.tokens[0]))
    return bool(_TOTAL_WORD.search(row)) and not _NO_TOTAL.search(row)
# a business's site, branch or seat: its address is not its owner's
_SITE_HEAD = re.compile(r"betriebsstaette|niederlassung|betriebssitz|geschaeftsraeume|filiale")


def _initialled(a: str, b: str) -> bool:
    """Whether two names differ only where one has an initial ("Dr. H. Vosseler", "Dr. Henrike
    Vosseler")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa == wb:
        return False
    return all(x == y or (re.fullmatch(r"\w\.", x) and y.startswith(x[0]))
               or (re.fullmatch(r"\w\.", y) and x.startswith(y[0])) for x, y in zip(wa, wb))


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _drop_given_name(surname: Field, cand: Candidate, given: str) -> None:
    """A bare "Name" label holds the whole name on many letters and forms ("Name: Gregor
    Nußbaumer"; "Name: Nußbaumer Gregor"): where the surname read begins or ends with exactly the
    given name found for the document, and has more words, those words are the given name. The
    field's box shrinks to the words left, so a second reading checks just those. (The first of
    several given names before the surname, "Nele Fitschen" beside "Nele Johanna", is left to a
    person: "Abdul Karim" beside "Abdul Rahman" is a surname of two words.)"""
    words, first = surname.value.split(), given.split()
    n = len(first)
    if not first or len(words) <= n:
        return
    fold = [w.casefold() for w in words]
    want = [w.casefold() for w in first]
    if fold[:n] == want:
        keep = slice(n, None)
    elif fold[-n:] == want:
        keep = slice(0, len(words) - n)
    else:
        return
    surname.value = " ".join(words[keep])
    if len(cand.tokens) == len(words):  # one token a word: the box of the words kept
        toks = cand.tokens[keep]
        page = toks[0].page
        surname.page = page
        surname.bbox = [float(v) for v in union([t.bbox for t in toks if t.page == page])]


def extract_fields(pages: list[Page], doc_type: str, unread: dict[str, Field] | None = None
                   ) -> dict[str, Field]:
    """The fields of ``doc_type`` found on ``pages`` (normalised values, confidence, page, bbox).
    ``unread`` (if given) gets, for each wanted field without a value whose label was found with
    unreadable digits beside it, a :class:`Field` with an empty value over those words: where a
    second reading may find it."""
    tax = taxonomy()
    wanted = set(tax.doc_types[doc_type].fields)
    located: list[Candidate] = []
    layout, cands = all_candidates(pages, located)
    scored: dict[str, list[tuple[float, tuple, Candidate]]] = {}
    for c in cands:
        if c.field not in wanted or not c.tokens:
            continue
        conf = field_confidence(c, tax.kind(c.field))
        t = c.tokens[0]
        scored.setdefault(c.field, []).append((conf, (t.page, t.bbox[1], t.bbox[0]), c))
    out: dict[str, Field] = {}
    chosen: dict[str, Candidate] = {}
    for name, lst in scored.items():
        # the first strong reading in page order wins (the applicant comes before the architect,
        # the form's own field before a later mention); a much stronger later one still beats it
        top = max(conf for conf, _, _ in lst)
        strong = [x for x in lst if x[0] >= top - 0.12]
        if name == "lieferant" and len(strong) > 1:
            # a supplier's name is printed several times (letterhead, sender line, footer): the
            # spelling read most often wins over the first one ("TI-Service" once, "IT-Service" twice)
            text = plain(" ".join(w.text for p in pages for w in p.words))
            # a name whose start was lost at the paper's edge ("ınd Landschaftsbau ... KG" for
            # "Garten- und Landschaftsbau ... KG"): the whole name printed elsewhere wins
            full = [plain(x[2].value) for x in strong]
            strong = [x for x in strong if not (x[2].value[:1].islower() and " " in x[2].value and any(
                len(o) > len(plain(x[2].value)) and o.endswith(" " + plain(x[2].value).split(" ", 1)[1])
                for o in full))] or strong
            # the name without its legal form ("BEDACHUNGEN PIETSCH" in the letterhead) beside the
            # same name with it ("Bedachungen Pietsch e.K." in the footer): the firm's full name
            legal = [x[2].value for x in strong if _LEGAL.search(x[2].value)]
            strong = [x for x in strong if _LEGAL.search(x[2].value) or not any(
                plain(o).startswith(plain(x[2].value) + " ")
                and _LEGAL.search(" ".join(o.split()[len(x[2].value.split()):])) for o in legal)] or strong
            vals = {plain(x[2].value) for x in strong}
            # a part of a longer name ("IT-Service") does not count the longer name's mentions
            count = {v: text.count(v) - sum(text.count(o) for o in vals if o != v and v in o) for v in vals}
            seen = {id(x[2]): count[plain(x[2].value)] for x in strong}
            most = max(seen.values())
            strong = [x for x in strong if seen[id(x[2])] == most]
            # a shorter form of a name printed whole elsewhere ("Praxis Dr. Albrecht" of "Praxis für
            # Arbeitsmedizin Dr. med. Henrike Albrecht") gives way to it
            ws = {id(x[2]): _name_words(x[2].value) for x in strong}
            strong = [x for x in strong if not any(len(ws[id(x[2])]) >= 2 and ws[id(x[2])] < ws[id(y[2])]
                                                   for y in strong)] or strong
        if name == "betrag_brutto":
            # the gross total is the largest of the labelled totals: never the net sum or the VAT,
            # whatever the subtotal is called ("Summe", "Zwischensumme") or where it stands
            conf, _, c = max(strong, key=lambda x: (float(x[2].value), -x[1][0], -x[1][1]))
        else:
            # ... but a value under its label beats one read from a letter's sender block: a carer,
            # a lawyer or a relative writes the letter, the person it is for stands under "Name:",
            # "Anschrift:" in its body
            labelled = [x for x in strong if x[2].source.startswith("label")]
            if labelled and any(x[2].source == "letter:sender" for x in strong):
                strong = labelled
            conf, _, c = min(strong, key=lambda x: x[1])
        chosen[name] = c
        page = c.tokens[0].page
        boxes = [t.bbox for t in c.tokens if t.page == page]
        out[name] = Field(value=c.value, confidence=conf, page=page,
                          bbox=[float(v) for v in union(boxes)] if boxes else None, raw=c.raw,
                          quality=c.quality, ocr_confidence=c.ocr_confidence,
                          rival=_rival(name, c, [x[2] for x in lst if x[0] >= top - 0.12
                                                 or _larger_total(layout, x[2])
                                                 or _signed_by_another(name, c, x[2])]))
        if name in ("nachname", "vorname") and not out[name].rival:
            out[name].rival = _spelling_rival(c, [x[2] for x in lst if x[0] >= top - 0.12
                                                  or _signed_by_another(name, c, x[2])])
    if unread is not None:
        for c in located:
            if c.field in out and chosen[c.field].foreign and not c.foreign:
                # the applicant's own value is unreadable and the one found is the architect's or
                # the landlord's: that is never the answer; a second reading of the own one may be
                del out[c.field]
            if c.field in wanted and c.field not in out and c.field not in unread:
                page = c.tokens[0].page
                unread[c.field] = Field(value="", confidence=0.0, page=page, raw=c.raw, quality=c.quality,
                                        bbox=[float(v) for v in union([t.bbox for t in c.tokens if t.page == page])])
    if "lieferant" in out and not _LEGAL.search(out["lieferant"].value):
        whole = _with_trade(layout, out["lieferant"].value)
        if whole:  # the whole name where it is printed: a second reading checks it there
            f, (value, toks) = out["lieferant"], whole
            page = toks[0].page
            if f.rival and (same_reading("lieferant", value.split(" ", 1)[1], f.rival)
                            or same_reading("lieferant", value, f.rival)):
                f.rival = ""  # "J. Brodersen" on the return-address line is the owner's name too
            f.value, f.raw, f.page = value, value, page
            f.bbox = [float(v) for v in union([t.bbox for t in toks if t.page == page])]
    plate = chosen.get("kennzeichen")
    if plate is not None and len(plate.tokens) >= 2 and out["kennzeichen"].value[:1] in "UILJ":
        # "UIN-KT 482" for IN-KT 482: the box's left edge and floor read with the area code as a
        # first letter -- that word stands twice as tall as the digits beside it. A person decides
        h0 = plate.tokens[0].bbox[3] - plate.tokens[0].bbox[1]
        rest = statistics.median(t.bbox[3] - t.bbox[1] for t in plate.tokens[1:])
        alt = normalize("plate", out["kennzeichen"].value[1:].lstrip("-"))
        if h0 > 1.5 * rest and alt and not out["kennzeichen"].rival:
            out["kennzeichen"].rival = alt
    emails = [c.value for c in cands if c.field == "email"]
    for name in ("nachname", "vorname"):
        if name in out and emails:
            fixed = restore_umlauts(out[name].value, emails)
            if fixed != out[name].value:
                out[name].value = fixed
    if "nachname" in out and "vorname" in out:
        _drop_given_name(out["nachname"], chosen["nachname"], out["vorname"].value)
        whole = _given_name_in_full(layout, out["vorname"].value, out["nachname"].value)
        if whole:
            # "M. Tiedemann" on the return-address line, "Marlene Tiedemann" in the letterhead and
            # under the signature: the given name as printed in full (the second reading checks it there)
            f, c = out["vorname"], chosen["vorname"]
            f.value, f.raw, f.page = whole.text.rstrip(",."), whole.text, whole.page
            f.bbox = [float(v) for v in whole.bbox]
            f.ocr_confidence = max(0.0, min(1.0, whole.word.confidence))
            f.confidence = combine_confidence("name", "vorname", f.value, c.quality, f.ocr_confidence)
    from classifiers.places import place_case, place_for, plz_by_place, plz_within

    if unread is not None and "plz" in unread and "plz" not in out and "ort" in out:
        # "173732" beside its label and "Esslingen am Neckar": a box edge or fill-in line read as
        # digits; the place's one postcode inside is taken, and the second reading must agree
        u = unread["plz"]
        c = next((c for c in located if c.field == "plz" and c.raw == u.raw), None)
        digits = re.sub(r"[\s.,'’]", "", u.raw)
        plz = plz_within(digits, out["ort"].value) if c else None
        if plz:
            del unread["plz"]
            q = c.quality * _Q_REPAIRED
            out["plz"] = Field(value=plz, confidence=combine_confidence("plz", "plz", plz, q, c.ocr_confidence),
                               page=u.page, bbox=u.bbox, raw=u.raw, quality=q, ocr_confidence=c.ocr_confidence)
    if "plz" in out and "ort" in out:
        plz = plz_by_place(out["plz"].value, out["ort"].value)
        if plz:  # "13734" is no postcode; 73734 is Esslingen's: the 7 was read as 1
            out["plz"].value = plz
        place = place_for(out["plz"].value, out["ort"].value) or place_case(out["plz"].value, out["ort"].value)
        if place:  # "Heubronn" beside 74080: the PLZ's own place, spelt right
            out["ort"].value = place
    restore_special_letters(out)
    return {k: out[k] for k in tax.doc_types[doc_type].fields if k in out}


def _given_name_in_full(layout: Layout, given: str, surname: str) -> Token | None:
    """The given name printed in full somewhere in the document for a given name read as an
    initial ("M." beside "Tiedemann"): a line that is nothing but that name, its first word starting
    with that initial ("Marlene Tiedemann" as the letterhead or under the signature); None unless
    exactly one such name is printed."""
    m = re.fullmatch(r"([A-ZÄÖÜ])\.", given.strip())
    last = plain(surname.split()[-1]) if surname.split() else ""
    if m is None or not last:
        return None
    found: dict[str, Token] = {}
    for row in layout.rows:
        toks = row.tokens
        if len(toks) != 2:
            continue  # "meine Frau Monika Tiedemann und ich ...": someone else with the same initial
        for a, b in zip(toks, toks[1:]):
            if plain(b.text.rstrip(",.;")) == last and a.text[:1] == m.group(1) \
                    and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", a.text) \
                    and not caption_as_value("vorname", a.text):
                found.setdefault(a.text, a)
    return next(iter(found.values())) if len(found) == 1 else None


def restore_special_letters(fields: dict[str, Field]) -> None:
    """Names read without a letter the OCR models lack, whose usual spelling by far has it, get it
    back ("Ayse" -> "Ayşe"; classifiers/places.py); a dog breed read without its umlaut dots gets
    them back from the list of breeds ("Schaferhund" -> "Schäferhund"; classifiers/vocab.py)."""
    from classifiers.places import special_letters

    for name in ("nachname", "vorname"):
        f = fields.get(name)
        usual = special_letters(f.value) if f is not None and f.value else None
        if usual and usual[1]:
            f.value = usual[0]
    breed = fields.get("hunderasse")
    if breed is not None and breed.value:
        from classifiers.vocab import breed_spelling

        breed.value = breed_spelling(breed.value) or breed.value  # a breed is a closed list: its marks


_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def restore_umlauts(name: str, emails: list[str]) -> str:
    """Put back umlauts OCR dropped from a name when the person's e-mail address spells them
    ("Bohm" + j.boehm@gmail.com -> "Böhm"). Only a word that appears in the address solely in its
    transliterated umlaut form is changed; anything else is left as read."""
    parts = set()
    for e in emails:
        local = e.split("@", 1)[0].lower()
        parts.update(p for p in re.split(r"[._\-+\d]+", local) if len(p) >= 3)
        parts.add(local)
    if not parts:
        return name
    words = re.split(r"([ \-])", name)  # keep the separators: "Müller-Lüdenscheidt", "Anna Maria"
    for i, w in enumerate(words):
        low = w.lower()
        if len(low) < 3 or any(ch in low for ch in "äöüß") or any(low in p for p in parts):
            continue
        slots = [j for j, ch in enumerate(low) if ch in "aou"][:4]
        hits = []
        for mask in range(1, 2 ** len(slots)):
            v = list(w)
            for k, j in enumerate(slots):
                if mask >> k & 1:
                    ch = v[j]
                    v[j] = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}[ch]
            cand = "".join(v)
            translit = "".join(_TRANSLIT.get(ch, ch) for ch in cand.lower())
            if any(translit in p for p in parts):
                hits.append(cand)
        if len(hits) == 1:
            words[i] = hits[0]
    return "".join(words)
