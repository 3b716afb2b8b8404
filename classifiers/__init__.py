"""Words to documents: document type, fields (normalised, validated, with confidence), review policy.

Public API (called by ``flows`` and ``review``)::

    analyse_document(pages, settings, doc_type=None, reread=None, cpu=None) -> Document
    load_models() -> object

See ``classifiers/README.md`` for the review policy and the thresholds.
"""

from __future__ import annotations

import re
import time
from datetime import date

from pipeline.model import (PAGE_CONTENT, STATUS_NEEDS_REVIEW, STATUS_ROUTED, Document, Page)
from pipeline.settings import Settings

__all__ = ["analyse_document", "load_models", "review_reasons"]


def load_models() -> object:
    """Load the trained models once per process (cached); returns the textcat pipeline or None."""
    from classifiers.classify import load_textcat

    nlp, _ = load_textcat()
    return nlp


_MISSING = "Pflichtfeld fehlt: "
#: types whose person files the application for themselves: a Gewerbe, a dog, a car, a building,
#: a household's rent. Not a registration of residence (a newborn is registered too) nor an
#: objection (a parent objects for a child)
_APPLICANT_TYPES = ("gewerbeanmeldung", "wohngeldantrag", "hundesteuer_anmeldung", "bewohnerparkausweis",
                    "bauantrag")
#: youngest age at which such an applicant is plausible
MIN_APPLICANT_AGE = 14


def review_reasons(doc: Document, settings: Settings, *, type_given: bool = False) -> list[str]:
    """Why a caseworker must look at ``doc`` first (empty: it may be routed)."""
    from classifiers.doctypes import FALLBACK_TYPE, taxonomy
    from classifiers.normalize import validate
    from classifiers.extract import HOUSE_NUMBER, same_reading
    from classifiers.layout import plain
    from classifiers.places import special_letters

    tax = taxonomy()
    dt = tax.doc_types.get(doc.doc_type) or tax.doc_types[FALLBACK_TYPE]
    reasons: list[str] = []
    if not type_given and doc.confidence < settings.type_threshold:
        reasons.append(f"Dokumenttyp unsicher ({doc.confidence:.0%})")
    for name in dt.required:
        f = doc.fields.get(name)
        if f is None or not f.value:
            reasons.append(f"{_MISSING}{name}")
            continue
        msg = validate(tax.kind(name), f.value, field=name)
        if msg:
            reasons.append(f"{name}: {msg}")
        elif f.confidence < settings.field_threshold:
            reasons.append(f"Feld unsicher: {name} ({f.confidence:.0%})")
    for name in dt.required + tuple(n for n in ("aktenzeichen",) if n not in dt.required):
        f = doc.fields.get(name)
        # two values of the field's kind were read about as surely: which is meant was decided by a
        # rule that may not hold on this layout (classifiers.extract._rival); a value set after it
        # was read (a place by its postcode, a digit by a second reading) may have become the other
        if f is not None and f.value and f.rival and not same_reading(name, f.value, f.rival):
            reasons.append(f"{name}: zwei Werte auf der Seite – „{f.value}“ oder „{f.rival}“?")
        elif f is not None and f.value and f.rival and name in ("nachname", "vorname") \
                and plain(f.value) != plain(f.rival):
            # the name printed twice and read with another letter each time ("Woliner" / "Wollner"):
            # at least one reading is wrong (classifiers.extract._spelling_rival)
            reasons.append(f"{name}: zwei Schreibweisen auf der Seite – „{f.value}“ oder „{f.rival}“?")
    street = doc.fields.get("strasse")
    if street is not None and street.value and "strasse" in dt.required:
        number = re.search(HOUSE_NUMBER + "$", street.value)
        if not re.search(r"\d", street.value):
            reasons.append(f"strasse: Hausnummer fehlt („{street.value}“)")  # cut off or not read
        elif number is None or re.search(r"\d\s+\d$", street.value) \
                or int(re.match(r"\d+", number.group(0)).group(0)) >= 1000:
            # "80 4": a letter misread; "1292" for "129 a": house numbers of four digits are rare
            reasons.append(f"strasse: Hausnummer unklar („{street.value}“)")
    place, plz = doc.fields.get("ort"), doc.fields.get("plz")
    if place is not None and place.value and (plz is None or not plz.value):
        from classifiers.places import known_place

        if not known_place(place.value):
            # no postcode beside it to check it by: a place no German postcode belongs to is a
            # misreading or no place at all (a sentence of a letter read under an "Ort" label)
            shown = place.value if len(place.value) <= 40 else place.value[:40].rsplit(" ", 1)[0] + " …"
            reasons.append(f"ort: Ort unbekannt („{shown}“)")
    born = doc.fields.get("geburtsdatum")
    if born is not None and born.value and doc.doc_type in _APPLICANT_TYPES \
            and validate("date", born.value, field="geburtsdatum") is None:
        from classifiers.normalize import _today, normalize

        b, today = date.fromisoformat(normalize("date", born.value, field="geburtsdatum")), _today()
        age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
        if age < MIN_APPLICANT_AGE:
            # another date of the form taken for the birth date ("seit 15.01.2026" beside a birth
            # date read as "30.06.1 990"), or a child's
            reasons.append(f"geburtsdatum: Geburtsdatum unplausibel für die antragstellende Person "
                           f"(„{born.value}“: {max(age, 0)} Jahre alt)")
    parcel = doc.fields.get("flurstueck")
    if parcel is not None and parcel.value and "/" not in parcel.value and len(re.sub(r"\D", "", parcel.value)) >= 6:
        # parcel numbers run to 4-5 digits, with "/" before a sub-number: "8700113" is "8700/13" read
        # with the slash as a 1
        reasons.append(f"flurstueck: Flurstücksnummer unklar („{parcel.value}“)")
    breed = doc.fields.get("hunderasse")
    if breed is not None and breed.value:
        from classifiers.vocab import breed_misread

        meant = breed_misread(breed.value)
        if meant:  # "Bemer Sennenhund": no breed, one misread letter from one
            reasons.append(f"hunderasse: Rasse prüfen („{breed.value}“ – gemeint „{meant}“?)")
    for name in ("nachname", "vorname"):
        f = doc.fields.get(name)
        usual = special_letters(f.value) if f is not None and f.value else None
        if usual and not usual[1]:
            reasons.append(f"Name prüfen: {name} „{f.value}“ oder „{usual[0]}“? (Buchstaben, die die "
                           f"Texterkennung nicht liest oder verwechselt)")
    plz, ort = doc.fields.get("plz"), doc.fields.get("ort")
    given, surname = doc.fields.get("vorname"), doc.fields.get("nachname")
    if given is not None and given.value and ort is not None and ort.value \
            and given.value.casefold() == ort.value.split(" ")[0].rstrip(",").casefold():
        # "Weimar" as the given name beside the place Weimar: the letterhead's town ("Stadt Weimar")
        # read for the name (surnames like their town are common: Hamm in Hamm, Roth in Roth)
        reasons.append(f"Name prüfen: vorname „{given.value}“ ist auch der Ortsname")
    if given is not None and surname is not None and given.value and surname.value:
        g, n = given.value.split(), surname.value.split()
        if len(g) >= 2 and len(n) >= 2 and g[0].casefold() == n[0].casefold():
            # "Nele Fitschen" under "Familienname" beside the given names "Nele Johanna": the name as
            # she is called, or a compound surname ("Abdul Karim" beside "Abdul Rahman")?
            reasons.append(f"Name prüfen: nachname „{surname.value}“ beginnt mit dem Vornamen „{g[0]}“")
    if plz is not None and ort is not None and plz.value and ort.value \
            and validate("plz", plz.value, field="plz") is None:
        from classifiers.places import check

        msg = check(plz.value, ort.value)  # one misread digit still makes five digits
        if msg:
            reasons.append(msg)
    from classifiers.extract import caption_as_value

    for name, f in doc.fields.items():
        if f.value and tax.kind(name) in ("name", "text") and caption_as_value(name, f.value):
            # "Geburtsdatum" filed as the surname: a form's caption read (or read again) where the
            # value was looked for -- a caption is never the value
            reasons.append(f"{name}: Beschriftung statt Wert („{f.value}“)")
    for name, f in doc.fields.items():
        if name in dt.required:
            continue
        msg = validate(tax.kind(name), f.value, field=name)
        if msg:
            reasons.append(f"{name}: {msg}")
        elif name == "aktenzeichen" and f.confidence < settings.field_threshold:
            # the Aktenzeichen decides the case file: never route on a doubtful one
            reasons.append(f"Feld unsicher: {name} ({f.confidence:.0%})")
    return reasons


class _Clock:
    """CPU seconds of this thread, added up by part into ``into`` (nothing when it is None)."""

    def __init__(self, into: dict[str, float] | None) -> None:
        self._into = into
        self._t = time.thread_time() if into is not None else 0.0

    def lap(self, part: str) -> None:
        if self._into is not None:
            now = time.thread_time()
            self._into[part] = self._into.get(part, 0.0) + now - self._t
            self._t = now


def analyse_document(pages: list[Page], settings: Settings, doc_type: str | None = None,
                     reread=None, cpu: dict[str, float] | None = None) -> Document:
    """Classify (unless ``doc_type`` is given) and extract the fields of one document's pages.

    ``reread`` (``pipeline.reread.read_regions`` with its settings bound, or None): before a
    document is let through, the values it would be routed on are read a second time from the
    page images and must agree (``classifiers.verify``). ``cpu``: receives the CPU seconds of
    this thread by part: ``classify`` (the type), ``extract`` (fields and review rules),
    ``verify`` (the second readings, including any made in this thread)."""
    from classifiers.classify import classify_text, title_text
    from classifiers.doctypes import taxonomy
    from classifiers.extract import extract_fields, restore_special_letters

    clock = _Clock(cpu)
    tax = taxonomy()
    content = [p for p in pages if p.kind == PAGE_CONTENT]
    numbers = [p.page for p in content]
    text = "\n".join(p.text for p in content)
    if doc_type is not None:
        if doc_type not in tax.doc_types:
            raise ValueError(f"unknown document type {doc_type!r}; known: {', '.join(tax.doc_types)}")
        doc = Document(pages=numbers, doc_type=doc_type, confidence=1.0, type_scores={doc_type: 1.0})
    else:
        res = classify_text(text, title_text(content))
        doc = Document(pages=numbers, doc_type=res.doc_type, confidence=round(res.confidence, 4),
                       type_scores={k: round(v, 4) for k, v in res.scores.items()})
    clock.lap("classify")
    doc.department = tax.department(doc.doc_type)
    unread: dict = {}
    doc.fields = extract_fields(content, doc.doc_type, unread) if content else {}
    reasons = [] if text.strip() else ["Kein Text erkannt"]
    reasons += review_reasons(doc, settings, type_given=doc_type is not None)
    missing = {r[len(_MISSING):] for r in reasons if r.startswith(_MISSING)}
    clock.lap("extract")
    if reread is not None and missing and missing <= set(unread):
        # every missing field's label is there, its value unreadable: read those spots again
        from classifiers.verify import recover_fields

        try:
            if recover_fields(doc, content, reread, {n: unread[n] for n in missing}):
                reasons = review_reasons(doc, settings, type_given=doc_type is not None)
        except RuntimeError as exc:  # tesseract failed on the reading: the fields stay missing
            reasons.append(f"Zweite Lesung nicht möglich ({exc})")
    if reread is not None and text.strip() and not any(
            r.startswith((_MISSING, "Dokumenttyp unsicher")) for r in reasons):
        # routable, or held back only by doubtful or invalid readings: a second reading settles it
        from classifiers.verify import verify_document

        try:
            doubts = verify_document(doc, content, reread)
        except RuntimeError as exc:  # tesseract failed on the second reading: a person decides
            doubts = {"_": f"Zweite Lesung nicht möglich ({exc})"}
        restore_special_letters(doc.fields)  # a name the readings settled on ("Renee" -> "Renée")
        reasons = [r for r in review_reasons(doc, settings, type_given=doc_type is not None)
                   if not any(r.startswith(f"Feld unsicher: {n} (") for n in doubts)]
        reasons += list(doubts.values())
    clock.lap("verify")
    from classifiers.extract import represented

    if represented(text) and set(tax.doc_types[doc.doc_type].required) & set(tax.person_fields):
        # a lawyer's, an association's, a carer's or a relative's letter for someone else: whose
        # matter it is, and whether the power of attorney covers it, is for a person to see
        reasons.append("Schreiben für eine andere Person (Vertretung/Vollmacht): Person und Vollmacht prüfen")
    clock.lap("extract")
    doc.reasons = reasons
    doc.status = STATUS_NEEDS_REVIEW if reasons else STATUS_ROUTED
    return doc
