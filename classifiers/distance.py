"""Edit distance, the one implementation the project uses: character error rates of whole pages
(``classifiers.evaluate``, ``bench.ocr_quality``) and labels misread by OCR (``classifiers.extract``).

rapidfuzz computes it (bit-parallel, in C++): the label matching asks for it ~700 times a page,
and the pure-Python bit-parallel version this replaced cost 7 µs a call against 0.3 µs.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein as _Levenshtein


def levenshtein(a: str, b: str) -> int:
    """Levenshtein distance of ``a`` and ``b`` (insertions, deletions and substitutions of one
    character, each costing 1)."""
    return _Levenshtein.distance(a, b)


def within(a: str, b: str, limit: int) -> bool:
    """Whether ``a`` and ``b`` are at most ``limit`` edits apart (the length difference alone
    rules most pairs out without computing anything)."""
    return abs(len(a) - len(b)) <= limit and _Levenshtein.distance(a, b, score_cutoff=limit) <= limit
