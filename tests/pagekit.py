"""Hand-built pages for extraction tests: text placed at positions, split into word boxes."""

from __future__ import annotations

from pipeline.model import Page, Word


def make_page(items, page: int = 1, width: int = 2480, height: int = 3508, conf: float = 0.95) -> Page:
    """``items``: (x, y, text[, size[, confidence]]) with x/y the top-left of the text in pixels,
    size its height."""
    words: list[Word] = []
    for line_no, item in enumerate(items):
        x, y, text = item[0], item[1], item[2]
        size = item[3] if len(item) > 3 else 40
        word_conf = item[4] if len(item) > 4 else conf
        char_w = size * 0.55
        cx = x
        for w in text.split(" "):
            if not w:
                cx += char_w
                continue
            wd = len(w) * char_w
            words.append(Word(text=w, confidence=word_conf, bbox=(cx, y, cx + wd, y + size), line=line_no))
            cx += wd + char_w
    return Page(page=page, width=width, height=height, words=words)
