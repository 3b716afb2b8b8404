"""Inputs for the throughput benchmark, built from the project's corpus generator.

* :func:`page_images` pulls the page images out of a scanned input exactly as they were scanned
  (native pixels and resolution), so bare tesseract and OCRmyPDF read the same pixels as ours.
* :func:`images_to_pdf` puts page images into an image-only PDF without re-encoding them
  losslessly-encoded pages stay lossless (what a scanner's PDF holds).
* :func:`repeat_pdf` makes a long PDF from a short one (the 300-page batch scan).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from PIL import Image, ImageSequence

from bench.harness import REPO, BenchError

SCAN_SUFFIXES = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"}


@dataclass
class PageImage:
    path: Path  # PNG (lossless) or JPEG (as scanned) file of one page
    dpi: float
    source: str  # input file name and page number, for the report
    tier: str = ""


def _pdf_page_images(pdf: Path, default_dpi: float = 300.0) -> list[tuple[Image.Image, float]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    out: list[tuple[Image.Image, float]] = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for page in doc:
            w_pt, _ = page.get_size()
            imgs = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
            if len(imgs) == 1:
                pil = imgs[0].get_bitmap(render=False).to_pil()
                out.append((pil, pil.width / (w_pt / 72.0)))
            else:  # not a one-image scan page: draw it as ours does
                pil = page.render(scale=default_dpi / 72.0, grayscale=True).to_pil()
                out.append((pil, default_dpi))
    finally:
        doc.close()
    return out


def page_images(src: Path, outdir: Path, tier: str = "") -> list[PageImage]:
    """Every page of the scanned input ``src`` as its own image file in ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    suffix = src.suffix.lower()
    if suffix not in SCAN_SUFFIXES:
        raise BenchError(f"{src}: not a scan the benchmark can read (PDF, TIFF, PNG or JPEG)")
    stem = src.name.replace(" ", "_")
    out: list[PageImage] = []
    if suffix == ".pdf":
        for i, (im, dpi) in enumerate(_pdf_page_images(src), start=1):
            p = outdir / f"{stem}.p{i:03d}.png"
            dpi = round(dpi, 1)
            im.save(p, dpi=(dpi, dpi))
            out.append(PageImage(p, dpi, f"{src.name} p{i}", tier))
        return out
    with Image.open(src) as im:
        raw = im.info.get("dpi", (300, 300))
        for i, frame in enumerate(ImageSequence.Iterator(im), start=1):
            dpi = float(frame.info.get("dpi", raw)[0] or 300)
            if suffix in (".jpg", ".jpeg") and i == 1:
                p = outdir / f"{stem}.p{i:03d}.jpg"  # keep the scanner's own bytes
                p.write_bytes(src.read_bytes())
            else:
                p = outdir / f"{stem}.p{i:03d}.png"
                frame.save(p, dpi=(dpi, dpi))
            out.append(PageImage(p, dpi, f"{src.name} p{i}", tier))
    return out


def images_to_pdf(images: Sequence[PageImage], out: Path, jpeg_quality: int | None = None) -> Path:
    """An image-only PDF, one page per image at its resolution. By default JPEG files are
    embedded as they are and other images losslessly (Flate), so the PDF holds the same pixels as
    the images; with ``jpeg_quality`` every page is stored as a JPEG of that quality, as a
    document scanner's PDF usually is (small files for long batches)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(out), pageCompression=1)
    for img in images:
        with Image.open(img.path) as im:
            w_px, h_px = im.size
            if jpeg_quality is not None and im.format != "JPEG":
                buf = io.BytesIO()
                im.convert("L" if im.mode in ("1", "L", "LA", "I;16") else "RGB").save(
                    buf, "JPEG", quality=jpeg_quality)
                buf.seek(0)
                reader = ImageReader(buf)
            else:
                reader = ImageReader(str(img.path))
            w_pt, h_pt = w_px * 72.0 / img.dpi, h_px * 72.0 / img.dpi
            c.setPageSize((w_pt, h_pt))
            c.drawImage(reader, 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()
    return out


def repeat_pdf(src: Path, times: int, out: Path) -> Path:
    """``src`` repeated ``times`` times as one PDF (a long batch scan of realistic pages). Every
    copy gets its own page and image objects, as in a real scan of that many sheets."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(times):
        writer.append(PdfReader(str(src)))  # a fresh reader: objects are copied, not shared
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def pdf_page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def run_generator(out: Path, seed: int, count: int, extra: Sequence[str] = ()) -> Path:
    """``python -m sample_docs.generator --seed SEED --count COUNT --out OUT``."""
    cmd = [sys.executable, "-m", "sample_docs.generator", "--seed", str(seed), "--count",
           str(count), "--out", str(out), *extra]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        raise BenchError(f"the corpus generator failed ({' '.join(cmd)}):\n"
                         + "\n".join(proc.stderr.strip().splitlines()[-10:]))
    return out


def born_digital_invoices(out: Path, seed: int, want_pages: int) -> tuple[list[Path], int]:
    """Born-digital supplier invoices (real text layer, drawn with reportlab by the corpus
    generator), each from a different supplier, until ``want_pages`` pages. A random corpus
    holds only a few of them, so they are made directly with the generator's own planner."""
    try:
        from sample_docs.generator.corpus import InputPlan, Planner, render_input
    except ImportError as exc:
        raise BenchError(f"the corpus generator's planner cannot be used ({exc}); "
                         f"bench/corpus.py:born_digital_invoices needs updating") from None
    out.mkdir(parents=True, exist_ok=True)
    planner = Planner(seed)
    paths: list[Path] = []
    pages = 0
    i = 0
    while pages < want_pages:
        ip = InputPlan(index=i, name=f"Rechnung_{seed}_{i:04d}.pdf", kind="single", split="test",
                       tier="clean", fmt="pdf", docs=[planner.doc("rechnung", "new")],
                       born_digital=True, seed=planner.rng.randrange(2 ** 31))
        r = render_input(ip)
        p = out / r["name"]
        p.write_bytes(r["data"])
        paths.append(p)
        pages += pdf_page_count(p)
        i += 1
    return paths, pages
