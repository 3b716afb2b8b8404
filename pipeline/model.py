"""The one data model every stage speaks: words, pages, fields, documents.

Plain dataclasses, no dependencies: ``pipeline`` produces ``Page`` objects, ``classifiers`` turns
groups of pages into ``Document`` objects, ``storage`` and ``flows`` persist and route them.

Coordinates: every ``bbox`` is ``[x0, y0, x1, y1]`` in pixels of the page image *as processed*
(after rotation and deskew), origin top-left. Confidences are floats in [0, 1].
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PAGE_CONTENT = "content"
PAGE_SEPARATOR = "separator"
PAGE_BLANK = "blank"

SOURCE_OCR = "ocr"
SOURCE_TEXT_LAYER = "text_layer"

STATUS_ROUTED = "routed"
STATUS_NEEDS_REVIEW = "needs_review"


class Rejected(Exception):
    """An input that cannot be processed. ``reason`` is plain words a mailroom clerk understands."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Word:
    text: str
    confidence: float  # 0..1
    bbox: tuple[float, float, float, float]  # x0, y0, x1, y1 in processed-page pixels
    line: int = 0  # reading-order line number within the page (0-based)
    block: int = 0  # layout block within the page (tesseract block, or 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "confidence": round(float(self.confidence), 4),
            "bbox": [round(float(v), 1) for v in self.bbox],
            "line": self.line,
            "block": self.block,
        }


@dataclass
class Page:
    page: int  # 1-based page number in the input file
    width: int  # processed page image size in pixels
    height: int
    rotation: int = 0  # 0/90/180/270 degrees corrected (clockwise rotation applied to upright it)
    skew: float = 0.0  # degrees of skew corrected
    source: str = SOURCE_OCR  # "ocr" | "text_layer"
    words: list[Word] = field(default_factory=list)
    kind: str = PAGE_CONTENT  # content | separator | blank
    dpi: float = 300.0  # resolution of the processed image
    steps: list[str] = field(default_factory=list)  # cleanup steps applied, in order
    image_path: str | None = None  # processed page image (PNG) in the work folder
    pdf_path: str | None = None  # searchable one-page PDF in the work folder
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    def lines(self) -> list[list[Word]]:
        """Words grouped by line, in reading order."""
        out: dict[int, list[Word]] = {}
        for w in self.words:
            out.setdefault(w.line, []).append(w)
        return [sorted(ws, key=lambda w: w.bbox[0]) for _, ws in sorted(out.items())]

    @property
    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in line) for line in self.lines())

    def to_ocr_json(self) -> dict[str, Any]:
        """The page as ``intake ocr`` writes it (see shared/spec/README.md)."""
        return {
            "page": self.page,
            "width": self.width,
            "height": self.height,
            "rotation": self.rotation,
            "skew": round(float(self.skew), 2),
            "source": self.source,
            "kind": self.kind,
            "dpi": self.dpi,
            "steps": list(self.steps),
            "words": [w.to_json() for w in self.words],
        }

    @classmethod
    def from_ocr_json(cls, d: dict[str, Any]) -> "Page":
        words = [
            Word(text=w["text"], confidence=w["confidence"], bbox=tuple(w["bbox"]),
                 line=w.get("line", 0), block=w.get("block", 0))
            for w in d.get("words", [])
        ]
        return cls(page=d["page"], width=d["width"], height=d["height"],
                   rotation=d.get("rotation", 0), skew=d.get("skew", 0.0),
                   source=d.get("source", SOURCE_OCR), words=words,
                   kind=d.get("kind", PAGE_CONTENT), dpi=d.get("dpi", 300.0),
                   steps=list(d.get("steps", [])))


@dataclass
class Field:
    value: str  # normalised (see classifiers.normalize)
    confidence: float  # 0..1
    page: int  # 1-based page number in the input file
    bbox: list[float] | None  # where it was read, processed-page pixels
    raw: str = ""  # as printed / as read
    # how it was found (classifiers.extract: label + colon 1.0 ... fallback 0.7) and the OCR
    # confidence of its words: the parts of ``confidence``; not written to the result file
    quality: float = 1.0
    ocr_confidence: float = 1.0
    # another value for this field read about as surely from other words of the page
    # (classifiers.extract._rival): a person decides which is meant; not written to the result file
    rival: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": round(float(self.confidence), 4),
            "page": self.page,
            "bbox": None if self.bbox is None else [round(float(v), 1) for v in self.bbox],
        }


@dataclass
class Document:
    pages: list[int]  # 1-based page numbers in the input (no separator / blank pages)
    doc_type: str = "sonstiges"
    confidence: float = 0.0
    fields: dict[str, Field] = field(default_factory=dict)
    status: str = STATUS_NEEDS_REVIEW
    department: str = "poststelle"
    case_id: str | None = None
    document_id: str = ""
    reasons: list[str] = field(default_factory=list)  # why it needs review (plain words)
    type_scores: dict[str, float] = field(default_factory=dict)

    def to_result(self) -> dict[str, Any]:
        """The document as it appears in a result file (shared/spec/result.schema.json)."""
        return {
            "document_id": self.document_id,
            "pages": list(self.pages),
            "doc_type": self.doc_type,
            "confidence": round(float(self.confidence), 4),
            "fields": {k: f.to_json() for k, f in self.fields.items()},
            "status": self.status,
            "department": self.department,
            "case_id": self.case_id,
            "review_reasons": list(self.reasons),
        }

    @classmethod
    def from_result(cls, d: dict[str, Any]) -> "Document":
        return cls(
            pages=list(d["pages"]), doc_type=d["doc_type"], confidence=d["confidence"],
            fields={k: Field(value=f["value"], confidence=f["confidence"], page=f["page"],
                             bbox=f["bbox"]) for k, f in d.get("fields", {}).items()},
            status=d["status"], department=d["department"], case_id=d.get("case_id"),
            document_id=d.get("document_id", ""), reasons=list(d.get("review_reasons", [])),
        )


def asjson(obj: Any) -> Any:
    return asdict(obj)
