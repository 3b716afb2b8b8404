"""Approved documents become training data for ``intake train``.

One JSON line per approved document is appended to ``<INTAKE_HOME>/training/corrections.jsonl``::

    {"document_id", "doc_type", "fields": {name: value}, "text": "...",
     "pages": [Page.to_ocr_json() + "line" per word, ...], "approved_by", "approved_at"}

``text`` is the pages' text in reading order as the extractor sees it (``classifiers.layout``: rows
rebuilt from the word boxes), ``pages`` the OCR words with boxes and line numbers (the format of
``truth/<name>.words.json``), so the trainer can use either.
"""

from __future__ import annotations

import fcntl
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.model import Page
from pipeline.settings import Settings


def corrections_path(settings: Settings) -> Path:
    return settings.home / "training" / "corrections.jsonl"


def _page_json(p: Page, rows: dict[int, int]) -> dict[str, Any]:
    d = p.to_ocr_json()
    # the reading-order line of every word (rebuilt from the boxes: ocr.json does not keep it)
    for wd, w in zip(d["words"], p.words):
        wd["line"] = rows.get(id(w), w.line)
        wd["block"] = w.block
    return d


def correction_record(document_id: str, doc_type: str, fields: dict[str, str], pages: list[Page],
                      *, actor: str) -> dict[str, Any]:
    from classifiers.layout import build_layout

    layout = build_layout(pages)
    rows = {id(t.word): row.index for row in layout.rows for ph in row.phrases for t in ph.tokens}
    return {
        "document_id": document_id,
        "doc_type": doc_type,
        "fields": dict(fields),
        "text": layout.text,
        "pages": [_page_json(p, rows) for p in pages],
        "approved_by": actor,
        "approved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def append_correction(settings: Settings, record: dict[str, Any]) -> Path:
    """Append one record as a single line (locked, so two app processes never interleave lines)."""
    path = corrections_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    with path.open("a", encoding="utf-8") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    return path
