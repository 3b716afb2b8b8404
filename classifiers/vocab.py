"""Closed vocabularies that tell a misreading from a rare value.

A dog breed is one of a few hundred names. A breed read by OCR that is no breed but one or two
letters away from exactly one ("Bemer Sennenhund": "rn" read as "m") is most likely that breed
misread; a value far from every breed (a rare breed, a mix written out) is taken as read.
The list (``data/hunderassen.txt``) holds the breeds common in Germany by their German names.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from classifiers.distance import within
from classifiers.layout import plain

BREEDS = Path(__file__).parent / "data" / "hunderassen.txt"


@lru_cache(maxsize=1)
def _breeds() -> dict[str, str]:
    names = [ln.strip() for ln in BREEDS.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return {plain(n): n for n in names}


def known_breed(value: str) -> bool:
    """Whether ``value`` is a breed of the list, or a mix ("Labrador-Mischling", "Pudel-Mix")."""
    key = plain(value)
    return bool(key) and (key in _breeds() or "misch" in key or "mix" in key)


def breed_misread(value: str) -> str | None:
    """The breed ``value`` is a misreading of, or None (a breed, or nothing close to one)."""
    key = plain(value)
    breeds = _breeds()
    if not key or known_breed(value):
        return None
    limit = 1 if len(key) < 8 else 2
    close = [n for k, n in breeds.items() if abs(len(k) - len(key)) <= limit and within(key, k, limit)]
    return close[0] if len(close) == 1 else None


def breed_spelling(value: str) -> str | None:
    """The list's spelling of the breed ``value`` is, where ``value`` lacks only its marks
    ("Deutscher Schaferhund": the umlaut dots lost to OCR), else None."""
    name = _breeds().get(plain(value))
    return name if name is not None and name != value and name.casefold() != value.casefold() else None
