"""One normaliser and one validator per field kind (shared/spec/README.md, "Field kinds").

``normalize(kind, raw)`` turns a value as printed (or as OCR read it) into its normal form, or returns
``None`` when the text cannot be read as that kind at all. It is OCR-tolerant where that is safe (a
letter O or l inside a run of digits is read as 0 or 1, a comma where a date has dots) but it never
invents a value: when the text is ambiguous it returns ``None``.

``validate(kind, value)`` says whether a value is acceptable: ``None`` when it is, else a short German
message for caseworkers ("IBAN ungültig: Prüfsumme stimmt nicht").

Used by extraction, by the review app when a caseworker edits a value, and by the evaluation.
"""

from __future__ import annotations

import datetime as _dt
import re

from stdnum import iban as _iban
from stdnum.eu import vat as _eu_vat
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength, ValidationError

KINDS = ("name", "text", "date", "plz", "amount", "integer", "iban", "plate", "reference", "email",
         "phone")

BIRTH_DATE_FIELDS = frozenset({"geburtsdatum"})

_MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "jaenner": 1,
    "februar": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "marz": 3, "mär": 3, "mrz": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "dec": 12,
}

# characters OCR confuses with digits; applied only inside runs that are otherwise digits (and by
# classifiers.verify to tell two readings that differ only so)
DIGIT_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1",
                                 "|": "1", "i": "1", "!": "1", "S": "5", "B": "8", "Z": "2"})


def _spaces(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _today() -> _dt.date:
    return _dt.date.today()


def _fix_digits(token: str, loose: bool = False) -> str:
    """Read look-alike letters as digits in a token that is mostly digits (``2O24`` -> ``2024``).

    ``loose``: one digit is enough (short tokens inside a date such as ``O1``)."""
    digits = sum(c.isdigit() for c in token)
    letters = sum(c.isalpha() for c in token)
    if digits and (digits >= letters * 2 or (loose and len(token) <= 4 and digits >= letters)):
        return token.translate(DIGIT_LOOKALIKE)
    return token


# -- name / text -------------------------------------------------------------------------------

_EDGE_JUNK = " ,;:‚„\"'`´°|“”‘’^~"


def _ocr_spacing(s: str) -> str:
    """Safe repairs of German OCR slips: "Bähr -Oßwald" (space before a joining hyphen),
    "StraBe" (ß read as B: a capital B never stands between small letters), "Miiller" (ü read as ii),
    "IImtal" (l read as I)."""
    # ... but not after a conjunction: "Fahrradreparatur und -verkauf" leaves out a word's first part
    s = re.sub(r"(?<=[^\W\d_]) -(?=[^\W\d_])",
               lambda m: m.group(0) if re.search(r"(?:^|\s)(?:und|oder|bzw\.?|sowie|wie)$", s[:m.start()])
               else "-", s)
    s = re.sub(r"(?<=[a-zäöü])B(?=[a-zäöü])", "ß", s)
    # "IImtal", "IIse": an l read as a capital I -- no word starts with two capitals I before a
    # small letter (a Roman numeral stands apart or takes one letter: "Ludwig II.", "Klasse IIa")
    s = re.sub(r"\bII(?=[a-zäöüß]{2,}\b)", "Il", s)
    # ... but a saint's Latin genitive before a street's or church's word stays ("Aegidiistraße",
    # "Liboriiplatz": a name of four letters or more before it; "Thiiringer Straße" is Thüringer)
    s = re.sub(r"(?<=[A-Za-z])ii(?=[bcdfghklmnprstz])",
               lambda m: m.group(0) if re.match(r"(?:str|platz|weg|gasse|kirch|tor|ring|allee|markt)", s[m.end():])
               and re.search(r"[A-Za-z]{4}$", s[:m.start()]) else "ü", s)
    return s


def _leaders(s: str) -> str:
    """Dotted or underlined fill-in leaders before a value ("Name: ........ Müller")."""
    return re.sub(r"^[.…_·\s]{2,}", "", s)


def _norm_name(raw: str) -> str | None:
    s = _ocr_spacing(_leaders(_spaces(raw))).strip(_EDGE_JUNK)
    if not re.search(r"[^\W\d_]", s):
        return None
    if re.search(r"[^\W\d_]{4,}\.$", s):
        s = s[:-1]  # "Götz.": a speck or the sentence's full stop, not an abbreviated name ("Joh.")
    # ".Fischer", "-Anna": no name starts with punctuation; a speck or a fill-in line's end
    s = re.sub(r"^[.,:;'`´\-]+(?=[^\W\d_])", "", s)
    # a role or a form of address before the name ("Inh. Jürgen" on a shop's letter, "Herrn Paul")
    # ("Herr" and "Frau" alone are surnames too: "Herr Thomas" may be Thomas Herr)
    return re.sub(r"^(?:Inh(?:aber(?:in)?)?\.?|Herrn|Hr\.|Fr\.|i\.\s?[AV]\.|z\.\s?Hd\.?)\s+(?=[^\W\d_]{2})", "", s)


#: German words written with a letter the OCR models lack, read without it ("Cafe" for "Café"); in
#: descriptions only (a business may call itself "Cafe Müller")
_FOREIGN_LETTER_WORDS = {"cafe": "café", "cafes": "cafés", "varietee": "varieté", "exposee": "exposé"}


#: small words inside a description that OCR sometimes reads with a capital ("Mehrfamilienhauses
#: Mit 6 Wohneinheiten", "Vermittlung VON Versicherungen"): never capitalised inside a German phrase
_SMALL_WORDS = {"mit", "und", "oder", "von", "vom", "zu", "zum", "zur", "für", "fuer", "der", "die", "das", "des",
                "dem", "den", "ein", "eine", "eines", "einer", "einem", "im", "am", "an", "auf", "aus", "bei",
                "in", "nach", "ohne", "sowie", "über", "unter"}


def _inner_full_stops(s: str) -> str:
    """ "Neubau eines. Einfamilienhauses", "Umbau. und Nutzungsänderung": a description is one
    phrase; a full stop glued to a word of five letters or more inside it is a speck
    (abbreviations are shorter: "inkl.", "ca.", "Nr."). Extraction drops one where the space was
    ("zu.Wohnung") and one at the end."""
    return re.sub(r"(?<=[^\W\d_]{5})\.(?= \S)", "", s)


def _small_words(s: str) -> str:
    if s.isupper():
        return s  # block capitals as printed ("ONLINE-HANDEL MIT KERAMIK"): no word was misread big
    words = s.split(" ")
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS and not words[i - 1].endswith((".", ":"))
                    else w for i, w in enumerate(words))


def _foreign_letters(s: str) -> str:
    def fix(m: re.Match) -> str:
        w = m.group(0)
        good = _FOREIGN_LETTER_WORDS.get(w.lower())
        if good is None or w.isupper():
            return w
        return good[0].upper() + good[1:] if w[0].isupper() else good
    return re.sub(r"[^\W\d_]+", fix, s)


def _norm_text(raw: str) -> str | None:
    # a dash before the first word is a speck or a leader, never part of the value
    s = _ocr_spacing(_leaders(_spaces(raw))).strip(_EDGE_JUNK).lstrip("-–—").strip(_EDGE_JUNK)
    return s or None


#: text fields that describe something in words (a trade, a building project)
DESCRIPTION_FIELDS = {"taetigkeit", "vorhaben"}
# a description cut where its line ended: it stops on a joining word or mark
_DANGLING = re.compile(r"(?:^|\s)(?:und|oder|mit|von|für|fuer|der|die|das|des|den|dem|ein|eine[mnrs]?|im|in|zur|zum|sowie|über|ueber|auf|an|am|aus|bei|zu|nach|durch|gegen|ohne|um|unter|vor|als|"
                       r"bzw\.?|&)$|[-,&/+]$", re.I)
#: text fields that hold the name of a place
PLACE_FIELDS = {"ort", "gemarkung"}


#: words that start a sentence of a letter, never a place's next word
_SENTENCE_START = r"Wir|Ich|Er|Sie|Es|Seit|Dort|Hier|Bitte|Dies|Diese[rs]?|Das|Die|Der|Mit|Vielen|Danke|Unsere?|Meine?"
#: a sentence's words (verbs, pronouns, adverbs written small) inside an address: "Die neue Adresse
#: ist Erfurter Straße 41", "Sömmerda wo wir seit" -- no street or place has them
_SENTENCE_WORDS = re.compile(r"(?<!\S)(?:ist|sind|bin|wohne|wohnen|wohnt|lautet|lauten|ich|wir|seit|dort|hier|"
                             r"habe|haben|hat|jetzt|nun|wurde|wird|werden|bitte)(?!\S)")


def _norm_place(raw: str) -> str | None:
    """A place as text, without the sentence's full stop after it ("Freiburg im Breisgau."); an
    abbreviation keeps its own ("Frankfurt a.M.", "Weil a. Rhein")."""
    s = _norm_text(raw)
    if s:
        # the contact line run on after the place ("Schorndorf Telefon 07181 6 38 09 14"): no
        # place's name has digits or a telephone's label in it
        s = re.sub(r"\s+(?:(?:Tel|Telefon|Fax|Mobil|Handy|E-?Mail)\b.*|\+?\d[\d /-]{4,}.*)$", "", s) or None
    if s:
        # the address's rest after a comma: a floor, a flat, a date ("Fulda, 3. OG rechts",
        # "Fulda, den 3. März"); a comma inside the name stays ("Halle, Saale", "Weil a, Rhein")
        s = re.sub(r"\s*,\s*(?:\d|(?:den|OG|EG|DG|UG|Stock|Etage|Whg|Wohnung|App|Apt|Zimmer|Zi|c/o|bei|"
                   r"Hinterhaus|Vorderhaus|Seitenflügel)\b).*$", "", s) or None
    if s:
        # the letter's next sentence run on after the place ("Sömmerda. Wir wohnen dort seit")
        s = re.sub(r"(?<=[^\W\d_]{3})\.\s+(?:" + _SENTENCE_START + r")\b.*$", ".", s) or None
    if s and re.search(r"[^\W\d_]{4,}\.$", s):
        s = s[:-1]
    if s:
        # a separator after the place ("Walldorf -" before the next item of a footer line): a
        # place's name never ends in a dash standing apart
        s = re.sub(r"\s+[-–—]+$", "", s) or None
    return s


#: the last word of a street's name before its house number
_STREET_END = re.compile(r"(?i)(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt|steig|pfad|"
                         r"graben|chaussee|tor|hof|berg|garten|anger|zeile|wall|kai|stieg|twiete)$")


def _norm_street(raw: str) -> str | None:
    """A street as text, its first letter a capital where OCR took the capital for its small twin
    of the same shape ("sülmerstraße"): s c o u v w x z."""
    s = _norm_text(raw)
    if not s:
        return s
    # a speck by the house number: "Rosenstraße. 73", "Mühlgasse.105" (where the space was),
    # "Lindenweg: 38" after a street word written out in full; "Jahnstr: 6", "Hauptstr.105" after
    # the abbreviation, which keeps its dot and a space
    s = re.sub(r"(?i)(straße|strasse|gasse|allee|platz|weg)[.:;,] ?(?=\d)", r"\1 ", s)
    s = re.sub(r"(?i)(str)[.:;,] ?(?=\d)", r"\1. ", s)
    # "Schloßgasse 100.", "Rosenstraße 87a.": the sentence's full stop or a speck after the number
    s = re.sub(r"(\d[a-zA-Z]?)[.,:;]+$", r"\1", s)
    words = s.split(" ")
    if len(words) > 1 and _STREET_END.search(words[-2]) and re.fullmatch(r"[lI][0-9]{0,2}[a-h]|[lI][0-9]{1,2}",
                                                                          words[-1]):
        # "Große Bergstraße la", "Hauptstr. l0": a house number whose 1 was read as l or I; a lone
        # "I" or "II" stays (a cell's wall read as a letter, or a numeral of the name)
        words[-1] = "1" + words[-1][1:]
    for i, w in enumerate(words):
        # the first word and the name word before the house number ("Im wiesengrund 7"), never an
        # inner adjective printed small ("Am oberen Tor 5")
        if i == 0 and w in _STREET_SMALL_WORDS and w[:1].isalpha() and len(words) > 1:
            words[0] = w[0].upper() + w[1:]  # "im Wiesengrund 11": a street name starts with a capital
            continue
        main = i == 0 or (i + 1 < len(words) and words[i + 1][:1].isdigit())
        if main and len(w) > 2 and w[0] in "scouvwxz" and w[1].islower() and w not in _STREET_SMALL_WORDS:
            words[i] = w[0].upper() + w[1:]
    return " ".join(words)


#: the small words inside street names ("Straße des 17. Juni", "Unter den Linden", "Am See")
_STREET_SMALL_WORDS = {"am", "an", "auf", "aus", "bei", "beim", "der", "die", "das", "dem", "den", "des", "im",
                       "in", "ob", "unter", "unterm", "vor", "von", "vom", "zu", "zum", "zur", "und", "hinter",
                       "über", "a.", "i.", "b.", "d."}


#: how German words may begin with two consonants (checked on place names: of the 10,256 in
#: classifiers/data/plz_orte.json.gz only Sorbian ones with marks fall outside)
_ONSETS = {"bl", "br", "ch", "dr", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "pf", "ph", "pl", "pr", "ps",
           "qu", "sc", "sk", "sl", "sm", "sn", "sp", "st", "sz", "th", "tr", "ts", "tw", "vl", "vr", "wr", "zw",
           "sh", "sw", "dw", "kh", "rh", "gh", "wh", "dh", "bh", "cl", "cr", "sr", "zs", "gm", "gs"}
_VOWELS = set("aeiouyäöüAEIOUYÄÖÜ")


_BACK_REFERENCE = re.compile(r"(?:wie|siehe|dito|ebenso|s\.\s?o\.?)(?:\s|$)", re.I)
_NO_STREET = re.compile(r"(?:zimmer|zi\.|wohnung|whg\.?|apartment|appartement|app\.|raum|etage|stock|og|eg|dg|"
                        r"postfach|c/o)\s*\d", re.I)


def _bracketed_place(place: str) -> bool:
    """Whether ``place`` is a German place whose name has a bracket ("Frankfurt (Oder)")."""
    from classifiers.places import bracketed_places

    if re.sub(r"\s+", " ", place).strip().casefold() in bracketed_places():
        return True
    # the official name's qualifier where the postcode list has the short postal name: "Oldenburg
    # (Oldb)", "Leer (Ostfriesland)", "Rotenburg (Wümme)" -- a known place and one or two capitalised
    # words in the bracket (a form's hint is in small letters: "(falls abweichend)", or has digits)
    from classifiers.places import known_place

    m = re.fullmatch(r"\s*([^()]+?)\s*\(([A-ZÄÖÜ][\w.\-]*(?:\s[A-ZÄÖÜ][\w.\-]*)?)\)\s*", place)
    return bool(m) and not re.search(r"\d", m.group(2)) and known_place(m.group(1)) \
        and not re.search(r"(?i)wohn|sitz|\bort\b|gemeinde|adress|anschrift|stra(?:ss|ß)e|angabe|bitte|falls|"
                          r"freiwillig|optional|bisher|neu|alt\b", m.group(2))


def _street_word_unclear(street: str) -> str | None:
    """A word of the street name that no German word starts like ("Friedrich-Fbert-Straße": an E
    read as F), or one starting with a small letter; else None."""
    for i, w in enumerate(re.split(r"[\s\-/().,]+", street)):
        if len(w) < 3 or not w[0].isalpha() or re.search(r"\d", w):
            continue
        if i == 0 and w[0].islower():
            return w  # a street name starts with a capital; inner words may be small ("am kalten Markt")
        a, b = w[0], w[1]
        if a.isupper() and a not in _VOWELS and b.isascii() and b.isalpha() and b not in _VOWELS \
                and (a + b).lower() not in _ONSETS:
            return w
    return None


# -- date ----------------------------------------------------------------------------------------

def _year4(y: int, ndigits: int, field: str | None) -> int:
    if ndigits == 4:
        return y
    if ndigits != 2:
        return -1
    year = 2000 + y if y <= 29 else 1900 + y
    return year


def _make_date(d: int, m: int, y: int, ndigits: int, field: str | None) -> str | None:
    year = _year4(y, ndigits, field)
    if year < 0:
        return None
    try:
        value = _dt.date(year, m, d)
    except ValueError:
        return None
    if ndigits == 2 and field in BIRTH_DATE_FIELDS and value > _today():
        try:
            value = value.replace(year=year - 100)
        except ValueError:
            return None
    return value.isoformat()


_NUMERIC_DATE = re.compile(r"^(\d{1,2})\s*[.,/\-]\s*(\d{1,2})\s*[.,/\-]\s*(\d{4}|\d{2})$")
_SPLIT_INSIDE = re.compile(r"^\d{1,2}[.,](?:\d\s\d[.,](?:\d{4}|\d{2})|\d{1,2}[.,](?:\d{2}\s\d{2}|\d\s\d{3}|\d{3}\s\d))$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORD_DATE = re.compile(r"^(\d{1,2})\s*[.,]?\s*([^\W\d_]+)\.?,?\s*(\d{4}|\d{2})$")


def _norm_date(raw: str, field: str | None = None) -> str | None:
    s = _spaces(raw).strip(" ,;:")
    s = re.sub(r"(?<=\d)[\]\[|]+$", "", s)  # a table's rule glued to the year: "14.08.1988]"
    s = re.sub(r"^(?:am|vom|den|seit|ab)\s+", "", s, flags=re.I)
    s = s.rstrip(".") if not _NUMERIC_DATE.match(s) else s
    # OCR tolerance: look-alike letters in digit runs; "03. 07. 1985" spacing
    parts = re.split(r"(\s+|[.,/\-])", s)
    s = "".join(_fix_digits(p, loose=True) if re.search(r"\d", p) else p for p in parts)
    m = _ISO_DATE.match(s)
    if m:
        return _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)), 4, field)
    m = _NUMERIC_DATE.match(s)
    if not m and _SPLIT_INSIDE.match(s):  # "18.1 2.1982", "18.12.19 82": OCR split the month or year
        m = _NUMERIC_DATE.match(re.sub(r"(?<=\d)\s(?=\d)", "", s))
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), len(m.group(3)), field)
    m = _WORD_DATE.match(s)
    if m:
        month = _MONTHS.get(m.group(2).lower())
        if month is None:
            return None
        return _make_date(int(m.group(1)), month, int(m.group(3)), len(m.group(3)), field)
    m = re.fullmatch(r"(\d{2})\s+(\d{2})\s+(\d{4})", s)
    if m:  # a form's comb boxes "TT MM JJJJ" filled in: "01 03 2028"
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), 4, field)
    m = re.fullmatch(r"(\d{1,2})[.,]\s?(\d{1,2})\s(\d{4})", s) or re.fullmatch(r"(\d{1,2})\s(\d{1,2})[.,]\s?(\d{4})", s)
    if m:  # one of the two full stops lost, the other read as a comma or kept: "19,02 1986", "19 02.1986"
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), 4, field)
    return None


# -- numbers -------------------------------------------------------------------------------------

def _norm_plz(raw: str) -> str | None:
    s = _spaces(raw)
    s = re.sub(r"^(?:D|DE)\s*-\s*", "", s)
    # a speck or quote glued to the number ("76137°", "’70173") is no digit of it
    tokens = [_fix_digits(t.strip("°'’‘\".:")) for t in re.split(r"[\s,;]+", s) if t]
    hits = [t for t in tokens if re.fullmatch(r"\d{5}", t)]
    if len(hits) == 1:
        return hits[0]
    # "701 73" split by OCR
    joined = "".join(tokens)
    if re.fullmatch(r"\d{5}", joined):
        return joined
    # an italic 1 read with a slash beside it ("751/75" for 75175), a cell wall inside the number:
    # one stray mark between five digits (the place beside it and the second reading still check)
    m = re.fullmatch(r"(\d{1,4})[/|](\d{1,4})", joined)
    if m and len(m.group(1) + m.group(2)) == 5:
        return m.group(1) + m.group(2)
    return None


def _norm_amount(raw: str) -> str | None:
    s = _spaces(raw)
    s = re.sub(r"(?i)\b(eur|euro)\b|€", " ", s).strip()
    parts = s.split()
    for prev, part in zip(parts, parts[1:]):
        # a space inside an amount is a thousands gap ("1 234,50") or sits beside its separator
        # ("1.234 ,50"); anything else is a second number -- the cents in a box of their own ("543 50",
        # "543 | 50"), a line number ("690 12"), a count ("690 2 Personen") -- never glued on
        if not (re.fullmatch(r"\d{3}(?:[.,]\d{1,2})?[.,]?", part) and re.search(r"\d$", prev)
                or part[:1] in ".," or prev[-1:] in ".," or prev in ("-", "+", "\u2212") or part in ("-", "+")):
            return None
    s = s.replace(" ", "")
    s = re.sub(r"(?<=[.,]\d\d)\.$", "", s)  # the sentence's full stop: "monatlich 1.186,90."
    neg = False
    if s.startswith("-") or s.endswith("-") and not re.search(r"[.,]-$", s):
        neg = s.startswith("-")
        s = s.strip("-")
    s = re.sub(r"[.,]-+$", ",00", s)  # "12,-" -> 12,00
    s = _fix_digits(s) if re.search(r"\d", s) else s
    if not re.fullmatch(r"\d[\d.,']*", s) or re.search(r"[.,']{2}", s):
        return None
    s = s.replace("'", "")
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        dec = "." if last_dot > last_comma else ","
        thousands = "," if dec == "." else "."
        intpart, frac = s.rsplit(dec, 1)
        if not re.fullmatch(r"\d{1,3}(?:" + re.escape(thousands) + r"\d{3})*", intpart):
            return None
    elif last_dot >= 0 or last_comma >= 0:
        sep = "." if last_dot >= 0 else ","
        groups = s.split(sep)
        if len(groups) > 2 or len(groups[-1]) == 3:  # thousands separator(s) only
            if not (re.fullmatch(r"\d{1,3}", groups[0]) and all(len(g) == 3 for g in groups[1:])):
                return None
            intpart, frac = "".join(groups), "00"
        else:
            intpart, frac = groups
    else:
        intpart, frac = s, "00"
    intpart = intpart.replace(".", "").replace(",", "")
    if not intpart or not re.fullmatch(r"\d{0,2}", frac):
        return None
    frac = (frac + "00")[:2]
    value = f"{int(intpart)}.{frac}"
    return ("-" + value) if neg else value


def _norm_integer(raw: str) -> str | None:
    s = _spaces(raw)
    tokens = [_fix_digits(t) for t in s.split(" ")]
    m = re.match(r"^\(?(\d+)\)?[.,;:]?$", tokens[0]) if tokens else None
    if not m:
        return None
    return str(int(m.group(1)))


# -- identifiers ---------------------------------------------------------------------------------

# more look-alikes where the check digits vouch for the result ("DEA2" is DE42)
_IBAN_LOOKALIKE = str.maketrans({"A": "4", "G": "6", "T": "7", "Q": "0", "U": "0", "J": "1"})


def _norm_iban(raw: str) -> str | None:
    s = re.sub(r"(?i)^\s*iban\s*:?", "", raw)
    s = re.sub(r"[\s\-.]", "", s).upper()
    # a country code read with a digit look-alike is not repaired: too risky
    if not re.fullmatch(r"[A-Z]{2}[0-9A-Z]{12,32}", s):
        return None
    if _iban.is_valid(s):
        return s
    # OCR tolerance: German IBANs are all digits after the country code
    if s.startswith("DE"):
        fixed = "DE" + s[2:].translate(DIGIT_LOOKALIKE).translate(_IBAN_LOOKALIKE)
        if re.fullmatch(r"DE\d{20}", fixed) and _iban.is_valid(fixed):
            return fixed
    return s


_PLATE = re.compile(
    r"^([A-ZÄÖÜ058]{1,3})(?:\s*[-:]\s*|\s+)([A-Z]{1,2})\s*-?\s*([0-9OIl]{1,4}|[0-9OIl](?:\s[0-9OIl]){1,3}|"
    r"[0-9OIl]{1,2}\s[0-9OIl]{1,2})\s*([EH])?$")
# area codes (Unterscheidungszeichen) with an umlaut whose plain spelling is no area code at all:
# OCR that drops the dots gives "TU", which can only be Tübingen's "TÜ" (DU, Duisburg, is left alone)
_UMLAUT_AREAS = {"TU": "TÜ", "FU": "FÜ", "LO": "LÖ", "GO": "GÖ", "HOX": "HÖX", "SUW": "SÜW",
                 "DUW": "DÜW", "KOT": "KÖT", "MUR": "MÜR", "LUN": "LÜN", "BUS": "BÜS"}
# in the letter parts of a plate, a digit is a misread letter ("5 - ET 67" is S-ET 67)
_LETTER_LOOKALIKE = str.maketrans({"0": "O", "5": "S", "8": "B"})


def _norm_plate(raw: str) -> str | None:
    s = _spaces(raw).strip(" ,;.\u2014\u2013_|")  # "KA-HZ5529.—": a fill-in line after it
    s = s.upper() if s.upper() == s or s.isupper() else s
    m = _PLATE.match(s.upper())
    if not m:
        return None
    area, letters, digits, suffix = m.groups()
    area, letters = area.translate(_LETTER_LOOKALIKE), letters.translate(_LETTER_LOOKALIKE)
    area = _UMLAUT_AREAS.get(area, area)
    if not (area + letters).isalpha():
        return None
    # digits written into boxes of their own come apart: "SN TD 3 18" is SN-TD 318
    digits = digits.replace(" ", "").translate(DIGIT_LOOKALIKE)
    if not digits.isdigit() or digits.startswith("0"):
        return None
    if len(area) + len(letters) + len(digits) > 8:
        return None
    return f"{area}-{letters} {digits}{suffix or ''}"


def _norm_reference(raw: str) -> str | None:
    # an en or em dash in a file number is a hyphen as typed (OCR and word processors turn one
    # into the other); the case index compares file numbers character by character
    # a fill-in line or box edge at either end is no part of it ("317/22_")
    # so is a quotation mark (a speck read as "‚4908", or "„32.1-2024/0042“" quoted in a letter)
    s = re.sub(r"\s+", "", raw).replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    # between digits, a bar is a slash and a comma or colon a full stop as typed ("21.4-2026|4093", "50,3-...")
    s = re.sub(r"(?<=\d)\|(?=\d)", "/", s)
    s = re.sub(r"(?<=\d)[,:](?=\d)", ".", s)
    before = None
    while s != before:  # each strip may lay bare another: "„32.1-2024/0042“)." in a sentence
        before = s
        s = s.strip(",;:_|\"'`´‚„“”‘’«»")
        if s.endswith(".") and not re.search(r"\.\d*\.$", s):
            s = s[:-1]
        if s.endswith(")") and "(" not in s:
            s = s[:-1]  # "(Az. 32.3-SN-0118/26)": the bracket closes around the number in a sentence
    if not re.search(r"[0-9A-Za-z]", s):
        return None
    half = len(s) // 2
    if half >= 5 and s[:half] == s[half:]:
        s = s[:half]  # "67.2-0418/202867.2-0418/2028": the number printed twice and read as one
    return s


_EMAIL = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}$")


def _norm_email(raw: str) -> str | None:
    s = re.sub(r"(?i)^\s*e-?mail\s*:?", "", raw)
    s = re.sub(r"\s+", "", s).lower().strip(",;:.<>()")
    s = s.replace("(at)", "@").replace("[at]", "@")
    return s if _EMAIL.match(s) else None


def _norm_phone(raw: str) -> str | None:
    s = re.sub(r"(?i)^\s*(tel(efon)?|mobil|handy|fon)\.?\s*:?", "", raw).strip()
    if re.search(r"[^\d\s+()/\-.OoIl]", s):
        return None
    s = s.translate(DIGIT_LOOKALIKE)
    plus = s.startswith("+")
    digits = re.sub(r"\D", "", s)
    if not 5 <= len(digits) <= 16:
        return None
    return ("+" if plus else "") + digits


_NORMALISERS = {
    "name": lambda raw, field: _norm_name(raw),
    "text": lambda raw, field: _norm_street(raw) if field == "strasse" else _norm_place(raw) if field in PLACE_FIELDS
    else _small_words(_foreign_letters(_inner_full_stops(_norm_text(raw) or ""))) or None if field in DESCRIPTION_FIELDS
    else _norm_text(raw),
    "date": lambda raw, field: _norm_date(raw, field),
    "plz": lambda raw, field: _norm_plz(raw),
    "amount": lambda raw, field: _norm_amount(raw),
    "integer": lambda raw, field: _norm_integer(raw),
    "iban": lambda raw, field: _norm_iban(raw),
    "plate": lambda raw, field: _norm_plate(raw),
    "reference": lambda raw, field: _norm_reference(raw),
    "email": lambda raw, field: _norm_email(raw),
    "phone": lambda raw, field: _norm_phone(raw),
}


def _check_kind(kind: str) -> None:
    if kind not in _NORMALISERS:
        raise ValueError(f"unknown field kind {kind!r}; known kinds: {', '.join(KINDS)}")


def normalize(kind: str, raw: str, *, field: str | None = None) -> str | None:
    """The normal form of ``raw`` read as ``kind``, or ``None`` when it cannot be read as that kind."""
    _check_kind(kind)
    if raw is None:
        return None
    raw = str(raw)
    if kind not in ("email", "reference"):  # "_" is part of an address or a file number
        # a fill-in line or box edge glued to the value: "1993_", "|70173"
        raw = re.sub(r"^[\s_|~]+|[\s_|~]+$", "", raw)
    if not raw.strip():
        return None
    if kind in ("name", "text") and _LETTER_FORMULA.match(raw.strip()):
        return None  # "Sehr geehrte Damen und Herren" under a form's label: a letter's words, no value
    return _NORMALISERS[kind](raw, field)


#: the small words of firm names ("Garten- und Landschaftsbau", "Praxis für Physiotherapie", "Zum
#: goldenen Hirsch", "Gesellschaft mit beschränkter Haftung")
_FIRM_SMALL_WORDS = _SMALL_WORDS | {"mbh", "gmbh", "ohg", "kg", "ag", "eg", "ug", "co", "goldenen", "alten",
                                    "beschränkter", "haftung", "et", "of", "the", "and", "de", "la"}
#: a letter's salutation or closing: never a name, place, description or firm
_LETTER_FORMULA = re.compile(r"(?:sehr geehrte[rs]?|guten tag|hochachtungsvoll)\b|(?:mit (?:den )?(?:freundlichen|besten|"
                             r"herzlichen)|freundliche|beste|viele) gr(?:ü|ue|u)(?:ß|ss)", re.I)


_INVALID = {
    "name": "Name fehlt oder ist unleserlich",
    "text": "Angabe fehlt oder ist unleserlich",
    "date": "Kein gültiges Datum",
    "plz": "Postleitzahl muss aus fünf Ziffern bestehen",
    "amount": "Kein gültiger Betrag",
    "integer": "Keine gültige Zahl",
    "iban": "IBAN ungültig: Format nicht erkannt",
    "plate": "Kein gültiges Kfz-Kennzeichen (Beispiel: S-AB 1234)",
    "reference": "Aktenzeichen/Nummer fehlt oder ist unleserlich",
    "email": "Keine gültige E-Mail-Adresse",
    "phone": "Keine gültige Telefonnummer",
}


#: the small words of names ("von Weizsäcker", "de la Cruz", "ten Brink")
NAME_PARTICLES = {"von", "van", "vom", "zu", "zum", "zur", "de", "der", "den", "di", "da", "del", "della",
                   "la", "le", "du", "dos", "das", "ten", "ter", "y", "e", "al", "el", "bin", "ibn", "und"}


#: a word with two capitals and then small letters: not how German names are written
_MIXED_CAPS = re.compile(r"[A-ZÄÖÜ]{2}[a-zäöüß]{2,}[.,]?")


def _mixed_caps(kind: str, norm: str, field: str | None) -> str | None:
    if kind == "name" or (kind == "text" and field in PLACE_FIELDS | {"strasse"}):
        w = next((w for w in re.split(r"[\s\-/]+", norm) if _MIXED_CAPS.fullmatch(w)), None)
        if w:
            # "ORweil" for "Oßweil", "MÜller": a small letter read as a capital inside a word
            return f"Schreibung unklar („{w}“)"
    return None


def validate(kind: str, value: str, *, field: str | None = None) -> str | None:
    """``None`` if ``value`` is a valid ``kind`` (after normalisation), else a short German message."""
    _check_kind(kind)
    norm = normalize(kind, value, field=field) if value is not None else None
    if norm is None:
        return _INVALID[kind]
    mixed = _mixed_caps(kind, norm, field)
    if mixed:
        return mixed
    if kind == "date":
        d = _dt.date.fromisoformat(norm)
        if field in BIRTH_DATE_FIELDS and d > _today():
            return "Geburtsdatum liegt in der Zukunft"
        if d.year < 1900:
            return "Datum unplausibel (vor 1900)"
        if d.year > _today().year + 10:
            return "Datum unplausibel (zu weit in der Zukunft)"
    elif kind == "iban":
        if not _iban.is_valid(norm):
            try:
                _iban.validate(norm)
            except InvalidChecksum:
                return "IBAN ungültig: Prüfsumme stimmt nicht"
            except InvalidLength:
                return "IBAN ungültig: falsche Länge"
            except InvalidComponent:
                return "IBAN ungültig: unbekanntes Land oder falscher Aufbau"
            except ValidationError:
                return "IBAN ungültig: Format nicht erkannt"
            return "IBAN ungültig: Prüfsumme stimmt nicht"
    elif kind == "text" and field in DESCRIPTION_FIELDS and norm[:1].islower():
        # "imbiss mit ...": a description starts with a capital; its first letter read small
        return "Anfangsbuchstabe klein (unleserlich?)"
    elif kind == "text" and field == "ort" and "(" in norm and not _bracketed_place(norm):
        # "Kappeln (zugleich Betriebsstätte)", "Kappeln (Hauptwohnsitz)": a remark in brackets, not a
        # place's own -- those are in the postcode list ("Halle (Saale)", "Burg (Spreewald)")
        return "Zusatz in Klammern, kein Ortsname"
    elif kind == "text" and field in DESCRIPTION_FIELDS and _DANGLING.search(norm):
        # "Handel mit gebrauchten Fahrrädern und": the line ended, the description did not
        return "Wert endet mitten im Satz (abgeschnitten?)"
    elif kind in ("text", "name") and norm.count("(") != norm.count(")"):
        # "Möbeln, Einzelhandel mit Textilien)": the tail of a form's hint in brackets, or a value
        # cut off inside one -- never a whole value
        return "Klammer ohne Gegenstück (Wert unvollständig?)"
    elif kind == "text" and field == "lieferant" and re.search(r"(?:^|\s)(?:Gm|Gmb|mb|Gmbh?\.|Co\.?\s?K|e\.\s?)$", norm):
        # "Müller-Lüdenscheidt & Söhne Gebäudereinigung Gm": the legal form cut off at the paper's edge
        return f"Firmenname unvollständig („{norm}“)"
    elif kind == "text" and field in DESCRIPTION_FIELDS and len(re.findall(r"[^\W\d_]", norm)) < 3:
        # "1:500", a site plan's scale beside "Bezeichnung des Vorhabens": no description
        return f"keine Beschreibung („{norm}“)"
    elif kind == "text" and field in PLACE_FIELDS | {"strasse"} and _SENTENCE_WORDS.search(norm):
        return f"Satz statt Anschrift („{norm}“)"
    elif kind == "text" and field == "lieferant" and len(
            [w for w in norm.split() if re.fullmatch(r"[a-zäöüß]{2,}", w) and w not in _FIRM_SMALL_WORDS]) >= 5:
        # (brands written small keep fewer: "eins energie in sachsen GmbH & Co. KG")
        # "Op al onze leveringen zijn de algemene voorwaarden van Parkwijs B.V.": the terms' sentence
        return f"Satz statt Firmenname („{norm}“)"
    elif kind == "text" and field == "strasse":
        if _BACK_REFERENCE.match(norm):
            # "wie 1", "wie oben", "s. o.": the form points at an address given elsewhere
            return f"Verweis statt Anschrift („{norm}“)"
        if _NO_STREET.match(norm):
            # "Zimmer 214": a hostel's room, a flat's number or a post box after the street, not the street
            return f"kein Straßenname („{norm}“)"
        w = _street_word_unclear(norm)
        if w:
            return f"Straßenname unklar („{w}“)"
    elif kind == "name":
        if re.search(r"[^\w\s'’.\-]|\d|_", norm):
            return "Name enthält unzulässige Zeichen"
        if any("ı" in part and re.search(r"[äÄß]", part) for part in re.split(r"[\s\-]+", norm)):
            # a Turkish dotless i in a name spelt with German letters ("Häbeı" for "Häberle": the end
            # of the name lost in a noisy scan, its last stroke read as "ı")
            return "Name unklar (Buchstaben aus verschiedenen Alphabeten)"
        if any(w[:1].islower() for w in re.split(r"[\s\-]+", norm) if w and w.lower() not in NAME_PARTICLES):
            # "rüger": a name's capital lost in the scan ("Krüger"), not a name written small
            return "Name beginnt mit Kleinbuchstaben (Anfangsbuchstabe unleserlich?)"
        if field in PERSON_NAME_FIELDS and any(_office_word(w) for w in re.split(r"[\s\-]+", norm) if w):
            # "Steuerabteilung", "Fachbereich Finanzen": the administration's own address block
            # (the letter's recipient) read as the applicant
            return "kein Personenname (Anschrift der Verwaltung oder einer Firma?)"
        if field in PERSON_NAME_FIELDS and all(re.fullmatch(r"[^\W\d_]{1,2}\.|[^\W\d_]", w) for w in norm.split() if w):
            # "J." from "J. Hoffmann" in a letter's signature or sender line, or a letter alone (a
            # box number or a mark read beside the label: "E"): an initial names no one;
            # the full name stands elsewhere on the page, or a person asks
            return "Name nur als Initiale"
    elif kind == "amount":
        if norm.startswith("-"):
            return "Betrag ist negativ"
    elif kind == "reference" and field == "aktenzeichen":
        if re.search(r"[./\-]", norm) and re.search(r"\d{8,}", norm):
            # "32.1-202614746": a file number with its own separators and then one long run of
            # digits has lost one to OCR (a "/" read as "1")
            return "Aktenzeichen unklar (Trennzeichen als Ziffer gelesen?)"
    elif kind == "reference" and field == "ust_id":
        if re.fullmatch(r"[A-Z]{2}[0-9A-Z]{2,13}", norm.upper()) and not _eu_vat.is_valid(norm.upper()):
            return "USt-IdNr. ungültig: Prüfziffer stimmt nicht"
        if not re.fullmatch(r"[A-Za-z]{2}[0-9A-Za-z]{2,13}", norm):
            return "USt-IdNr. ungültig: Format nicht erkannt"
    return None


#: fields that hold a person's name (not a company's)
PERSON_NAME_FIELDS = {"nachname", "vorname"}
#: words of an office's name that no person's name is made of (folded: umlauts as ae, oe, ue)
_OFFICE_WORDS = {"stadt", "gemeinde", "landkreis", "rathaus", "verwaltung", "fachbereich", "fachdienst",
                 "sachgebiet", "referat", "dezernat", "abteilung", "amt", "buergerbuero", "buergeramt",
                 "finanzen", "stadtkasse", "kaemmerei", "behoerde", "landratsamt", "ordnungsamt",
                 "bauamt", "bauordnungsamt", "steueramt", "sozialamt", "wohngeldstelle", "meldebehoerde",
                 # a firm's: a lawyer writing for a client, a company
                 "rechtsanwalt", "rechtsanwaelte", "rechtsanwaeltin", "kanzlei", "anwaltskanzlei", "notar",
                 "notariat", "steuerberater", "partnerschaft", "gmbh", "mbh", "ag", "kg", "ohg", "gbr", "ug",
                 "e.v", "firma", "gesellschaft",
                 # a trade's firm name signing a letter: "Kowalczyk Bedachungen", "Yilmaz Haustechnik",
                 # a practice's letterhead ("Physiotherapie K. Lütke") -- not "Bau" or "Handel", which are
                 # surnames too
                 "bauunternehmen", "bedachung", "bedachungen", "handwerk", "service", "services", "technik",
                 "transporte", "logistik", "consulting", "immobilien", "montagen", "werkstatt", "agentur",
                 "holding", "elektro", "sanitaer", "heizung", "gebaeudereinigung", "reinigung",
                 "dienstleistungen", "praxis",
                 # a farm's, a shop's or an inn's letterhead ("Hof Carstensen", "Weingut Müller")
                 "hof", "ferienhof", "hofladen", "weingut", "gasthof", "gasthaus", "landgasthof", "pension",
                 "cafe", "familie"}
_OFFICE_ENDINGS = ("abteilung", "verwaltung", "behoerde", "dezernat", "referat", "fachbereich",
                   "technik", "service", "dienste", "bedarf", "therapie", "praxis")
# endings of a trade's compound nouns ("Malerbetrieb", "Holzhandel", "Bestattungen", "Gärtnerei"),
# only where the word is longer than the ending -- "Handel" and "Jungen" alone are surnames
_FIRM_ENDINGS = ("betrieb", "handel", "ungen", "erei")
#: a trade's master title signing a letter ("Tischlermeister", "Fleischermeister"): a title, no name
_TRADES = {"tischler", "dachdecker", "fleischer", "maler", "baecker", "elektro", "elektroniker", "installateur",
           "sanitaer", "heizungsbauer", "kfz", "schornsteinfeger", "friseur", "konditor", "metzger", "schreiner",
           "zimmerer", "maurer", "klempner", "glaser", "fliesenleger", "raumausstatter", "steinmetz", "schlosser",
           "augenoptiker", "zahntechniker", "uhrmacher", "stuckateur", "karosseriebauer", "mechaniker", "polsterer",
           "gaertner", "landschaftsgaertner", "kaelteanlagenbauer", "metallbauer", "parkettleger", "rollladen"}


def _office_word(word: str) -> bool:
    from classifiers.layout import fold

    w = fold(word).strip(".,")
    return w in _OFFICE_WORDS or w.endswith(_OFFICE_ENDINGS) \
        or any(w.endswith(e) and len(w) >= len(e) + 4 for e in _FIRM_ENDINGS) \
        or (w.endswith(("meister", "meisterin")) and w.rsplit("meister", 1)[0] in _TRADES)


def normalize_field(field_name: str, raw: str) -> str | None:
    """Normalise ``raw`` as the kind the taxonomy gives ``field_name`` (unknown fields: ``text``)."""
    from classifiers.doctypes import taxonomy

    kind = taxonomy().field_kinds.get(field_name, "text")
    return normalize(kind, raw, field=field_name)


def validate_field(field_name: str, value: str) -> str | None:
    """``validate`` with the kind looked up in the taxonomy."""
    from classifiers.doctypes import taxonomy

    kind = taxonomy().field_kinds.get(field_name, "text")
    return validate(kind, value, field=field_name)


def same_value(kind: str, a: str, b: str) -> bool:
    """Whether two values are the same after normalisation, compared case-insensitively."""
    def norm(v: str) -> str:
        n = normalize(kind, v) if v is not None else None
        return (n if n is not None else _spaces(str(v or ""))).casefold()

    return norm(a) == norm(b)
