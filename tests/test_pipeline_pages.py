"""The page pipeline on pages drawn here: OCR, orientation and skew, cleanup of noisy scans and
forms, separator sheets, blank pages, batch splitting, parallel processing, searchable PDFs."""

from __future__ import annotations

import io
from pathlib import Path
from dataclasses import replace

import cv2
import numpy as np
import pytest
import qrcode
from barcode import Code128
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader

from pipeline import ocr
from pipeline.model import PAGE_BLANK, PAGE_CONTENT, PAGE_SEPARATOR, Page, Word
from pipeline.pages import process_file, process_page
from pipeline.pdf import assemble_pdf
from pipeline.settings import load_settings
from pipeline.split import split_documents

SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

LETTER = [
    "Stadtverwaltung Musterstadt - Bürgeramt",
    "Antrag auf einen Anwohnerparkausweis",
    "Name: Müller-Lüdenscheidt, Vorname: Hans",
    "Geburtsdatum: 03.07.1985",
    "Anschrift: Königstraße 12 a, 70173 Stuttgart",
    "Sehr geehrte Damen und Herren, hiermit beantrage ich",
    "die Ausstellung eines Parkausweises für das Gebiet West.",
    "Mit freundlichen Grüßen",
]


@pytest.fixture
def settings(tmp_path):
    return load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=1)


def draw_page(lines=LETTER, dpi=300, pt=12, font=SERIF, size_in=(8.27, 6.0)) -> Image.Image:
    """A white page (half an A4 by default, to keep OCR quick) with ``lines`` of text."""
    w, h = int(size_in[0] * dpi), int(size_in[1] * dpi)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(font, int(pt / 72 * dpi))
    y = int(0.6 * dpi)
    for ln in lines:
        d.text((int(0.8 * dpi), y), ln, fill=0, font=f)
        y += int(pt / 72 * dpi * 1.9)
    return im


def turn(im: Image.Image, rotation: int = 0, skew: float = 0.0) -> Image.Image:
    """Skew counter-clockwise by ``skew`` degrees, then turn clockwise by ``rotation``."""
    if skew:
        im = im.rotate(skew, expand=True, fillcolor=255, resample=Image.BICUBIC)
    if rotation:
        im = im.rotate(-rotation, expand=True)
    return im


def save(im: Image.Image, path, dpi=300):
    im.save(path, dpi=(dpi, dpi))
    return path


def words_of(page: Page) -> set[str]:
    return {w.text for w in page.words}


def test_upright_page_is_read_with_word_boxes_lines_and_a_searchable_pdf(tmp_path, settings):
    im = draw_page()
    page = process_page(save(im, tmp_path / "brief.png"), 0, tmp_path / "w", settings)
    assert page.kind == PAGE_CONTENT and page.source == "ocr" and page.rotation == 0
    assert abs(page.skew) < 0.2
    lines = page.text.splitlines()
    assert lines[0] == "Stadtverwaltung Musterstadt - Bürgeramt"
    assert "Geburtsdatum: 03.07.1985" in lines
    assert "Anschrift: Königstraße 12 a, 70173 Stuttgart" in lines
    date = next(w for w in page.words if w.text == "03.07.1985")
    assert 0.8 < date.confidence <= 1.0
    # the box is where the date was drawn (line 4, right of "Geburtsdatum:")
    f = ImageFont.truetype(SERIF, 50)
    x_expected = 240 + ImageDraw.Draw(im).textlength("Geburtsdatum: ", font=f)
    assert date.bbox[0] == pytest.approx(x_expected, abs=12)
    assert date.bbox[1] == pytest.approx(180 + 3 * 95 + 10, abs=20)
    assert set(page.timings) == {"load", "cleanup", "orientation", "ocr", "barcode"}
    assert page.image_path.endswith("page-0001.png") and page.pdf_path.endswith("page-0001.pdf")
    assert not (tmp_path / "w" / "page-0001.gray.jpg").exists()  # a clean page keeps no grey copy
    assert "Geburtsdatum: 03.07.1985" in PdfReader(page.pdf_path).pages[0].extract_text()
    assert page.to_ocr_json()["words"][0]["text"] == "Stadtverwaltung"


@pytest.mark.parametrize("rotation,skew", [(90, 0.0), (180, 3.0), (270, -3.0), (0, 3.0)])
def test_rotated_and_skewed_pages_are_turned_upright_and_read(tmp_path, settings, rotation, skew):
    im = turn(draw_page(), rotation, skew)
    page = process_page(save(im, tmp_path / "turned.png"), 0, tmp_path / "w", settings)
    # the correction is the clockwise turn that undoes the input's turn
    assert (page.rotation + rotation) % 360 == 0
    assert page.skew == pytest.approx(skew, abs=0.3)
    assert "Geburtsdatum: 03.07.1985" in page.text.splitlines()
    assert {"Königstraße", "70173", "Müller-Lüdenscheidt,"} <= words_of(page)


def test_noisy_dark_bordered_unevenly_lit_low_dpi_scan_is_cleaned_and_read(tmp_path, settings):
    rng = np.random.default_rng(7)
    im = turn(draw_page(dpi=200, pt=12), 0, 2.0)
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape
    # paper gets darker to one side, text is gray not black
    shade = np.linspace(1.0, 0.7, w)[None, :]
    a = (a * 0.75 + 50) * shade
    a += rng.normal(0, 12, a.shape)
    a[:, :40] = 20  # scanner lid border on the left
    a[:25, :] = 25  # and at the top
    salt = rng.random(a.shape) < 0.002
    a[salt] = 0
    scan = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    page = process_page(save(scan, tmp_path / "noisy.png", dpi=200), 0, tmp_path / "w", settings)
    assert "border-removed" in page.steps
    assert any(s.startswith(("median3", "nlmeans")) for s in page.steps)
    assert "resample 200->300dpi" in page.steps and page.dpi == 300
    # binarising it loses detail: the upright grey page is kept for the independent reading,
    # the same size as the page image
    grey = cv2.imread(str(tmp_path / "w" / "page-0001.gray.jpg"), cv2.IMREAD_GRAYSCALE)
    assert grey is not None and grey.shape == (page.height, page.width)
    assert page.skew == pytest.approx(2.0, abs=0.3)
    text = page.text
    for expected in ["Geburtsdatum: 03.07.1985", "70173 Stuttgart", "Anwohnerparkausweis"]:
        assert expected in text


def draw_form() -> Image.Image:
    im = Image.new("L", (2480, 1400), 255)
    d = ImageDraw.Draw(im)
    label, value = ImageFont.truetype(SANS, 30), ImageFont.truetype(SERIF, 50)
    cells = [("Familienname", "Schmidt"), ("Vorname", "Erika"), ("Postleitzahl", "70173"),
             ("Kennzeichen", "S-AB 1234")]
    for i, (lab, val) in enumerate(cells):
        x0, y0 = 200 + (i % 2) * 1050, 150 + (i // 2) * 400
        d.rectangle((x0, y0, x0 + 1000, y0 + 300), outline=0, width=4)
        d.text((x0 + 15, y0 + 12), lab, fill=0, font=label)
        d.text((x0 + 40, y0 + 130), val, fill=0, font=value)
    # check boxes, one ticked
    y = 1100
    d.text((200, y), "Geschlecht", fill=0, font=value)
    for x, word, ticked in [(900, "weiblich", True), (1500, "männlich", False)]:
        d.rectangle((x, y + 8, x + 45, y + 53), outline=0, width=4)
        if ticked:
            d.line((x, y + 8, x + 45, y + 53), fill=0, width=4)
            d.line((x, y + 53, x + 45, y + 8), fill=0, width=4)
        d.text((x + 70, y), word, fill=0, font=value)
    return im


def test_text_inside_form_boxes_and_beside_check_boxes_is_read(tmp_path, settings):
    page = process_page(save(draw_form(), tmp_path / "form.png"), 0, tmp_path / "w", settings)
    found = words_of(page)
    assert {"Familienname", "Schmidt", "Erika", "70173", "S-AB", "1234"} <= found
    # the check boxes are erased, not read as "[]", "X" or "O"
    line = next(ln for ln in page.text.splitlines() if ln.startswith("Geschlecht"))
    assert line == "Geschlecht weiblich männlich"


def test_rule_mask_takes_frames_and_leaves_text_and_its_baseline():
    from pipeline.cleanup import binarize, line_mask

    binary = binarize(np.asarray(draw_form()))
    mask = line_mask(binary, 300.0)
    # the top edge of the first box (x 200..1200 at y 150..153) is found ...
    assert mask[151, 250:1150].mean() > 0.95
    # ... the left edge too, and no pixel of the values written inside the boxes is touched
    assert mask[200:400, 201].mean() > 0.95
    assert mask[270:340, 240:900].sum() == 0
    assert mask[1100:1160, 200:2400].sum() == 0  # the check-box line of large text


def fill_in_form(dashed: bool = True) -> Image.Image:
    """A form's lines with values typed above fill-in lines (dashed, or solid with gaps), as many
    official forms print them, and text with hyphens, dashes and full stops."""
    dpi = 300
    im = Image.new("L", (int(8.27 * dpi), int(3.2 * dpi)), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(SANS, 50)
    rows = [("Straße/Hausnummer", "Pfarrgasse 45"), ("Geburtsdatum:", "25.12.1951"),
            ("Anschrift:", "Friedrich-Ebert-Straße 3 – 5"), ("Ort:", "Heilbronn")]
    y = 120
    for label, value in rows:
        d.text((150, y), label, fill=0, font=f)
        d.text((900, y), value, fill=0, font=f)
        base = y + 62  # a little below the value's baseline: the line does not touch it
        x = 890
        while x < 2350:
            d.rectangle((x, base, x + (55 if dashed else 400), base + 3), fill=0)
            x += 80 if dashed else 430
        y += 190
    return im


def test_fill_in_lines_below_values_are_erased_before_ocr_and_the_text_is_left(tmp_path, settings):
    from pipeline.cleanup import binarize, rule_pieces

    for dashed in (True, False):
        im = fill_in_form(dashed)
        binary = binarize(np.asarray(im))
        mask = rule_pieces(binary, 300.0)
        line_rows = [182 + 190 * i for i in range(4)]
        for y in line_rows:  # every piece of every fill-in line ...
            assert mask[y:y + 4, 890:2350].sum() >= 0.95 * (binary[y:y + 4, 890:2350] < 128).sum()
        # ... and not one pixel of the text: letters, digits, full stops, hyphens, the dash
        text = binary < 128
        for y in line_rows:
            text[y:y + 4, :] = False
        assert not (mask.astype(bool) & text).any()
    page = process_page(save(fill_in_form(), tmp_path / "form.png"), 0, tmp_path / "w", settings)
    lines = page.text.splitlines()
    assert "Straße/Hausnummer Pfarrgasse 45" in lines
    assert "Geburtsdatum: 25.12.1951" in lines
    assert "Ort: Heilbronn" in lines
    assert "rules-removed" in page.steps


def comb_form(cells: bool = True) -> Image.Image:
    """Values written one capital per cell: an open comb (a rail with ticks, taller walls at its
    ends) and a row of closed boxes, as official forms print names and postcodes (``cells``:
    False draws the letters alone)."""
    im = Image.new("L", (int(8.27 * 300), 900), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(SANS, 52)
    d.text((150, 60), "Familienname", fill=0, font=ImageFont.truetype(SANS, 34))
    x0, y0, pitch = 150, 200, 54
    for i, ch in enumerate("NOWOTNY" + " " * 9):
        d.text((x0 + i * pitch + 12, y0 - 58), ch, fill=0, font=f)
    if cells:
        d.rectangle((x0, y0, x0 + 16 * pitch, y0 + 3), fill=0)  # the rail
    for i in range(17 if cells else 0):
        top = y0 - 70 if i in (0, 16) else y0 - 22  # walls at the ends, ticks between
        d.rectangle((x0 + i * pitch, top, x0 + i * pitch + 3, y0), fill=0)
    d.text((150, 320), "Postleitzahl", fill=0, font=ImageFont.truetype(SANS, 34))
    y1 = 400
    for i, ch in enumerate("69115"):
        if cells:
            d.rectangle((x0 + i * pitch, y1, x0 + (i + 1) * pitch, y1 + 80), outline=0, width=3)
        d.text((x0 + i * pitch + 12, y1 + 12), ch, fill=0, font=f)
    return im


def test_comb_fields_and_boxes_around_single_characters_are_erased_before_ocr(tmp_path, settings):
    from pipeline.cleanup import binarize, tidy_binary

    binary = binarize(np.asarray(comb_form()))
    clean = tidy_binary(binary, 300.0, specks=False, checkboxes=False, scribbles=False, combs=True)[0]
    # the walls and the rails are gone ...
    assert (clean[130:200, 150:157] < 128).sum() == 0 and (clean[201:203, 150:1000] < 128).sum() == 0
    assert (clean[402:478, 150 + 2 * 54:150 + 2 * 54 + 3] < 128).sum() == 0
    # ... and the letters are all there
    letters = binarize(np.asarray(comb_form(cells=False))) < 128
    assert (clean[letters] < 128).mean() > 0.98
    page = process_page(save(comb_form(), tmp_path / "comb.png"), 0, tmp_path / "w", settings)
    assert "NOWOTNY" in words_of(page) and "69115" in words_of(page)


def test_the_in_process_engine_reads_what_the_tesseract_program_reads(monkeypatch):
    page = np.where(np.asarray(draw_page(LETTER[:4])) < 128, 0, 255).astype(np.uint8)
    before = ocr.engine_cpu_seconds()
    inside = ocr.ocr_page(page, lang="deu+eng", timeout=60, dpi=300, bilevel=True, engine="library")
    assert ocr.engine_cpu_seconds() > before  # read by libtesseract in this process
    after = ocr.engine_cpu_seconds()
    program = ocr.ocr_page(page, lang="deu+eng", timeout=60, dpi=300, bilevel=True)  # the default
    assert ocr.engine_cpu_seconds() == after  # by the tesseract program, not in this process
    assert [(w.text, w.bbox, w.confidence) for w in inside.words] == \
        [(w.text, w.bbox, w.confidence) for w in program.words]
    assert "Geburtsdatum: 03.07.1985" in PdfReader(io.BytesIO(inside.pdf)).pages[0].extract_text()


def test_threads_reading_one_after_another_share_one_loaded_engine():
    import threading

    page = np.where(np.asarray(draw_page(LETTER[:1], size_in=(8.27, 1.0))) < 128, 0, 255).astype(np.uint8)
    seen = []

    def read():
        seen.append(ocr.ocr_page(page, lang="deu+eng", timeout=60, bilevel=True, want_pdf=False,
                                 engine="library").words[0].text)

    read()
    engines = len(ocr._all_engines)
    for _ in range(4):  # a long-running service starts a new thread per file
        t = threading.Thread(target=read)
        t.start()
        t.join()
    assert seen == ["Stadtverwaltung"] * 5
    assert len(ocr._all_engines) == engines  # no model loaded again (each holds ~40 MB)


def test_ocr_timeout_gives_a_clear_error():
    with pytest.raises(ocr.OcrError, match="took longer than 0.01 seconds.*INTAKE_OCR_TIMEOUT"):
        ocr.ocr_page(draw_page(), lang="deu+eng", timeout=0.01)


# ------------------------------------------------------------------------------------------------
# separators and blank pages


def separator_sheet(kind: str, payload: str = "PATCHT", skew: float = 0.0, contrast: int = 0) -> Image.Image:
    page = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    if kind == "qr":
        code = qrcode.make(payload, box_size=8, border=2).get_image().convert("L")
    else:
        buf = io.BytesIO()
        Code128(payload, writer=ImageWriter()).write(buf, {"module_height": 12, "write_text": False})
        code = Image.open(buf).convert("L")
    page.paste(code, (400, 600))
    ImageDraw.Draw(page).text((400, 400), "TRENNBLATT", fill=0, font=ImageFont.truetype(SANS, 48))
    if contrast:
        a = np.asarray(page).astype(np.int16)
        page = Image.fromarray(np.where(a < 128, 255 - contrast, 255).astype(np.uint8))
    return turn(page, 0, skew)


@pytest.mark.parametrize("kind,skew,contrast", [("qr", 0, 0), ("code128", 0, 0), ("qr", 4.0, 90),
                                                ("code128", 2.0, 110)])
def test_patcht_code_makes_a_separator_page(tmp_path, settings, kind, skew, contrast):
    path = save(separator_sheet(kind, skew=skew, contrast=contrast), tmp_path / "sep.png", dpi=150)
    page = process_page(path, 0, tmp_path / "w", settings)
    assert page.kind == PAGE_SEPARATOR
    assert page.timings["ocr"] == 0.0 and page.words == [] and page.pdf_path is None


def test_code_with_another_payload_is_not_a_separator(tmp_path, settings):
    path = save(separator_sheet("qr", payload="https://musterstadt.de/antrag"), tmp_path / "qr.png", dpi=150)
    page = process_page(path, 0, tmp_path / "w", settings)
    assert page.kind == PAGE_CONTENT
    assert "TRENNBLATT" in words_of(page)


def noisy_blank(rng, dpi=200, border=True) -> Image.Image:
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    a = rng.normal(235, 6, (h, w))
    a[rng.random((h, w)) < 0.001] = 30  # dust specks
    if border:
        a[:, -30:] = 15
        a[-20:, :] = 15
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def test_empty_duplex_back_with_noise_and_border_is_blank(tmp_path, settings):
    page = process_page(save(noisy_blank(np.random.default_rng(1)), tmp_path / "back.png", dpi=200), 0,
                        tmp_path / "w", settings)
    assert page.kind == PAGE_BLANK
    assert page.timings["ocr"] == 0.0 and page.words == []


def test_page_with_one_short_line_is_not_blank(tmp_path, settings):
    im = noisy_blank(np.random.default_rng(2), border=False)
    ImageDraw.Draw(im).text((300, 1200), "Seite 2 von 2", fill=0, font=ImageFont.truetype(SERIF, 34))
    page = process_page(save(im, tmp_path / "short.png", dpi=200), 0, tmp_path / "w", settings)
    assert page.kind == PAGE_CONTENT
    assert "Seite 2 von 2" in page.text


# ------------------------------------------------------------------------------------------------
# documents


def _p(n: int, kind: str = PAGE_CONTENT) -> Page:
    return Page(page=n, width=10, height=10, kind=kind, words=[Word(f"w{n}", 1.0, (0, 0, 1, 1))])


def test_split_documents_starts_after_separators_and_drops_blanks_and_empty_groups():
    S, B = PAGE_SEPARATOR, PAGE_BLANK
    pages = [_p(1, S), _p(2), _p(3, B), _p(4), _p(5, S), _p(6, S), _p(7, B), _p(8, S), _p(9), _p(10, S)]
    docs = split_documents(pages)
    assert [[p.page for p in d] for d in docs] == [[2, 4], [9]]
    assert [[p.page for p in d] for d in split_documents([_p(1), _p(2)])] == [[1, 2]]
    assert split_documents([_p(1, B), _p(2, S)]) == []


def test_batch_tiff_is_processed_in_parallel_split_and_assembled(tmp_path):
    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=2)
    doc1 = draw_page(["Rechnung Nummer 4711", "Betrag 1.234,50 Euro"], dpi=200)
    sep = separator_sheet("qr").resize((1654, 2339))
    blank = noisy_blank(np.random.default_rng(3), dpi=200)
    doc2 = turn(draw_page(["Widerspruch gegen Bescheid", "Aktenzeichen 32.1-2024/0042"], dpi=200), 180)
    path = tmp_path / "stapel.tif"
    doc1.save(path, save_all=True, append_images=[sep, blank, doc2], dpi=(200, 200))
    seen = []
    pages = process_file(path, tmp_path / "work", settings, progress=lambda d, n: seen.append((d, n)))
    assert [p.page for p in pages] == [1, 2, 3, 4]
    assert [p.kind for p in pages] == [PAGE_CONTENT, PAGE_SEPARATOR, PAGE_BLANK, PAGE_CONTENT]
    assert seen[-1] == (4, 4) and len(seen) == 4
    assert pages[3].rotation == 180
    assert all((tmp_path / "work" / f"page-{i:04d}.png").is_file() for i in range(1, 5))
    docs = split_documents(pages)
    assert [[p.page for p in d] for d in docs] == [[1], [4]]
    out = assemble_pdf(docs[1], tmp_path / "out" / "doc2.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "Aktenzeichen 32.1-2024/0042" in reader.pages[0].extract_text()
    both = assemble_pdf(docs[0] + docs[1], tmp_path / "out" / "both.pdf")
    assert len(PdfReader(both).pages) == 2


def test_dust_is_removed_but_umlaut_dots_and_full_stops_stay():
    from pipeline.cleanup import tidy_binary

    im = Image.new("L", (1200, 600), 255)
    d = ImageDraw.Draw(im)
    d.text((100, 100), "Müller Straße 3.", fill=0, font=ImageFont.truetype(SERIF, 40))
    text_ink = (np.asarray(im) < 128).sum()
    a = np.asarray(im).copy()
    rng = np.random.default_rng(5)
    ys, xs = rng.integers(300, 600, 200), rng.integers(0, 1200, 200)
    a[ys, xs] = 0  # 200 one-pixel specks below the text
    out, specks, boxes, _ = tidy_binary(a, 300.0)
    assert specks >= 150 and boxes == 0
    assert (out[300:] < 128).sum() == 0
    assert (out[:300] < 128).sum() == text_ink  # dots of ü and the full stop kept


def test_signature_scribble_is_erased_but_text_and_rules_stay():
    from pipeline.cleanup import tidy_binary

    im = Image.new("L", (2000, 900), 255)
    d = ImageDraw.Draw(im)
    d.text((100, 100), "Mit freundlichen Grüßen", fill=0, font=ImageFont.truetype(SERIF, 50))
    xs = np.linspace(0, 1, 400)
    pts = [(int(300 + 600 * x), int(450 + 60 * np.sin(x * 40) + 30 * np.sin(x * 7))) for x in xs]
    d.line(pts, fill=0, width=5)  # a signature
    d.line((100, 700, 1500, 700), fill=0, width=4)  # the signature line below it
    d.rectangle((1600, 300, 1900, 600), outline=0, width=4)  # a form box
    a = np.asarray(im)
    out, _, erased, _ = tidy_binary(a, 300.0)
    assert erased == 1
    assert (out[360:560, 280:920] < 128).sum() == 0  # scribble gone
    assert np.array_equal(out[:300] < 128, a[:300] < 128)  # text untouched
    assert (out[698:703, 100:1500] < 128).mean() > 0.7  # rule kept
    assert (out[300:604, 1600:1604] < 128).mean() > 0.9  # box kept


def test_two_files_share_one_page_worker_pool(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.pages import shared_executor

    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=2)
    a = save(draw_page(["Rechnung Nummer 4711"], size_in=(8.27, 3.0)), tmp_path / "a.png")
    b = save(turn(draw_page(["Mahnung Nummer 4712"], size_in=(8.27, 3.0)), 90), tmp_path / "b.png")
    pool = shared_executor(settings)
    try:
        with ThreadPoolExecutor(2) as threads:
            ra, rb = threads.map(lambda p: process_file(p, tmp_path / p.stem, settings, executor=pool), [a, b])
    finally:
        pool.shutdown()
    assert "Rechnung Nummer 4711" in ra[0].text
    assert "Mahnung Nummer 4712" in rb[0].text and rb[0].rotation == 270


def _library_crashes() -> None:
    """Page-worker initializer: every read with the tesseract library kills the worker, as a
    segmentation fault inside libtesseract would."""
    import os
    import signal

    def crash(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGSEGV)

    ocr._run_in_process = crash


def _engine_here() -> str:
    return ocr.engine_for("auto")


def test_page_workers_keep_the_library_loaded_and_the_main_process_runs_the_program():
    from pipeline.pages import WorkerPool

    pool = WorkerPool(1)
    try:
        assert pool.submit(_engine_here).result() == "library"
    finally:
        pool.shutdown()
    assert ocr.engine_for("auto") == "program"
    assert ocr.engine_for("library") == "library" and ocr.engine_for("program") == "program"


def test_a_crash_inside_the_tesseract_library_loses_no_page_of_any_file(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.pages import WorkerPool

    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=2)
    assert settings.ocr_engine == "auto"
    a = save(draw_page(["Rechnung Nummer 4711"], size_in=(8.27, 3.0)), tmp_path / "a.png")
    b = tmp_path / "b.tif"
    frames = [draw_page([f"Mahnung Seite {i}"], size_in=(8.27, 3.0)) for i in (1, 2, 3)]
    frames[0].save(b, save_all=True, append_images=frames[1:], dpi=(300, 300))
    pool = WorkerPool(2, initializer=_library_crashes)
    try:
        with ThreadPoolExecutor(2) as threads:
            ra, rb = threads.map(lambda p: process_file(p, tmp_path / p.stem, settings, executor=pool), [a, b])
        assert pool.renewals >= 1  # the dead workers were replaced ...
        # ... and the pool still reads with the program, for the pages of the next file too
        rc = process_file(a, tmp_path / "c", replace(settings, ocr_engine="program"), executor=pool)
    finally:
        pool.shutdown()
    assert "Rechnung Nummer 4711" in ra[0].text
    assert [p.text.strip() for p in rb] == ["Mahnung Seite 1", "Mahnung Seite 2", "Mahnung Seite 3"]
    assert "Rechnung Nummer 4711" in rc[0].text


def _value_page(tmp_path):
    """A page image with one value on it, and the value's box, as a second reading gets them."""
    from pipeline.reread import Region

    im = draw_page(["Musterstraße 12"], size_in=(8.27, 1.5)).convert("L")
    path = tmp_path / "page-0001.png"
    im.save(path)
    a = np.asarray(im)
    ys, xs = np.nonzero(a < 128)
    return Region(str(path), (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())))


def test_second_readings_of_one_input_run_on_its_page_workers(tmp_path, settings):
    """One input of several pages is classified in the main process; the values it is routed on
    are read a second time on the page workers (tesseract stays loaded there) and come out as
    they would here."""
    from flows.workers import second_reader
    from pipeline.pages import WorkerPool

    region = _value_page(tmp_path)
    reader_here = second_reader(settings)
    here = reader_here([region])
    pool = WorkerPool(1)
    try:
        reader_there = second_reader(settings, pool)
        there = reader_there([region])
    finally:
        pool.shutdown()
    assert [w.text for w in there[0]] == [w.text for w in here[0]] == ["Musterstraße", "12"]
    # their CPU time is counted where it was spent (the benchmark's stage breakdown shows it)
    assert reader_there.cpu_there > 0 and reader_there.cpu_here == 0


def test_a_page_image_written_anew_is_read_anew_by_the_second_reading(tmp_path):
    """The second readings keep a decoded page for the document's next reading; a run over the
    same input that writes the page image again must not be checked against the old one."""
    from pipeline.reread import Region, read_regions

    path = tmp_path / "page-0001.png"
    read = []
    for line in ("Musterstraße 12", "Hauptstraße 7"):
        im = draw_page([line], size_in=(8.27, 1.5)).convert("L")
        im.save(path)
        ys, xs = np.nonzero(np.asarray(im) < 128)
        box = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
        words = read_regions([Region(str(path), box)] * 2, timeout=30)
        read.append([" ".join(w.text for w in ws) for ws in words])
    assert read == [["Musterstraße 12"] * 2, ["Hauptstraße 7"] * 2]


def test_a_second_reading_whose_page_worker_died_is_read_again_in_the_main_process(tmp_path, settings,
                                                                                  caplog):
    from flows.workers import second_reader
    from pipeline.pages import WorkerPool

    region = _value_page(tmp_path)
    pool = WorkerPool(1, initializer=_library_crashes)
    try:
        words = second_reader(settings, pool)([region])
    finally:
        pool.shutdown()
    assert "a page worker died during a second reading" in caplog.text  # the worker died ...
    assert [w.text for w in words[0]] == ["Musterstraße", "12"]  # ... and nothing was lost


def test_a_second_reading_on_page_workers_already_shut_down_is_read_here(tmp_path, settings):
    """A service stopping shuts its page workers down while a file may still be classified: the
    reading is done here, not turned into a review reason."""
    from flows.workers import second_reader
    from pipeline.pages import WorkerPool

    region = _value_page(tmp_path)
    pool = WorkerPool(1)
    pool.shutdown()
    words = second_reader(settings, pool)([region])
    assert [w.text for w in words[0]] == ["Musterstraße", "12"]


def test_a_long_lived_pool_still_reads_after_more_worker_deaths_than_its_renewal_budget(tmp_path):
    """A watcher keeps one pool for months: worker deaths over that time (a page that crashes
    libtesseract, a worker killed for memory) must not use it up for good."""
    import os
    from concurrent.futures.process import BrokenProcessPool

    from pipeline.pages import WorkerPool

    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=1)
    pool = WorkerPool(1)
    try:
        for _ in range(pool.MAX_RENEWALS + 1):  # in a row, no call succeeding in between
            with pytest.raises(BrokenProcessPool):
                pool.submit(os._exit, 1).result()
        path = save(draw_page(["Rechnung Nummer 4711"], size_in=(8.27, 1.5)), tmp_path / "ok.png")
        pages = process_file(path, tmp_path / "work", settings, executor=pool)
    finally:
        pool.shutdown()
    assert "Rechnung Nummer 4711" in pages[0].text


def test_documents_analysed_two_at_a_time_equal_one_after_another(tmp_path):
    """A batch's documents are analysed two at a time in threads while their second readings run
    elsewhere: same documents, same order, same fields as one after another (the committed
    sample inbox's pages, as read)."""
    import json
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    from flows.workers import analyse_documents

    def groups():
        out = []
        for p in sorted((Path(__file__).parent.parent / "sample_docs" / "truth").glob("*.words.json")):
            pages = [Page.from_ocr_json(pj) for pj in json.loads(p.read_text(encoding="utf-8"))["pages"]]
            for pg in pages:
                pg.source = "ocr"
                pg.image_path = str(tmp_path / "none.png")  # no image: readings read nothing
            out.append(pages)
        return out

    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=2)
    docs, cpu = analyse_documents(groups(), settings)
    one_by_one = [d.to_result() for d in docs]
    assert len(one_by_one) > 20
    # the CPU seconds by part: every document was typed and its fields extracted
    assert set(cpu) == {"split", "classify", "extract", "verify", "reading"}
    assert cpu["classify"] > 0 and cpu["extract"] > 0 and min(cpu.values()) >= 0
    with ThreadPoolExecutor(2) as readers:
        two_at_a_time = analyse_documents(groups(), settings, readings_on=readers)[0]
    assert [d.to_result() for d in two_at_a_time] == one_by_one


def test_classification_whose_worker_died_is_done_again_in_a_process_of_its_own(tmp_path, settings):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from flows import stages

    engines = []

    class DiesOnce:  # a page-worker pool whose worker dies during the call
        def submit(self, fn, groups, settings):
            engines.append(settings.ocr_engine)
            fut = Future()
            fut.set_exception(BrokenProcessPool("a worker died"))
            return fut

    ctx = stages.Context(settings=settings, store=None, index=None, executor=DiesOnce(),
                         classify_in_workers=True)
    rec = stages.Received(path="x.png", name="x.png", sha256="ab" * 32, size=1, source="cli")
    page = Page(page=1, width=100, height=100, words=[Word("Rechnung", 0.95, (0, 0, 50, 10))])
    proc = stages.classify(ctx, rec, stages.Processed(pages=[page], workdir=str(tmp_path), groups=[[1]]))
    assert engines == ["auto"]  # the broken pool is not asked again
    assert len(proc.documents) == 1 and proc.documents[0].document_id == "abababababababab-01"


def _every_page_crashes() -> None:
    """Page-worker initializer: reading any page kills the worker, whatever the engine."""
    import os
    import signal

    import pipeline.pages

    def crash(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGSEGV)

    pipeline.pages.process_page = crash


def test_a_page_that_crashes_every_reader_fails_its_file_with_a_clear_error_not_this_process(
        tmp_path, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    import pipeline.pages as pages
    from pipeline.pages import WorkerPool

    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=2)
    alone = []

    def crashes_alone(fn, *args):  # the page's own process dies as well
        alone.append(args[1])
        raise BrokenProcessPool("it died again")

    monkeypatch.setattr(pages, "run_alone", crashes_alone)
    monkeypatch.setattr(pages, "process_page", lambda *a, **k: pytest.fail("read in the main process"))
    a = save(draw_page(["Rechnung Nummer 4711"], size_in=(8.27, 3.0)), tmp_path / "a.png")
    pool = WorkerPool(2, initializer=_every_page_crashes)
    try:
        with pytest.raises(ocr.OcrError, match=r"a\.png page 1: the OCR crashed on this page every time.*kept"):
            process_file(a, tmp_path / "w", settings, executor=pool)
    finally:
        pool.shutdown()
    assert alone == [0] and pool.renewals >= 1


def _nap(x):
    import time

    time.sleep(0.3)
    return x


def _die_soon():
    import os
    import signal
    import time

    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGSEGV)


def test_calls_cancelled_by_one_file_do_not_stall_the_others_when_a_worker_dies():
    """Python 3.11's process pool stops for good when a worker dies while a cancelled call is
    still queued (CPython gh-107219): a caller's cancel must never reach the pool."""
    from concurrent.futures import wait

    from pipeline.pages import WorkerPool

    pool = WorkerPool(1)
    try:
        pool.submit(int).result()
        pool.submit(_die_soon)  # another file's page crashes its worker
        mine = [pool.submit(_nap, i) for i in range(4)]
        for f in mine[1:]:
            f.cancel()  # one page of this file failed: the caller gives up on the rest
        others = [pool.submit(_nap, 100 + i) for i in range(2)]
        done, pending = wait(others, timeout=60)
        assert not pending  # finished, with a result or a clear BrokenProcessPool: not hanging
    finally:
        pool.shutdown()


def test_page_with_only_a_sketch_is_not_blank(tmp_path, settings):
    im = noisy_blank(np.random.default_rng(4), border=False)
    d = ImageDraw.Draw(im)
    d.rectangle((400, 600, 1200, 1300), outline=0, width=6)  # a site plan: plot and house
    d.rectangle((600, 800, 900, 1050), fill=0)
    d.line((400, 600, 1200, 1300), fill=0, width=6)
    page = process_page(save(im, tmp_path / "skizze.png", dpi=200), 0, tmp_path / "w", settings)
    assert page.kind == PAGE_CONTENT


def test_scans_of_240_to_400_dpi_are_read_at_their_own_resolution_others_resampled():
    from pipeline.cleanup import normalise_resolution

    page = np.full((100, 80), 255, np.uint8)
    for dpi in (240.0, 300.0, 400.0):
        out, got, step = normalise_resolution(page, dpi)
        assert out is page and got == dpi and step is None
    for dpi, shape in ((200.0, (150, 120)), (150.0, (200, 160)), (600.0, (50, 40))):
        out, got, step = normalise_resolution(page, dpi)
        assert out.shape == shape and got == 300 and step == f"resample {dpi:.0f}->300dpi"


def test_a_page_of_more_than_65535_specks_is_still_labelled():
    from pipeline.cleanup import label

    ink = np.zeros((1200, 1200), np.uint8)
    ink[::4, ::4] = 1  # 90,000 single-pixel components: more than 16-bit labels can hold
    n, labels, stats, _ = label(ink)
    assert n - 1 == 300 * 300
    assert (stats[1:, cv2.CC_STAT_AREA] == 1).all() and labels.max() == 90000


@pytest.mark.parametrize("kind", ["qr", "code128"])
def test_a_small_separator_code_too_fine_for_the_quick_look_is_found(tmp_path, settings, kind):
    if kind == "qr":  # 4 mm wide: 2 pixels a module at 300 dpi
        code = qrcode.make("PATCHT", box_size=2, border=2).get_image().convert("L")
    else:  # modules of 0.15 mm (2 pixels at 300 dpi), 2 cm wide
        buf = io.BytesIO()
        Code128("PATCHT", writer=ImageWriter()).write(
            buf, {"module_width": 0.15, "module_height": 6, "write_text": False, "dpi": 300})
        code = Image.open(buf).convert("L")
    page = Image.new("L", (2480, 3508), 255)
    page.paste(code, (1800, 300))
    ImageDraw.Draw(page).text((300, 300), "Trennblatt", fill=0, font=ImageFont.truetype(SANS, 60))
    p = process_page(save(page, tmp_path / "klein.png"), 0, tmp_path / "w", settings)
    assert p.kind == PAGE_SEPARATOR


@pytest.mark.parametrize("drift", [0, 30])  # 30 px over the line: 0.8 degrees left after deskewing
def test_rule_pieces_take_no_hyphen_or_dash_of_the_text_also_beside_a_drifting_line(drift):
    from pipeline.cleanup import binarize, rule_pieces

    size = (2480, 420)
    text, rule = Image.new("L", size, 255), Image.new("L", size, 255)
    dt, dr = ImageDraw.Draw(text), ImageDraw.Draw(rule)
    f = ImageFont.truetype(SANS, 42)
    x = 200
    while x < 2300:  # a dashed line sloping down by ``drift`` pixels
        y = 150 + round((x - 200) * drift / 2100)
        dr.rectangle((x, y, x + 55, y + 3), fill=0)
        x += 80
    # a value just above the line's lower end; rows of hyphens and dashes elsewhere in the text
    dt.text((1500, 150 + round(1300 * drift / 2100) - 4), "Anna-Lena Meier – 3", fill=0, font=f, anchor="ls")
    dt.text((200, 300), "Az. 3-1-4-1-5-9   M-Ü-L-L-E-R   A-B-C-D-E-F-G-H", fill=0, font=f)
    dt.text((200, 380), "450,-- 120,-- 80,--   max_muster_mann@web.de", fill=0, font=f)
    both = np.minimum(np.asarray(text), np.asarray(rule))
    mask = rule_pieces(binarize(both), 300.0).astype(bool)
    assert not (mask & (np.asarray(text) < 128)).any()
    assert mask.sum() >= 0.9 * (np.asarray(rule) < 128).sum()


def test_a_page_worker_whose_parent_died_while_it_started_ends_itself():
    """Found on a fresh clone's CI: a watcher killed while one of its page workers was still
    starting left that worker waiting for work forever -- the worker took init, its parent by
    then, for the pool's process. The pool names its own process; a worker that finds another
    parent ends itself within about a second."""
    import subprocess
    import sys
    import time as _time

    code = ("import time; from pipeline.pages import _start_worker; "
            "_start_worker(None, 2 ** 22 + 12345); time.sleep(60)")  # a pool process long gone
    t0 = _time.time()
    proc = subprocess.run([sys.executable, "-c", code], timeout=30, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert _time.time() - t0 < 20


_POOL_CHILD = """
import os, sys, time
from pipeline.pages import WorkerPool
pool = WorkerPool(1)
print(pool.submit(os.getpid).result(), flush=True)
{then}
"""


def _burn(seconds: float) -> int:
    import os
    import time

    t = time.process_time()
    while time.process_time() - t < seconds:
        pass
    return os.getpid()


def test_page_workers_end_when_the_process_that_asked_for_them_is_killed():
    """Page workers fork from a server process (pipeline.workerserver): a killed command (kill
    -9, no clean-up) must not leave its workers or their server behind."""
    import signal
    import subprocess
    import sys

    import psutil

    proc = subprocess.Popen([sys.executable, "-c", _POOL_CHILD.format(then="time.sleep(120)")],
                            stdout=subprocess.PIPE, text=True)
    try:
        worker = psutil.Process(int(proc.stdout.readline()))
        tree = psutil.Process(proc.pid).children(recursive=True)
        assert worker.pid in {p.pid for p in tree}
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    gone, alive = psutil.wait_procs(tree, timeout=20)
    assert not alive, [p.cmdline() for p in alive]


def test_page_workers_are_still_started_when_their_servers_socket_was_deleted():
    """A watcher runs for months; a clean-up of the temporary folder may delete the socket its page
    workers' server listens on. The next worker that dies must still be replaced (spawned on its
    own from then on), not fail every later file."""
    import subprocess
    import sys

    code = _POOL_CHILD.format(then="\n".join([
        "import shutil, signal",
        "from multiprocessing import forkserver",
        "first = pool.submit(os.getpid).result()",
        "shutil.rmtree(os.path.dirname(forkserver._forkserver._forkserver_address))",
        "os.kill(first, signal.SIGKILL)",
        "time.sleep(0.5)",
        "later = [pool.submit(os.getpid).result() for _ in range(3)]",
        "print('renewed', pool.renewals, first not in later, flush=True)",
        "pool.shutdown()"]))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parent.parent)
    assert "renewed 2 True" in proc.stdout, proc.stderr[-2000:]
    assert "starting them on their own from now on" in proc.stderr


def test_the_cpu_time_of_page_workers_is_counted_for_the_process_that_asked_for_them():
    """What /usr/bin/time and the benchmark read (the waited-for children's CPU time) holds the
    workers' CPU time also when they were forked from a server."""
    import resource
    import subprocess
    import sys

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    code = _POOL_CHILD.format(then="from tests.test_pipeline_pages import _burn\n"
                                   "pool.submit(_burn, 1.0).result()\npool.shutdown()")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=120,
                   cwd=Path(__file__).parent.parent)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime >= 1.0


_SCRATCH_CHILD = """
import os, sys
import numpy as np, cv2
from pipeline import ocr
img = np.full((400, 1200), 255, np.uint8)
cv2.putText(img, "Rechnung 2026", (40, 200), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 0, 4)
for engine in ("program", "library"):
    words = ocr.ocr_page(img, lang="deu", timeout=60, dpi=300, engine=engine).words
    assert "Rechnung" in " ".join(w.text for w in words), words
d = ocr.scratch_dir()
open(os.path.join(d, "left.pdf"), "wb").write(b"%PDF-1.5")  # as a run killed mid-page leaves it
print(d, flush=True)
{end}
"""


def _scratch_child(tmp: Path, end: str):
    import os
    import subprocess
    import sys

    env = dict(os.environ, TMPDIR=str(tmp), PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    return subprocess.Popen([sys.executable, "-c", _SCRATCH_CHILD.format(end=end)], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_a_process_removes_its_scratch_folder_when_it_ends(tmp_path):
    child = _scratch_child(tmp_path, "sys.exit(0)")
    out, _ = child.communicate(timeout=120)
    assert child.returncode == 0 and out.strip().startswith(str(tmp_path))
    assert not list(tmp_path.iterdir())  # neither its folder nor any file of tesseract's


def test_scratch_left_by_ended_processes_is_swept_and_live_ones_are_kept(tmp_path, monkeypatch):
    """A page worker killed mid-read leaves tesseract's files behind; the next worker start removes
    them, and only those of processes that no longer run, however their process ids look (another
    PID namespace sees other ids, and ids are reused)."""
    import os
    import tempfile
    import time

    ended = _scratch_child(tmp_path, "os._exit(0)")  # ends the way a killed worker does
    gone = Path(ended.communicate(timeout=120)[0].strip())
    assert gone.is_dir() and (gone / "left.pdf").exists()
    alive = _scratch_child(tmp_path, "sys.stdin.read()")  # runs until its stdin closes
    try:
        live = Path(alive.stdout.readline().strip())
        # a live process whose id this process cannot see: its folder must stay
        foreign = live.with_name(f"{ocr._scratch_tag()}999999999-{live.name.rsplit('-', 1)[1]}")
        live.rename(foreign)
        old_unfinished = tmp_path / f".{ocr._scratch_tag()}{os.getpid()}-old"  # never locked and named
        old_unfinished.mkdir()
        os.utime(old_unfinished, (time.time() - 3600, time.time() - 3600))
        new_unfinished = tmp_path / f".{ocr._scratch_tag()}{os.getpid()}-new"
        new_unfinished.mkdir()
        unrelated = tmp_path / "scan-intake-other"
        unrelated.mkdir()
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
        assert ocr.sweep_scratch() == 2
        assert not gone.exists() and not old_unfinished.exists()
        assert foreign.is_dir() and (foreign / "left.pdf").exists()
        assert new_unfinished.exists() and unrelated.exists()
    finally:
        alive.communicate(timeout=60)
