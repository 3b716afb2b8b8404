"""Batch scans → documents: a separator sheet starts a new document; separator and blank pages
belong to no document."""

from __future__ import annotations

from pipeline.model import PAGE_BLANK, PAGE_SEPARATOR, Page


def split_documents(pages: list[Page]) -> list[list[Page]]:
    """Group ``pages`` (in input order) into documents. Empty groups (two separators in a row, a
    separator first or last, a run of blank pages) are dropped."""
    docs: list[list[Page]] = []
    current: list[Page] = []
    for p in pages:
        if p.kind == PAGE_SEPARATOR:
            if current:
                docs.append(current)
            current = []
        elif p.kind == PAGE_BLANK:
            continue
        else:
            current.append(p)
    if current:
        docs.append(current)
    return docs
