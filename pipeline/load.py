"""Opening inputs: what a file is, whether it is safe to read, and one page of it at a time.

:func:`inspect_input` checks a file before any page is decoded (magic bytes against the name,
zero bytes, truncated / damaged / password-protected PDFs, image dimensions read from the header,
page count) and raises :class:`pipeline.model.Rejected` with a reason a mailroom clerk understands.

:func:`load_page` opens the file itself and decodes only the one page asked for, so page workers in
other processes can each load their own page (a 300-page PDF never sits in memory as a whole).
"""

from __future__ import annotations

import functools
import io
import re
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from pipeline.model import Rejected, Word
from pipeline.settings import Settings

#: resolution at which image-only PDF pages are rendered for cleanup and OCR
PDF_OCR_DPI = 300.0
#: resolution at which born-digital (text layer) pages are rendered for review and page images
TEXT_LAYER_DPI = 200.0
#: a page whose text layer has at least this many letters/digits is taken as born-digital text
MIN_TEXT_LAYER_CHARS = 20

_EXT_KIND = {".pdf": "pdf", ".tif": "tiff", ".tiff": "tiff", ".png": "png", ".jpg": "jpeg",
             ".jpeg": "jpeg", ".jpe": "jpeg"}
_KIND_WORDS = {"pdf": "a PDF", "tiff": "a TIFF image", "png": "a PNG image", "jpeg": "a JPEG image",
               "gif": "a GIF image", "bmp": "a BMP image", "webp": "a WebP image",
               "zip": "a ZIP archive or Office document", "ole": "an old Microsoft Office document",
               "html": "a web page (HTML)", "text": "a plain text file"}
_KIND_EXT = {"pdf": ".pdf", "tiff": ".tif", "png": ".png", "jpeg": ".jpg"}


@dataclass
class InputInfo:
    kind: str  # "pdf" | "tiff" | "png" | "jpeg"
    page_count: int
    size_bytes: int


@dataclass
class LoadedPage:
    """One decoded page: a grayscale image, its resolution, and its text layer if it has one."""

    image: np.ndarray  # uint8, H x W (grayscale)
    dpi: float
    text_words: list[Word] | None = None  # words of a real text layer, boxes in ``image`` pixels
    dpi_known: bool = True  # False: resolution estimated from the pixel size
    page_pdf: bytes | None = None  # a text-layer page of a PDF as a one-page PDF of its own


def sniff(head: bytes) -> str | None:
    """The kind of file from its first bytes, or None when unknown."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:2] == b"BM":
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"PK\x03\x04":
        return "zip"
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"
    low = head[:512].lstrip().lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html"):
        return "html"
    return None


def _reject(path: Path, msg: str) -> Rejected:
    return Rejected(f"{path.name} {msg}")


def inspect_input(path: str | Path, settings: Settings) -> InputInfo:
    """Check ``path`` without decoding any page; raise :class:`Rejected` with a plain reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError:
        raise _reject(path, "was not found: it was moved or deleted before it could be read.") from None
    except OSError as exc:
        raise _reject(path, f"could not be read ({exc.strerror}). Check the file and drop it again.") from None
    if size == 0:
        raise _reject(path, "is empty (0 bytes). The scan was not saved completely; scan it again.")

    ext = path.suffix.lower()
    expected = _EXT_KIND.get(ext)
    actual = sniff(head)
    if expected is None and ext and actual not in _KIND_EXT:
        what = _KIND_WORDS.get(actual or "", "a file type that cannot be processed")
        raise _reject(path, f"is {what}, not a scan. Only PDF, TIFF, PNG and JPEG files can be "
                            f"processed; save or scan it in one of these formats.")
    if actual is None:
        raise _reject(path, "is not a PDF, TIFF, PNG or JPEG file (its content is not a known "
                            "format). Save or scan it again as PDF, TIFF, PNG or JPEG.")
    if actual not in _KIND_EXT:
        raise _reject(path, f"is {_KIND_WORDS[actual]}, not a scan. Only PDF, TIFF, PNG and JPEG "
                            f"files can be processed; save or scan it in one of these formats.")
    if expected is not None and expected != actual:
        raise _reject(path, f"is not {_KIND_WORDS[expected]}: "
                            f"it is {_KIND_WORDS[actual]}. Rename it to {_KIND_EXT[actual]} or "
                            f"rescan it.")
    if actual == "pdf":
        count = _inspect_pdf(path, settings)
    else:
        count = _inspect_image(path, actual, settings)
    if count > settings.max_pages:
        raise _reject(path, f"has {count} pages; at most {settings.max_pages} pages per file can be "
                            f"processed. Split it into smaller files.")
    if count == 0:
        raise _reject(path, "has no pages. Scan it again.")
    return InputInfo(kind=actual, page_count=count, size_bytes=size)


#: pdfium is not thread-safe, not even across documents (pypdfium2 docs, "Incompatibility with
#: Threading"); ``intake process`` inspects several files at once in threads, so every pdfium call
#: in a process goes through this lock. Page workers are separate processes and do not contend.
PDFIUM_LOCK = threading.RLock()


def _pdfium_serialised(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with PDFIUM_LOCK:
            return fn(*args, **kwargs)
    return wrapper


@_pdfium_serialised
def _inspect_pdf(path: Path, settings: Settings) -> int:
    import pypdfium2 as pdfium

    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise _reject(path, "is incomplete: the PDF file is cut off (truncated), probably because "
                            "the copy or scan was interrupted. Scan or copy it again.")
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise _reject(path, "is password-protected (encrypted), so its pages cannot be read. "
                                "Ask the sender for an unprotected copy or print and rescan it.") from None
        raise _reject(path, "is damaged: the PDF cannot be opened. Scan or save it again.") from None
    try:
        n = len(doc)
        if n:
            w, h = doc[0].get_size()
            if w <= 0 or h <= 0:
                raise _reject(path, "is damaged: its first page has no size. Scan or save it again.")
    finally:
        doc.close()
    return n


def _open_image(path: Path, settings: Settings) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = settings.max_pixels
    try:
        with warnings.catch_warnings():
            # up to twice the limit PIL only warns; the exact size check follows from the header
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(path)
    except Image.DecompressionBombError:
        raise _too_large(path, None, settings) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise _reject(path, f"is damaged and cannot be opened as an image ({exc}). Scan it again.") from None


def _too_large(path: Path, size: tuple[int, int] | None, settings: Settings) -> Rejected:
    dims = f" ({size[0]} x {size[1]} pixels)" if size else ""
    return _reject(path, f"is too large to open safely{dims}; at most {settings.max_pixels:,} pixels "
                         f"per page are allowed. Scan it again at 300 dpi.")


def _inspect_image(path: Path, kind: str, settings: Settings) -> int:
    im = _open_image(path, settings)
    try:
        w, h = im.size  # from the header: nothing decoded yet
        if w <= 0 or h <= 0:
            raise _reject(path, "is damaged: the image has no size. Scan it again.")
        if w * h > settings.max_pixels:
            raise _too_large(path, (w, h), settings)
        if kind == "tiff":
            try:
                n = getattr(im, "n_frames", 1)
                for i in range(1, n):  # reads each page's header only
                    im.seek(i)
                    fw, fh = im.size
                    if fw * fh > settings.max_pixels:
                        raise _too_large(path, (fw, fh), settings)
            except (OSError, EOFError, SyntaxError) as exc:
                raise _reject(path, f"is damaged: its pages cannot be read ({exc}). Scan it again.") from None
            return n
        if kind == "png":
            try:
                im.verify()  # checks chunk checksums without decoding pixels
            except (OSError, SyntaxError) as exc:
                raise _reject(path, f"is damaged or incomplete ({exc}). Scan it again.") from None
        return 1
    finally:
        im.close()


# ---------------------------------------------------------------------------------------------
# loading one page


def _estimate_dpi(w: int, h: int) -> float:
    """Resolution from the pixel size, assuming an A4 page (the usual office scan)."""
    long_px, short_px = max(w, h), min(w, h)
    dpi = max(long_px / 11.69, short_px / 8.27) if long_px / max(short_px, 1) < 1.6 else long_px / 11.69
    return float(min(700.0, max(72.0, dpi)))


def _image_dpi(im: Image.Image) -> tuple[float, bool]:
    w, h = im.size
    raw = im.info.get("dpi")
    if raw:
        try:
            dx = float(raw[0])
        except (TypeError, ValueError, IndexError):
            dx = 0.0
        # trust metadata only when it makes the page a plausible paper size (A6 .. A3)
        if 100 <= dx <= 1300 and 5.0 <= max(w, h) / dx <= 17.5:
            return dx, True
    return _estimate_dpi(w, h), False


def _to_gray(im: Image.Image) -> np.ndarray:
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(im, dtype=np.float64)
        hi = arr.max() or 1.0
        return (arr * (255.0 / hi)).clip(0, 255).astype(np.uint8)
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(bg, rgba)
    return np.asarray(im.convert("L"), dtype=np.uint8)


def load_page(path: str | Path, index: int, settings: Settings) -> LoadedPage:
    """Decode page ``index`` (0-based) of ``path`` only. Raises :class:`Rejected` when damaged."""
    path = Path(path)
    with path.open("rb") as fh:
        kind = sniff(fh.read(4096))
    if kind == "pdf":
        return _load_pdf_page(path, index, settings)
    im = _open_image(path, settings)
    try:
        if index:
            try:
                im.seek(index)
            except EOFError:
                raise _reject(path, f"has no page {index + 1}.") from None
        if im.size[0] * im.size[1] > settings.max_pixels:
            raise _too_large(path, im.size, settings)
        dpi, known = _image_dpi(im)
        try:
            if kind == "jpeg" and im.mode in ("RGB", "YCbCr"):
                im.draft("L", im.size)  # the decoder keeps only the luminance: a third less work
            im.load()
            if kind == "jpeg":
                im = ImageOps.exif_transpose(im)
            gray = _to_gray(im)
        except (OSError, SyntaxError, ValueError) as exc:
            raise _reject(path, f"page {index + 1} is damaged or incomplete and cannot be decoded "
                                f"({exc}). Scan it again.") from None
        return LoadedPage(image=gray, dpi=dpi, dpi_known=known)
    finally:
        im.close()


_ALNUM = re.compile(r"[0-9A-Za-zÄÖÜäöüß]")
_SPACE = frozenset(" \t\r\n\x00\xa0\u2002\u2003\u2009\u200b\ufffe\uffff")


def _page_to_pixels(page, scale: float):
    """A function mapping PDF user-space points of ``page`` to pixels of the page as pdfium
    renders it at ``scale`` pixels per point (crop box, page /Rotate applied)."""
    left, bottom, right, top = page.get_cropbox()
    rot = page.get_rotation() % 360
    if rot == 90:
        return lambda x, y: ((y - bottom) * scale, (x - left) * scale)
    if rot == 180:
        return lambda x, y: ((right - x) * scale, (y - bottom) * scale)
    if rot == 270:
        return lambda x, y: ((top - y) * scale, (right - x) * scale)
    return lambda x, y: ((x - left) * scale, (top - y) * scale)


def _wide_string(get) -> str:
    """A string pdfium hands out as UTF-16LE: ``get(buffer, size)`` returns the bytes it needs
    (with the closing NUL) when called with (None, 0)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    n = get(None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    get(ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), n)
    return buf.raw[:n - 2].decode("utf-16-le", errors="replace").strip()


def _mostly_hidden_text(tp, chars: list[str]) -> bool:
    """Whether most of the page's letters and digits are drawn invisibly: a scan with the
    scanner's, copier's or another program's own OCR laid under it (a "sandwich" PDF), perhaps
    with a visible fax header or page number added. That hidden text is not what the page shows
    -- copiers' OCR misreads names and digits -- so the page is read like a scan."""
    import pypdfium2.raw as pdfium_c

    hidden = shown = 0
    last, last_hidden = None, False
    for i, ch in enumerate(chars):
        if not _ALNUM.match(ch):
            continue
        obj = pdfium_c.FPDFText_GetTextObject(tp, i)
        if obj != last:  # characters come in runs of one text object
            last = obj
            last_hidden = bool(obj) and pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == \
                pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
        if last_hidden:
            hidden += 1
        else:
            shown += 1
    return hidden > shown


def _form_field_words(doc, page, scale: float) -> list[Word]:
    """The values typed into the page's form fields (a fillable PDF filled in a viewer, not
    flattened): they live in the fields, not in the page's text, so the text page has none of
    them. One word per word of the value, laid out left to right from the field's left edge in
    the field's font size (the field's own, or 70 % of its height up to 11 pt), wrapped to its
    width; boxes in pixels of the page rendered at ``scale`` pixels per point."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    form = getattr(doc, "formenv", None)
    if form is None:
        return []
    to_px = _page_to_pixels(page, scale)
    words: list[Word] = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET or \
                    pdfium_c.FPDFAnnot_GetFormFieldType(form, annot) not in (pdfium_c.FPDF_FORMFIELD_TEXTFIELD,
                                                                             pdfium_c.FPDF_FORMFIELD_COMBOBOX):
                continue
            value = _wide_string(lambda b, n: pdfium_c.FPDFAnnot_GetFormFieldValue(form, annot, b, n))
            if pdfium_c.FPDFAnnot_GetFormFieldType(form, annot) == pdfium_c.FPDF_FORMFIELD_COMBOBOX:
                # a choice stores its export value ("BY") and shows its label ("Bayern")
                value = _selected_label(form, annot) or value
            rect = pdfium_c.FS_RECTF()
            if not value or not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                continue
            if pdfium_c.FPDFAnnot_GetFlags(annot) & (pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW):
                continue  # a helper or calculation field the page does not show
            cl, cb, cr, ct = page.get_cropbox()
            x_lo, x_hi = sorted((rect.left, rect.right))
            y_lo, y_hi = sorted((rect.bottom, rect.top))
            if x_hi - x_lo < 2 or y_hi - y_lo < 2 or x_hi <= cl or x_lo >= cr or y_hi <= cb or y_lo >= ct:
                continue  # no place on the page as shown
            multiline = bool(pdfium_c.FPDFAnnot_GetFormFieldFlags(form, annot) & pdfium_c.FPDF_FORMFLAG_TEXT_MULTILINE)
            size = ctypes.c_float(0.0)
            height = abs(rect.top - rect.bottom)
            if not pdfium_c.FPDFAnnot_GetFontSize(form, annot, ctypes.byref(size)) or size.value <= 0:
                size.value = min(0.7 * height, 11.0)
            fs = max(4.0, min(size.value, height if height > 4 else size.value))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
        left, right, top = min(rect.left, rect.right) + 2.0, max(rect.left, rect.right) - 2.0, max(rect.top, rect.bottom)
        char_w, line_h = 0.5 * fs, 1.15 * fs
        lines: list[list[str]] = []
        for para in (value.splitlines() if multiline else [" ".join(value.split())]) or [value]:
            line: list[str] = []
            for w in para.split():
                # a one-line field shows a long value on its one line, clipped: no wrapping
                if multiline and line and (len(" ".join(line + [w])) * char_w) > (right - left):
                    lines.append(line)
                    line = []
                line.append(w)
            if line:
                lines.append(line)
        # one line stands in the middle of its field; several start at its top
        y = top - (height - fs) / 2 if len(lines) == 1 else top - 2.0
        for line in lines:
            x = left
            for w in line:
                x0, y0 = to_px(x, y)
                x1, y1 = to_px(x + len(w) * char_w, y - fs)
                words.append(Word(text=w, confidence=1.0,
                                  bbox=(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))))
                x += (len(w) + 1) * char_w
            y -= line_h
    return words


def _selected_label(form, annot) -> str:
    """The label shown for a combo box's selected option, or "" (none selected, or no labels)."""
    import pypdfium2.raw as pdfium_c

    for k in range(max(0, pdfium_c.FPDFAnnot_GetOptionCount(form, annot))):
        if pdfium_c.FPDFAnnot_IsOptionSelected(form, annot, k):
            return _wide_string(lambda b, n, k=k: pdfium_c.FPDFAnnot_GetOptionLabel(form, annot, k, b, n))
    return ""


def _pdf_text_words(page, scale: float, fields: list[Word] | None = None) -> list[Word] | None:
    """Words of the page's text layer through pdfium's text page (boxes in pixels of the page
    rendered at ``scale`` pixels per point), with ``fields`` (the values of its form fields)
    added, or None when it has no real text layer (none, too little, or only a scan's hidden
    OCR text). Words are split at white space (pdfium inserts spaces and line breaks where the
    layout has gaps)."""
    import pypdfium2.raw as pdfium_c

    fields = fields or []
    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        chars = [chr(pdfium_c.FPDFText_GetUnicode(tp, i)) for i in range(n)]
        # (a form's typed values do not make a page born-digital: a scan made fillable has
        # nothing but them, and its captions are in the image)
        if sum(1 for ch in chars if _ALNUM.match(ch)) < MIN_TEXT_LAYER_CHARS or _mostly_hidden_text(tp, chars):
            return None
        to_px = _page_to_pixels(page, scale)
        rect = pdfium_c.FS_RECTF()
        words: list[Word] = []
        text: list[str] = []
        box: list[float] = []

        def flush() -> None:
            if text:
                words.append(Word(text="".join(text), confidence=1.0, bbox=tuple(box)))
                text.clear()

        for i, ch in enumerate(chars):
            if ch in _SPACE or not pdfium_c.FPDFText_GetLooseCharBox(tp, i, rect):
                flush()
                continue
            x0, y0 = to_px(rect.left, rect.top)
            x1, y1 = to_px(rect.right, rect.bottom)
            x0, x1 = min(x0, x1), max(x0, x1)
            y0, y1 = min(y0, y1), max(y0, y1)
            if text:
                # a character away from the word (a new line, a wide gap without a space
                # character) starts a new word; measured in any direction, so it holds for
                # text turned by the page's /Rotate as well
                font = max(x1 - x0, y1 - y0)  # a loose box is as tall as the font
                gap = max(x0 - box[2], box[0] - x1, y0 - box[3], box[1] - y1)
                if gap > 0.5 * font:
                    flush()
            if text:
                box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
            else:
                box[:] = [x0, y0, x1, y1]
            text.append(ch)
        flush()
    finally:
        tp.close()
    from pipeline.ocr import assign_lines

    return assign_lines(words + fields)


def _embedded_scan(page, settings: Settings) -> tuple[np.ndarray, float] | None:
    """The page's scanned image at its own resolution, when the page is nothing but one
    upright image covering it (what a scanner writes): (grayscale pixels as displayed, dpi).
    None when the page is anything else; it is then rendered."""
    import pypdfium2.raw as pdfium_c

    image = None
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE and image is None:
            image = obj
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT and (
                pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE):
            continue  # a scanner's own hidden OCR text draws nothing
        else:
            return None
    if image is None:
        return None
    m = image.get_matrix()
    if abs(m.b) > 1e-6 or abs(m.c) > 1e-6 or m.a <= 0 or m.d <= 0:
        return None  # turned or mirrored: let pdfium draw it
    left, bottom, right, top = page.get_cropbox()
    if (abs(m.e - left) > 2 or abs(m.f - bottom) > 2 or abs(m.e + m.a - right) > 2
            or abs(m.f + m.d - top) > 2):
        return None  # does not exactly cover the page
    md = image.get_metadata()
    if md.colorspace not in (pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, pdfium_c.FPDF_COLORSPACE_DEVICERGB,
                             pdfium_c.FPDF_COLORSPACE_CALGRAY, pdfium_c.FPDF_COLORSPACE_CALRGB,
                             pdfium_c.FPDF_COLORSPACE_ICCBASED, pdfium_c.FPDF_COLORSPACE_INDEXED):
        return None  # image masks, CMYK, separations, Lab: drawn by pdfium, which knows them
    px_w, px_h = image.get_px_size()
    if px_w * px_h > settings.max_pixels or px_w < 100 or px_h < 100:
        return None
    dpi_x, dpi_y = px_w / (m.a / 72.0), px_h / (m.d / 72.0)
    if abs(dpi_x - dpi_y) > 0.03 * max(dpi_x, dpi_y):
        return None  # stretched: its pixels are not square on the page
    bitmap = image.get_bitmap(render=False)
    arr = bitmap.to_numpy()  # a view of pdfium's buffer: copied below before the bitmap goes
    if arr.ndim == 3 and arr.shape[2] >= 3:
        import cv2

        arr = cv2.cvtColor(np.ascontiguousarray(arr[..., :3]), cv2.COLOR_BGR2GRAY)
    else:
        arr = np.array(arr.reshape(arr.shape[0], arr.shape[1]), dtype=np.uint8, copy=True)
    if arr.shape != (px_h, px_w):
        return None
    k = {90: -1, 180: 2, 270: 1}.get(page.get_rotation() % 360, 0)  # /Rotate is clockwise
    if k:
        arr = np.ascontiguousarray(np.rot90(arr, k))
    return arr, float((dpi_x + dpi_y) / 2)


@_pdfium_serialised
def _load_pdf_page(path: Path, index: int, settings: Settings) -> LoadedPage:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        raise _reject(path, "is damaged: the PDF cannot be opened. Scan or save it again.") from None
    try:
        if index >= len(doc):
            raise _reject(path, f"has no page {index + 1}.")
        if doc.get_formtype() != pdfium.raw.FORMTYPE_NONE:
            doc.init_forms()  # (before the page is loaded) form fields are read and drawn
        page = doc[index]
        w_pt, h_pt = page.get_size()
        # never render more pixels than is safe
        max_dpi = (settings.max_pixels / max(1.0, (w_pt / 72.0) * (h_pt / 72.0))) ** 0.5
        text_dpi = min(TEXT_LAYER_DPI, max_dpi)
        fields: list[Word] = []
        try:
            fields = _form_field_words(doc, page, text_dpi / 72.0)
            words = _pdf_text_words(page, text_dpi / 72.0, fields)
        except pdfium.PdfiumError as exc:
            # the text layer is optional: a page whose text cannot be parsed is read by OCR
            import logging

            logging.getLogger(__name__).warning("%s page %d: text layer unreadable (%s); using OCR",
                                                path.name, index + 1, exc)
            words = None
        if words is None and not fields:
            try:
                scan = _embedded_scan(page, settings)
            except pdfium.PdfiumError:
                scan = None  # an image pdfium cannot hand out raw: draw the page instead
            if scan is not None:
                return LoadedPage(image=scan[0], dpi=scan[1])
        dpi = text_dpi if words is not None else min(PDF_OCR_DPI, max_dpi)
        try:
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            gray = np.array(bitmap.to_numpy(), dtype=np.uint8)
        except pdfium.PdfiumError as exc:
            raise _reject(path, f"page {index + 1} is damaged and cannot be drawn ({exc}). "
                                f"Scan or save it again.") from None
        if gray.ndim == 3:
            gray = np.ascontiguousarray(gray[..., 0])  # grayscale rendering, one channel
        page_pdf = _one_page_pdf(doc, index) if words is not None else None
        return LoadedPage(image=gray, dpi=dpi, text_words=words, page_pdf=page_pdf)
    finally:
        doc.close()


def _one_page_pdf(doc, index: int) -> bytes:
    """Page ``index`` of the open pdfium document as a one-page PDF (keeps its text layer)."""
    import pypdfium2 as pdfium

    new = pdfium.PdfDocument.new()
    try:
        new.import_pages(doc, [index])
        buf = io.BytesIO()
        new.save(buf)
        return buf.getvalue()
    finally:
        new.close()


def extract_pdf_page(path: str | Path, index: int) -> bytes:
    """The original page ``index`` of a PDF as a one-page PDF (keeps its text layer)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(path))
    writer = PdfWriter()
    writer.add_page(reader.pages[index])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
