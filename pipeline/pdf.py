"""A document's searchable PDF, put together from its pages' one-page PDFs."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader, PdfWriter

from pipeline.model import Page


def assemble_pdf(pages: list[Page], out_path: Path) -> Path:
    """Concatenate the pages' ``pdf_path`` (OCR'd image pages with their invisible text layer, or
    the original born-digital page) into ``out_path``. A page without a PDF (never the case for
    content pages) is added as its image only."""
    if not pages:
        raise ValueError("assemble_pdf needs at least one page")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    writer = PdfWriter()
    for p in pages:
        if p.pdf_path and Path(p.pdf_path).is_file():
            reader = PdfReader(p.pdf_path)
            for pg in reader.pages:
                writer.add_page(pg)
        elif p.image_path and Path(p.image_path).is_file():
            buf = io.BytesIO()
            with Image.open(p.image_path) as im:
                im.convert("L").save(buf, "PDF", resolution=float(p.dpi))
            buf.seek(0)
            writer.add_page(PdfReader(buf).pages[0])
        else:
            raise FileNotFoundError(f"page {p.page} has neither a PDF nor an image to put into "
                                    f"{out_path.name}")
    with out_path.open("wb") as fh:
        writer.write(fh)
    return out_path
