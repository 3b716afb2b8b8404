"""Seeding helpers for the review-app tests (no tests here): a drawn page PNG with its OCR words,
stored and indexed through the real storage API, the way the intake flow leaves a document."""

from __future__ import annotations

import hashlib
import io
import json
import socket
import threading
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pipeline.model import Document, Field, Page, Word

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_W, PAGE_H = 1240, 1754  # A4 at 150 dpi


def _font(size: int):
    if FONT_PATH.exists():
        return ImageFont.truetype(str(FONT_PATH), size)
    return ImageFont.load_default(size=size)


def draw_form(title: str, rows: list[tuple[str, str]], *, page_no: int = 1
              ) -> tuple[bytes, Page, dict[str, list[float]]]:
    """A form page: a title, then "Label: value" rows (label left, value in a column to the right).

    Returns (PNG bytes, the page's words with boxes and lines, {label: union box of its value}).
    """
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    words: list[Word] = []
    value_boxes: dict[str, list[float]] = {}

    def put(text: str, x: float, y: float, font, line: int) -> list[float]:
        box = None
        for token in text.split():
            x0, y0, x1, y1 = draw.textbbox((x, y), token, font=font)
            draw.text((x, y), token, font=font, fill=0)
            words.append(Word(text=token, confidence=0.96, bbox=(x0, y0, x1, y1), line=line))
            box = [x0, y0, x1, y1] if box is None else [min(box[0], x0), min(box[1], y0),
                                                       max(box[2], x1), max(box[3], y1)]
            x = x1 + font.getlength(" ")
        return box or [x, y, x, y]

    put("Stadt Musterstadt", 120, 90, _font(26), 0)
    put(title, 120, 150, _font(44), 1)
    body = _font(30)
    for i, (label, value) in enumerate(rows):
        y = 280 + i * 72
        put(label + ":", 120, y, body, i + 2)
        value_boxes[label] = put(value, 560, y, body, i + 2)
        draw.line((550, y + 40, 1120, y + 40), fill=160, width=1)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    page = Page(page=page_no, width=PAGE_W, height=PAGE_H, words=words)
    return buf.getvalue(), page, value_boxes


def seed_document(store, index, *, title: str, rows: list[tuple[str, str]], doc_type: str,
                  department: str, fields: dict[str, tuple[str, str]], reasons: list[str],
                  confidence: float = 0.45, name: str = "scan.pdf") -> str:
    """Store page image + ocr.json and save a needs_review document; returns its document id.

    ``fields``: field name -> (stored value, the row label its box is taken from).
    """
    png, page, boxes = draw_form(title, rows)
    sha = hashlib.sha256(png + name.encode()).hexdigest()
    document_id = f"{sha[:16]}-01"
    store.put_bytes(f"inputs/{sha}/ocr.json", json.dumps(
        {"input": name, "sha256": sha, "pages": [page.to_ocr_json()]}).encode(), "application/json")
    store.put_bytes(f"documents/{document_id}/page-0001.png", png, "image/png",
                    {"document_id": document_id})
    doc = Document(
        pages=[1], doc_type=doc_type, confidence=confidence, department=department,
        document_id=document_id, reasons=list(reasons),
        fields={k: Field(value=v, confidence=0.9, page=1, bbox=boxes[label], raw=v)
                for k, (v, label) in fields.items()})
    index.begin_input(sha, name, "tests")
    index.save_for_review(doc, input_sha256=sha)
    return document_id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """uvicorn serving ``app`` on 127.0.0.1:<free port> in a background thread."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "ServerThread":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the review app did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


WOHNGELD_ROWS = [
    ("Familienname", "Schneider"),
    ("Vorname", "Jana"),
    ("Geburtsdatum", "14.03.1988"),
    ("Straße, Hausnummer", "Lindenweg 7"),
    ("Postleitzahl", "70173"),
    ("Wohnort", "Stuttgart"),
    ("Monatliche Miete", "650,00 EUR"),
    ("IBAN", "DE89 3704 0044 0532 0130 01"),
]
