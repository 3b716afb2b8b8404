"""Noisy, low-contrast scans (fax-like, dusty, pale form print): the local threshold keeps pale
print and leaves paper noise out, thin dark strips along the edges are painted out, and such a
page is recognised as noisy from its noise measures and read."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pipeline import cleanup
from pipeline.pages import process_page
from pipeline.settings import load_settings

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"


def _form(dpi: int, label_gray: int) -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """Half an A4 page: small labels in pale gray print, each above a value in black; returns
    the page and the boxes of the labels."""
    w, h = int(8.27 * dpi), int(4.5 * dpi)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    small = ImageFont.truetype(SANS, int(8 / 72 * dpi))
    big = ImageFont.truetype(SERIF, int(12 / 72 * dpi))
    boxes = []
    y = int(0.5 * dpi)
    for label, value in [("Familienname", "Schneider"), ("Geburtsort", "Heilbronn"),
                         ("Straße, Hausnummer", "Lindenweg 14")]:
        x = int(0.8 * dpi)
        d.text((x, y), label, fill=label_gray, font=small)
        boxes.append(tuple(int(v) for v in d.textbbox((x, y), label, font=small)))
        d.text((x, y + int(0.16 * dpi)), value, fill=0, font=big)
        y += int(0.9 * dpi)
    return im, boxes


def _noisy(im: Image.Image, sigma: float, seed: int = 3, dust: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    a = np.asarray(im).astype(np.float32) * 0.95 + 5
    a += rng.normal(0, sigma, a.shape)
    if dust:
        a[rng.random(a.shape) < dust] = 40
    return np.clip(a, 0, 255).astype(np.uint8)


def test_pale_labels_on_a_grainy_page_survive_the_local_threshold_and_the_paper_stays_white():
    dpi = 300
    im, boxes = _form(dpi, label_gray=175)
    clean_ink = np.asarray(im) < 215
    flat = cleanup.flatten_illumination(_noisy(im, 8.0), dpi)
    flat, _ = cleanup.denoise(flat, 8.0, 0.0)
    local, k = cleanup.binarize_local(flat, dpi)
    otsu = cleanup.binarize(flat)
    assert 0.05 <= k <= 0.3
    for x0, y0, x1, y1 in boxes:
        truth = clean_ink[y0:y1, x0:x1]
        kept_local = (local[y0:y1, x0:x1] == 0)[truth].mean()
        kept_otsu = (otsu[y0:y1, x0:x1] == 0)[truth].mean()
        # the global threshold, set between black print and paper, loses most of the pale print
        assert kept_local >= 0.6 and kept_local > kept_otsu + 0.3, (kept_local, kept_otsu)
    # empty paper (right half, below the text) does not turn into speckle
    h, w = flat.shape
    assert (local[:, int(0.6 * w):] == 0).mean() < 0.002


def test_thin_dark_strip_along_an_edge_is_painted_paper_and_text_beside_it_stays():
    dpi = 300
    im, _ = _form(dpi, label_gray=0)
    a = np.asarray(im).copy()
    a[:9, :] = 30  # the rim of a scanner lid: 9 px, too thin for the border test at 50 dpi
    a[:, -6:] = 45
    out, changed = cleanup.remove_edge_strips(a, dpi)
    assert changed
    assert out[:12, :].min() > 200 and out[:, -8:].min() > 200
    # the text (it starts 0.5 in from the top) is untouched
    assert np.array_equal(out[20:, :-12], a[20:, :-12])
    untouched, changed = cleanup.remove_edge_strips(np.asarray(im), dpi)
    assert not changed and untouched is not None


def test_fax_like_page_counts_as_noisy_and_an_office_scan_does_not():
    im, _ = _form(200, label_gray=0)
    fax = _noisy(im, 10.0, dust=0.0004)
    office = _noisy(im, 2.0)
    assert cleanup.is_noisy(cleanup.noise_level(fax), cleanup.speck_ratio(fax))
    assert not cleanup.is_noisy(cleanup.noise_level(office), cleanup.speck_ratio(office))
    assert not cleanup.is_noisy(cleanup.noise_level(np.asarray(im)), cleanup.speck_ratio(np.asarray(im)))


def test_grainy_dusty_low_resolution_form_with_pale_labels_is_read(tmp_path):
    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=1)
    im, _ = _form(200, label_gray=170)
    scan = Image.fromarray(_noisy(im, 9.0, dust=0.0003))
    src = tmp_path / "fax.png"
    scan.save(src, dpi=(200, 200))
    page = process_page(src, 0, tmp_path / "w", settings)
    assert any(s.startswith("noisy(") for s in page.steps) and "binarized-local" in page.steps
    text = page.text
    for expected in ["Familienname", "Geburtsort", "Straße, Hausnummer", "Schneider", "Heilbronn",
                     "Lindenweg 14"]:
        assert expected in text, text
