"""One page description, rendered two ways.

A ``PageLayout`` is a list of items positioned in millimetres on an A4 page: text runs (font, size
in points, colour, and which truth field a run shows), lines, rectangles, check boxes, scribbled
signatures and images (QR codes, barcodes). ``render_raster`` draws it with PIL at any dpi and returns
the drawn words with their pixel boxes; ``render_pdf`` draws the same description with reportlab into a
born-digital PDF with a real text layer. Both use the same system TrueType files, so metrics agree.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

A4_W_MM = 210.0
A4_H_MM = 297.0
MM_PER_INCH = 25.4

# Font roles -> candidate files (first that exists wins). Fill-in values use other faces than labels.
_FONT_DIRS = [Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
_FONT_CANDIDATES = {
    "sans": ["dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf"],
    "sans-bold": ["dejavu/DejaVuSans-Bold.ttf", "liberation/LiberationSans-Bold.ttf"],
    "arial": ["liberation/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf"],
    "arial-bold": ["liberation/LiberationSans-Bold.ttf", "dejavu/DejaVuSans-Bold.ttf"],
    "narrow": ["liberation/LiberationSansNarrow-Regular.ttf", "dejavu/DejaVuSansCondensed.ttf"],
    "narrow-bold": ["liberation/LiberationSansNarrow-Bold.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"],
    "condensed": ["dejavu/DejaVuSansCondensed.ttf", "liberation/LiberationSansNarrow-Regular.ttf"],
    "serif": ["liberation/LiberationSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf"],
    "serif-bold": ["liberation/LiberationSerif-Bold.ttf", "dejavu/DejaVuSerif-Bold.ttf"],
    "dserif": ["dejavu/DejaVuSerif.ttf", "liberation/LiberationSerif-Regular.ttf"],
    "mono": ["liberation/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf"],
    "dmono": ["dejavu/DejaVuSansMono.ttf", "liberation/LiberationMono-Regular.ttf"],
    "italic": ["liberation/LiberationSans-Italic.ttf", "dejavu/DejaVuSans-Oblique.ttf"],
    "serif-italic": ["liberation/LiberationSerif-Italic.ttf", "dejavu/DejaVuSerif-Italic.ttf"],
}


@lru_cache(maxsize=None)
def font_path(role: str) -> str:
    for cand in _FONT_CANDIDATES.get(role, []) + _FONT_CANDIDATES["sans"]:
        for d in _FONT_DIRS:
            p = d / cand
            if p.is_file():
                return str(p)
    for d in _FONT_DIRS:  # whatever TrueType font exists
        for p in sorted(d.rglob("*.ttf")):
            return str(p)
    raise RuntimeError("no TrueType font found under /usr/share/fonts: install fonts-dejavu-core")


@lru_cache(maxsize=512)
def pil_font(role: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(role), max(1, px))


_MEASURE_PX = 400  # size used for measuring: large, so rounding is negligible


def text_width_mm(text: str, role: str, size_pt: float) -> float:
    f = pil_font(role, _MEASURE_PX)
    # font of _MEASURE_PX pixels == _MEASURE_PX points at 72 dpi
    return f.getlength(text) / _MEASURE_PX * size_pt * MM_PER_INCH / 72.0


@dataclass
class Text:
    x: float  # mm, left edge
    y: float  # mm, baseline
    runs: list[tuple[str, str | None]]  # (text, truth field name or None)
    font: str = "sans"
    size: float = 10.0  # points
    color: tuple[int, int, int] = (0, 0, 0)

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.25  # mm
    color: tuple[int, int, int] = (0, 0, 0)


@dataclass
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.25
    stroke: tuple[int, int, int] | None = (0, 0, 0)
    fill: tuple[int, int, int] | None = None


@dataclass
class Box:  # check box
    x: float
    y: float  # top
    size: float = 3.5
    checked: bool = False
    color: tuple[int, int, int] = (0, 0, 0)
    mark_color: tuple[int, int, int] = (20, 30, 120)


@dataclass
class Scribble:  # a handwritten signature: a polyline in mm
    points: list[tuple[float, float]]
    width: float = 0.45
    color: tuple[int, int, int] = (20, 30, 120)


@dataclass
class Picture:
    x: float
    y: float
    w: float
    h: float
    png: bytes  # image data


@dataclass
class PageLayout:
    items: list = field(default_factory=list)
    width_mm: float = A4_W_MM
    height_mm: float = A4_H_MM
    kind: str = "content"  # content | separator | blank

    def text(self, x, y, s, font="sans", size=10.0, color=(0, 0, 0), field_name=None) -> Text:
        t = Text(x, y, [(s, field_name)], font, size, color)
        self.items.append(t)
        return t

    def runs(self, x, y, runs, font="sans", size=10.0, color=(0, 0, 0)) -> Text:
        t = Text(x, y, list(runs), font, size, color)
        self.items.append(t)
        return t

    def add(self, item):
        self.items.append(item)
        return item


# ------------------------------------------------------------------------------------------------
# words and lines (shared by both renderers' truth)

@dataclass
class DrawnWord:
    text: str
    bbox: tuple[float, float, float, float]  # pixels
    line: int
    field: str | None
    baseline: float


def _split_words(item: Text) -> list[tuple[int, int, str | None]]:
    """(start, end, field) per whitespace-separated word of the item's text."""
    full = item.text
    owner: list[str | None] = []
    for s, f in item.runs:
        owner.extend([f] * len(s))
    out = []
    i = 0
    n = len(full)
    while i < n:
        if full[i].isspace():
            i += 1
            continue
        j = i
        while j < n and not full[j].isspace():
            j += 1
        fields = [owner[k] for k in range(i, j) if owner[k]]
        out.append((i, j, fields[0] if fields else None))
        i = j
    return out


def layout_words(page: PageLayout, dpi: float) -> list[DrawnWord]:
    """The words drawn on the page, with ink boxes in pixels at ``dpi`` and reading-order lines."""
    scale = dpi / MM_PER_INCH
    words: list[DrawnWord] = []
    for item in page.items:
        if not isinstance(item, Text):
            continue
        px = int(round(item.size * dpi / 72.0))
        font = pil_font(item.font, px)
        x = item.x * scale
        base = item.y * scale
        full = item.text
        for start, end, fld in _split_words(item):
            w = full[start:end]
            off = font.getlength(full[:start])
            l, t, r, b = font.getbbox(w, anchor="ls")
            words.append(DrawnWord(w, (x + off + l, base + t, x + off + r, base + b), -1, fld, base))
    # lines: words whose baselines are close (and overlap vertically) form one line
    words.sort(key=lambda w: (w.baseline, w.bbox[0]))
    line = -1
    cur_base = None
    for w in words:
        h = max(1.0, w.bbox[3] - w.bbox[1])
        tol = max(0.6 * h, 0.8 * scale)
        if cur_base is None or abs(w.baseline - cur_base) > tol:
            line += 1
            cur_base = w.baseline
        w.line = line
    words.sort(key=lambda w: (w.line, w.bbox[0]))
    return words


def page_text(words: list[DrawnWord]) -> str:
    lines: dict[int, list[DrawnWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    return "\n".join(" ".join(w.text for w in sorted(ws, key=lambda w: w.bbox[0]))
                     for _, ws in sorted(lines.items()))


# ------------------------------------------------------------------------------------------------
# raster

def render_raster(page: PageLayout, dpi: float) -> Image.Image:
    scale = dpi / MM_PER_INCH
    W = int(round(page.width_mm * scale))
    H = int(round(page.height_mm * scale))
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)

    def P(v):
        return v * scale

    for item in page.items:
        if isinstance(item, Rect):
            d.rectangle([P(item.x0), P(item.y0), P(item.x1), P(item.y1)], fill=item.fill,
                        outline=item.stroke, width=max(1, int(round(P(item.width)))) if item.stroke else 0)
        elif isinstance(item, Line):
            d.line([P(item.x0), P(item.y0), P(item.x1), P(item.y1)], fill=item.color,
                   width=max(1, int(round(P(item.width)))))
        elif isinstance(item, Box):
            w = max(1, int(round(P(0.25))))
            d.rectangle([P(item.x), P(item.y), P(item.x + item.size), P(item.y + item.size)],
                        outline=item.color, width=w)
            if item.checked:
                m = item.size * 0.18
                lw = max(1, int(round(P(0.4))))
                d.line([P(item.x + m), P(item.y + m), P(item.x + item.size - m), P(item.y + item.size - m)],
                       fill=item.mark_color, width=lw)
                d.line([P(item.x + m), P(item.y + item.size - m), P(item.x + item.size - m), P(item.y + m)],
                       fill=item.mark_color, width=lw)
        elif isinstance(item, Scribble):
            d.line([(P(x), P(y)) for x, y in item.points], fill=item.color,
                   width=max(1, int(round(P(item.width)))), joint="curve")
        elif isinstance(item, Picture):
            pic = Image.open(io.BytesIO(item.png)).convert("RGB")
            pic = pic.resize((max(1, int(round(P(item.w)))), max(1, int(round(P(item.h))))),
                             Image.NEAREST)
            img.paste(pic, (int(round(P(item.x))), int(round(P(item.y)))))
        elif isinstance(item, Text):
            px = int(round(item.size * dpi / 72.0))
            d.text((P(item.x), P(item.y)), item.text, font=pil_font(item.font, px), fill=item.color,
                   anchor="ls")
    return img


# ------------------------------------------------------------------------------------------------
# reportlab (born-digital PDF)

_RL_REGISTERED: set[str] = set()


def _rl_font(role: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "F-" + role
    if name not in _RL_REGISTERED:
        pdfmetrics.registerFont(TTFont(name, font_path(role)))
        _RL_REGISTERED.add(name)
    return name


def render_pdf(pages: list[PageLayout], out: io.BytesIO | str | Path, title: str = "",
               author: str = "") -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    mm = 72.0 / MM_PER_INCH
    first = pages[0]
    c = canvas.Canvas(out if not isinstance(out, Path) else str(out),
                      pagesize=(first.width_mm * mm, first.height_mm * mm), invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    for page in pages:
        H = page.height_mm
        c.setPageSize((page.width_mm * mm, page.height_mm * mm))
        for item in page.items:
            if isinstance(item, Rect):
                c.setLineWidth(item.width * mm)
                if item.fill:
                    c.setFillColorRGB(*[v / 255 for v in item.fill])
                if item.stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in item.stroke])
                c.rect(item.x0 * mm, (H - item.y1) * mm, (item.x1 - item.x0) * mm,
                       (item.y1 - item.y0) * mm, stroke=1 if item.stroke else 0,
                       fill=1 if item.fill else 0)
            elif isinstance(item, Line):
                c.setLineWidth(item.width * mm)
                c.setStrokeColorRGB(*[v / 255 for v in item.color])
                c.line(item.x0 * mm, (H - item.y0) * mm, item.x1 * mm, (H - item.y1) * mm)
            elif isinstance(item, Box):
                c.setLineWidth(0.25 * mm)
                c.setStrokeColorRGB(*[v / 255 for v in item.color])
                c.rect(item.x * mm, (H - item.y - item.size) * mm, item.size * mm, item.size * mm)
                if item.checked:
                    m = item.size * 0.18
                    c.setStrokeColorRGB(*[v / 255 for v in item.mark_color])
                    c.setLineWidth(0.4 * mm)
                    c.line((item.x + m) * mm, (H - item.y - m) * mm,
                           (item.x + item.size - m) * mm, (H - item.y - item.size + m) * mm)
                    c.line((item.x + m) * mm, (H - item.y - item.size + m) * mm,
                           (item.x + item.size - m) * mm, (H - item.y - m) * mm)
            elif isinstance(item, Scribble):
                c.setLineWidth(item.width * mm)
                c.setStrokeColorRGB(*[v / 255 for v in item.color])
                p = c.beginPath()
                x0, y0 = item.points[0]
                p.moveTo(x0 * mm, (H - y0) * mm)
                for x, y in item.points[1:]:
                    p.lineTo(x * mm, (H - y) * mm)
                c.drawPath(p, stroke=1, fill=0)
            elif isinstance(item, Picture):
                c.drawImage(ImageReader(io.BytesIO(item.png)), item.x * mm, (H - item.y - item.h) * mm,
                            item.w * mm, item.h * mm)
            elif isinstance(item, Text):
                c.setFillColorRGB(*[v / 255 for v in item.color])
                c.setFont(_rl_font(item.font), item.size)
                c.drawString(item.x * mm, (H - item.y) * mm, item.text)
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------
# helpers for builders

def wrap(text: str, width_mm: float, role: str, size: float) -> list[str]:
    """Greedy word wrap by measured width."""
    out: list[str] = []
    cur = ""
    for word in text.split():
        cand = f"{cur} {word}" if cur else word
        if cur and text_width_mm(cand, role, size) > width_mm:
            out.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        out.append(cur)
    return out


def scribble(rng, x: float, y: float, w: float, h: float) -> Scribble:
    """A signature-like polyline inside the box (x, y) .. (x+w, y+h)."""
    pts = []
    n = rng.randrange(30, 60)
    phase = rng.random() * 6
    for i in range(n):
        t = i / (n - 1)
        px = x + t * w
        py = y + h * 0.5 + math.sin(t * rng.uniform(8, 16) + phase) * h * 0.35 * (1 - 0.5 * t)
        py += rng.uniform(-0.3, 0.3)
        pts.append((px, py))
    return Scribble(pts)
