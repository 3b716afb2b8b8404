"""Administrative forms in several layout families.

A form is described once as sections of rows (label + filled-in value, pairs of those, check box
questions, small print) and then laid out by one of four families, as real German forms are:

- ``labelleft``: label on the left, value to its right (often on a dotted or solid line);
- ``boxed``: bordered cells with a small label at the top and the value written inside;
- ``table``: a grid with a shaded label column and a value column;
- ``sections``: numbered sections ("1. Angaben zur Person", "1.1 Familienname: ...").

Fill-in values are drawn in another font (typewriter, handwriting-ish italic, or a different sans),
often in blue, as a person would fill in a printed form.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .layout import Box, Line, PageLayout, Rect, Text, scribble, text_width_mm, wrap

FAMILIES = ["labelleft", "boxed", "table", "sections"]


@dataclass
class F:
    label: str
    runs: list[tuple[str, str | None]]  # the filled-in value: (text, truth field)
    width: float = 1.0  # share of the row when in a Pair


@dataclass
class Pair:
    cells: list[F]


@dataclass
class Check:
    label: str
    options: list[str]
    selected: int | None


@dataclass
class Note:
    text: str


@dataclass
class Section:
    heading: str
    rows: list
    new_page: bool = False


@dataclass
class FormSpec:
    city: str
    office: str
    unit: str
    office_address: str
    title: str
    subtitle: str
    form_no: str
    sections: list[Section]
    place_date: tuple[str, str]  # (place, printed date) of signing
    intro: str = ""
    received: str = ""  # date in the incoming-mail stamp, when stamped


def fv(label: str, value: str, field_name: str | None, width: float = 1.0) -> F:
    return F(label, [(value, field_name)], width)


@dataclass
class Style:
    family: str
    label_font: str
    label_bold: str
    value_font: str
    value_color: tuple[int, int, int]
    label_size: float
    value_size: float
    accent: tuple[int, int, int]
    shade: tuple[int, int, int]
    left: float = 20.0
    right: float = 190.0
    value_col: float = 72.0
    jitter: float = 0.0  # hand-filled look: each word of a value slightly off the line (mm)


def pick_style(rng: random.Random, family: str | None = None) -> Style:
    family = family or rng.choice(FAMILIES)
    label_font, label_bold = rng.choice([("sans", "sans-bold"), ("arial", "arial-bold"),
                                         ("narrow", "narrow-bold"), ("condensed", "sans-bold")])
    value_font = rng.choice(["mono", "dmono", "italic", "serif", "serif-italic", "dserif", "arial"])
    value_color = rng.choice([(0, 0, 0), (0, 0, 0), (25, 35, 130), (10, 20, 90), (40, 40, 40)])
    accent = rng.choice([(0, 0, 0), (30, 60, 120), (120, 20, 30), (0, 90, 60)])
    shade = rng.choice([(235, 235, 235), (225, 235, 245), (245, 235, 220), (230, 240, 230)])
    return Style(family=family, label_font=label_font, label_bold=label_bold, value_font=value_font,
                 value_color=value_color, label_size=rng.choice([8.5, 9.0, 9.5, 10.0]),
                 value_size=rng.choice([10.5, 11.0, 11.5, 12.0]), accent=accent, shade=shade,
                 value_col=rng.choice([62.0, 68.0, 72.0, 78.0]),
                 jitter=rng.choice([0.0, 0.0, 0.0, 0.35, 0.6]) if "italic" in value_font else 0.0)


class _Writer:
    """Places rows top to bottom, opening a new page when one is full."""

    def __init__(self, rng: random.Random, spec: FormSpec, st: Style):
        self.rng = rng
        self.spec = spec
        self.st = st
        self.pages: list[PageLayout] = []
        self.page: PageLayout
        self.y = 0.0
        self.after_box = False
        self.new_page()

    # -- pages -----------------------------------------------------------------------------
    def new_page(self):
        self.page = PageLayout()
        self.pages.append(self.page)
        n = len(self.pages)
        st, sp = self.st, self.spec
        if n == 1:
            self._header()
        else:
            self.page.text(st.left, 15, f"{sp.title} – Seite {n}", st.label_font, 8)
            self.page.text(st.right - text_width_mm(sp.form_no, st.label_font, 8), 15, sp.form_no,
                           st.label_font, 8)
            self.page.add(Line(st.left, 17, st.right, 17, 0.2))
            self.y = 26.0

    def _header(self):
        st, sp, rng, p = self.st, self.spec, self.rng, self.page
        style = rng.choice(["left", "band", "right-logo"])
        if style == "band":
            p.add(Rect(0, 8, 210, 30, width=0, stroke=None, fill=st.shade))
        p.text(st.left, 18, f"Stadt {sp.city}", st.label_bold, 15, st.accent)
        p.text(st.left, 24, f"{sp.office} – {sp.unit}", st.label_font, 9)
        p.text(st.left, 28.5, sp.office_address, st.label_font, 8)
        if style == "right-logo":
            p.add(Rect(165, 10, 190, 28, 0.5, stroke=st.accent))
            p.text(168.5, 21, "Stadt", st.label_bold, 9, st.accent)
        else:
            # incoming-mail stamp area
            p.add(Rect(140, 10, 190, 30, 0.2, stroke=(120, 120, 120)))
            p.text(142, 13.5, "Eingangsstempel", st.label_font, 6, (110, 110, 110))
            if sp.received:
                red = (170, 40, 50)
                p.add(Rect(147, 15.5, 185, 28.5, 0.5, stroke=red))
                p.text(150, 20, "EINGEGANGEN", "sans-bold", 8, red)
                p.text(150, 25.5, sp.received, "dmono", 8, red)
        p.text(st.left, 36, sp.form_no, st.label_font, 7, (80, 80, 80))
        p.text(st.left, 46, sp.title, st.label_bold, rng.choice([14, 15, 16]))
        y = 52.0
        if sp.subtitle:
            p.text(st.left, y, sp.subtitle, st.label_font, 9)
            y += 5
        if sp.intro:
            for ln in wrap(sp.intro, st.right - st.left, st.label_font, 7.5):
                p.text(st.left, y, ln, st.label_font, 7.5, (60, 60, 60))
                y += 3.6
        self.y = y + 5

    def need(self, h: float, box: bool = False):
        if self.after_box and not box:
            self.y += 4.5  # leave the bordered cells before free text
        self.after_box = box
        if self.y + h > 272:
            self.new_page()

    # -- rows ------------------------------------------------------------------------------
    def heading(self, text: str, number: int):
        st, p = self.st, self.page
        self.need(18)
        p = self.page
        label = f"{number}. {text}" if st.family == "sections" else text
        if st.family in ("boxed", "table"):
            p.add(Rect(st.left, self.y - 4.2, st.right, self.y + 1.6, width=0, stroke=None,
                       fill=st.shade))
        p.text(st.left + 1, self.y, label, st.label_bold, st.label_size + 1, st.accent)
        self.y += 7.5 if st.family != "labelleft" else 8

    def value_text(self, x: float, y: float, f: F, max_w: float):
        st = self.st
        size = st.value_size
        while size > 7 and text_width_mm("".join(t for t, _ in f.runs), st.value_font, size) > max_w:
            size -= 0.5
        if not st.jitter:
            self.page.runs(x, y, f.runs, st.value_font, size, st.value_color)
            return
        # filled in by hand: word by word, each a little off the baseline, uneven spacing
        for text, fld in f.runs:
            for word in text.split(" "):
                if not word:
                    x += text_width_mm(" ", st.value_font, size)
                    continue
                dy = self.rng.uniform(-st.jitter, st.jitter)
                self.page.runs(x, y + dy, [(word, fld)], st.value_font, size, st.value_color)
                x += text_width_mm(word, st.value_font, size) + \
                    text_width_mm(" ", st.value_font, size) * self.rng.uniform(1.0, 1.7)
            if not text.endswith(" "):
                x -= text_width_mm(" ", st.value_font, size)

    def field_row(self, f: F, numbering: str = ""):
        st = self.st
        label = f"{numbering} {f.label}".strip()
        if st.family == "labelleft" or st.family == "sections":
            self.need(9)
            p = self.page
            lab = label + ("" if label.endswith(":") or self.rng.random() < 0.4 else ":")
            p.text(st.left, self.y, lab, st.label_font, st.label_size)
            vx = max(st.value_col, st.left + text_width_mm(lab, st.label_font, st.label_size) + 3)
            p.add(Line(vx - 1, self.y + 1.2, st.right, self.y + 1.2, 0.15, (90, 90, 90)))
            self.value_text(vx, self.y, f, st.right - vx - 1)
            self.y += 9
        elif st.family == "boxed":
            self.pair_row(Pair([f]))
        else:  # table
            self.need(9)
            p = self.page
            top = self.y - 5.8
            p.add(Rect(st.left, top, st.value_col - 2, top + 8.5, 0.2, fill=st.shade))
            p.add(Rect(st.value_col - 2, top, st.right, top + 8.5, 0.2))
            lines = wrap(label, st.value_col - 4 - st.left, st.label_font, st.label_size)
            vy = self.y
            if len(lines) == 1:
                p.text(st.left + 1.5, self.y, label, st.label_font, st.label_size)
            else:
                # a wrapped label: the value sits on the baseline of the label's first line
                vy = self.y - 1.8
                p.text(st.left + 1.5, vy, lines[0], st.label_font, st.label_size - 1.5)
                p.text(st.left + 1.5, self.y + 1.9, " ".join(lines[1:]), st.label_font,
                       st.label_size - 1.5)
            self.value_text(st.value_col + 0.5, vy, f, st.right - st.value_col - 2)
            self.y += 8.5

    def pair_row(self, pair: Pair, numbering: str = ""):
        st = self.st
        total = sum(c.width for c in pair.cells)
        span = st.right - st.left
        if st.family == "boxed":
            self.need(13, box=True)
            p = self.page
            x = st.left
            top = self.y - 2
            for i, c in enumerate(pair.cells):
                w = span * c.width / total
                p.add(Rect(x, top, x + w, top + 11.5, 0.25))
                p.text(x + 1.2, top + 3.0, c.label, st.label_font, 6.5, (60, 60, 60))
                self.value_text(x + 2.0, top + 9.0, c, w - 3.5)
                x += w
            self.y += 11.5
        else:
            # other families: cells side by side, each "label: value"
            self.need(9)
            p = self.page
            x = st.left
            for c in pair.cells:
                w = span * c.width / total
                lab = c.label + ":"
                lx = x + (1.5 if st.family == "table" else 0)
                p.text(lx, self.y, lab, st.label_font, st.label_size)
                vx = lx + text_width_mm(lab, st.label_font, st.label_size) + 2.5
                if st.family == "table":
                    p.add(Rect(x - 0.5, self.y - 5.8, x + w - 0.5, self.y + 2.7, 0.2))
                else:
                    p.add(Line(vx - 1, self.y + 1.2, x + w - 3, self.y + 1.2, 0.15, (90, 90, 90)))
                self.value_text(vx, self.y, c, x + w - vx - 4)
                x += w
            self.y += 9 if st.family != "table" else 8.5

    def check_row(self, ch: Check, numbering: str = ""):
        st = self.st
        self.need(9)
        p = self.page
        label = f"{numbering} {ch.label}".strip()
        p.text(st.left, self.y, label, st.label_font, st.label_size)
        x = max(st.value_col, st.left + text_width_mm(label, st.label_font, st.label_size) + 4)
        for i, opt in enumerate(ch.options):
            w = 4.5 + text_width_mm(opt, st.label_font, st.label_size) + 5
            if x + w > st.right:
                self.y += 6
                x = st.value_col
            p.add(Box(x, self.y - 3.0, 3.2, i == ch.selected))
            p.text(x + 4.5, self.y, opt, st.label_font, st.label_size)
            x += w
        self.y += 8

    def note(self, n: Note):
        st = self.st
        lines = wrap(n.text, st.right - st.left, st.label_font, 7.5)
        self.need(len(lines) * 3.6 + 3)
        for ln in lines:
            self.page.text(st.left, self.y, ln, st.label_font, 7.5, (60, 60, 60))
            self.y += 3.6
        self.y += 3

    def signature(self):
        st, sp = self.st, self.spec
        self.need(30)
        p = self.page
        self.y += 8
        place, printed_date = sp.place_date
        p.runs(st.left, self.y, [(f"{place}, {printed_date}", None)], st.value_font, st.value_size,
               st.value_color)
        p.add(Line(st.left, self.y + 1.5, st.left + 70, self.y + 1.5, 0.2))
        p.add(scribble(self.rng, 110, self.y - 7, 55, 8))
        p.add(Line(105, self.y + 1.5, st.right, self.y + 1.5, 0.2))
        p.text(st.left, self.y + 5, "Ort, Datum", st.label_font, 7)
        p.text(105, self.y + 5, "Unterschrift der antragstellenden Person", st.label_font, 7)
        self.y += 12


def render_form(rng: random.Random, spec: FormSpec, style: Style) -> list[PageLayout]:
    w = _Writer(rng, spec, style)
    for i, sec in enumerate(spec.sections, start=1):
        if sec.new_page and w.y > 40:
            w.new_page()
        w.heading(sec.heading, i)
        for j, row in enumerate(sec.rows, start=1):
            num = f"{i}.{j}" if style.family == "sections" else ""
            if isinstance(row, F):
                w.field_row(row, num)
            elif isinstance(row, Pair):
                if style.family == "sections":
                    for k, c in enumerate(row.cells):
                        w.field_row(c, f"{i}.{j}{'abc'[k]}")
                else:
                    w.pair_row(row, num)
            elif isinstance(row, Check):
                w.check_row(row, num)
            elif isinstance(row, Note):
                w.note(row)
        w.y += 3
    w.signature()
    return w.pages


def first_text_field(pages: list[PageLayout], name: str) -> Text | None:
    for p in pages:
        for it in p.items:
            if isinstance(it, Text) and any(f == name for _, f in it.runs):
                return it
    return None


__all__ = ["F", "Pair", "Check", "Note", "Section", "FormSpec", "Style", "fv", "pick_style",
           "render_form", "FAMILIES", "first_text_field"]
