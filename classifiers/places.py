"""Does a postcode (PLZ) belong to the place written beside it?

An OCR slip in one digit of a PLZ still gives five digits, so the field kind's own check cannot
see it; the place printed beside it can. ``data/plz_orte.json.gz`` lists every German PLZ with the
places it serves (OpenStreetMap data, ODbL; see its ``about``). A PLZ that is not in the list, or
whose places do not include the written one, sends the document to review, with the postcodes
of that place one digit away as a hint for the caseworker.

Place names are compared leniently, as people write them: case, umlauts (``Tubingen``), the
qualifier left off or abbreviated (``Esslingen`` for ``Esslingen am Neckar``, ``Frankfurt a. M.``)
and districts (``Stuttgart-Vaihingen``) are all the same place.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from classifiers.layout import plain

DATA = Path(__file__).parent / "data" / "plz_orte.json.gz"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        plz = json.load(f)["plz"]
    by_place: dict[str, list[str]] = {}
    for code, places in plz.items():
        for p in places:
            by_place.setdefault(_head(p), []).append(code)
    return plz, by_place


def _fold(text: str) -> str:
    s = plain(text)
    s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u")  # Tuebingen = Tübingen = Tubingen
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _head(place: str) -> str:
    """The name without qualifier or district: "Esslingen am Neckar" -> "esslingen",
    "Frankfurt a. M." -> "frankfurt", "Stuttgart-Vaihingen" -> "stuttgart"."""
    words = _fold(place).split()
    return words[0] if words else ""


@lru_cache(maxsize=1)
def bracketed_places() -> frozenset[str]:
    """The places of the postcode list whose name has a bracket, case-folded ("halle (saale)")."""
    return frozenset(p.casefold() for places in _table()[0].values() for p in places if "(" in p)


def known_plz(plz: str) -> bool:
    return plz in _table()[0]


def known_place(place: str) -> bool:
    """Whether ``place`` is (the start of) the name of a German place with a postcode: "Esslingen
    am Neckar", "Stuttgart-Vaihingen", "Tuebingen". A sentence read as a place ("Ich arbeite mit
    einem Lastenrad ...") is not."""
    head = _head(place)
    return bool(head) and head in _table()[1]


def plz_fits_place(plz: str, place: str) -> bool | None:
    """True when ``place`` is (one of) the place(s) of ``plz``; False when it is not; None when
    the PLZ is not a German postcode at all."""
    places = _table()[0].get(plz)
    if places is None:
        return None
    folded = _fold(place)
    head = _head(place)
    for p in places:
        fp = _fold(p)
        if folded == fp or head == _head(p) or folded.startswith(fp + " ") or fp.startswith(folded + " "):
            return True
    return False


def place_for(plz: str, place: str) -> str | None:
    """The place of ``plz`` that ``place`` is a misreading of ("Heubronn", "Um." for 89077 Ulm):
    at most one letter in four wrong (one in a short name), and only one such place; else None."""
    from classifiers.distance import within

    places = _table()[0].get(plz)
    if not places or plz_fits_place(plz, place) is not False:
        return None
    got = _fold(place)
    hits = set()
    for p in places:
        want = _fold(p)
        limit = max(1, len(want) // 4)
        if within(got, want, limit) or within(got, _head(p), limit):
            hits.add(p)
    return hits.pop() if len(hits) == 1 else None


def place_case(plz: str, place: str) -> str | None:
    """The place of ``plz`` spelt as the postcode table spells it, where ``place`` is that name
    with the case of a letter wrong ("Freiburg IM Breisgau": a small word read in capitals), its
    umlaut dots lost or a space read inside a word ("Tubingen", "Freiburg im Brei sgau"), or
    one letter of its qualifier misread ("Esslingen um Neckar"; the name itself matches); None
    when they are alike, differ otherwise, or ``place`` is set in capitals throughout."""
    from classifiers.distance import within

    if place.isupper():
        return None
    hits = set()
    for p in _table()[0].get(plz) or []:
        if p == place:
            return None
        if p.casefold() == place.casefold():
            return p
        if _fold(p).replace(" ", "") == _fold(place).replace(" ", ""):
            return p  # "Tubingen" (the dots lost on a faint scan), "Freiburg im Brei sgau"
        if _head(p) == _head(place) and len(p.split()) == len(place.split()) > 1 \
                and within(place.casefold(), p.casefold(), 1):
            hits.add(p)
    return hits.pop() if len(hits) == 1 else None


def nearby_plz(plz: str, place: str) -> list[str]:
    """Postcodes of ``place`` that differ from ``plz`` in one digit (what OCR may have misread)."""
    codes = _table()[1].get(_head(place), [])
    return sorted(c for c in set(codes) if len(c) == len(plz) and sum(a != b for a, b in zip(c, plz)) == 1)


def plz_by_place(plz: str, place: str) -> str | None:
    """The postcode ``plz`` was misread from, going by the place printed beside it: only where
    ``plz`` is no German postcode at all and exactly one postcode of ``place`` differs from it
    in one digit ("13734" beside "Esslingen am Neckar": 73734); else None."""
    if not re.fullmatch(r"\d{5}", plz or "") or known_plz(plz):
        return None
    near = nearby_plz(plz, place)
    return near[0] if len(near) == 1 else None


def plz_within(digits: str, place: str) -> str | None:
    """The postcode of ``place`` inside a run of 6 or 7 digits that OCR read for a five-digit
    postcode (a box edge or a dashed fill-in line read as digits: "173732", "7613300"): exactly one
    five-digit window that is a postcode of ``place``; else None."""
    if not re.fullmatch(r"\d{6,7}", digits or ""):
        return None
    hits = {digits[i:i + 5] for i in range(len(digits) - 4)}
    hits = {h for h in hits if plz_fits_place(h, place) is True}
    return hits.pop() if len(hits) == 1 else None


def check(plz: str, place: str) -> str | None:
    """A German reason for the caseworker when PLZ and place do not fit together, else None."""
    fits = plz_fits_place(plz, place)
    if fits is True:
        return None
    hint = nearby_plz(plz, place)
    tip = f" (vielleicht {' oder '.join(hint[:3])}?)" if hint else ""
    if fits is None:
        return f"PLZ {plz} gibt es nicht{tip}"
    return f"PLZ {plz} passt nicht zu {place}{tip}"


# -- names whose letters the installed OCR models cannot read ------------------------------------------

#: Given names and surnames common in Germany that are written with letters outside the German and
#: English OCR models (Turkish ş ç ğ, French é è ë ï, Polish ł ś ą ę, Spanish ñ á ó): tesseract reads
#: "Ayşe" as "Ayse" with full confidence. For the names below the usual spelling by far outweighs the
#: plain one, so a plain reading is put back to it (the review app shows the page beside it).
_RESTORE = (
    "Ayşe Ayşegül Ayşenur Şule Şeyma Büşra Gülşen Çağla Çağrı Tuğba Buğra Ertuğrul Şükrü Barış Gökçe "
    "Işıl Şahin Çelik Doğan Kılıç Erdoğan Çakır Şimşek Güneş Ateş Yiğit Özdoğan Çetin Uğur Tuğçe "
    "Gülçin Renée Anaïs Jérôme Françoise François Gaël Maëlle Łukasz Małgorzata Wójcik Wiśniewski "
    "Dąbrowski Kozłowski Jędrzej Mikołaj Bożena Grażyna Sławomir Radosław Jarosław"
).split()
#: German names with umlauts whose plain spelling is rare (Muller, Bohm, Jurgen): the dots lost on
#: a faint scan are put back. Names common both ways (Kramer/Krämer, Kuhn/Kühn, Gunther/Günther,
#: Gross/Groß) are not listed: they are read as printed.
_RESTORE += (
    "Müller Schäfer Schröder Köhler Krüger König Jäger Böhm Böhme Möller Förster Böttcher Schütz "
    "Jürgens Fröhlich Hübner Gärtner Brückner Bürger Göbel Löffler Dürr Dörr Häberle Stäbler Kübler "
    "Gröner Bräuninger Hähnel Schönfeld Glück Lübke Lüdtke Köster Höhne Wölfel Götz Röder Rühl "
    "Höfer Lüdenscheidt Bähr Jörg Jürgen Günter Björn Sören Bärbel Jörn Käthe Özlem Öztürk Süleyman "
    "Gülay Hülya Türk Güler Gökhan Ölmez Özdemir Özcan Öztürk Ünal"
).split()
#: ... and for these the plain spelling is common in Germany too (Zoe and Zoë, Melanie and
#: Mélanie, Maria and María): a person looks at the paper -- unless it is one of the everyday
#: German names in ``_GERMAN``, which are left alone.
_ASK = ("Zoë Zoé René André Noël Joël Léa Inès José Chloé Chloë Élise Loïc Hervé Benoît Gérard Hélène "
        "Raphaël Céline Frédéric Michèle Noémie Valérie Cécile Désirée Aurélie Jesús Andrés Ramón "
        "Núñez Muñoz Peña Ibáñez García Martínez González Pérez Sánchez Gómez Jiménez Paweł Michał "
        "Stanisław").split()
#: Turkish names written with the dotless ı, read as printed: a name with an ı outside these and
#: the lists above may be an i whose dot a noisy scan lost ("Rossı" for Rossi) -- a person looks
_DOTLESS = frozenset(plain(n) for n in (
    "Yılmaz Aydın Yıldız Yıldırım Kılınç Işık Sarı Altın Altıntaş Akın Çalışkan Yazıcı Kılıç Aslı "
    "Balcı Tatlı Kırmızı Kıvanç Karakış Yalçın Aydınlı Kırlı Akıncı Ilıcak Işıl Çağrı Sıla Nazlı "
    "Ilgın Aylın Aysın Kısmet Fırat Tarık Fatıma Işın Kıymet Cıvan Alkış Avcı Sarıkaya Arıkan Aslıhan "
    "Rıza Hakkı Kazım Hacı Akyıldız Altınkaya Sarıgül Tırpan Kırca Kıvrak Yıldırımlı Karakaya Sarıoğlu").split())
_GERMAN = {"maria", "sofia", "lucia", "melanie", "stephanie", "amelie", "therese", "andreas", "rene",
           "andre", "lea", "ines", "helene", "raphael", "celine", "valerie", "chloe", "noemi", "elise",
           "leon", "joel", "noel", "jose"}


@lru_cache(maxsize=1)
def _special_names() -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    for names, restore in ((_RESTORE, True), (_ASK, False)):
        for n in names:
            bare = plain(n)
            if bare != n.casefold():
                out.setdefault(bare, (n, restore))
    return out


#: what the OCR models make of the letters they lack ("Renée" read "Rende", "Ayşe" read "Ay$e")
_MISREAD = {"é": "edcó6ö", "è": "ec", "ê": "ec", "ë": "ec6ö", "ï": "il1", "î": "il", "ş": "s5$", "Ş": "S5$",
            "ç": "c", "Ç": "C", "ğ": "gq9", "ı": "il1", "ł": "lt1I", "Ł": "L", "ñ": "nfi", "á": "aà", "ó": "o6ö",
            "í": "il1", "ą": "a", "ę": "ec", "ś": "s", "ń": "n", "ô": "oö"}


#: names common in Germany with "rn", which OCR reads as "m" ("Wemer", "Bemd", "Amold"): a name read
#: so is put to a person with the usual name proposed
_RN_NAMES = ("Werner Bernd Bernhard Bernhardt Arno Arne Arnold Arndt Gernot Bernadette Björn Jörn Horn "
             "Kern Körner Berner Hornung Kerner Dorn Zorn Hörner Warnke Thurner Sterner Bernauer").split()


_ACCENTED_VOWELS = set("éèêëïîáóíôÉ")


@lru_cache(maxsize=1)
def _misread_names() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for n in _RESTORE + _ASK:
        if not any(ch in _MISREAD for ch in n):
            continue
        # in a longer name with one accented vowel, that vowel read as any letter ("Rense" for Renée);
        # else only as its usual look-alikes ("Lia" is a name of its own, not "Léa"; "Güner" not "Güneş")
        loose = len(n) >= 5 and sum(ch in _MISREAD for ch in n) == 1
        rx = "".join((r"[^\W\d_]" if loose and ch in _ACCENTED_VOWELS else f"[{re.escape(_MISREAD[ch])}]")
                     if ch in _MISREAD else re.escape(ch) for ch in n)
        out.append((re.compile(rx, re.I), n))
    for n in _RN_NAMES:
        out.append((re.compile(re.escape(n).replace("rn", "(?:rn|m)"), re.I), n))
    return out


def special_letters(name: str) -> tuple[str, bool] | None:
    """For a name read without (or with other) letters than its usual spelling, which the OCR
    cannot read: (``name`` with its usual spelling put back, whether to put it back without
    asking). ``Ayse`` -> (``Ayşe``, True), ``Zoe`` or ``Zoé`` -> (``Zoë``, False); None for any
    other name."""
    specials = _special_names()
    parts = re.split(r"([\s\-]+)", name)
    changed, sure = False, True
    for i, part in enumerate(parts):
        hit = specials.get(plain(part)) if part else None
        if hit and (plain(part) in _GERMAN or part.casefold() == hit[0].casefold()):
            hit = None  # "Maria", "Melanie": everyday German names; or read as usually spelt
        if hit:
            usual, restore = hit
            parts[i] = usual if part[:1].isupper() or not part[:1].isalpha() else usual.lower()
            if part.isupper():
                parts[i] = usual.upper()
            changed, sure = True, sure and restore
        elif part and re.fullmatch(r"[^\W\d_]{2,}[iI][éÉ]", part):
            # "Jovanovié": the South Slavic "-ić" the models lack, read as the é they have; no name
            # ends so otherwise -- a person looks
            parts[i] = part[:-1] + ("Ć" if part[-1] == "É" else "ć")
            changed, sure = True, False
        elif part and "ı" in part.casefold() and plain(part) not in specials and plain(part) not in _DOTLESS \
                and part.count("ı") == 1 and not re.search(r"[çşğİÇŞĞ]", part):
            # (a name with ç, ş, ğ or two ı is Turkish as printed: "Kılıçoğlu", "Çınar", "Yağız")
            # an ı in a name not known to have one: an i whose dot was lost, or a Turkish name
            # the lists lack -- a person looks ("Rossı" or "Rossi"?)
            parts[i] = part.replace("ı", "i")
            changed, sure = True, False
        elif part and plain(part) not in _GERMAN and plain(part) not in specials:
            # a letter the models lack read as another one: "Rende" for "Renée" -- a person looks
            usual = next((n for rx, n in _misread_names() if rx.fullmatch(part) and n.casefold() != part.casefold()),
                         None)
            if usual:
                parts[i] = usual
                changed, sure = True, False
    return ("".join(parts), sure) if changed else None
