"""Small input files for flow and watcher tests, made on the fly (independent of the corpus)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

INVOICE_LINES = [
    "Elektro Brandt GmbH · Industriestraße 7 · 70565 Stuttgart",
    "",
    "Stadt Musterstadt",
    "Kämmerei",
    "Marktplatz 1",
    "70173 Stuttgart",
    "",
    "Rechnung",
    "Rechnungsnummer: RE-2024-0815",
    "Rechnungsdatum: 14.03.2024",
    "Kundennummer: 4711",
    "",
    "Pos. Beschreibung Menge Preis",
    "1 Wartung Beleuchtung Rathaus 1 1.037,39 €",
    "Nettobetrag 1.037,39 €",
    "MwSt 19 % 197,10 €",
    "Rechnungsbetrag brutto 1.234,49 €",
    "",
    "Bitte überweisen Sie auf IBAN DE89 3704 0044 0532 0130 00",
    "USt-IdNr.: DE136695976",
]


def born_digital_invoice(path: Path, lines: list[str] | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 270 * mm
    for line in lines or INVOICE_LINES:
        c.setFont("DejaVu", 16 if line == "Rechnung" else 10)
        c.drawString(25 * mm, y, line)
        y -= 7 * mm
    c.showPage()
    c.save()
    return path


def born_digital_stack(path: Path, pages: list[list[str]]) -> Path:
    """One PDF with a text layer holding the given pages' lines: a stack of mail in one file."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 270 * mm
        for line in lines:
            c.setFont("DejaVu", 10)
            c.drawString(25 * mm, y, line)
            y -= 7 * mm
        c.showPage()
    c.save()
    return path


def scanned_pages(lines: list[str], n_pages: int = 1, dpi: int = 200) -> list[Image.Image]:
    """Clean, upright page images with the given text lines (a simple 'scan')."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    font = ImageFont.truetype(FONT, int(dpi * 0.16))
    pages = []
    for _ in range(n_pages):
        img = Image.new("L", (w, h), 255)
        d = ImageDraw.Draw(img)
        y = int(dpi * 1.0)
        for line in lines:
            d.text((int(dpi * 1.0), y), line, fill=0, font=font)
            y += int(dpi * 0.3)
        pages.append(img)
    return pages


def scanned_tiff(path: Path, lines: list[str], n_pages: int = 3, dpi: int = 200) -> Path:
    pages = scanned_pages(lines, n_pages, dpi)
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_lzw",
                  dpi=(dpi, dpi))
    return path
