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
import unicodedata
from functools import lru_cache
from pathlib import Path

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
    s = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u")  # Tuebingen = Tübingen = Tubingen
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _head(place: str) -> str:
    """The name without qualifier or district: "Esslingen am Neckar" -> "esslingen",
    "Frankfurt a. M." -> "frankfurt", "Stuttgart-Vaihingen" -> "stuttgart"."""
    words = _fold(place).split()
    return words[0] if words else ""


def known_plz(plz: str) -> bool:
    return plz in _table()[0]


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


def nearby_plz(plz: str, place: str) -> list[str]:
    """Postcodes of ``place`` that differ from ``plz`` in one digit (what OCR may have misread)."""
    codes = _table()[1].get(_head(place), [])
    return sorted(c for c in set(codes) if len(c) == len(plz) and sum(a != b for a, b in zip(c, plz)) == 1)


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
