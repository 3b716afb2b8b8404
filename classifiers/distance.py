"""Edit distance, the one implementation the project uses: character error rates of whole pages
(``classifiers.evaluate``, ``bench.ocr_quality``) and labels misread by OCR (``classifiers.extract``)."""

from __future__ import annotations


def levenshtein(a: str, b: str) -> int:
    """Levenshtein distance of ``a`` and ``b``, bit-parallel (Hyyrö 2003): fast enough in pure
    Python for page-long texts."""
    if a == b:
        return 0
    if not a:
        return len(b)
    if not b:
        return len(a)
    m = len(a)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = full, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def within(a: str, b: str, limit: int) -> bool:
    """Whether ``a`` and ``b`` are at most ``limit`` edits apart (the length difference alone
    rules most pairs out without computing anything)."""
    return abs(len(a) - len(b)) <= limit and levenshtein(a, b) <= limit
