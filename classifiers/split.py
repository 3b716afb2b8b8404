"""A stack scanned without separator sheets → its documents, by what the pages say.

The contract's separator sheets (``pipeline.split``) are the mailroom's way to part a batch; a
stack scanned without them (a duplex scanner's morning post, a clerk who forgot the sheets) would
otherwise become one document of several letters and forms. Within each run of pages between
separators, a page starts a new document when

* its page mark says so ("Seite 1 von 3", "Seite 1/2", "Blatt 1 von 4"), or
* it is, read alone, a document of another type than the one running (the first page's) and
  looks like the start of one: the classifier is sure of the type (a form's title, its laws and
  labels: ``SURE``), or the page opens a letter (a salutation in its upper part).

A page never starts one where the marks say the running document goes on: the page before it was
"Seite k von N" with k < N or ended in "bitte wenden" / "Fortsetzung", or the page itself is
"Seite 2 von 3", "Rückseite" or "Fortsetzung". Attachments behind a form or letter (a pay slip,
a lease copy, the landlord's confirmation behind a Meldeschein, the copy of the notice behind an
objection) stay with it: read alone they are of no other type, or of the same one, and open no
letter. A cover letter and the form it covers are one document where both read as the form's
type (the letter names its enclosures: the form's "Seite 1 von 1" notwithstanding), two where the
letter reads as a general enquiry.

Pure function on pages; the per-page type comes from :func:`classifiers.classify.classify_text`.
"""

from __future__ import annotations

import re

from classifiers.doctypes import FALLBACK_TYPE
from pipeline.model import Page

#: a page read alone as a type other than the running document's starts a new one from this
#: confidence on (chosen on the generated sets and the probes: multi-page documents whose later
#: pages read as another type score below it)
SURE = 0.8
_OBJECTION = "widerspruch"
#: a salutation in this upper part of a page opens a letter
LETTER_TOP = 0.6

_ONE = r"(?:\d{1,2}|[Il|!])"  # "Seite | von 2": a 1 read as a bar
_PAGE_OF = re.compile(r"(?i)\b(?:seite|blatt|page)\s*(" + _ONE + r")\s*(?:von|/|of|v\.)\s*(\d{1,2})\b")
_PAGE_ALONE = re.compile(r"(?i)(?:^|[-–—]\s*)seite\s+(\d{1,2})\s*(?:[-–—]|$)", re.M)
_GOES_ON = re.compile(r"(?i)bitte\s+wenden|\bb\.\s?w\.|weiter\s+auf\s+(?:der\s+)?(?:r[üu]ckseite|n[äa]chste|seite\s+\d)"
                      r"|fortsetzung\s+(?:auf|siehe)")
# the page's own caption, not a hint under a form's title ("Hinweise auf der Rückseite")
_CONTINUED = re.compile(r"(?im)\(\s*r[üu]ckseite\s*\)|[-–—]\s*r[üu]ckseite\s*(?:[-–—]|$)|^\W*r[üu]ckseite\W*$"
                        r"|\bfortsetzung\b(?!\s+(?:auf|siehe))|\(forts\.?\)")
#: what an objection has attached: the contested notice (it reads as the matter's type)
_NOTICE_TOP = re.compile(r"(?i)bescheid\b|\babschrift\b|\bkopie\b")
_NOTICE_ANY = re.compile(r"(?i)rechtsbehelfsbelehrung")
_ENCLOSURE = re.compile(r"(?im)^\W*(?:anlagen?|beilagen?)\s*:|\banbei\b|\bbeigef[üu]gt")
_SALUTATION = re.compile(r"(?m)^\W{0,3}(?:Sehr\s+geehrte|Liebe[rs]?\s|Guten\s+Tag|Hallo\b|Moin\b|Grüß\s+Gott)")


def _number(s: str) -> int:
    return int(s) if s.isdigit() else 1  # "|", "I", "l", "!", "i", "L": a 1 misread


def page_mark(page: Page) -> tuple[int, int | None] | None:
    """(k, N) of the page's "Seite k von N" (N None for a bare "Seite k"), or None."""
    text = page.text
    m = _PAGE_OF.search(text)
    if m:
        k, n = _number(m.group(1)), int(m.group(2))
        if 1 <= k <= n <= 99:
            return k, n
    m = _PAGE_ALONE.search(text)
    if m and 1 <= int(m.group(1)) <= 99:
        return int(m.group(1)), None
    return None


def _opens_letter(page: Page) -> bool:
    lines = page.lines()
    if not lines:
        return False
    for line in lines:
        if min(w.bbox[1] for w in line) > LETTER_TOP * page.height:
            break
        if _SALUTATION.search(" ".join(w.text for w in line)):
            return True
    return False


def _encloses(page: Page) -> bool:
    """Whether ``page`` is a letter that names enclosures ("Anlage: ...", "anbei erhalten Sie")."""
    return _opens_letter(page) and bool(_ENCLOSURE.search(page.text))


def _top_text(page: Page, share: float = 0.15) -> str:
    return "\n".join(" ".join(w.text for w in line) for line in page.lines()
                     if min(w.bbox[1] for w in line) <= share * page.height)


def _goes_on(before: Page, page: Page, prev: tuple[int, int | None] | None,
             mark: tuple[int, int | None] | None) -> bool:
    """Whether the marks say ``page`` continues the document ``before`` belongs to (``prev`` and
    ``mark``: their :func:`page_mark`)."""
    if mark is not None and mark[0] >= 2:
        return True
    if prev is not None and prev[1] is not None and prev[0] < prev[1] and (mark is None or mark[0] != 1):
        return True
    tail = "\n".join(before.text.splitlines()[-4:])
    return bool(_GOES_ON.search(tail)) or bool(_CONTINUED.search(_top_text(page)))


def split_by_content(pages: list[Page], page_type=None) -> list[list[Page]]:
    """Part ``pages`` (one run between separator sheets, blank pages already out) into documents.
    ``page_type(page) -> (type, confidence)`` reads one page alone (default: the classifier)."""
    if len(pages) < 2:
        return [pages] if pages else []
    if page_type is None:
        from classifiers.classify import classify_text, title_text

        def page_type(p: Page) -> tuple[str, float]:
            r = classify_text(p.text, title_text([p]))
            return r.doc_type, r.confidence

    marks = [page_mark(p) for p in pages]
    docs: list[list[Page]] = [[pages[0]]]
    running = page_type(pages[0])[0]
    for i in range(1, len(pages)):
        before, page, mark = pages[i - 1], pages[i], marks[i]
        kind, conf = page_type(page)
        letter = _opens_letter(page)
        other = kind != running and ((kind != FALLBACK_TYPE and conf >= SURE) or letter)
        if running == _OBJECTION and (_NOTICE_TOP.search(_top_text(page, 0.35)) or _NOTICE_ANY.search(page.text)):
            # behind an objection, the copy of the notice it contests (which reads as the matter's
            # type: a dog tax notice as a dog registration)
            other = False
        if _goes_on(before, page, marks[i - 1], mark):
            # the marks say the document goes on; a letter of another type opening on this page
            # says it does not (a form sent without its last pages: no form page opens a letter)
            start = letter and other
        else:
            # a page 1 of the same sure type is a second form ("Seite 1 von 1" twice); an attachment
            # with its own page marks (a pay slip, a lease copy) reads as no sure type and stays,
            # as does the form a cover letter of its type names among its enclosures
            start = other or (mark is not None and mark[0] == 1 and kind == running
                              and kind != FALLBACK_TYPE and conf >= SURE and not _encloses(before))
        if start:
            docs.append([page])
            running = kind
        else:
            docs[-1].append(page)
    return docs
