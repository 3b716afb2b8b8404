"""Page geometry for extraction: visual rows, phrases (runs of words separated by a wide gap) and a
reading-order text stream that maps character offsets back to word boxes.

Works on ``pipeline.model.Page`` word boxes only, so it behaves the same on tesseract words, text-layer
words and hand-built test pages. Rows are rebuilt from geometry (not from ``Word.line``) because OCR
engines often put a label and its value (far to the right, in another column) on different lines.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.model import PAGE_CONTENT, Page, Word


def plain(s: str) -> str:
    """Case-folded with every diacritic dropped ("Ayşe", "Łukasz", "Tübingen" -> "ayse", "lukasz",
    "tubingen"; ß -> ss): how a reading without marks compares with one that has them."""
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").casefold())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def fold(s: str) -> str:
    """Lower case, umlauts spelt out, ß as ss, single spaces: the form label patterns are written in."""
    s = unicodedata.normalize("NFC", s).lower()
    s = (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
         .replace("’", "'").replace("–", "-").replace("—", "-"))
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Token:
    word: Word
    page: int

    @property
    def text(self) -> str:
        return self.word.text

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.word.bbox

    @property
    def height(self) -> float:
        return max(1.0, self.word.bbox[3] - self.word.bbox[1])


@dataclass
class Phrase:
    page: int
    row: int  # index of the visual row on its page
    index: int  # position in the document's reading order of phrases
    tokens: list[Token]  # fixed once the layout is built: the derived values below are cached

    @cached_property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    @cached_property
    def bbox(self) -> tuple[float, float, float, float]:
        return union([t.bbox for t in self.tokens])

    @cached_property
    def height(self) -> float:
        return statistics.median(t.height for t in self.tokens)


@dataclass
class Row:
    page: int
    index: int
    phrases: list[Phrase] = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        return [t for p in self.phrases for t in p.tokens]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return union([p.bbox for p in self.phrases])


def union(boxes: list[tuple[float, float, float, float]] | list[list[float]]) -> tuple[float, ...]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass
class Layout:
    pages: list[Page]
    rows: list[Row]  # all rows of all pages, reading order
    phrases: list[Phrase]  # all phrases, reading order
    text: str  # rows joined by newlines, phrases by "  " (double space), words by " "
    spans: list[tuple[int, int, Token]]  # char offsets of every token in ``text``

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for s, e, t in self.spans if s < end and e > start]

    @cached_property
    def folded(self) -> str:
        """``text`` folded (:func:`fold`), once per layout."""
        return fold(self.text)

    def page_size(self, page: int) -> tuple[int, int]:
        for p in self.pages:
            if p.page == page:
                return p.width, p.height
        return (1, 1)


def _rows_of_page(page: Page) -> list[list[Token]]:
    words = [w for w in page.words if w.text and w.text.strip()]
    if not words:
        return []
    heights = [max(1.0, w.bbox[3] - w.bbox[1]) for w in words]
    med_h = statistics.median(heights)
    # letters or digits in a box under a quarter of the page's word height are no print: a rule's
    # or a grid's fragment read as "5", "nn", "TTTT" (a table's line taken for a household size)
    words = [w for w in words if (w.bbox[3] - w.bbox[1]) >= 0.25 * med_h or not any(ch.isalnum() for ch in w.text)]
    # rows are formed from the real words first: a speck read as "." between two words of a line,
    # its centre a little off the line's, would otherwise open a row of its own that the next words
    # of the same line then join ("Catering . und . Lieferung" split over two rows)
    # (only compact specks: a fill-in line read as "__." or a dash keeps its place as before)
    small = [w for w in words if (w.bbox[3] - w.bbox[1]) < 0.6 * med_h and not any(ch.isalnum() for ch in w.text)
             and (w.bbox[2] - w.bbox[0]) <= 2 * (w.bbox[3] - w.bbox[1]) + 4]
    words = [w for w in words if not any(w is x for x in small)]
    words.sort(key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0]))
    small.sort(key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0]))
    rows: list[list[Word]] = []
    centres: list[float] = []
    for w in words:
        c = (w.bbox[1] + w.bbox[3]) / 2
        h = max(1.0, w.bbox[3] - w.bbox[1])
        tol = 0.5 * min(max(h, med_h * 0.6), med_h * 2.0)
        if rows and abs(c - centres[-1]) <= tol:
            rows[-1].append(w)
            n = len(rows[-1])
            centres[-1] = centres[-1] + (c - centres[-1]) / n
        else:
            rows.append([w])
            centres.append(c)
    for w in small:  # each on a row of its own for now; joined to the row it sits inside of below
        rows.append([w])
        centres.append((w.bbox[1] + w.bbox[3]) / 2)
    # a tiny word (a hyphen, a dot read on its own) joins the row it sits inside of
    tiny = {i for i, r in enumerate(rows) if len(r) == 1 and (r[0].bbox[3] - r[0].bbox[1]) < 0.6 * med_h}
    # a dash read with a tall box hanging below its line ("32.1 - 2026/3422", the "-" boxed from the
    # line's middle to below its baseline) joins the line only where it sits BETWEEN two of its words
    lone = {i for i, r in enumerate(rows) if len(r) == 1 and i not in tiny
            and not any(ch.isalnum() for ch in r[0].text) and len(r[0].text) <= 2}
    keep = [i for i in range(len(rows)) if i not in tiny and i not in lone]
    moved: set[int] = set()
    for i in sorted(tiny | lone):
        w = rows[i][0]
        c = (w.bbox[1] + w.bbox[3]) / 2
        hosts = [j for j in keep if min(x.bbox[1] for x in rows[j]) - 2 <= c <= max(x.bbox[3] for x in rows[j]) + 2]
        if i in lone:
            hosts = [j for j in hosts if any(x.bbox[2] <= w.bbox[0] + 2 for x in rows[j])
                     and any(x.bbox[0] >= w.bbox[2] - 2 for x in rows[j])]
        if hosts:
            j = min(hosts, key=lambda j: abs(centres[j] - c))
            rows[j].append(w)
            moved.add(i)
    rows = [r for i, r in enumerate(rows) if i not in moved]
    rows.sort(key=lambda r: (statistics.median((w.bbox[1] + w.bbox[3]) / 2 for w in r), min(w.bbox[0] for w in r)))
    return [[Token(w, page.page) for w in sorted(r, key=lambda w: w.bbox[0])] for r in rows]


_RULES = {"|", "¦"}


def _phrases_of_row(tokens: list[Token]) -> list[list[Token]]:
    """Split a row where the gap between two words is much wider than a space."""
    if not tokens:
        return []
    out: list[list[Token]] = [[tokens[0]]]
    right = tokens[0].bbox[2]
    for prev, tok in zip(tokens, tokens[1:]):
        # from the right edge of the phrase so far: a speck read as "." inside a word's box ends
        # left of that word's end, and the gap after it is no gap
        gap = tok.bbox[0] - max(right, prev.bbox[2])
        # a box's vertical rule read as "|" between two cells' words ("Auszugs | Postleitzahl"):
        # the cells' texts are two phrases, the rule belongs to neither
        if prev.text in _RULES and len(out[-1]) > 1 and tok.text not in _RULES \
                and re.search(r"[^\W\d_]{2}", out[-1][-2].text) and re.search(r"[^\W\d_]{2}", tok.text):
            out[-1].pop()
            out.append([tok])
            right = tok.bbox[2]
            continue
        if gap > 1.3 * max(prev.height, tok.height):
            out.append([tok])
            right = tok.bbox[2]
        else:
            out[-1].append(tok)
            right = max(right, tok.bbox[2])
    return out


def build_layout(pages: list[Page]) -> Layout:
    rows: list[Row] = []
    phrases: list[Phrase] = []
    parts: list[str] = []
    spans: list[tuple[int, int, Token]] = []
    pos = 0
    for page in pages:
        if page.kind != PAGE_CONTENT:
            continue
        for ri, row_tokens in enumerate(_rows_of_page(page)):
            row = Row(page=page.page, index=ri)
            for group in _phrases_of_row(row_tokens):
                ph = Phrase(page=page.page, row=ri, index=len(phrases), tokens=group)
                row.phrases.append(ph)
                phrases.append(ph)
            rows.append(row)
            line_parts = []
            for pi, ph in enumerate(row.phrases):
                if pi:
                    line_parts.append("  ")
                    pos += 2
                for ti, tok in enumerate(ph.tokens):
                    if ti:
                        line_parts.append(" ")
                        pos += 1
                    spans.append((pos, pos + len(tok.text), tok))
                    line_parts.append(tok.text)
                    pos += len(tok.text)
            parts.append("".join(line_parts) + "\n")
            pos += 1
    return Layout(pages=pages, rows=rows, phrases=phrases, text="".join(parts), spans=spans)
