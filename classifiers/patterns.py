"""Values recognisable by their shape anywhere on a page -- IBANs, e-mail addresses, VAT ids --
found with spaCy's rule :class:`~spacy.matcher.Matcher` over the OCR words.

The spaCy ``Doc`` is built from the OCR words themselves (``Doc(vocab, words=...)``), not by
running spaCy's tokenizer over the page text: the words keep their boxes one to one, and the
German tokenizer's habit of keeping a final period on dates and amounts or splitting "GmbH."
cannot misalign anything. A row break is a whitespace token no pattern crosses.
"""

from __future__ import annotations

from functools import lru_cache

from classifiers.layout import Layout, Token

_DOMAIN = r"^[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}[.,;]?$"


@lru_cache(maxsize=1)
def _matcher():
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("de")
    m = Matcher(nlp.vocab, validate=True)
    m.add("iban", [
        # "DE89 3704 0044 0532 0130 00", also with groups run together by OCR ("37040044")
        # in running text the last group carries the sentence's comma or full stop ("... 3450 04, BIC")
        [{"TEXT": {"REGEX": r"^[A-Z]{2}\d{2}$"}}, {"TEXT": {"REGEX": r"^[A-Z0-9]{2,8}$"}, "OP": "*"},
         {"TEXT": {"REGEX": r"^[A-Z0-9]{2,8}[.,;]?$"}}],
        [{"TEXT": {"REGEX": r"^[A-Z]{2}\d{2}[A-Z0-9]{4,30}[.,;]?$"}}],
        [{"TEXT": {"REGEX": r"^[A-Z]{2}\d{2}[A-Z0-9]{4,30}$"}}, {"TEXT": {"REGEX": r"^[A-Z0-9]{2,8}$"}, "OP": "*"},
         {"TEXT": {"REGEX": r"^[A-Z0-9]{2,8}[.,;]?$"}}],
    ], greedy="LONGEST")
    # in a letter's sentence an IBAN may wrap: "... auf mein Konto IBAN DE13 6205 0000 8425\n8270 03 – ...";
    # a key of its own, so the longest match across the break never hides a complete IBAN on one row
    # (the mod-97 check decides which reading stands)
    m.add("iban_wrapped", [
        [{"TEXT": {"REGEX": r"^[A-Z]{2}\d{2}$"}}, {"TEXT": {"REGEX": r"^[A-Z0-9]{2,8}$"}, "OP": "*"}, {"ORTH": "\n"},
         {"TEXT": {"REGEX": r"^[A-Z0-9]{2,8}$"}, "OP": "*"}, {"TEXT": {"REGEX": r"^[A-Z0-9]{2,8}[.,;]?$"}}],
    ], greedy="LONGEST")
    m.add("email", [
        [{"LIKE_EMAIL": True}],
        [{"TEXT": {"REGEX": r"^[\w.%+\-]+$"}}, {"ORTH": "@"}, {"TEXT": {"REGEX": _DOMAIN}}],
        [{"TEXT": {"REGEX": r"^[\w.%+\-]+@$"}}, {"TEXT": {"REGEX": _DOMAIN}}],
        [{"TEXT": {"REGEX": r"^[\w.%+\-]+$"}}, {"TEXT": {"REGEX": r"^@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}[.,;]?$"}}],
        # in angle brackets or quotes after a name ("Von: Lena Hoffmann <lena.h@gmx.de>")
        [{"TEXT": {"REGEX": r"^[<(\[\"'„]?[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}[>)\]\"'“]?[.,;:]?$"}}],
        # a space read before the top-level domain ("w.maucher@baeckerei-maucher .de")
        [{"TEXT": {"REGEX": r"^[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*$"}}, {"TEXT": {"REGEX": r"^\.(?:de|com|net|org|eu|info|at|ch)[.,;]?$"}}],
    ], greedy="LONGEST")
    m.add("ust_id", [
        [{"TEXT": {"REGEX": r"^DE\d{9}[.,;]?$"}}],
        [{"ORTH": "DE"}, {"TEXT": {"REGEX": r"^\d{9}[.,;]?$"}}],
        [{"ORTH": "DE"}, {"TEXT": {"REGEX": r"^\d{3}$"}}, {"TEXT": {"REGEX": r"^\d{3}$"}},
         {"TEXT": {"REGEX": r"^\d{3}[.,;]?$"}}],
    ], greedy="LONGEST")
    return nlp, m


def find(layout: Layout) -> list[tuple[str, list[Token]]]:
    """(label, tokens) of every match in reading order; label is ``iban``, ``iban_wrapped`` (across a
    row break), ``email`` or ``ust_id``."""
    from spacy.tokens import Doc

    nlp, matcher = _matcher()
    words: list[str] = []
    owners: list[Token | None] = []
    prev_end = None
    for start, end, tok in layout.spans:
        if prev_end is not None and "\n" in layout.text[prev_end:start]:
            words.append("\n")
            owners.append(None)
        words.append(tok.text)
        owners.append(tok)
        prev_end = end
    if not words:
        return []
    doc = Doc(nlp.vocab, words=words)
    out = []
    for match_id, s, e in sorted(matcher(doc), key=lambda m: (m[1], m[2])):
        toks = [t for t in owners[s:e] if t is not None]
        if toks:
            out.append((nlp.vocab.strings[match_id], toks))
    return out
