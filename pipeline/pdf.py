"""A document's searchable PDF, put together from its pages' one-page PDFs."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PIL import Image

from pipeline.model import Page


def searchable_pdf(pages: list[Page], out_path: Path) -> Path:
    """The searchable PDF of a document made of ``pages``: the page's own one-page PDF as it is
    when the document has one page with a PDF (no copy, nothing parsed), else
    :func:`assemble_pdf` into ``out_path``. Returns the path of the PDF."""
    if len(pages) == 1 and pages[0].pdf_path and Path(pages[0].pdf_path).is_file():
        return Path(pages[0].pdf_path)
    return assemble_pdf(pages, out_path)


def assemble_pdf(pages: list[Page], out_path: Path) -> Path:
    """Concatenate the pages' ``pdf_path`` (OCR'd image pages with their invisible text layer, or
    the original born-digital page) into ``out_path``. A page without a PDF (never the case for
    content pages) is added as its image only.

    Pages are copied by pdfium (``FPDF_ImportPages``: objects are copied, nothing is parsed into
    Python objects: ~1 ms a page instead of ~20 ms with pypdf), under pipeline.load's process-wide
    pdfium lock (pdfium is not thread-safe)."""
    import pypdfium2 as pdfium

    from pipeline.load import PDFIUM_LOCK

    if not pages:
        raise ValueError("assemble_pdf needs at least one page")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if len(pages) == 1 and pages[0].pdf_path and Path(pages[0].pdf_path).is_file():
        shutil.copyfile(pages[0].pdf_path, out_path)
        return out_path
    sources: list[str | bytes] = []
    for p in pages:
        if p.pdf_path and Path(p.pdf_path).is_file():
            sources.append(str(p.pdf_path))
        elif p.image_path and Path(p.image_path).is_file():
            buf = io.BytesIO()
            with Image.open(p.image_path) as im:
                im.convert("L").save(buf, "PDF", resolution=float(p.dpi))
            sources.append(buf.getvalue())
        else:
            raise FileNotFoundError(f"page {p.page} has neither a PDF nor an image to put into "
                                    f"{out_path.name}")
    with PDFIUM_LOCK:
        dest = pdfium.PdfDocument.new()
        try:
            for src in sources:
                doc = pdfium.PdfDocument(src)
                try:
                    dest.import_pages(doc)
                finally:
                    doc.close()
            tmp = out_path.with_name(out_path.name + ".part")
            dest.save(tmp)
        finally:
            dest.close()
    tmp.replace(out_path)
    return out_path
