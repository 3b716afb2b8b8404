"""Scanner simulation and file writers.

``degrade`` turns a clean upright page image into what a scanner of a given tier delivers:

- ``clean``: a good flatbed scan: upright, no skew, faint noise, lossless or high-quality;
- ``scanned``: an office feeder scan: skew up to ±1.5°, sometimes upside down, grey, mild noise and blur,
  slightly uneven light, JPEG quality 60-85;
- ``harsh``: a bad one: skew up to ±4°, rotated by 90/180/270° half the time, uneven light, low contrast,
  dark scanner borders, speckles, blur, strong JPEG artefacts, at 150-200 dpi.

The degradation returns the rotation and skew it applied, recorded in the truth. Conventions:
``rotation`` is the clockwise rotation (0/90/180/270) that turns the stored image upright again (what
``intake ocr`` reports as corrected); ``skew`` is the angle in degrees by which the content was turned
counter-clockwise (positive) before that, i.e. ``-skew`` degrees (counter-clockwise) straightens it.
"""

from __future__ import annotations

import io
import random
import time
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from .layout import PageLayout, Picture

TIERS = ["clean", "scanned", "harsh"]
_FIXED_TIME = time.strptime("2026-11-16 08:00:00", "%Y-%m-%d %H:%M:%S")  # reproducible PDF metadata


@dataclass
class ScanParams:
    tier: str
    dpi: int
    rotation: int  # clockwise degrees that upright the stored image
    skew: float
    gray: bool
    noise: float
    blur: float
    jpeg_quality: int | None
    light: float  # strength of uneven illumination 0..1
    contrast: float  # 1 = full contrast
    border: bool


def pick_params(rng: random.Random, tier: str, dpi: int | None = None, allow_rotation: bool = True) -> ScanParams:
    if tier == "clean":
        return ScanParams(tier, dpi or rng.choice([300, 300, 250]), 0, 0.0, rng.random() < 0.7,
                          0.0, 0.0, None, 0.0, 1.0, False)
    if tier == "scanned":
        rot = rng.choice([0] * 9 + [180]) if allow_rotation else 0
        return ScanParams(tier, dpi or rng.choice([200, 200, 240, 300]), rot,
                          round(rng.uniform(-1.5, 1.5), 2), rng.random() < 0.9, rng.uniform(3, 7),
                          rng.uniform(0, 0.6), rng.randrange(60, 86), rng.uniform(0.05, 0.2),
                          rng.uniform(0.85, 0.97), rng.random() < 0.3)
    if tier == "harsh":
        rot = rng.choice([0, 0, 0, 90, 180, 270]) if allow_rotation else 0
        return ScanParams(tier, dpi or rng.choice([150, 200, 200]), rot,
                          round(rng.uniform(-4.0, 4.0), 2), True, rng.uniform(8, 14),
                          rng.uniform(0.5, 1.0), rng.randrange(35, 60), rng.uniform(0.25, 0.45),
                          rng.uniform(0.6, 0.8), rng.random() < 0.7)
    raise ValueError(f"unknown tier {tier!r}; use one of {TIERS}")


def degrade(img: Image.Image, sp: ScanParams, rng: random.Random) -> Image.Image:
    """Scanner effects on a clean upright RGB page image; returns the stored image (L or RGB)."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    im = img.convert("L") if sp.gray else img
    if sp.tier == "clean":
        return im
    fill = 255 if im.mode == "L" else (255, 255, 255)
    if sp.skew:
        im = im.rotate(sp.skew, resample=Image.BILINEAR, expand=False, fillcolor=fill)
    if sp.blur > 0:
        im = im.filter(ImageFilter.GaussianBlur(sp.blur * sp.dpi / 200))
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    # contrast: ink lighter, paper darker
    a = 255 - (255 - a) * sp.contrast
    a = a * (0.92 + 0.08 * sp.contrast)
    # uneven light: a smooth gradient across the page
    if sp.light > 0:
        gx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        gy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        ang = rng.uniform(0, 6.28)
        grad = (np.cos(ang) * gx + np.sin(ang) * gy)
        grad = (grad - grad.min()) / max(1e-6, grad.max() - grad.min())
        shade = 1.0 - sp.light * 0.45 * grad
        a = a * (shade if a.ndim == 2 else shade[..., None])
    a += nrng.standard_normal(a.shape, dtype=np.float32) * np.float32(sp.noise)
    if sp.tier == "harsh":
        # speckles (dust) and a few dark specks
        n = int(w * h / 4000)
        ys = nrng.integers(0, h, n)
        xs = nrng.integers(0, w, n)
        a[ys, xs] = nrng.uniform(0, 90, n)[:, None] if a.ndim == 3 else nrng.uniform(0, 90, n)
    if sp.border:
        b = int(sp.dpi * rng.uniform(0.04, 0.15))
        side = rng.choice(["left", "top", "both", "all"])
        dark = rng.uniform(10, 60)
        if side in ("left", "both", "all"):
            a[:, :b] = dark + nrng.normal(0, 8, a[:, :b].shape)
        if side in ("top", "both", "all"):
            a[: b // 2] = dark + nrng.normal(0, 8, a[: b // 2].shape)
        if side == "all":
            a[:, w - b // 2:] = dark
            a[h - b // 3:] = dark
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if sp.rotation:
        # the stored image must be turned clockwise by `rotation` to be upright, so it was turned
        # counter-clockwise by the same angle (PIL rotates counter-clockwise for positive angles)
        im = im.rotate(sp.rotation, expand=True)
    if sp.jpeg_quality:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=sp.jpeg_quality)
        im = Image.open(io.BytesIO(buf.getvalue()))
        im.load()
    return im


# ------------------------------------------------------------------------------------------------
# separator and blank pages

def separator_layout(rng: random.Random, kind: str | None = None) -> PageLayout:
    """A batch-scan separator sheet: QR code or Code 128 barcode carrying ``PATCHT``."""
    kind = kind or rng.choice(["qr", "code128"])
    page = PageLayout(kind="separator")
    if kind == "qr":
        import qrcode

        qr = qrcode.QRCode(border=2, box_size=10, error_correction=qrcode.constants.ERROR_CORRECT_M)
        qr.add_data("PATCHT")
        qr.make(fit=True)
        buf = io.BytesIO()
        qr.make_image(fill_color="black", back_color="white").save(buf, "PNG")
        size = rng.choice([40.0, 50.0, 60.0])
        x = rng.choice([25.0, 105 - size / 2, 185 - size])
        page.add(Picture(x, rng.choice([30.0, 100.0]), size, size, buf.getvalue()))
    else:
        import barcode
        from barcode.writer import ImageWriter

        buf = io.BytesIO()
        barcode.get("code128", "PATCHT", writer=ImageWriter()).write(
            buf, options={"write_text": False, "module_width": 0.5, "module_height": 18.0, "quiet_zone": 6})
        w = rng.choice([70.0, 90.0])
        page.add(Picture(105 - w / 2, rng.choice([40.0, 120.0]), w, 25.0, buf.getvalue()))
    page.text(25, 20, rng.choice(["Trennblatt", "TRENNBLATT", "Dokumententrennblatt"]), "sans-bold", 18)
    page.text(25, 270, rng.choice(["PATCH T – neues Dokument", "Scan-Trennseite (Patch T)"]), "sans", 10)
    return page


def blank_image(rng: random.Random, sp: ScanParams, size: tuple[int, int]) -> Image.Image:
    """The empty back of a sheet: paper tone, noise, maybe faint show-through of the front."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    w, h = size
    a = np.full((h, w), rng.uniform(238, 252), np.float32)
    a += nrng.standard_normal(a.shape, dtype=np.float32) * np.float32(max(2.0, sp.noise * 0.8))
    if rng.random() < 0.5:  # faint show-through: a few pale horizontal strokes
        for _ in range(rng.randrange(5, 25)):
            y = rng.randrange(int(h * 0.1), int(h * 0.9))
            x0 = rng.randrange(int(w * 0.1), int(w * 0.5))
            x1 = x0 + rng.randrange(int(w * 0.1), int(w * 0.4))
            a[y:y + max(1, sp.dpi // 100), x0:x1] -= rng.uniform(4, 12)
    if sp.border:
        b = int(sp.dpi * 0.06)
        a[:, :b] = rng.uniform(10, 60)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if sp.rotation in (90, 270):
        im = im.rotate(sp.rotation, expand=True)
    return im


# ------------------------------------------------------------------------------------------------
# writers

def write_images(images: list[Image.Image], fmt: str, dpi: int, rng: random.Random,
                 quality: int | None) -> bytes:
    """Encode scanned page images as an image-only PDF, a multi-page TIFF, a PNG or a JPEG."""
    buf = io.BytesIO()
    q = quality or 88
    if fmt == "pdf":
        # each page is a JPEG inside the PDF, as scanners do
        imgs = [im.convert("L") if im.mode not in ("L", "RGB") else im for im in images]
        imgs[0].save(buf, "PDF", save_all=True, append_images=imgs[1:], resolution=float(dpi), quality=q,
                     title="Scan", producer="Scanner", creationDate=_FIXED_TIME, modDate=_FIXED_TIME)
    elif fmt == "tiff":
        if all(im.mode == "L" for im in images) and rng.random() < 0.6 and quality is None:
            imgs = [im.point(lambda v: 255 if v > 160 else 0, mode="1") for im in images]
            imgs[0].save(buf, "TIFF", save_all=True, append_images=imgs[1:], compression="group4",
                         dpi=(dpi, dpi))
        else:
            imgs = [im if im.mode in ("L", "RGB") else im.convert("L") for im in images]
            imgs[0].save(buf, "TIFF", save_all=True, append_images=imgs[1:], compression="jpeg",
                         quality=q, dpi=(dpi, dpi))
    elif fmt == "png":
        if len(images) != 1:
            raise ValueError("PNG holds one page")
        images[0].save(buf, "PNG", optimize=False, compress_level=6, dpi=(dpi, dpi))
    elif fmt in ("jpeg", "jpg"):
        if len(images) != 1:
            raise ValueError("JPEG holds one page")
        images[0].convert("RGB" if images[0].mode == "RGB" else "L").save(
            buf, "JPEG", quality=q, dpi=(dpi, dpi))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buf.getvalue()
