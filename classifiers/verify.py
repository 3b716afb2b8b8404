"""A second reading of the fields a routing decision rests on.

OCR misreads that look perfectly plausible (``71648`` for ``71640``, ``TT-Service`` for
``IT-Service``, ``Gotz`` for ``Götz``) come with high confidence, so no threshold catches them.
Before a document is routed without a person, the values of its required fields and its
Aktenzeichen are read a second time from the page image with a different recognition set-up
(``pipeline.reread``), and the two readings are compared:

* they agree (ignoring case, surrounding punctuation and diacritics): the value is confirmed and
  its OCR confidence rises (two independent readings agreeing: ``1 - (1 - c1)(1 - c2)``); where
  only the second reading has the diacritics (``Kubler`` / ``Kübler``), its spelling is taken;
* they differ, or the second reading finds no value: the document goes to review with both
  readings named, whatever the confidences.

Only values read by OCR are checked (a born-digital text layer is exact). Plain data in, plain
data out: the caller passes the function that does the reading.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable

from classifiers.layout import plain
from pipeline.model import SOURCE_OCR, Document, Field, Page, Word
from pipeline.reread import Region

#: ``reread(regions) -> words per region``: :func:`pipeline.reread.read_regions` with its settings
Reader = Callable[[list[Region]], list[list[Word]]]


def fields_to_check(doc: Document, pages: list[Page]) -> list[str]:
    """The fields of ``doc`` whose second reading decides whether it may be routed: the type's
    required fields and the Aktenzeichen, where they were read by OCR from a page image."""
    from classifiers.doctypes import FALLBACK_TYPE, taxonomy

    from classifiers.normalize import validate

    tax = taxonomy()
    dt = tax.doc_types.get(doc.doc_type) or tax.doc_types[FALLBACK_TYPE]
    by_no = {p.page: p for p in pages}
    out = []
    invalid = [n for n, f in doc.fields.items() if validate(tax.kind(n), f.value, field=n) is not None]
    plz, ort = doc.fields.get("plz"), doc.fields.get("ort")
    if plz is not None and ort is not None and "plz" not in invalid:
        from classifiers.places import check

        if check(plz.value, ort.value):
            invalid += ["plz", "ort"]  # they do not belong together: read both again
    for name in list(dt.required) + ["aktenzeichen"] + invalid:
        f = doc.fields.get(name)
        if f is None or not f.value or not f.bbox or name in out:
            continue
        page = by_no.get(f.page)
        if page is None or page.source != SOURCE_OCR or not page.image_path:
            continue
        out.append(name)
    return out


def _fold(text: str) -> str:
    s = re.sub(r"\s+", " ", plain(text))
    return re.sub(r"^[\W_]+|[\W_]+$", "", s)


#: kinds whose own check (mod 97) makes a passing reading right
_CHECKSUM_KINDS = {"iban"}
#: kinds whose normal form is the printed characters without spaces and punctuation
_PRINTED_KINDS = {"plz", "iban", "phone", "reference", "integer"}


def _alnum(text: str) -> str:
    return re.sub(r"[\W_]+", "", _fold(text))


def _agrees(kind: str, value: str, reading: tuple[str, float] | None, words: list[Word]) -> bool:
    """Whether a second reading confirms ``value``: the same value, or (for numbers printed as
    they are stored) the value inside the reading with at most two stray characters beside it
    (a box edge read as "1": "176137" for "76137")."""
    if kind == "plate":
        # plates are printed in capitals: a reading with small letters ("PF - py") is unsure; a
        # cut-out of "KA-XC 5881" read "KAXC 5881" (the hyphen lost, every character alike) agrees.
        # In a cut-out of running text ("... Kennzeichen S Z 6972E (auf ...") that is some run of its words.
        want, texts = _alnum(value), [_alnum(w.text) for w in words]
        return any("".join(texts[i:j]) == want and not any(c.islower() for w in words[i:j] for c in w.text)
                   for i in range(len(texts)) for j in range(i + 1, len(texts) + 1))
    if reading is not None and _fold(reading[0]) == _fold(value):
        return True
    if kind in _PRINTED_KINDS and words:
        seen, want = _alnum(" ".join(w.text for w in words)), _alnum(value)
        return bool(want) and want in seen and len(seen) - len(want) <= 2
    return False


def _house_letter(text: str) -> str:
    """ "am wartberg 122 a" and "am wartberg 122a" are one reading: OCR keeps or drops that space
    (and takes a small "c", "o", "s" ... for its capital twin of the same shape)."""
    return re.sub(r"(?<=\d) (?=[a-zA-Z]$)", "", text).casefold()


def _sliver_letter(words: list[Word]) -> bool:
    """Whether the house number's letter read apart after its digits is a sliver no letter is: its
    box less than a quarter as wide as it is tall."""
    for prev, w in zip(words, words[1:]):
        if re.fullmatch(r"[a-zA-Z]", w.text) and re.search(r"\d$", prev.text):
            x1, y1, x2, y2 = w.bbox
            return (x2 - x1) < 0.25 * (y2 - y1)
    return False


_AMOUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:\.\d{3})+,\d{2}(?!\d)|(?<![\d,.])\d+,\d{2}(?!\d)")


def _cents(value: str) -> int | None:
    try:
        return round(float(value) * 100)
    except ValueError:
        return None


def _page_amounts(text: str) -> set[int]:
    """The amounts printed in German form on the page ("1.114,29", "211,71"), in cents."""
    got = (_cents(m.group(0).replace(".", "").replace(",", ".")) for m in _AMOUNT.finditer(text))
    return {c for c in got if c and c > 0}


def _is_total(value: str, text: str) -> bool:
    """Whether ``value`` (an amount in its normal form) is the sum of two or three other amounts
    printed on the page (``text``): net plus VAT, or net plus two VAT rates, as every German
    invoice shows them. A misread total is practically never such a sum."""
    want = _cents(value)
    if not want:
        return False
    parts = sorted(c for c in _page_amounts(text) if c < want)
    have = set(parts)
    for i, a in enumerate(parts):
        if want - a in have and want - a != a:
            return True
        for b in parts[i + 1:]:
            if want - a - b in have and want - a - b not in (a, b) and want - a - b > b:
                return True
    return False


def _net_plus_vat(text: str) -> set[int]:
    """Totals (in cents) implied by the page: a net amount plus a printed VAT amount that is 19 %
    or 7 % of it (to the cent), as German invoices print them; and where the invoice has both
    rates (plants and their planting, food and its delivery), a 19 % pair plus a 7 % pair."""
    got = sorted(_page_amounts(text))
    have = set(got)
    pairs: dict[int, list[tuple[int, int]]] = {19: [], 7: []}
    for net in got:
        for rate in (19, 7):
            vat = round(net * rate / 100)
            for v in (vat - 1, vat, vat + 1):
                if v > 0 and v in have and v != net:
                    pairs[rate].append((net, v))
    out = {net + v for rate in pairs for net, v in pairs[rate]}
    for n19, v19 in pairs[19]:
        for n7, v7 in pairs[7]:
            if len({n19, v19, n7, v7}) == 4:
                out.add(n19 + v19 + n7 + v7)
    return out


def invoice_total_doubt(doc: Document, text: str) -> str | None:
    """A German reason when the invoice total read does not fit net plus VAT printed on the page
    ("3.999,83" read for 4.672,13 + 887,70 = 5.559,83), else None."""
    f = doc.fields.get("betrag_brutto")
    if f is None or not f.value or _is_total(f.value, text):
        return None
    implied = _net_plus_vat(text)
    want = _cents(f.value)
    if not implied or want in implied:
        return None
    if len(implied) == 1:
        exp = next(iter(implied)) / 100
        return f"betrag_brutto: Betrag passt nicht zu Netto und MwSt. auf der Rechnung (erwartet {exp:.2f})"
    return "betrag_brutto: Betrag passt nicht zu Netto und MwSt. auf der Rechnung"


def _place_of(doc: Document) -> str:
    ort = doc.fields.get("ort")
    return ort.value if ort is not None else ""


def _plz_place_decides(f, r2: tuple[str, float] | None, place: str | None) -> bool:
    """The page's postcode, read as printed, belongs to the place beside it; the second reading differs in one
    digit ("14074" for "74074" Heilbronn, the first digit of a cut-out read without context) and
    is no postcode of that place: the place decides for the page."""
    from classifiers.places import plz_fits_place

    if r2 is None or not place or len(r2[0]) != len(f.value) or _alnum(f.raw or "") != _alnum(f.value) \
            or sum(a != b for a, b in zip(r2[0], f.value)) != 1:
        return False
    return plz_fits_place(f.value, place) is True and plz_fits_place(r2[0], place) is not True


def _slash_for_one(value: str, reading: str) -> bool:
    """Whether ``reading`` is ``value`` with one or more of its "1"s a "/" and nothing else changed."""
    return len(value) == len(reading) and value != reading \
        and all(a == b or (a == "1" and b == "/") for a, b in zip(value, reading))


def _marks(text: str) -> int:
    """How many letters of ``text`` carry a mark the plain spelling drops."""
    return sum(1 for ch in unicodedata.normalize("NFKD", text) if unicodedata.combining(ch)) \
        + sum(text.count(c) for c in "ßłŁ")  # not "ı": a dotless i is as often an i whose dot was lost


def second_value(name: str, words: list[Word]) -> tuple[str, float] | None:
    """(normalised value, mean OCR confidence of its words) read from ``words``, or None."""
    from classifiers.doctypes import taxonomy
    from classifiers.extract import best_value
    from classifiers.layout import Token

    if not words:
        return None
    got = best_value(taxonomy().kind(name), [Token(word=w, page=0) for w in words], name)
    if not got:
        return None
    value, _, used = got
    conf = statistics.fmean(t.word.confidence for t in used) if used else 0.0
    return value, conf


def _confirm(f, kind: str, name: str, value: str, conf: float) -> None:
    """``f``'s value is confirmed by another reading of ``value`` with confidence ``conf``."""
    from classifiers.extract import combine_confidence

    if _marks(value) > _marks(f.value) and conf >= 0.85:
        # "Kubler" read again as "Kübler": the dots were on the paper (but not from an unsure
        # reading: "Pfärrgasse" at 80 % is a speck, not the dots of "Pfarrgasse")
        f.value = value
    f.ocr_confidence = 1.0 - (1.0 - f.ocr_confidence) * (1.0 - conf)
    f.confidence = max(f.confidence, combine_confidence(kind, name, f.value, f.quality, f.ocr_confidence))


def _mentions(value: str, text: str) -> int:
    v = _fold(value)
    return text.count(v) if len(v) >= 4 else 0


def _take(f, kind: str, name: str, value: str, ocr: float) -> None:
    """``f`` takes ``value`` from readings of its cut-out whose OCR confidence is ``ocr``."""
    from classifiers.extract import combine_confidence

    f.value, f.raw = value, " / ".join(x for x in (f.raw, value) if x)
    f.ocr_confidence = ocr
    f.confidence = combine_confidence(kind, name, f.value, f.quality, f.ocr_confidence)


def _same_misreading(kind: str, f, r2: tuple[str, float] | None) -> bool:
    """A postcode set right by its place ("13734" beside Esslingen: 73734) read again as the
    same impossible postcode: the printed digit is hard to read, the place decided it."""
    return kind == "plz" and r2 is not None and bool(f.raw) and _alnum(f.raw) != _alnum(f.value) \
        and _alnum(r2[0]) == _alnum(f.raw)


def _settled(kind: str, name: str, f, r2: tuple[str, float] | None, words: list[Word]) -> bool:
    """Whether the second reading settles ``f``: it agrees, or (an IBAN) it passes the check
    digits the first reading failed."""
    from classifiers.normalize import validate

    if _agrees(kind, f.value, r2, words):
        return True
    if _same_misreading(kind, f, r2):
        return True
    return kind in _CHECKSUM_KINDS and r2 is not None and validate(kind, f.value, field=name) is not None \
        and validate(kind, r2[0], field=name) is None


def apply_readings(doc: Document, second: dict[str, list[Word]],
                   third: dict[str, list[Word]] | None = None, text: str = "") -> dict[str, str]:
    """Settle each field of ``second`` (field -> words of its second reading) by majority:

    * the second reading agrees with the value: confirmed;
    * else, where ``third`` has the field: the third reading agrees with the value (confirmed)
      or with the second reading (two cut-out readings against the page reading: the second
      reading's value is taken);
    * but where the page itself prints the value more than once, read the same each time
      (``text``: the document's words), and the cut-out readings' value less often, the
      repetition confirms it (a supplier's name in the letterhead, the address line and the
      footer);
    * else: a doubt, returned as {field: German reason} (both readings named); the field's
      confidence is halved.

    Confirmed values get the combined confidence of the agreeing readings."""
    from classifiers.doctypes import taxonomy

    from classifiers.normalize import validate

    tax = taxonomy()
    doubts: dict[str, str] = {}
    unsure: dict[str, tuple] = {}  # field -> (confidence before the doubt, second, third reading)
    agreed: set[str] = set()  # fields whose second reading agreed with the page
    folded_text = _fold(text)
    for name, words in second.items():
        f = doc.fields.get(name)
        if f is None:
            continue
        kind = tax.kind(name)
        r2 = second_value(name, words)
        if kind == "name" and r2 is not None and _fold(r2[0]) == _fold(f.value) \
                and r2[0].count("ı") != f.value.count("ı"):
            # "Aydın" against "Aydin": a dotless i printed, or the dot of an i lost in the scan
            doubts[name] = f"Name prüfen: {name} „{f.value}“ oder „{r2[0]}“? (i mit oder ohne Punkt)"
            f.confidence = round(f.confidence * 0.5, 4)
            continue
        if name == "strasse" and r2 is not None and r2[0] != f.value and _house_letter(r2[0]) == _house_letter(f.value):
            # "122 a" and "122a": OCR drops a narrow space far more often than it makes one up --
            # unless the letter standing apart is no letter's shape (a stroke a few pixels wide read
            # as "C" beside "32" of a printed "32c"): then the page's reading stands
            spaced = r2[0] if len(r2[0]) > len(f.value) else f.value
            if spaced == r2[0] and _sliver_letter(words):
                spaced = f.value
            _take(f, kind, name, spaced, 1.0 - (1.0 - f.ocr_confidence) * (1.0 - r2[1]))
            continue
        if kind in _CHECKSUM_KINDS and (r2 is None or r2[0] != f.value) and validate(kind, f.value, field=name) is None \
                and (r2 is None or validate(kind, r2[0], field=name) is not None):
            # the page's IBAN passes mod 97, the cut-out's reading fails it or reads none: the
            # misreading is the cut-out's
            _confirm(f, kind, name, f.value, f.ocr_confidence)
            continue
        w3 = third.get(name, []) if third else []
        r3 = second_value(name, w3) if w3 else None
        if kind == "reference" and r2 is not None and validate(kind, f.value, field=name) is not None \
                and validate(kind, r2[0], field=name) is None and _slash_for_one(f.value, r2[0]) \
                and r3 is not None and r3[0] == r2[0]:
            # "33.2-202411308" fails the file number's check, both cut-out readings say
            # "33.2-2024/1308": the slash the page reading took for a 1, character for character otherwise
            _take(f, kind, name, r2[0], r2[1])
            continue
        if _settled(kind, name, f, r2, words):
            if _agrees(kind, f.value, r2, words):
                agreed.add(name)
                _confirm(f, kind, name, f.value if r2 is None else r2[0], _conf(r2, words))
            elif _same_misreading(kind, f, r2):
                _confirm(f, kind, name, f.value, _conf(r2, words))
            else:  # a misread IBAN fails its check digits; a second reading that passes them is right
                _take(f, kind, name, r2[0], r2[1])
            continue
        if _digit_field(kind, name) and r2 is not None \
                and validate(kind, r2[0], field=name) is None and _other_digits(f.value, r2[0]):
            pass  # the second reading has other digits ("5.1.27" for "9.1.27"): two readings against
            # one is no certainty where one digit decides a date or a case; only the checks below settle it
        elif _agrees(kind, f.value, r3, w3):
            _confirm(f, kind, name, f.value if r3 is None else r3[0], _conf(r3, w3))
            continue
        if kind == "plz" and _plz_place_decides(f, r2, _place_of(doc)):
            _confirm(f, kind, name, f.value, f.ocr_confidence)
            continue
        if name == "betrag_brutto" and text:
            # net plus VAT printed on the invoice decide between the readings
            sums = [r for r in (f.value, r2 and r2[0], r3 and r3[0]) if r and _is_total(r, text)]
            if sums and all(r == sums[0] for r in sums):
                if sums[0] == f.value:
                    _confirm(f, kind, name, f.value, f.ocr_confidence)
                else:
                    _take(f, kind, name, sums[0], max(r[1] for r in (r2, r3) if r and r[0] == sums[0]))
                continue
        seen = _mentions(f.value, folded_text)
        if seen >= 2 and seen > max(_mentions(r2[0], folded_text) if r2 else 0,
                                    _mentions(r3[0], folded_text) if r3 else 0):
            _confirm(f, kind, name, f.value, f.ocr_confidence)  # read alike elsewhere on the page
            continue
        if kind == "reference" and r2 is not None and _digit_in_letter_group(f.value, r2[0]):
            # "32.4-OW-2028/0559" read by the cut-outs "32.4-0W-...": a file number's groups are
            # letters or digits, so the reading whose groups are not a mix of both is the print
            _confirm(f, kind, name, f.value, f.ocr_confidence)
            continue
        if r2 is not None and r3 is not None and _fold(r3[0]) == _fold(r2[0]) \
                and not _cut_short(f.value, r2[0]) and not _edge_lost(_printed(f), words) \
                and not _both_valid_other_digits(kind, name, f.value, r2[0]) \
                and not (kind == "reference" and _digit_in_letter_group(f.value, r2[0])):
            _take(f, kind, name, r2[0], 1.0 - (1.0 - r2[1]) * (1.0 - r3[1]))
            continue
        if r2 is None:
            doubts[name] = f"Feld unsicher: {name} (zweite Lesung ergibt keinen Wert)"
        else:
            doubts[name] = f"Feld unsicher: {name} (gelesen „{f.value}“, zweite Lesung „{r2[0]}“)"
        unsure[name] = (f.confidence, r2, r3)
        f.confidence = round(f.confidence * 0.5, 4)
    if "ort" in unsure and "plz" in agreed:
        # a short place name ("Ulm") in a cut-out of its own reads as nothing; the postcode, settled
        # by its own readings, is one of this place's: a misreading that lands on exactly the
        # postcode's place is no misreading (and a cut-out reading that is another place loses)
        from classifiers.places import plz_fits_place

        f, plz = doc.fields["ort"], doc.fields.get("plz")
        conf, r2, r3 = unsure["ort"]
        if plz is not None and plz.value and plz_fits_place(plz.value, f.value) is True \
                and all(r is None or plz_fits_place(plz.value, r[0]) is not True for r in (r2, r3)):
            del doubts["ort"]
            f.confidence = conf  # as before its readings: they added nothing, the postcode decided
    return doubts


def _lookalike_only(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in look-alike letters and digits (O/0, I/l/1, S/5...)."""
    from classifiers.normalize import DIGIT_LOOKALIKE

    return a != b and len(a) == len(b) and a.translate(DIGIT_LOOKALIKE) == b.translate(DIGIT_LOOKALIKE)


def _digit_in_letter_group(value: str, reading: str) -> bool:
    """Whether ``reading`` is the file number ``value`` with look-alike digits read into one of its
    groups of letters and nothing else changed ("32.4-0W-2028" for "32.4-OW-2028"): a file number's
    letter groups are abbreviations (OW, GrSt, BA), so a digit among their letters is a misreading.
    A letter among digits is not decided so ("B1-4711" may be printed so, or "81-4711")."""
    if not _lookalike_only(value, reading):
        return False
    split = r"([\s.\-/]+)"
    va, ra = re.split(split, value), re.split(split, reading)
    if len(va) != len(ra):
        return False
    changed = [(a, b) for a, b in zip(va, ra) if a != b]
    return bool(changed) and all(re.fullmatch(r"[^\W\d_]+", a) and re.search(r"\d", b) for a, b in changed)


def _only_adds(value: str, reading: str) -> bool:
    """Whether ``reading`` is ``value`` with words added (specks or a neighbour's print at the
    cut-out's edge read as "ER TER"): every word of the value, in order, and nothing changed."""
    want, got = _fold(value).split(), _fold(reading).split()
    it = iter(got)
    return len(got) > len(want) and all(any(g == w for g in it) for w in want)


def _marks_restored(value: str, reading: str) -> bool:
    """Whether ``reading`` is ``value`` with marks, full stops or hyphens that ``value`` lacks and
    nothing else changed: "Kaya & Söhne e.K." for "Kaya & Sohne eK", "Hans-Peter" for "Hans Peter".
    Binarising a faint page loses such small marks; it does not add them."""
    def counts(t: str) -> tuple[int, int, int]:  # a hyphen only between letters: "1-3" for "13" is another number
        return _marks(t), t.count("."), len(re.findall(r"(?<=[^\W\d_])-(?=[^\W\d_])", t))

    more, less = counts(reading), counts(value)
    return _alnum(reading) == _alnum(value) and all(m >= n for m, n in zip(more, less)) and more != less


def _cut_short(value: str, reading: str) -> bool:
    """Whether ``reading`` is ``value`` with its end missing ("Stuttgarter Str. 27" for "... 27b"):
    a cut-out loses what stands apart at its edge, so such readings do not outvote the page."""
    a, b = _alnum(value), _alnum(reading)
    return len(b) < len(a) and a.startswith(b)


def _printed(f) -> str:
    """What the page reading printed for ``f``: its raw text before any value the cut-outs gave
    (:func:`_take` appends that after " / ")."""
    return (f.raw or "").split(" / ")[0]


def _edge_lost(page_raw: str | None, words: list[Word]) -> bool:
    """Whether the cut-out's reading is the page's printed characters with some lost at either edge
    ("1.12.2026" for "31.12.2026": the first digit cut off or unseen at the cut-out's border)."""
    a, b = _alnum(page_raw or ""), _alnum(" ".join(w.text for w in words))
    return 0 < len(b) < len(a) and (a.endswith(b) or a.startswith(b))


def _conf(reading: tuple[str, float] | None, words: list[Word]) -> float:
    if reading is not None:
        return reading[1]
    return statistics.fmean(w.confidence for w in words) if words else 0.0


def _needs_third(doc: Document, second: dict[str, list[Word]]) -> list[str]:
    from classifiers.doctypes import taxonomy

    out = []
    for name, words in second.items():
        f = doc.fields.get(name)
        if f is not None and not _settled(taxonomy().kind(name), name, f, second_value(name, words), words):
            out.append(name)
    return out


def verify_document(doc: Document, pages: list[Page], reader: Reader) -> dict[str, str]:
    """Read the fields :func:`fields_to_check` names a second time with ``reader`` (and a third
    time, enlarged, those where the first two differ) and apply :func:`apply_readings`; returns
    the doubts."""
    from pipeline.reread import THIRD_LANG, THIRD_SCALE

    names = fields_to_check(doc, pages)
    if not names:
        return {}
    by_no = {p.page: p for p in pages}

    def regions(ns: list[str]) -> list[Region]:
        return [Region(by_no[doc.fields[n].page].image_path, tuple(doc.fields[n].bbox)) for n in ns]

    second = dict(zip(names, reader(regions(names))))
    third = None
    unsure = _needs_third(doc, second)
    if unsure:
        # each value on a sheet of its own: read together, the cut-outs change how each other is
        # read (the sheet's line heights and layout), and a decision must not hang on its neighbours
        third = {n: reader(regions([n]), lang=THIRD_LANG, scale=THIRD_SCALE)[0] for n in unsure}
    text = " ".join(w.text for p in pages for w in p.words)
    doubts = apply_readings(doc, second, third, text)
    doubts.update(wide_check(doc, [n for n in names if n not in doubts and n not in (third or {})],
                             reader, regions))
    doubts.update(grey_check(doc, [n for n in names if n not in doubts], reader, regions))
    if "betrag_brutto" in doc.fields and "betrag_brutto" not in doubts:
        why = invoice_total_doubt(doc, text)
        if why:
            doubts["betrag_brutto"] = why
    return doubts


#: fields whose digits decide where a document goes or whom it concerns
_DIGIT_FIELDS_KINDS = {"date", "plz", "reference", "amount"}


def _digit_field(kind: str, name: str) -> bool:
    """Whether the field's digits decide it: dates, postcodes, file numbers, amounts, a street's
    house number."""
    return kind in _DIGIT_FIELDS_KINDS or name == "strasse"


def _both_valid_other_digits(kind: str, name: str, value: str, reading: str) -> bool:
    """Whether ``value`` (the page's reading) and ``reading`` (the cut-outs') are both valid and a
    digit of one is another in the other ("1.440,00" and "1.449,00"; "5321" and "9321"): where
    the cut-out readings agree with each other against the page, they were right in 5 of 7 such
    cases over the seed sets (2026-12-05), far from what routing without a person needs, so a
    person decides. A page value that fails its check ("2907-11-11" as a birth date) is no
    contest."""
    from classifiers.normalize import validate

    return _digit_field(kind, name) and _other_digits(value, reading) \
        and validate(kind, value, field=name) is None and validate(kind, reading, field=name) is None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _other_digits(value: str, reading: str) -> bool:
    """Whether ``reading`` has as many digits as ``value`` and some of them other ones ("13" and
    "18"): a digit read as another. A digit more or fewer ("4822/2" read "482212", "41" read "4l")
    is a separator or a letter taken for a digit, which the value's own reading settled."""
    a, b = _digits(value), _digits(reading)
    return len(a) == len(b) and a != b


def wide_check(doc: Document, names: list[str], reader: Reader,
               regions: Callable[[list[str]], list[Region]]) -> dict[str, str]:
    """Read the digits of the values ``names`` that the page and the second reading agree on once
    more, enlarged and with the third reading's models (one sheet for all), and return {field:
    German reason} for those where it reads other valid digits.

    The page and the second reading see the cut-out at the same size, so a small date's "5" taken
    for a "9" or its "8" for a "3" can be misread alike by both; enlarged, the model sees other
    pixels. Which of two readings is right is not known, so a disagreement goes to a person."""
    from classifiers.doctypes import taxonomy
    from classifiers.normalize import validate
    from pipeline.reread import THIRD_LANG, THIRD_SCALE

    tax = taxonomy()
    # not amounts: enlarged on the sheet with the others they caught no misreading on the seed sets
    # and changed how the sheet's other values were read (ninth session)
    names = [n for n in names if _digit_field(tax.kind(n), n) and tax.kind(n) != "amount"
             and _digits(doc.fields[n].value)]
    if not names:
        return {}
    doubts: dict[str, str] = {}
    for name, words in zip(names, reader(regions(names), lang=THIRD_LANG, scale=THIRD_SCALE)):
        f = doc.fields[name]
        kind = tax.kind(name)
        r = second_value(name, words)
        if r is not None and _fold(r[0]) == _fold(f.value):
            _confirm(f, kind, name, f.value, r[1])  # one more reading, of other pixels, alike
            continue
        if r is None or validate(kind, r[0], field=name) is not None or not _other_digits(f.value, r[0]):
            continue  # nothing valid read (no evidence), or no digit read as another
        if _agrees(kind, f.value, r, words) or _cut_short(f.value, r[0]) or _edge_lost(_printed(f), words) \
                or _only_adds(f.value, r[0]) or _same_misreading(kind, f, r) \
                or (kind == "plz" and _plz_place_decides(f, r, _place_of(doc))):
            continue
        doubts[name] = f"Feld unsicher: {name} (gelesen „{f.value}“, vergrößert „{r[0]}“)"
        f.confidence = round(f.confidence * 0.5, 4)
    return doubts


def grey_check(doc: Document, names: list[str], reader: Reader,
               regions: Callable[[list[str]], list[Region]]) -> dict[str, str]:
    """Read the confirmed values ``names`` once more from the cleaned grey page, where the page
    pipeline kept one (noisy or low-resolution scans: ``pipeline.pages``), and return
    {field: German reason} for those it contradicts.

    Every reading so far saw the same binarised pixels, so they share its misreadings: umlaut
    dots or a letter's stroke lost to the threshold on a faint fax ("Muhiburg" for Mühlburg,
    "Sohne" for Söhne) are read alike by all of them. The grey cut-out still has what the
    threshold dropped. Where it reads a different valid value, that is not taken (a grey cut-out
    misreads too: "14081", "Wesıstraße"): the place decides a postcode as before, else a second
    grey reading (enlarged) that agrees with the page settles it, and otherwise a person looks.
    Readings that only add words at the cut-out's edge ("Mörikeweg ER TER 98"), lose its end or
    a leading digit, or differ in a house number's space are no contradiction."""
    from classifiers.doctypes import taxonomy
    from classifiers.normalize import normalize, validate
    from pipeline.reread import SECOND_LANG, THIRD_SCALE

    if not names:
        return {}
    doubts: dict[str, str] = {}
    for name, words in zip(names, reader(regions(names), source="gray")):
        f = doc.fields[name]
        kind = taxonomy().kind(name)
        r4 = second_value(name, words)
        if r4 is None or validate(kind, r4[0], field=name) is not None:
            continue  # no grey page, or nothing valid read: no evidence against the value
        if _fold(r4[0]) == _fold(f.value):
            _confirm(f, kind, name, f.value, r4[1])  # the grey page, which kept what the threshold dropped, alike
            continue
        if " / " in (f.raw or "") and _fold(r4[0]) != _fold(f.value) \
                and _fold(r4[0]) == _fold(normalize(kind, _printed(f), field=name) or ""):
            # the value came from the cut-outs against the page ("Ayge" for "Ayse"); the grey page
            # reads what the page read: two readings on each side, a person decides
            doubts[name] = f"Feld unsicher: {name} (gelesen „{_printed(f)}“, Ausschnitte „{f.value}“, im Graustufenbild „{r4[0]}“)"
            f.confidence = round(f.confidence * 0.5, 4)
            continue
        if _agrees(kind, f.value, r4, words) or (name == "strasse" and _house_letter(r4[0]) == _house_letter(f.value)) \
                or _cut_short(f.value, r4[0]) or _edge_lost(_printed(f), words) or _only_adds(f.value, r4[0]):
            continue
        if kind == "plz" and _plz_place_decides(f, r4, _place_of(doc)):
            continue
        w5 = reader(regions([name]), lang=SECOND_LANG, scale=THIRD_SCALE, source="gray")[0]
        r5 = second_value(name, w5)
        if _marks_restored(f.value, r4[0]) and r5 is not None and r5[0] == r4[0]:
            # both grey readings have the dots and marks the threshold dropped ("Sohne ... eK" for
            # "Söhne ... e.K."), letter for letter the same otherwise: the print had them
            f.value, f.raw = r4[0], " / ".join(x for x in (f.raw, r4[0]) if x)
            continue
        if _agrees(kind, f.value, r5, w5):
            continue
        doubts[name] = f"Feld unsicher: {name} (gelesen „{f.value}“, im Graustufenbild „{r4[0]}“)"
        f.confidence = round(f.confidence * 0.5, 4)
    return doubts


def recover_fields(doc: Document, pages: list[Page], reader: Reader, unread: dict[str, Field]) -> list[str]:
    """Fields whose label was found but whose value read as nothing ("geb. am 275.51"; ``unread``
    from :func:`classifiers.extract.extract_fields`): the spot is read twice more, with the second
    reading's set-up and with the third's, and a value both give alike and that passes its own
    check is taken into ``doc``. Returns the names taken."""
    from classifiers.doctypes import taxonomy
    from classifiers.normalize import validate
    from pipeline.reread import THIRD_LANG, THIRD_SCALE

    by_no = {p.page: p for p in pages}
    names = [n for n, f in unread.items() if f.bbox and f.page in by_no
             and by_no[f.page].source == SOURCE_OCR and by_no[f.page].image_path]
    if not names:
        return []
    regions = [Region(by_no[unread[n].page].image_path, tuple(unread[n].bbox)) for n in names]
    second = reader(regions)
    third = reader(regions, lang=THIRD_LANG, scale=THIRD_SCALE)
    taken = []
    for name, w2, w3 in zip(names, second, third):
        kind = taxonomy().kind(name)
        r2, r3 = second_value(name, w2), second_value(name, w3)
        if r2 is None or r3 is None or _fold(r2[0]) != _fold(r3[0]) \
                or validate(kind, r2[0], field=name) is not None:
            continue
        f = unread[name]
        _take(f, kind, name, r2[0], 1.0 - (1.0 - r2[1]) * (1.0 - r3[1]))
        doc.fields[name] = f
        taken.append(name)
    return taken
