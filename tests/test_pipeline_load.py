"""Loading inputs: every format, every reject reason, born-digital and mixed PDFs."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline.load import TEXT_LAYER_DPI, inspect_input, load_page
from pipeline.model import SOURCE_OCR, SOURCE_TEXT_LAYER, Rejected
from pipeline.pages import process_page
from pipeline.settings import load_settings

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture
def settings(tmp_path):
    return load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=1)


def text_image(lines: list[str], dpi: int = 150, size_in=(8.27, 11.69), pt: float = 12) -> Image.Image:
    w, h = int(size_in[0] * dpi), int(size_in[1] * dpi)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, int(pt / 72 * dpi))
    y = int(0.8 * dpi)
    for ln in lines:
        d.text((int(0.8 * dpi), y), ln, fill=0, font=font)
        y += int(pt / 72 * dpi * 2)
    return im


def born_digital_pdf(path: Path, pages: list[list[str]], image_pages: dict[int, Image.Image] | None = None) -> Path:
    """A reportlab PDF: text pages with a real text layer, or (``image_pages``) scanned images."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, lines in enumerate(pages):
        if image_pages and i in image_pages:
            c.drawImage(ImageReader(image_pages[i]), 0, 0, width=A4[0], height=A4[1])
        else:
            c.setFont("Helvetica", 12)
            y = A4[1] - 72
            for ln in lines:
                c.drawString(72, y, ln)
                y -= 24
        c.showPage()
    c.save()
    return path


# ------------------------------------------------------------------------------------------------
# formats


def test_png_jpeg_tiff_pdf_are_recognised_with_their_page_count(tmp_path, settings):
    im = text_image(["Bescheid"])
    im.save(tmp_path / "a.png", dpi=(150, 150))
    im.convert("RGB").save(tmp_path / "b.jpg", dpi=(150, 150), quality=85)
    im.save(tmp_path / "c.tif", save_all=True, append_images=[text_image(["Seite 2"]), text_image(["Seite 3"])],
            dpi=(150, 150), compression="tiff_deflate")
    born_digital_pdf(tmp_path / "d.pdf", [["Rechnung Nr. 1"], ["Seite 2"]])
    got = {p: inspect_input(tmp_path / p, settings) for p in ["a.png", "b.jpg", "c.tif", "d.pdf"]}
    assert [(i.kind, i.page_count) for i in got.values()] == [("png", 1), ("jpeg", 1), ("tiff", 3), ("pdf", 2)]
    assert got["a.png"].size_bytes == (tmp_path / "a.png").stat().st_size


def test_tiff_page_is_loaded_on_its_own_with_its_resolution(tmp_path, settings):
    pages = [Image.new("L", (600 + 100 * i, 800), 255) for i in range(3)]
    for i, p in enumerate(pages):
        ImageDraw.Draw(p).rectangle((10, 10, 10 + 20 * (i + 1), 50), fill=0)
    pages[0].save(tmp_path / "m.tif", save_all=True, append_images=pages[1:], dpi=(100, 100))
    lp = load_page(tmp_path / "m.tif", 2, settings)
    assert lp.image.shape == (800, 800)
    assert (lp.image[30, 10:71] < 128).all() and lp.image[30, 75] > 128  # third page's 60-px bar
    assert lp.dpi == pytest.approx(100)


def test_missing_resolution_is_estimated_from_a4_pixel_size(tmp_path, settings):
    text_image(["Brief"], dpi=200).save(tmp_path / "nodpi.png")  # no pHYs chunk
    lp = load_page(tmp_path / "nodpi.png", 0, settings)
    assert lp.dpi == pytest.approx(200, abs=3)
    assert not lp.dpi_known


# ------------------------------------------------------------------------------------------------
# rejects


def reason(path: Path, settings) -> str:
    with pytest.raises(Rejected) as ei:
        inspect_input(path, settings)
    return ei.value.reason


def test_zero_bytes_is_rejected(tmp_path, settings):
    (tmp_path / "leer.pdf").write_bytes(b"")
    r = reason(tmp_path / "leer.pdf", settings)
    assert r.startswith("leer.pdf is empty (0 bytes)") and "scan it again" in r


def test_truncated_pdf_is_rejected(tmp_path, settings):
    src = born_digital_pdf(tmp_path / "full.pdf", [["Antrag"] * 3] * 3)
    data = src.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    r = reason(tmp_path / "cut.pdf", settings)
    assert r.startswith("cut.pdf is incomplete") and "truncated" in r


def test_garbage_pdf_is_rejected_as_damaged(tmp_path, settings):
    (tmp_path / "kaputt.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n")
    assert reason(tmp_path / "kaputt.pdf", settings).startswith("kaputt.pdf is damaged")


def test_encrypted_pdf_is_rejected(tmp_path, settings):
    src = born_digital_pdf(tmp_path / "plain.pdf", [["Vertraulich"]])
    w = PdfWriter(clone_from=PdfReader(src))
    w.encrypt(user_password="geheim", owner_password="owner", algorithm="AES-128")
    with (tmp_path / "secret.pdf").open("wb") as fh:
        w.write(fh)
    r = reason(tmp_path / "secret.pdf", settings)
    assert r.startswith("secret.pdf is password-protected (encrypted)")


def test_png_named_pdf_is_rejected_naming_what_it_is(tmp_path, settings):
    text_image(["Hallo"]).save(tmp_path / "scan.pdf", format="PNG")
    assert reason(tmp_path / "scan.pdf", settings) == (
        "scan.pdf is not a PDF: it is a PNG image. Rename it to .png or rescan it.")


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def test_huge_image_is_rejected_from_its_header(tmp_path, settings):
    (tmp_path / "bomb.png").write_bytes(_png_header_only(60_000, 60_000))  # 3.6 gigapixels, 100 bytes
    r = reason(tmp_path / "bomb.png", settings)
    assert r.startswith("bomb.png is too large to open safely") and "300 dpi" in r
    # just over the configured limit (not a PIL decompression bomb) is refused as well
    (tmp_path / "big.png").write_bytes(_png_header_only(4000, 4000))
    small_limit = load_settings(env={}, max_pixels=10_000_000)
    assert "(4000 x 4000 pixels)" in reason(tmp_path / "big.png", small_limit)


def test_too_many_pages_is_rejected(tmp_path, settings):
    pages = [Image.new("L", (200, 280), 255) for _ in range(4)]
    pages[0].save(tmp_path / "stapel.tif", save_all=True, append_images=pages[1:])
    limited = load_settings(env={}, max_pages=3)
    r = reason(tmp_path / "stapel.tif", limited)
    assert r.startswith("stapel.tif has 4 pages; at most 3 pages") and "Split it" in r


def test_unknown_formats_are_rejected(tmp_path, settings):
    (tmp_path / "brief.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert reason(tmp_path / "brief.docx", settings).startswith(
        "brief.docx is a ZIP archive or Office document, not a scan")
    (tmp_path / "notiz.png").write_bytes(b"just some text\n" * 10)
    assert reason(tmp_path / "notiz.png", settings).startswith("notiz.png is not a PDF, TIFF, PNG or JPEG file")


def test_damaged_jpeg_page_is_rejected_when_decoded(tmp_path, settings):
    buf = io.BytesIO()
    text_image(["Hallo Welt"]).save(buf, format="JPEG", quality=90)
    (tmp_path / "halb.jpg").write_bytes(buf.getvalue()[:3000])
    inspect_input(tmp_path / "halb.jpg", settings)  # the header is fine
    with pytest.raises(Rejected) as ei:
        load_page(tmp_path / "halb.jpg", 0, settings)
    assert ei.value.reason.startswith("halb.jpg page 1 is damaged or incomplete")


# ------------------------------------------------------------------------------------------------
# born-digital and mixed PDFs


def test_born_digital_pdf_page_takes_text_layer_words_with_boxes_and_no_ocr(tmp_path, settings):
    pdf = born_digital_pdf(tmp_path / "rechnung.pdf",
                           [["Rechnung Nr. 2024-0042", "Betrag: 1.234,50 EUR", "IBAN DE89 3704 0044 0532 0130 00"]])
    page = process_page(pdf, 0, tmp_path / "work", settings)
    assert page.source == SOURCE_TEXT_LAYER and page.kind == "content"
    assert page.timings["ocr"] == 0.0
    assert page.text.splitlines()[0] == "Rechnung Nr. 2024-0042"
    assert page.text.splitlines()[1] == "Betrag: 1.234,50 EUR"
    w = next(w for w in page.words if w.text == "Rechnung")
    scale = TEXT_LAYER_DPI / 72
    assert w.confidence == 1.0
    # drawn at x=72pt, baseline 72pt below the top: the box sits there in page-image pixels
    assert w.bbox[0] == pytest.approx(72 * scale, abs=2)
    assert 60 * scale < w.bbox[1] < 72 * scale < w.bbox[3] < 76 * scale
    assert (page.width, page.height) == (round(A4[0] * scale), round(A4[1] * scale))
    # the image shows ink where the box says
    im = np.asarray(Image.open(page.image_path).convert("L"))
    x0, y0, x1, y1 = (int(v) for v in w.bbox)
    assert (im[y0:y1, x0:x1] < 128).mean() > 0.1
    # the page PDF is the original page with its text
    assert "Rechnung Nr. 2024-0042" in PdfReader(page.pdf_path).pages[0].extract_text()


def test_mixed_pdf_reads_text_pages_from_layer_and_scanned_pages_by_ocr(tmp_path, settings):
    scan = text_image(["Widerspruch gegen den Bescheid", "Aktenzeichen 32.1-2024/0042"], dpi=200, pt=14)
    pdf = born_digital_pdf(tmp_path / "gemischt.pdf", [["Anschreiben an die Stadt Musterstadt"], []],
                           image_pages={1: scan})
    p1 = process_page(pdf, 0, tmp_path / "work", settings)
    p2 = process_page(pdf, 1, tmp_path / "work", settings)
    assert p1.source == SOURCE_TEXT_LAYER and "Musterstadt" in p1.text
    assert p2.source == SOURCE_OCR and p2.timings["ocr"] > 0
    assert "Widerspruch gegen den Bescheid" in p2.text
    assert "32.1-2024/0042" in p2.text


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_text_layer_boxes_follow_a_rotated_pdf_page(tmp_path, settings, turn):
    src = born_digital_pdf(tmp_path / "quer.pdf", [["Rechnung Nr. 2024-0042", "Betrag: 1.234,50 EUR"]])
    w = PdfWriter(clone_from=PdfReader(src))
    w.pages[0].rotate(turn)
    with (tmp_path / "gedreht.pdf").open("wb") as fh:
        w.write(fh)
    lp = load_page(tmp_path / "gedreht.pdf", 0, settings)
    assert lp.text_words is not None
    # a page displayed upside down has its characters in reverse order in the text layer
    word = next(wd for wd in lp.text_words if "Rechnung" in (wd.text, wd.text[::-1]))
    x0, y0, x1, y1 = (int(v) for v in word.bbox)
    assert (lp.image[y0:y1, x0:x1] < 128).mean() > 0.1  # the box sits on the drawn word
    long_side_horizontal = (x1 - x0) > (y1 - y0)
    assert long_side_horizontal == (turn == 180)


# ------------------------------------------------------------------------------------------------
# scanned PDF pages: the embedded image at its own resolution


def scan_pdf(path: Path, scan: Image.Image, dpi: float, draw_extra: bool = False) -> Path:
    """A PDF as a document scanner writes it: one page holding one image at ``dpi``."""
    w_pt, h_pt = scan.width / dpi * 72, scan.height / dpi * 72
    c = canvas.Canvas(str(path), pagesize=(w_pt, h_pt))
    c.drawImage(ImageReader(scan), 0, 0, width=w_pt, height=h_pt)
    if draw_extra:  # a visible stamp drawn over the scan
        c.setFont("Helvetica", 14)
        c.drawString(40, h_pt - 40, "Eingegangen")
    c.showPage()
    c.save()
    return path


def test_scanned_pdf_page_is_taken_at_the_resolution_it_was_scanned_at(tmp_path, settings):
    scan = text_image(["Widerspruch gegen den Bescheid vom 03.07.2024"], dpi=200, pt=14)
    lp = load_page(scan_pdf(tmp_path / "scan.pdf", scan, 200), 0, settings)
    assert lp.text_words is None
    assert lp.dpi == pytest.approx(200, abs=0.5)
    assert lp.image.shape == (scan.height, scan.width)  # the scanner's pixels, not a 300 dpi redraw
    assert np.abs(lp.image.astype(int) - np.asarray(scan)).max() <= 2  # lossless: the same pixels


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_scanned_pdf_page_with_a_rotate_entry_is_turned_as_displayed(tmp_path, settings, turn):
    scan = text_image(["Widerspruch gegen den Bescheid"], dpi=200, pt=14)
    src = scan_pdf(tmp_path / "scan.pdf", scan, 200)
    w = PdfWriter(clone_from=PdfReader(src))
    w.pages[0].rotate(turn)
    with (tmp_path / "gedreht.pdf").open("wb") as fh:
        w.write(fh)
    lp = load_page(tmp_path / "gedreht.pdf", 0, settings)
    # what a PDF viewer shows: pdfium's own drawing of the page, at the same resolution
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(tmp_path / "gedreht.pdf"))
    try:
        shown = np.array(doc[0].render(scale=200 / 72, grayscale=True).to_numpy(), dtype=np.uint8)
    finally:
        doc.close()
    shown = shown.reshape(shown.shape[0], shown.shape[1], -1)[..., 0]
    assert lp.image.shape == pytest.approx(shown.shape, abs=1)  # pdfium rounds its page size
    h, w = min(lp.image.shape[0], shown.shape[0]), min(lp.image.shape[1], shown.shape[1])
    assert np.abs(lp.image[:h, :w].astype(int) - shown[:h, :w]).mean() < 3


def test_scanned_pdf_page_with_more_than_the_scan_on_it_is_drawn_whole(tmp_path, settings):
    scan = text_image(["Widerspruch gegen den Bescheid"], dpi=200, pt=14)
    lp = load_page(scan_pdf(tmp_path / "stempel.pdf", scan, 200, draw_extra=True), 0, settings)
    assert lp.text_words is None  # a dozen letters are no text layer
    # drawn by pdfium: the stamp is on the page image
    assert lp.dpi == 300
    top = lp.image[int(0.2 * 300):int(0.6 * 300), int(0.5 * 300):int(2.5 * 300)]
    assert (top < 128).mean() > 0.02


def test_a_born_digital_separator_sheet_is_recognised_by_its_code(tmp_path, settings):
    import qrcode

    from pipeline.model import PAGE_SEPARATOR

    qr = qrcode.make("PATCHT", box_size=10, border=2).get_image().convert("L")
    c = canvas.Canvas(str(tmp_path / "trenn.pdf"), pagesize=A4)
    c.setFont("Helvetica", 14)
    c.drawString(72, A4[1] - 72, "Trennblatt - bitte vor jedem Dokument einlegen")
    c.drawImage(ImageReader(qr), 200, 400, width=150, height=150)
    c.showPage()
    c.save()
    page = process_page(tmp_path / "trenn.pdf", 0, tmp_path / "work", settings)
    assert page.source == SOURCE_TEXT_LAYER and page.kind == PAGE_SEPARATOR and page.words == []


# ------------------------------------------------------------------------------------------------
# digital mail: fillable forms filled in a viewer, scans with a copier's hidden OCR text


def test_values_typed_into_a_fillable_pdf_form_are_read_where_the_fields_are(tmp_path, settings):
    """probe18's live AcroForm PDFs: the citizen's values live in the form fields, not in the
    page's text, so every required field was missing. They are read as words at the fields'
    places (beside their captions), and the page image shows them."""
    path = tmp_path / "formular.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 14)
    c.drawString(60, 780, "Anmeldung eines Hundes zur Hundesteuer")
    c.setFont("Helvetica", 9)
    c.drawString(60, 700, "Familienname")
    c.drawString(300, 700, "Vorname")
    c.acroForm.textfield(name="name", value="Marquardt", x=60, y=676, width=220, height=18, fontSize=11,
                         borderWidth=0)
    c.acroForm.textfield(name="vorname", value="Leonie", x=300, y=676, width=220, height=18, fontSize=11,
                         borderWidth=0)
    c.acroForm.textfield(name="leer", value="", x=60, y=640, width=220, height=18, borderWidth=0)
    c.showPage()
    c.save()
    page = process_page(path, 0, tmp_path / "work", settings)
    assert page.source == SOURCE_TEXT_LAYER
    scale = TEXT_LAYER_DPI / 72
    w = next(w for w in page.words if w.text == "Marquardt")
    label = next(w for w in page.words if w.text == "Familienname")
    assert w.bbox[0] == pytest.approx(62 * scale, abs=3)  # at the field's left edge, under its caption
    assert label.bbox[3] < w.bbox[1] < (842 - 676) * scale
    assert "Leonie" in page.text
    im = np.asarray(Image.open(page.image_path).convert("L"))
    x0, y0, x1, y1 = (int(v) for v in w.bbox)
    assert (im[y0:y1, x0:x1] < 128).mean() > 0.05  # the value is drawn on the page image


def test_a_scan_with_a_copiers_hidden_ocr_text_is_read_by_ocr_not_by_its_text(tmp_path, settings):
    """probe18's sandwich PDFs: a copier lays its own OCR text, invisible, under the scan, and
    misreads names and digits ("Grieshaher", "1568,90" for 1563,90). The page shows the scan; it
    is read like a scan, and the hidden text is not taken."""
    scan = text_image(["Rechnung Nr. 2028-0419", "Rechnungsbetrag 1.563,90 EUR"], dpi=200, pt=14)
    path = tmp_path / "sandwich.pdf"
    w_pt, h_pt = scan.width / 200 * 72, scan.height / 200 * 72
    c = canvas.Canvas(str(path), pagesize=(w_pt, h_pt))
    c.drawImage(ImageReader(scan), 0, 0, width=w_pt, height=h_pt)
    t = c.beginText(58, h_pt - 70)
    t.setTextRenderMode(3)  # invisible
    t.setFont("Helvetica", 14)
    t.textLine("Rechnung Nr. 2028-04l9")
    t.textLine("Rechnungsbetrag 1.568,90 EUR")
    c.drawText(t)
    c.showPage()
    c.save()
    page = process_page(path, 0, tmp_path / "work", settings)
    assert page.source == SOURCE_OCR
    assert "1.563,90" in page.text and "1.568,90" not in page.text
    assert "2028-0419" in page.text


def test_a_sandwich_scan_with_a_visible_fax_header_is_still_read_by_ocr(tmp_path, settings):
    """Second review of the sandwich rule: a fax header or a DMS page number drawn visibly over a
    copier's sandwich made the page count as born-digital again, hidden misreadings and all. The
    page is a scan when most of its letters are hidden."""
    scan = text_image(["Rechnung Nr. 2028-0419", "Rechnungsbetrag 1.563,90 EUR"], dpi=200, pt=14)
    path = tmp_path / "fax.pdf"
    w_pt, h_pt = scan.width / 200 * 72, scan.height / 200 * 72
    c = canvas.Canvas(str(path), pagesize=(w_pt, h_pt))
    c.drawImage(ImageReader(scan), 0, 0, width=w_pt, height=h_pt)
    c.setFont("Helvetica", 7)
    c.drawString(20, h_pt - 12, "12.01.2028 09:14 FAX 0711 123456 S. 1/1")  # visible
    t = c.beginText(58, h_pt - 70)
    t.setTextRenderMode(3)
    t.setFont("Helvetica", 14)
    t.textLine("Rechnung Nr. 2028-04l9 Rechnungsbetrag 1.568,90 EUR Kunde Mustermann Hauptstr. 5")
    c.drawText(t)
    c.showPage()
    c.save()
    page = process_page(path, 0, tmp_path / "work", settings)
    assert page.source == SOURCE_OCR and "1.563,90" in page.text and "1.568,90" not in page.text
    # ... while a born-digital page with a small invisible tag beside its visible text stays text
    pdf = born_digital_pdf(tmp_path / "tag.pdf", [["Rechnung Nr. 2024-0042", "Betrag: 1.234,50 EUR",
                                                   "IBAN DE89 3704 0044 0532 0130 00"]])
    assert process_page(pdf, 0, tmp_path / "work2", settings).source == SOURCE_TEXT_LAYER


def test_form_values_of_a_scan_made_fillable_a_long_one_line_value_and_a_hidden_field(tmp_path, settings):
    """Second review of the form reading: a scanned form made fillable (no text of its own) was
    read from its typed values alone, its printed captions lost -- it is read by OCR, which sees
    the values drawn; a long value in a one-line field was wrapped onto the next row; a hidden
    helper field was read."""
    scan = text_image(["Antrag auf Sondernutzungserlaubnis", "", "Familienname"], dpi=200, pt=14)
    path = tmp_path / "scanform.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
    c.acroForm.textfield(name="name", value="Marquardt Leonie Lindenstraße", x=60, y=640, width=300, height=22,
                         fontSize=14, borderWidth=0)
    c.showPage()
    c.save()
    page = process_page(path, 0, tmp_path / "work", settings)
    assert page.source == SOURCE_OCR
    assert "Sondernutzungserlaubnis" in page.text and "Marquardt" in page.text

    path = tmp_path / "form.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    c.drawString(60, 700, "Anschrift der Wohnung (Straße, Hausnummer, Zusatz)")
    c.drawString(60, 660, "Telefon")
    c.acroForm.textfield(name="adr", value="Lindenstraße 12a, Hinterhaus 3. OG, 80331 München", x=60, y=676,
                         width=150, height=16, fontSize=10, borderWidth=0)
    c.acroForm.textfield(name="tel", value="089 1234567", x=60, y=636, width=150, height=16, fontSize=10,
                         borderWidth=0)
    c.acroForm.textfield(name="hilf", value="1.563,90", x=300, y=636, width=150, height=16, fontSize=10,
                         borderWidth=0, annotationFlags="hidden")
    c.showPage()
    c.save()
    lp = load_page(path, 0, settings)
    lines = {}
    for w in lp.text_words:
        lines.setdefault(w.line, []).append(w.text)
    joined = [" ".join(v) for v in lines.values()]
    assert any("Lindenstraße 12a, Hinterhaus 3. OG, 80331 München" in ln for ln in joined), joined
    assert not any(ln.startswith("Telefon") and "OG" in ln for ln in joined), joined
    assert "1.563,90" not in [w.text for w in lp.text_words]


def test_a_combo_box_is_read_as_it_is_shown():
    """Second review of the form reading: a combo box stores its export value ("BY") and shows its
    option's label ("Bayern"); the page shows the label, so that is what is read."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "combo.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setFont("Helvetica", 9)
        c.drawString(60, 700, "Bundesland des Wohnsitzes (bitte auswählen)")
        c.acroForm.choice(name="land", value="BY", options=[("Bayern", "BY"), ("Hessen", "HE")], x=60, y=676,
                          width=220, height=18, fontSize=11)
        c.showPage()
        c.save()
        words = [w.text for w in load_page(path, 0, load_settings(env={})).text_words]
    assert "Bayern" in words and "BY" not in words
