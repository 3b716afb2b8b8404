"""A seventeenth held-out probe set: MAIL AS IT LIES ON THE MAILROOM DESK. 20 hand-made German documents of March and
April 2028, every one of the spec's nine types at least twice (three invoices, three "sonstiges"), one document per
file (18 of one page, 2 of two pages), addressed to towns and cities of eight Länder (Görlitz, Plauen and Bautzen;
Krefeld, Siegen, Aachen and Gütersloh; Saarlouis; Bayreuth; Delmenhorst, Cuxhaven and Stade; Pirmasens, Worms and
Zweibrücken; Wernigerode; Gotha), with the official forms of six of them, DIN 5008 letters of citizens, a society and
tradesmen, and invoices of craftsmen and companies with net / VAT / gross and customer, order and delivery-note
numbers beside the invoice number; and each with the MARKS REAL INCOMING PAPER CARRIES: the city's ENTRY STAMP in
four designs (a double frame with "EINGEGANGEN 12. APR. 2028" and the office written in, an oval "POSTEINGANG
10.04.2028", a grid of date | Amt | Sachb. | Anl. filled in by pen, the date between two thick bars), red, blue or
violet, unevenly inked, often at a slant and partly over the text, its date never a field; caseworkers' and the
mailroom's HANDWRITTEN NOTES in pencil, green, red or blue ("z.K. Amt 32", "WV 2 Wo", "sachlich richtig", initials and
a date, a debt counsellor's plea with her own phone number); yellow and green HIGHLIGHTER strokes over a value or a
label (translucent, ragged, chisel-cut); letters FOLDED IN THREE for the window envelope (two shaded creases, the
middle panel a shade darker); two PUNCHED HOLES at the left edge (the scanner's light lid or black feeder backing
showing through); a STAPLE or a PAPER CLIP with its shadow at the top; yellow or pink STICKY NOTES hiding an
unimportant part (what they hide leaves the page's text); "KOPIE" and "EILT!" stamps; the scan centre's BARCODE LABEL
(a real Code 128 of an item number, not "PATCHT"); a form filled in partly on a TYPEWRITER (one letter at a time,
unevenly inked, a date x-ed out) and partly BY HAND; a REPLY SLIP cut off a letter (a sheet of 210 x 112 mm with the
rest of the dashed line and a crooked cut); and two letters with their ENVELOPE scanned behind them as page 2 (the
address-window side: the window empty with the security print showing through, a franking machine's imprint or a
stamp with its postmark, the sorting code's orange bars). Names, streets, places and postcodes belong together (a real
postcode of the place), the IBANs carry valid mod-97 check digits, the USt-IdNr. valid check digits, the plates the area
codes of their places. The layouts and wordings are neither the corpus generator's (sample_docs/generator/) nor those
of sample_docs/probe.py, probe2.py, ..., probe16.py. It exists for an honest measurement of how classification and
field extraction carry over to mail as it really arrives, so no fix may be made from it (once one is, it stops being
held out: say so here). It was written without reading the extractor, the classifier, the verifier, the label lists,
the tests other than tests/test_probe.py or the corpus generator's internals, and without looking at any extraction
output; the scanner is this module's own.

Measured once (thirteenth session, the code of 39bcb42, page OCR read afresh): splitting 100 %, type 90.0 %, field F1
79.6 %, straight-through 25.0 %, routed precision 70.0 % (10 routed, 3 wrong: on the building form's scan the caption
"Geburtsdatum", read "Gerusdatun" on the page, filed as the surname after the second reading read it as printed; on
the roofer's scan "BEDACHUNGEN PIETSCH" of the letterhead for "Bedachungen Pietsch e.K." of the footer; on the butcher's
objection "Inh. Jürgen" as the given name). The joiner's offer was typed an invoice and the parking complaint a
parking permit (both held for review). Fixes were made from it right after (a caption filed as a value is held, the
name with its legal form wins, a role before a name is dropped, an offer is no invoice, a trade master's title is no
name): it is a regression set now, no longer held out.

    python -m sample_docs.probe17 --out DIR
    python -m classifiers.measure DIR --split all --out RESULTS

writes, per document, DIR/inbox/<name>.png (a clean 300-dpi render of the sheet with all its marks; for a two-page
document <name>.tif, a lossless LZW TIFF of its pages at 300 dpi, the envelope in its own size 220 x 110 mm, the
reply slip 210 x 112 mm) and DIR/inbox/<name>_scan.<ext> (the same pages through the mailroom's sheet-fed scanner:
.jpg, .png, .pdf or .tif, the two-page ones .pdf or .tif), and DIR/truth/<input>.json in the corpus's truth format
(the shape sample_docs.probe.write and probe16 give it): split "test"; tier "clean" for the render, "scanned" for the
scan; meta.format png / jpeg / pdf / tiff as written, meta.kind "single", meta.layout "probe-<name>"; one document with
all the file's pages (the envelope is a page of its letter's document); "pages" one entry per page with rotation 0,
skew (degrees the scanner turned the content counter-clockwise; 0 on the clean render), dpi (the scanner's: 200, 240
or 300) and the drawn text: the stamps', notes' and labels' text included, the text a sticky note or a label hides
left out. The scanner (numpy, OpenCV, Pillow): each sheet drawn in askew by 0.3-1.4 degrees and a little off centre
(the backing's light grey, or black, shows at the edges), the feed a few tenths of a percent fast or slow, resampled to
200, 240 or 300 dpi, slightly soft, the ink a little lighter and the paper a shade darker than white with the lamp's
light falling off down the page, dust, sensor noise, in one scan a speck on the feeder's glass drawing a line down the
page; greyscale or colour; JPEG q70-80 in the JPEG files, the PDFs and the TIFFs, PNG lossless. Every random
generator is seeded and the PDFs' dates are fixed, so the output is byte for byte the same on every run (about 30 s
for the 40 files). The drawing helpers are sample_docs.probe's and, imported by name, probe2's check boxes, probe3's
ink and rules, probe4's signature, probe7's URW faces and pens, probe8's ruled tables and pen crosses, probe9's
fitting, handwriting and seal, probe10's Code 128 and form footer, probe12's stamp violet, probe13's ribbon black,
probe14's label / value rows, probe15's page of any size and probe16's address window, fold marks, priced lists and
totals; the marks, the envelope, the reply slip and the forms are this module's own. Before writing,
sample_docs.probe2's checks run on every document (the text of its pages joined): every truth value is already in the
spec's normal form, validates, its PLZ belongs to its place, it is printed on one of the document's pages (and not
hidden under a label or a note), and every required field of the type is there; this set adds that no date of a mailroom
mark (entry stamp, barcode label, franking, postmark) is the value of a date field, that every type is there twice, and
that a two-page document is scanned to PDF or TIFF. Nothing is written when a check fails. ABSENT_TYPES is empty.

The truth is what a caseworker would file, the same on the clean render and on the scan. Readings chosen where the
spec leaves a choice (each document's docstring says which):
- Nothing the mailroom or a caseworker adds is a field: the entry stamp's date, office and initials, the barcode
  label's number and time, margin notes and sticky notes (their dates, "Amt 65", a dog tag's number), the franking's
  and the postmark's date, a debt counsellor's phone in her note, a tax adviser's stamp with its address and phone.
  A value under a highlighter stroke or partly under a stamp is still the value; no truth value is hidden under a
  label or a sticky note.
- An envelope scanned behind a letter is a page of that letter's document (pages [1, 2]), not a document of its own
  and not a page of no document (the spec names only separator sheets and blank pages as such).
- A date typed, x-ed out on the typewriter and written anew by hand is filed as the handwritten one. A form filled by
  a tax adviser is filed under the applicant, not the adviser.
- A reply slip's person is the one its address block names (printed by the office); the file number the office
  printed on it ("Aktenzeichen: 22.3 - HSt - 2028/1173") is its Aktenzeichen. An invoice's or an offer's "Ihr
  Zeichen" (the city's reference) is its Aktenzeichen; customer, order, delivery-note, contract and project numbers
  are none.
- A renewal of a parking permit asked for by letter is a "bewohnerparkausweis", its plate the new car's (not the sold
  one's). A copy of a building application sent to the town while the original went to the district's building
  authority is a "bauantrag". A complaint about parking in the zone, a society's questions about a flea market and a
  joiner's OFFER (net / VAT / gross like an invoice, but no invoice) are "sonstiges".
- A couple's Wohngeld letter is filed under the spouse who applies and signs; the household size only where it is
  printed as a number ("besteht aus 2 Personen"); the rent is the stated total with heating (or the sum of the rows
  ticked "ja"), not its parts, a garage, or the pensions.
- A sole trader's objection on his shop's letterhead is filed under the owner at the shop's address with the shop's
  phone (not its fax); a society's letter signed by two board members and a firm's offer are filed under the
  society's / firm's address, phone and e-mail with no person. A letter's writer's own phone is the letterhead's, not
  an engineer's or a counsellor's named in the text.
- An objection's Bescheid date is the notice's own date, not the day it was received, the postmark or the entry
  stamp; an invoice's amount is its gross total ("Rechnungsbetrag", "Gesamtbetrag"); its supplier as its footer names
  it (with "e.K." or "GmbH").

What the documents probe (one line each; the docstrings say more) and how each is scanned:
  inv_dachdecker       rechnung     jpg 200 grey  a roofer (Bautzen) to Görlitz: folded, punched, red boxed entry
                                                  stamp over the info block, total highlighted, "sachlich richtig"
  inv_buero            rechnung     pdf 300 col.  a dealer's modern invoice with its data in a tinted sidebar (Krefeld):
                                                  a paper clip, the barcode label, the order number highlighted green
  inv_wartung          rechnung     pdf 240 grey  a fire-safety firm to Siegen in the old DIN 676 reference line, TWO
                                                  pages: the firm's window envelope with its franking behind it
  gew_schreibmaschine  gewerbe      tif 300 grey  Saarlouis' form with numbered rows, TYPEWRITER and HAND, a typed date
                                                  x-ed out; barcode label, oval stamp, black-backed holes
  gew_brief            gewerbe      jpg 240 col.  a dog groomer's letter (Bayreuth) with label / value lines, the "bar"
                                                  stamp over the date, a sticky note over the enclosures
  meld_plauen          wohnsitz     png 200 grey  Plauen's form: tinted caption halves, dates one digit per cell;
                                                  staple, violet grid stamp, move-in row highlighted, "verspätet!"
  meld_brief           wohnsitz     jpg 300 grey  a student's letter in Aachen: move-in day and birth date written out;
                                                  oval stamp over the subject, "WV 2 Wo" pencilled, folded, punched
  wg_delmenhorst       wohngeld     pdf 200 col.  Delmenhorst's form filled on the PC, caption and value in one box,
                                                  rent rows "ja / nein"; EILT!, a counsellor's plea, barcode label
  wg_brief             wohngeld     png 240 grey  a pensioner couple's letter (Pirmasens): rent, household and IBAN in
                                                  sentences; slanted stamp over the sender, sticky note over a PS
  dog_cuxhaven         hundesteuer  jpg 240 col.  Cuxhaven's form with captions on tabs, by hand; a paper clip, oval
                                                  stamp, the start of keeping highlighted, a pencilled note
  dog_abschnitt        hundesteuer  png 240 col.  Gütersloh's REPLY SLIP cut off a letter (210 x 112 mm): printed
                                                  address and file number, ticks and lines by hand, a blue stamp
  park_formular        parkausweis  jpg 200 col.  Worms' form with a notes column, the plate in letter cells; plate
                                                  highlighted, sticky note over the data-protection note, holes
  park_brief           parkausweis  pdf 240 grey  a renewal by letter in Stade: new and sold car's plates in two
                                                  sentences; the "bar" stamp over the subject, "z.K. Amt 32"
  bau_formular         bauantrag    tif 240 grey  a COPY of Saxony-Anhalt's form to Wernigerode (original to the
                                                  district): "KOPIE", staple, barcode label, grid stamp, a seal
  bau_brief            bauantrag    jpg 300 col.  a balcony by letter in Gotha, plot in a two-line subject, the engineer
                                                  with his own phone; Flurstück highlighted, "z.K. Amt 63"
  wid_umschlag         widerspruch  tif 200 grey  a father's objection in Siegen, TWO pages: his window envelope with
                                                  stamp and postmark behind it; "Frist gewahrt (Poststempel 12.4.)"
  wid_fleischerei      widerspruch  pdf 300 grey  a butcher's objection (Bautzen) with info block and Kassenzeichen;
                                                  barcode label, staple, pink sticky note over the bank, holes
  misc_parkbeschwerde  sonstiges    jpg 200 grey  a complaint about parking in Worms' zone with her permit number and
                                                  plate; blue stamp, green note, the feeder glass's streak
  misc_verein          sonstiges    png 240 grey  a garden society's questions in Zweibrücken, two signers, its own
                                                  "KOPIE"; oval stamp at the foot, sticky note over the footer
  misc_angebot         sonstiges    pdf 240 col.  a joiner's OFFER to Delmenhorst with net / VAT / gross and "Ihr
                                                  Zeichen"; paper clip, "bar" stamp, the gross sum highlighted
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
import random
import sys
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from sample_docs.probe import DPI, MM, _text, font
from sample_docs.probe2 import GREY, cbox, cboxes, check_truth as _check_truth
from sample_docs.probe3 import INK, vline
from sample_docs.probe4 import scribble
from sample_docs.probe7 import PENCIL, STAMP_BLUE, STAMP_RED, width
from sample_docs.probe8 import grid_table, pencross
from sample_docs.probe9 import RED_PEN, fit, hw, seal
from sample_docs.probe10 import code128, footer
from sample_docs.probe12 import VIOLET
from sample_docs.probe13 import RIBBON
from sample_docs.probe14 import kv_rows
from sample_docs.probe15 import Pg
from sample_docs.probe16 import fold_marks, items, totals, window

DOCS: dict = {}
SCAN: dict = {}
ABSENT_TYPES: tuple = ()

WHITE = (255, 255, 255)
GREEN_PEN = (25, 120, 70)      # the Kämmerei's green pen
YELLOW_HL = (255, 236, 64)     # highlighters, printed translucent (multiplied onto the page)
GREEN_HL = (150, 238, 110)
LID = 222                      # a scanner lid's / ADF backing's light grey, seen through punched holes
DARK = 48                      # a black ADF backing


def doc(ext, dpi, mode, quality=None, backing=LID, streak=False):
    """Register a document builder and how its second input is scanned: the file type (jpg, png, pdf, tif), the
    scanner's resolution, greyscale "L" or colour "RGB", the JPEG quality where the file is compressed, the grey of
    the scanner's backing (what shows at the sheet's edges and through its punched holes) and whether a speck of
    dust on the feeder's glass draws a line down the page."""
    def reg(fn):
        DOCS[fn.__name__] = fn
        SCAN[fn.__name__] = (ext, dpi, mode, quality, backing, streak)
        return fn
    return reg


# ---------------------------------------------------------------- the sheet and the marks the mailroom adds
class Sheet(Pg):
    """probe15's page in any paper size that also remembers where each text item stands (so a label or a note
    stuck over it can take what it hides out of the page's text) and the dates the mailroom's marks carry (entry
    stamps, barcode labels, postmarks: checked never to be a field's value)."""

    def __init__(self, wmm=210.0, hmm=297.0, paper=WHITE):
        super().__init__(wmm, hmm, paper)
        self.spans: dict = {}
        self.marks: list = []

    def t(self, x, y, s, f="sans", pt=10, align="l", fill=(0, 0, 0)):
        w = super().t(x, y, s, f, pt, align, fill)
        self.spans[len(self.texts) - 1] = (self.texts[-1][1], y, self.texts[-1][1] + w, y + pt * 0.3528)
        return w


def _mottle(img, rng, strength):
    """A rubber stamp's uneven inking: the ink thinned by a smooth random field and a few bare specks."""
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    low = nrng.uniform(0.0, 1.0, (max(2, h // 45), max(2, w // 45))).astype(np.float32)
    field = 1.0 - strength * np.clip(cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC), 0.0, 1.0)
    field[nrng.uniform(0.0, 1.0, (h, w)) < 0.05] *= 0.35
    a = 255.0 - (255.0 - a) * field[..., None]
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8))


def overlay(p, x, y, wmm, hmm, draw, angle=0.0, rng=None, mottle=0.0, opaque=False, shadow=0.0, paper=WHITE):
    """Draw ``draw(q)`` on a sheet of its own, ``wmm`` x ``hmm`` mm, turn it by ``angle`` degrees
    (counter-clockwise) about its middle and lay it on ``p`` with its middle where the box (x, y, wmm, hmm) has
    its own: INKED (multiplied: the page's print shows through, as under a stamp, a pen or a highlighter) or
    OPAQUE (a label or a sticky note: what is under it is hidden and its text leaves the page's text; a soft
    shadow at its lower right). The text drawn on it joins the page's, its points turned with it."""
    q = Sheet(wmm, hmm, paper)
    draw(q)
    img = _mottle(q.img, rng, mottle) if mottle else q.img
    rot = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=WHITE)
    cx, cy = (x + wmm / 2) * MM, (y + hmm / 2) * MM
    left, top = int(round(cx - rot.width / 2)), int(round(cy - rot.height / 2))
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    if opaque:
        mask = Image.new("L", img.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
        if shadow:  # a soft shadow at the lower right, worked out on the region round the sheet only
            m_ = int(4 * MM)
            box = (max(0, left - m_), max(0, top - m_), min(p.img.width, left + rot.width + 2 * m_),
                   min(p.img.height, top + rot.height + 2 * m_))
            sh = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
            sh.paste(mask, (left + int(0.7 * MM) - box[0], top + int(1.0 * MM) - box[1]))
            sh = np.asarray(sh.filter(ImageFilter.GaussianBlur(0.9 * MM)), dtype=np.float32) / 255.0
            a = np.asarray(p.img.crop(box), dtype=np.float32) * (1.0 - shadow * sh)[..., None]
            p.img.paste(Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8)), box[:2])
        p.img.paste(rot, (left, top), mask)
        keep, spans = [], {}
        for i, (ty, tx, s) in enumerate(p.texts):
            x0, y0, x1, y1 = p.spans.get(i, (tx, ty, tx, ty))
            mx, my = (x0 + x1) / 2 - (x + wmm / 2), (y0 + y1) / 2 - (y + hmm / 2)
            lx, ly = mx * ca - my * sa, mx * sa + my * ca  # into the sheet's own frame
            if abs(lx) <= wmm / 2 and abs(ly) <= hmm / 2:
                continue
            if i in p.spans:
                spans[len(keep)] = p.spans[i]
            keep.append((ty, tx, s))
        p.texts[:] = keep
        p.spans = spans
    else:  # ink: multiplied onto the region it covers
        box = (max(0, left), max(0, top), min(p.img.width, left + rot.width), min(p.img.height, top + rot.height))
        if box[2] > box[0] and box[3] > box[1]:
            ink = rot.crop((box[0] - left, box[1] - top, box[2] - left, box[3] - top))
            p.img.paste(ImageChops.multiply(p.img.crop(box), ink), box[:2])
    for ty, tx, s in q.texts:
        dx, dy = tx - wmm / 2, ty - hmm / 2
        p.texts.append((y + hmm / 2 - dx * sa + dy * ca, x + wmm / 2 + dx * ca + dy * sa, s))
    p.marks.extend(q.marks)


def entry_stamp(p, x, y, design, lines, date, iso, color=STAMP_RED, angle=0.0, rng=None, hand=None,
                hand_ink=INK):
    """The city's entry stamp with its date (``date`` as printed, ``iso`` recorded as a mark, never a field):
    ``design`` "box" (a double frame, the date large in the middle), "oval" (an oval ring), "grid" (a band with
    the date over three cells "Amt | Sachb. | Anl." filled in by pen: ``hand``) or "bar" (the date between two
    thick rules). ``lines``: the city's lines (before the date; "bar" puts the last one under it)."""
    pt, dpt = 7.2, 11.5
    wl = max([width(s, "hsans-b", pt) for s in lines] + [width(date, "tw-b", dpt)])
    if design == "grid":
        wmm, hmm = max(wl + 8, 46), 22.0
    elif design == "oval":
        wmm, hmm = wl + 16, 8 + 3.4 * len(lines) + 5.2
    elif design == "bar":
        wmm, hmm = wl + 6, 3.4 * len(lines) + 12
    else:
        wmm, hmm = wl + 8, 4.4 + 3.4 * len(lines) + 5.4 + (4.4 if hand else 0)

    def draw(q):
        lw = max(2, int(0.5 * MM))
        if design == "oval":
            q.d.ellipse([0.4 * MM, 0.4 * MM, (wmm - 0.4) * MM, (hmm - 0.4) * MM], outline=color, width=lw)
            q.d.ellipse([1.5 * MM, 1.5 * MM, (wmm - 1.5) * MM, (hmm - 1.5) * MM], outline=color, width=2)
            yy = 4.0
            for s in lines:
                q.t(wmm / 2, yy, s, "hsans-b", pt, "c", fill=color)
                yy += 3.4
            q.t(wmm / 2, yy + 0.3, date, "tw-b", dpt, "c", fill=color)
        elif design == "grid":
            q.box(0.3, 0.3, wmm - 0.3, hmm - 0.3, 0.45, outline=color)
            q.t(wmm / 2, 1.4, lines[0], "hsans-b", pt, "c", fill=color)
            q.t(wmm / 2, 4.8, date, "tw-b", dpt, "c", fill=color)
            q.hl(0.3, wmm - 0.3, 10.6, 0.35, color)
            cw = (wmm - 0.6) / 3
            for k, cap in enumerate(["Amt", "Sachb.", "Anl."]):
                if k:
                    vline(q, 0.3 + k * cw, 10.6, hmm - 0.3, 0.3, color)
                q.t(0.3 + k * cw + 1.0, 11.2, cap, "hsans", 5.8, fill=color)
                if hand and hand[k]:
                    q.t(0.3 + k * cw + cw / 2, 14.6, hand[k], "chancery", 12, "c", fill=hand_ink)
        elif design == "bar":
            q.t(wmm / 2, 0.6, lines[0], "hsans-b", pt, "c", fill=color)
            q.box(0.5, 4.0, wmm - 0.5, 4.9, fill=color, outline=color)
            q.t(wmm / 2, 5.8, date, "tw-b", dpt, "c", fill=color)
            q.box(0.5, 10.6, wmm - 0.5, 11.5, fill=color, outline=color)
            yy = 12.2
            for s in lines[1:]:
                q.t(wmm / 2, yy, s, "hsans-b", pt, "c", fill=color)
                yy += 3.4
        else:
            q.box(0.3, 0.3, wmm - 0.3, hmm - 0.3, 0.5, outline=color)
            q.box(1.3, 1.3, wmm - 1.3, hmm - 1.3, 0.15, outline=color)
            yy = 2.4
            for s in lines:
                q.t(wmm / 2, yy, s, "hsans-b", pt, "c", fill=color)
                yy += 3.4
            q.t(wmm / 2, yy + 0.2, date, "tw-b", dpt, "c", fill=color)
            if hand:
                q.t(3.0, yy + 5.6, "Amt:", "hsans", 6.5, fill=color)
                q.hl(9.5, wmm - 3.5, yy + 8.4, 0.15, color)
                q.t(12.0, yy + 4.6, hand, "chancery", 12, fill=hand_ink)
        q.marks.append(iso)

    overlay(p, x, y, wmm, hmm, draw, angle, rng, mottle=0.45)


def word_stamp(p, x, y, word, color=STAMP_RED, angle=0.0, rng=None, pt=24, frame=2):
    """A rubber stamp of one word ("KOPIE", "EILT!") in a frame of one or two rules, unevenly inked."""
    w = width(word, "hsans-b", pt) + 8
    h = pt * 0.3528 * 1.05 + 5

    def draw(q):
        q.box(0.4, 0.4, w - 0.4, h - 0.4, 0.8, outline=color)
        if frame > 1:
            q.box(1.7, 1.7, w - 1.7, h - 1.7, 0.25, outline=color)
        q.t(w / 2, 2.3, word, "hsans-b", pt, "c", fill=color)

    overlay(p, x, y, w, h, draw, angle, rng, mottle=0.55)


def note(p, x, y, lines, color=PENCIL, angle=0.0, pt=12.5, f="chancery", lh=None, rng=None):
    """A caseworker's or the mailroom's handwritten note in the margin (pen or pencil), a little askew."""
    lh = lh or pt * 0.42
    wmm = max(width(s, f, pt) for s in lines) + 3
    hmm = lh * len(lines) + 3

    def draw(q):
        yy = 1.0
        for s in lines:
            q.t(1.5, yy, s, f, pt, fill=color)
            yy += lh

    overlay(p, x, y, wmm, hmm, draw, angle, rng, mottle=0.12 if color == PENCIL else 0.0)


def highlight(p, x0, x1, y, h=5.0, color=YELLOW_HL, rng=None, slope=0.4):
    """A highlighter stroke from x0 to x1 over the line at y (its top): a translucent band with ragged edges and
    chisel-cut ends, a little darker where the felt pressed harder, ``slope`` mm higher at its end."""
    r = rng or random.Random(0)
    wmm, hmm = x1 - x0 + 4, h + abs(slope) + 3

    def draw(q):
        top, bot = [], []
        n = max(8, int(wmm / 3))
        base = 1.5 + (abs(slope) if slope > 0 else 0)
        for k in range(n + 1):
            xx = 2 + (wmm - 4) * k / n
            dy = -slope * k / n
            top.append((xx * MM, (base + dy + r.uniform(-0.25, 0.25)) * MM))
            bot.append((xx * MM, (base + h + dy + r.uniform(-0.25, 0.25)) * MM))
        pts = [(top[0][0] - 1.2 * MM, top[0][1] + 0.8 * MM)] + top + [(top[-1][0] + 1.0 * MM, top[-1][1] + 1.5 * MM)]
        pts += list(reversed(bot))
        q.d.polygon(pts, fill=color)
        deeper = tuple(int(c * 0.93) for c in color)
        for _ in range(3):
            yy = base + r.uniform(0.8, h - 0.8)
            q.d.line([(3 * MM, yy * MM), ((wmm - 3) * MM, (yy - slope) * MM)], fill=deeper, width=int(0.35 * MM))

    overlay(p, x0 - 2, y - 1.5 - (abs(slope) if slope > 0 else 0), wmm, hmm, draw, 0.0)


def sticky(p, x, y, w, h, lines, angle=2.0, rng=None, paper=(255, 240, 130), ink=INK, pt=12.5, f="chancery"):
    """A square sticky note stuck over part of the page (hiding what is under it), a message on it by hand."""
    def draw(q):
        q.box(0, 0, w, 3.5, fill=tuple(max(0, c - 14) for c in paper), outline=tuple(max(0, c - 14) for c in paper))
        yy = 5.0
        for s in lines:
            q.t(3.0, yy, s, f, pt, fill=ink)
            yy += pt * 0.45

    overlay(p, x, y, w, h, draw, angle, rng, opaque=True, shadow=0.35, paper=paper)


def barcode_label(p, x, y, title, code, when, iso, angle=0.0, rng=None):
    """The mailroom's self-adhesive barcode label (scan centre, Code 128 of the item number, the time of entry)."""
    def draw(q):
        q.t(2.5, 1.6, title, "hsans-b", 6.8)
        wbar = code128(q, 2.5, 5.0, 9.0, code, 0.25)
        q.t(2.5 + wbar / 2, 14.6, code, "tw", 8, "c")
        q.t(2.5, 18.4, when, "hsans", 6.8)
        q.marks.append(iso)

    wbar = len(__import__("barcode").get("code128", code).build()[0]) * max(2, int(round(0.25 * MM))) / MM
    w = max(wbar, width(title, "hsans-b", 6.8)) + 5
    overlay(p, x, y, w, 21.5, draw, angle, rng, opaque=True, shadow=0.25, paper=(252, 252, 250))


def fold(p, ys=(105.0, 210.0), tilt=(0.4, -0.3)):
    """A letter folded in three for the envelope and flattened again: a soft shadow along each crease, a thin
    darker crease line, the middle panel a shade darker than the others."""
    a = np.asarray(p.img, dtype=np.float32)
    h, w = a.shape[:2]
    yy = np.arange(h, dtype=np.float32)[:, None] / MM
    xx = np.arange(w, dtype=np.float32)[None, :] / MM
    field = np.ones((h, w), dtype=np.float32)
    for k, (y0, t) in enumerate(zip(ys, tilt)):
        d = yy - (y0 + t * (xx - p.wmm / 2) / (p.wmm / 2))
        side = 1 if k == 0 else -1
        field -= 0.05 * np.exp(-((d * side - 1.2) / 1.6) ** 2) * (d * side > -0.3)
        field -= 0.09 * np.exp(-(d / 0.18) ** 2)
    mid = (yy > ys[0] + tilt[0] * (xx - p.wmm / 2) / (p.wmm / 2)) & (yy < ys[1] + tilt[1] * (xx - p.wmm / 2) /
                                                                        (p.wmm / 2))
    field -= 0.012 * mid
    a *= field[..., None]
    p.img.paste(Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8)))


def holes(p, backing=LID, x=11.0, r=2.8):
    """Two punched holes at the left edge, 80 mm apart about the sheet's middle: the scanner's backing shows
    through, the upper rim a little shadowed."""
    for yc in (p.hmm / 2 - 40, p.hmm / 2 + 40):
        box = [(x - r) * MM, (yc - r) * MM, (x + r) * MM, (yc + r) * MM]
        p.d.ellipse(box, fill=(backing,) * 3)
        rim = (max(0, backing - 60),) * 3 if backing > 100 else (90, 90, 90)
        p.d.arc(box, 190, 350, fill=rim, width=max(2, int(0.25 * MM)))


def staple(p, x=7.0, y=12.0, length=12.0, angle=40.0):
    """A staple through the top left corner, seen from the front: a metal bar at a slant with its shadow."""
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    x1, y1 = x + length * ca, y - length * sa
    sh = [((x + 0.5) * MM, (y + 0.6) * MM), ((x1 + 0.5) * MM, (y1 + 0.6) * MM)]
    p.d.line(sh, fill=(185, 185, 185), width=int(0.9 * MM))
    p.d.line([(x * MM, y * MM), (x1 * MM, y1 * MM)], fill=(128, 130, 135), width=int(0.75 * MM))
    p.d.line([((x + 0.3) * MM, (y - 0.15) * MM), ((x1 - 0.3) * MM, (y1 - 0.1) * MM)], fill=(205, 208, 212),
             width=max(1, int(0.15 * MM)))
    for px, py in ((x, y), (x1, y1)):
        p.d.ellipse([(px - 0.5) * MM, (py - 0.5) * MM, (px + 0.5) * MM, (py + 0.5) * MM], fill=(70, 70, 75))


def paperclip(p, x, y=-8.0, w=8.5, h=34.0):
    """A large paper clip pushed over the top edge: two nested wire loops in metal, open at the top right, with a
    soft shadow on the sheet."""
    mask = Image.new("L", p.img.size, 0)
    dm = ImageDraw.Draw(mask)
    lw = max(3, int(0.7 * MM))
    dm.rounded_rectangle([x * MM, y * MM, (x + w) * MM, (y + h) * MM], radius=int(w / 2 * MM), outline=255,
                         width=lw)
    dm.rounded_rectangle([(x + 1.7) * MM, (y + 5) * MM, (x + w - 1.7) * MM, (y + h - 6) * MM],
                         radius=int((w / 2 - 1.7) * MM), outline=255, width=lw)
    dm.rectangle([(x + w - 1.3) * MM, (y - 1) * MM, (x + w + 1) * MM, (y + h * 0.35) * MM], fill=0)
    sh = Image.new("L", p.img.size, 0)
    sh.paste(mask.filter(ImageFilter.GaussianBlur(0.8 * MM)), (int(1.0 * MM), int(1.4 * MM)))
    a = np.asarray(p.img, dtype=np.float32) * (1.0 - 0.45 * np.asarray(sh, dtype=np.float32) / 255.0)[..., None]
    p.img.paste(Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8)))
    p.img.paste((140, 142, 148), mask=mask)
    p.img.paste((205, 207, 211), mask=mask.filter(ImageFilter.MinFilter(5)))


def typed(p, x, y, s, pt=11, rng=None, fill=RIBBON, f="mono"):
    """Typewriter text: the letters one by one, each a little off the line and unevenly inked; one text item."""
    r = rng or random.Random(len(s))
    fo = font(f, pt)
    cx = x * MM
    for ch in s:
        k = r.uniform(0.8, 1.0)
        c = tuple(int(255 - (255 - v) * k) for v in fill)
        p.d.text((cx, (y + r.uniform(-0.12, 0.12)) * MM), ch, font=fo, fill=c)
        cx += fo.getlength(ch)
    p.texts.append((y, x, s))
    p.spans[len(p.texts) - 1] = (x, y, cx / MM, y + pt * 0.3528)
    return cx / MM - x


def seg_date(p, x, y, value, cw=4.4, h=6.4, f="dserif-i", pt=12, fill=INK, lc=(90, 90, 90)):
    """A date written one digit per cell of "TT.MM.JJJJ" boxes (the dots printed between the groups); one text
    item for the whole date. Returns x after the boxes."""
    fo = font(f, pt)
    cx = x
    for ch in value:
        if ch == ".":
            p.d.ellipse([(cx + 0.5) * MM, (y + h - 1.6) * MM, (cx + 1.1) * MM, (y + h - 1.0) * MM], fill=lc)
            cx += 1.6
            continue
        p.box(cx, y, cx + cw, y + h, 0.2, outline=lc)
        wch = fo.getlength(ch) / MM
        p.d.text(((cx + cw / 2 - wch / 2) * MM, (y + 0.6) * MM), ch, font=fo, fill=fill)
        cx += cw
    p.texts.append((y + 0.6, x + 1.0, value))
    return cx


def roof(p, x, y, s, color):
    """A roof with a chimney (a roofer's sign)."""
    p.d.polygon([(x * MM, (y + s * 0.62) * MM), ((x + s / 2) * MM, y * MM), ((x + s) * MM, (y + s * 0.62) * MM),
                 ((x + s * 0.86) * MM, (y + s * 0.62) * MM), ((x + s / 2) * MM, (y + s * 0.2) * MM),
                 ((x + s * 0.14) * MM, (y + s * 0.62) * MM)], fill=color)
    p.box(x + s * 0.68, y + s * 0.12, x + s * 0.78, y + s * 0.4, fill=color, outline=color)
    for k in range(3):
        p.hl(x + s * 0.2, x + s * 0.8, y + s * (0.72 + 0.1 * k), 0.5, color)


def flame(p, x, y, s, color):
    """A flame in a square (a fire-safety firm's sign)."""
    p.box(x, y, x + s, y + s, fill=color, outline=color)
    pts = [(0.5, 0.12), (0.72, 0.45), (0.66, 0.62), (0.78, 0.55), (0.8, 0.75), (0.5, 0.9), (0.2, 0.75),
           (0.25, 0.5), (0.38, 0.6), (0.36, 0.35)]
    p.d.polygon([((x + a * s) * MM, (y + b * s) * MM) for a, b in pts], fill=WHITE)


def paw(p, x, y, s, color):
    """A dog's paw print."""
    p.d.ellipse([(x + s * 0.25) * MM, (y + s * 0.45) * MM, (x + s * 0.75) * MM, (y + s * 0.95) * MM], fill=color)
    for cx, cy in ((0.12, 0.4), (0.35, 0.15), (0.65, 0.15), (0.88, 0.4)):
        r = s * 0.12
        p.d.ellipse([(x + cx * s - r) * MM, (y + cy * s - r) * MM, (x + cx * s + r) * MM, (y + cy * s + r) * MM],
                    fill=color)


def rose(p, cx, cy, r, color, leaf=(60, 120, 60)):
    """A stylised rose (five petals round a centre) for a rose garden's friends."""
    for k in range(5):
        a = math.radians(90 + k * 72)
        px, py = cx + r * 0.5 * math.cos(a), cy - r * 0.5 * math.sin(a)
        p.d.ellipse([(px - r * 0.55) * MM, (py - r * 0.55) * MM, (px + r * 0.55) * MM, (py + r * 0.55) * MM],
                    fill=color)
    p.d.ellipse([(cx - r * 0.3) * MM, (cy - r * 0.3) * MM, (cx + r * 0.3) * MM, (cy + r * 0.3) * MM],
                fill=tuple(int(c * 0.7) for c in color))
    p.d.ellipse([(cx + r * 0.6) * MM, (cy + r * 0.8) * MM, (cx + r * 1.5) * MM, (cy + r * 1.3) * MM], fill=leaf)


def lace(p, y, color, x0=0.0, x1=210.0, r=2.2):
    """A band of scallops and eyelets (Plauen lace) across the page."""
    x = x0
    while x < x1:
        p.d.arc([x * MM, (y - r) * MM, (x + 2 * r) * MM, (y + r) * MM], 0, 180, fill=color, width=max(2, int(0.3 * MM)))
        p.d.ellipse([(x + r - 0.45) * MM, (y - 0.45) * MM, (x + r + 0.45) * MM, (y + 0.45) * MM], outline=color,
                    width=2)
        x += 2 * r
    p.hl(x0, x1, y - r - 0.6, 0.2, color)


def tab_field(p, x0, x1, y, caption, value=None, h=8.0, vf="dserif-i", vpt=12, fill=INK, tab=(206, 226, 236),
              lc=(40, 90, 120)):
    """A field whose caption sits on a small tinted TAB standing on the box's top edge (a folder's tab); returns
    y under the box."""
    tw_ = width(caption, "hnarrow", 6.8) + 3.5
    p.box(x0, y, x0 + tw_, y + 3.6, 0.18, fill=tab, outline=lc)
    p.t(x0 + 1.7, y + 0.5, caption, "hnarrow", 6.8, fill=(20, 50, 70))
    p.box(x0, y + 3.6, x1, y + 3.6 + h, 0.22, outline=lc)
    if value:
        p.t(x0 + 2, y + 3.6 + h / 2 - vpt * 0.3528 * 0.62, value, vf, fit(value, vf, vpt, x1 - x0 - 4), fill=fill)
    return y + 3.6 + h


def envelope(sender=None, hand_sender=None, frank=None, postage=None, notes=(), paper=(252, 251, 247), rng=None,
             inner=(196, 204, 224)):
    """The front of a DL window envelope (220 x 110 mm) scanned after the letter was taken out: the window
    (its film a little grey, the inside's security print seen through it, no address), a firm's printed sender
    or one written by hand, a franking machine's imprint or a stamp with its postmark, Deutsche Post's
    fluorescent sorting code along the bottom. ``frank`` / ``postage``: (date as printed, iso, office)."""
    e = Sheet(220.0, 110.0, paper)
    # the window: the security print inside shows through the film
    wx0, wy0, wx1, wy1 = 20.0, 50.0, 110.0, 95.0
    x = wx0 - 45
    while x < wx1:
        e.d.line([(max(wx0, x) * MM, (wy1 - max(0.0, wx0 - x)) * MM),
                  (min(wx1, x + 45) * MM, (wy1 - min(45.0, wx1 - x)) * MM)], fill=inner, width=2)
        x += 1.6
    e.d.rounded_rectangle([wx0 * MM, wy0 * MM, wx1 * MM, wy1 * MM], radius=int(2 * MM), outline=(205, 205, 205),
                          width=max(2, int(0.3 * MM)))
    a = np.asarray(e.img, dtype=np.float32)
    sl = (slice(int(wy0 * MM), int(wy1 * MM)), slice(int(wx0 * MM), int(wx1 * MM)))
    a[sl] *= 0.955
    e.img.paste(Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8)))
    if sender:
        sender(e)
    if hand_sender:
        yy = 8.0
        for s in hand_sender:
            e.t(10, yy, s, "chancery", 12.5, fill=INK)
            yy += 5.6
    if frank:
        date, iso, ident = frank
        c = (40, 60, 140)
        e.box(150, 8, 208, 34, 0.3, outline=c)
        e.t(153, 10, "DEUTSCHE POST", "hsans-b", 7.5, fill=c)
        e.t(153, 14.5, "0,95 EUR", "hsans-b", 12, fill=c)
        e.t(153, 21.5, date, "tw-b", 9, fill=c)
        e.t(153, 26.0, ident, "tw", 7, fill=c)
        r = random.Random(ident)
        for row in range(14):
            for col in range(14):
                if col == 0 or row == 13 or (row == 0 and col % 2 == 0) or (col == 13 and row % 2) or \
                        r.random() < 0.5:
                    e.box(189 + col * 1.0, 11 + row * 1.0, 190 + col * 1.0, 12 + row * 1.0, fill=c, outline=c)
        e.marks.append(iso)
    if postage:
        date, iso, office = postage
        c = (200, 60, 80)
        e.box(186, 7, 208, 33, 0.2, fill=(248, 226, 232), outline=c)
        for k in range(13):
            for xx in (186, 208):
                e.d.ellipse([(xx - 0.6) * MM, (7.6 + 2 * k - 0.6) * MM, (xx + 0.6) * MM, (7.6 + 2 * k + 0.6) * MM],
                            fill=paper)
        e.t(197, 9.5, "DEUTSCHLAND", "hsans-b", 5, "c", fill=c)
        e.t(197, 20, "95", "hsans-b", 14, "c", fill=c)
        ink = (50, 50, 55)
        for k in range(5):  # the machine's wavy cancellation lines
            pts = [((150 + t) * MM, (12 + 4 * k + 1.2 * math.sin(t / 3.0)) * MM) for t in range(0, 60)]
            e.d.line(pts, fill=ink, width=max(2, int(0.25 * MM)))
        e.d.ellipse([163 * MM, 8 * MM, 183 * MM, 28 * MM], outline=ink, width=max(2, int(0.3 * MM)))
        e.t(173, 11.5, office, "hsans-b", 5.5, "c", fill=ink)
        e.t(173, 16.2, date, "tw-b", 8, "c", fill=ink)
        e.t(173, 21.5, "Deutsche Post", "hsans", 5, "c", fill=ink)
        e.marks.append(iso)
    r = rng or random.Random(3)
    x = 112.0
    for _ in range(46):  # the sorting code: bars of three lengths in a fluorescent orange
        kind = r.randrange(3)
        y0, y1 = (101, 107) if kind == 0 else (101, 104.5) if kind == 1 else (103.5, 107)
        e.box(x, y0, x + 0.5, y1, fill=(244, 186, 140), outline=(244, 186, 140))
        x += 1.9
    for (nx, ny, lines, color, ang) in notes:
        note(e, nx, ny, lines, color, ang, rng=r)
    return e


def reply_edge(p, color=(120, 120, 120), backing=LID, rng=None):
    """The top of a reply slip cut off a letter by hand: what is left of the dashed cut line with its scissors,
    the cut a little crooked (the scanner's backing shows where the scissors went below the line)."""
    r = rng or random.Random(5)
    x = 4.0
    while x < p.wmm - 4:
        p.hl(x, x + 2.2, 2.2 + 0.01 * x, 0.2, color)
        x += 3.6
    p.t(8, 0.4, "\u2702", "sans", 10, fill=color)
    p.texts.pop()  # the scissors are no text
    p.spans.pop(len(p.texts), None)
    pts = [(0, 0)]
    for k in range(22):
        pts.append((k * p.wmm / 21 * MM, max(0.0, 0.8 + 1.6 * math.sin(k * 0.7) + r.uniform(-0.3, 0.5)) * MM))
    pts.append((p.wmm * MM, 0))
    p.d.polygon(pts, fill=(backing,) * 3)


# ---------------------------------------------------------------- DOCUMENTS

def span_of(p, needle, f, pt):
    """Where ``needle`` stands on the page: (x0, y, x1) in mm of its first occurrence in a text item drawn in face
    ``f`` at ``pt`` (to lay a highlighter stroke over it)."""
    for ty, tx, s in p.texts:
        k = s.find(needle)
        if k >= 0:
            x0 = tx + width(s[:k], f, pt)
            return x0, ty, x0 + width(needle, f, pt)
    raise KeyError(needle)


def paras(p, x, y, texts, wmm, f, pt, lh, gap=2.5):
    """Paragraphs of a letter, wrapped at ``wmm``; returns y under the last."""
    for s in texts:
        y = p.wrap(x, y, s, wmm, f, pt, lh) + gap
    return y


# ---------------------------------------------------------------- invoices
@doc("jpg", 200, "L", 75)
def inv_dachdecker():
    """A roofer's invoice from Bautzen to Görlitz's building department, as it comes out of the window envelope:
    a roof sign and the name in capitals, the contacts in one line under it, the city in the window, a label /
    value info block (invoice number and date, customer number, the city's order number and its date, the days
    of work), the object, a priced list, "Nettobetrag / zzgl. 19 % MwSt. / Rechnungsbetrag", the guarantee and
    the footer in four columns. The mailroom's marks: folded in three (two creases), punched, the red entry stamp
    "EINGEGANGEN 12. APR. 2028" with "Amt 65" by hand at a slant over the info block's foot, the total
    highlighted yellow, "sachlich richtig" with initials and date in green. Truth: the firm as its footer names
    it (with "e.K."), number and date of the info block, the gross total, the footer's IBAN and USt-IdNr.; the
    city's order number is no Aktenzeichen."""
    rng = random.Random(1701)
    p = Sheet()
    red = (150, 40, 30)
    roof(p, 20, 10, 16, red)
    p.t(40, 10.5, "BEDACHUNGEN PIETSCH", "hsans-b", 17, fill=red)
    p.t(40, 18.5, "Dachdeckermeister Mirko Pietsch · Steil- und Flachdach · Bauklempnerei · Fassade", "hsans", 8.5,
        fill=GREY)
    p.t(40, 23, "Taucherstraße 18 · 02625 Bautzen · Telefon 03591 48 27 60 · Fax 03591 48 27 61 · "
        "post@bedachungen-pietsch.de", "hsans", 7.5)
    p.hl(20, 190, 28, 0.4, red)
    fold_marks(p)
    window(p, 45, "Bedachungen Pietsch · Taucherstraße 18 · 02625 Bautzen",
           ["Stadt Görlitz", "Amt für Hochbau und Liegenschaften", "SG Bauunterhaltung – Frau Zimmermann",
            "Untermarkt 6–8", "02826 Görlitz"])
    kv_rows(p, 125, 50, [("Rechnungs-Nr.", "R-28-0219"), ("Rechnungsdatum", "10.04.2028"), ("Kunden-Nr.", "30118"),
                         ("Ihre Auftrags-Nr.", "HB-2028-0073"), ("Ihr Auftrag vom", "06.03.2028"),
                         ("Ausführung", "20.03.–31.03.2028"), ("Bearbeiter", "Herr Pietsch")], 31, "hsans", 8,
            "hsans", 9, 4.7, lfill=(80, 80, 80))
    p.t(20, 97, "Rechnung", "hsans-b", 14, fill=red)
    p.t(20, 104, "Bauvorhaben: Turnhalle Oberschule Rauschwalde, Reichenbacher Straße 40, 02827 Görlitz", "hsans",
        9.5)
    p.t(20, 108.8, "Dachreparatur nach Sturmschaden vom 02.03.2028", "hsans", 9.5)
    y = p.wrap(20, 117, "Sehr geehrte Frau Zimmermann, für die ausgeführten Arbeiten berechnen wir Ihnen "
               "vereinbarungsgemäß:", 170, "hsans", 10, 4.8) + 3
    cols = [(20, "l"), (30, "l"), (142, "r"), (164, "r"), (190, "r")]
    items(p, y, cols, [("Pos.", "Leistung", "Menge", "EP €", "GP €")], "hsans-b", 9)
    p.hl(20, 190, y + 5, 0.3)
    y = items(p, y + 7, cols, [
        ("1", "Baustelleneinrichtung, Fassadengerüst Traufseite", "1 psch", "685,00", "685,00"),
        ("2", "Schadhafte Biberschwanzziegel aufnehmen, entsorgen", "42,50 m²", "18,40", "782,00"),
        ("3", "Neueindeckung Biberschwanz-Doppeldeckung inkl. Lattung", "42,50 m²", "74,80", "3.179,00"),
        ("4", "Firstziegel in Mörtel neu verlegen", "11,20 m", "38,50", "431,20"),
        ("5", "Dachrinne Kupfer halbrund 333 erneuern", "8,00 m", "64,00", "512,00"),
        ("6", "Hubarbeitsbühne 20 m mit Bediener", "2 Tage", "245,00", "490,00")], "hsans", 9.5, 5.6)
    p.hl(118, 190, y, 0.3)
    ty = y + 2.5
    y = totals(p, 120, 190, ty, [("Nettobetrag", "6.079,20 €", False), ("zzgl. 19 % MwSt.", "1.155,05 €", False),
                                 ("Rechnungsbetrag", "7.234,25 €", True)], 10, 5.6)
    p.hl(118, 190, y - 0.5, 0.3)
    p.hl(118, 190, y + 0.3, 0.3)
    y += 8
    y = paras(p, 20, y, ["Zahlbar innerhalb von 14 Tagen ohne Abzug bis zum 24.04.2028. Die Gewährleistung nach VOB/B "
                         "beträgt vier Jahre ab der Abnahme am 31.03.2028.",
                         "Wir danken für den Auftrag und stehen für die Wartung der übrigen Dachflächen gern zur "
                         "Verfügung."], 170, "hsans", 10, 4.8)
    p.t(20, y + 2, "Mit freundlichen Grüßen", "hsans", 10)
    scribble(p, 22, y + 14, 30, (30, 30, 30))
    p.t(20, y + 16, "Mirko Pietsch, Dachdeckermeister", "hsans", 9.5)
    p.hl(20, 190, 268, 0.35, red)
    for x, c in zip([20, 62, 114, 160], [["Bedachungen Pietsch e.K.", "Inh. Mirko Pietsch",
                                          "Amtsgericht Dresden HRA 8172"],
                                         ["Kreissparkasse Bautzen", "IBAN DE67 8555 0000 1000 4471 23",
                                          "BIC SOLADES1BAT"],
                                         ["Steuer-Nr. 207/245/01834", "USt-IdNr. DE281473050", "Finanzamt Bautzen"],
                                         ["Mitglied der", "Dachdecker-Innung", "Oberlausitz"]]):
        p.lines(x, 271, c, "hsans", 6.8, 3.3)
    # the mailroom and the caseworker
    entry_stamp(p, 138, 82, "box", ["STADT GÖRLITZ", "EINGEGANGEN"], "12. APR. 2028", "2028-04-12", STAMP_RED, 7,
                rng, hand="65")
    highlight(p, 119, 190, ty + 11.2 - 0.8, 5.4, YELLOW_HL, rng, 0.5)
    note(p, 52, ty + 1, ["sachlich richtig", "Zi 13.4.28"], GREEN_PEN, -4, 13, rng=rng)
    fold(p, (105.0, 210.0), (0.5, -0.4))
    holes(p, LID)
    return [p], "rechnung", {"lieferant": "Bedachungen Pietsch e.K.", "rechnungsnummer": "R-28-0219",
                             "rechnungsdatum": "2028-04-10", "betrag_brutto": "7234.25",
                             "iban": "DE67855500001000447123", "ust_id": "DE281473050"}


@doc("pdf", 300, "RGB", 80)
def inv_buero():
    """An office-equipment dealer's invoice from Mönchengladbach to Krefeld's procurement office in a modern
    template: a tinted SIDEBAR down the right third holds the word "RECHNUNG", the invoice's data stacked label
    over value (invoice number and date, customer number, the city's order with its date, the delivery note,
    the delivery day, the due day, the contact), and at its foot the firm's address, bank, register and
    USt-IdNr.; the items in zebra rows with article numbers under them, "Zwischensumme netto / USt 19 % /
    Gesamtbetrag". The mailroom's marks: a large paper clip over the top edge with its shadow, the scan centre's
    barcode label stuck above the window, the order number highlighted green, a pencilled note. Truth: the
    GmbH, the sidebar's number and date, the gross total, IBAN and USt-IdNr.; order, delivery-note and customer
    numbers are none of them, the label's number and time no field."""
    rng = random.Random(1702)
    p = Sheet()
    navy, teal = (25, 45, 85), (0, 130, 140)
    side = (234, 241, 244)
    p.box(146, 0, 210, 297, fill=side, outline=side)
    p.box(20, 11, 33, 24, fill=teal, outline=teal)
    p.t(26.5, 14.2, "nrh", "hsans-b", 11, "c", fill=WHITE)
    p.t(37, 11, "Niederrhein Bürotechnik", "hsans-b", 16, fill=navy)
    p.t(37, 18.5, "Drucken · Kopieren · Scannen · Service", "hsans", 8.5, fill=teal)
    window(p, 45, "Niederrhein Bürotechnik GmbH · Bismarckstraße 60 · 41061 Mönchengladbach",
           ["Stadt Krefeld", "Fachbereich Zentraler Service", "Beschaffung – Herr Tenhaeff", "Von-der-Leyen-Platz 1",
            "47798 Krefeld"])
    p.t(151, 13, "RECHNUNG", "hsans-b", 17, fill=teal)
    y = 25.0
    for lab, val in [("Rechnungsnummer", "RE-2028-04117"), ("Rechnungsdatum", "05.04.2028"),
                     ("Kundennummer", "K-20417"), ("Ihre Bestellung", "BE-2028-0391 vom 22.03.2028"),
                     ("Lieferschein", "LS-2028-03302"), ("Lieferdatum", "04.04.2028"),
                     ("Zahlbar bis", "05.05.2028 ohne Abzug"), ("Ihr Ansprechpartner", "Dennis Schroers")]:
        p.t(151, y, lab, "hnarrow", 7.5, fill=(90, 100, 110))
        p.t(151, y + 3.3, val, "hsans-b", 9.5, fill=navy)
        y += 10.2
    p.t(151, y, "Durchwahl 02161 82735-41", "hsans", 8, fill=navy)
    p.lines(151, 226, ["Niederrhein Bürotechnik GmbH", "Bismarckstraße 60", "41061 Mönchengladbach",
                       "Telefon 02161 82735-0", "service@nrh-buerotechnik.de"], "hsans", 7.5, 3.6)
    p.lines(151, 247, ["Stadtsparkasse Mönchengladbach", "IBAN DE03 3105 0000 0000 3829 15", "BIC MGLSDE33XXX"],
            "hsans", 7.5, 3.6)
    p.lines(151, 262, ["Amtsgericht Mönchengladbach", "HRB 14872", "Geschäftsführer: Ralf Coenen",
                       "USt-IdNr. DE819642207"], "hsans", 7.5, 3.6)
    p.t(20, 97, "Lieferung und Service · Multifunktionsgeräte Rathaus", "hsans-b", 11, fill=navy)
    y = p.wrap(20, 104, "Gerätestandort: Rathaus, 2. OG, Kopierraum 2.14 · Geräte-Nr. TA-3253-0817. Wir berechnen "
               "Ihnen die folgenden Lieferungen und Leistungen:", 118, "hsans", 9.5, 4.6) + 3
    p.box(20, y, 140, y + 6, fill=navy, outline=navy)
    for x, h_, a in [(22, "Pos.", "l"), (30, "Artikel", "l"), (103, "Menge", "r"), (120, "Einzel €", "r"),
                     (138.5, "Gesamt €", "r")]:
        p.t(x, y + 1.3, h_, "hsans-b", 8.5, a, fill=WHITE)
    y += 6
    rows = [("1", "Toner-Kit schwarz TK-8545K", "Art.-Nr. 1T02MN0NL0", "6", "89,90", "539,40"),
            ("2", "Toner-Kit cyan TK-8545C", "Art.-Nr. 1T02MNCNL0", "2", "112,50", "225,00"),
            ("3", "Toner-Kit magenta TK-8545M", "Art.-Nr. 1T02MNBNL0", "2", "112,50", "225,00"),
            ("4", "Toner-Kit gelb TK-8545Y", "Art.-Nr. 1T02MNANL0", "2", "112,50", "225,00"),
            ("5", "Wartungskit MK-8555A inkl. Einbau", "Zählerstand 481.220", "1", "318,00", "318,00"),
            ("6", "Technikereinsatz vor Ort (Std.)", "Einsatz am 04.04.2028", "1,5", "92,00", "138,00")]
    for k, (n, a, sub, m, ep, gp) in enumerate(rows):
        if k % 2:
            p.box(20, y, 140, y + 9.4, fill=(244, 247, 249), outline=(244, 247, 249))
        p.t(22, y + 1.2, n, "hsans", 9)
        p.t(30, y + 1.2, a, "hsans", 9)
        p.t(30, y + 5.3, sub, "hsans", 7, fill=GREY)
        p.t(103, y + 1.2, m, "hsans", 9, "r")
        p.t(120, y + 1.2, ep, "hsans", 9, "r")
        p.t(138.5, y + 1.2, gp, "hsans", 9, "r")
        y += 9.4
    p.hl(20, 140, y, 0.3, navy)
    y = totals(p, 78, 138.5, y + 2.5, [("Zwischensumme netto", "1.670,40 €", False),
                                       ("USt 19 %", "317,38 €", False)], 9.5, 5.2)
    p.box(76, y, 140, y + 7, fill=teal, outline=teal)
    p.t(78, y + 1.4, "Gesamtbetrag", "hsans-b", 10.5, fill=WHITE)
    p.t(138.5, y + 1.4, "1.987,78 €", "hsans-b", 10.5, "r", fill=WHITE)
    y += 14
    y = paras(p, 20, y, ["Bitte überweisen Sie den Gesamtbetrag bis zum 05.05.2028 unter Angabe der Rechnungsnummer. "
                         "Die Lieferung erfolgte gemäß Rahmenvertrag 2026–2029.",
                         "Vielen Dank für Ihren Auftrag!"], 118, "hsans", 9.5, 4.6)
    sy = span_of(p, "BE-2028-0391", "hsans-b", 9.5)
    highlight(p, sy[0] - 0.5, sy[2] + 0.5, sy[1] - 0.6, 4.6, GREEN_HL, rng, -0.3)
    note(p, 24, y + 6, ["Best. + LS geprüft – an Kasse", "Te 10/4"], PENCIL, 2, 12.5, rng=rng)
    barcode_label(p, 90, 22, "Stadt Krefeld · Zentraler Posteingang", "PE2804070093",
                  "07.04.2028  10:14  Scan-ID 0093", "2028-04-07", -1.2, rng)
    paperclip(p, 9, -9.0)
    return [p], "rechnung", {"lieferant": "Niederrhein Bürotechnik GmbH", "rechnungsnummer": "RE-2028-04117",
                             "rechnungsdatum": "2028-04-05", "betrag_brutto": "1987.78",
                             "iban": "DE03310500000000382915", "ust_id": "DE819642207"}


@doc("pdf", 240, "L", 72)
def inv_wartung():
    """A fire-safety firm's invoice to Siegen's building management with its ENVELOPE scanned behind it (two
    pages): page 1 a letter in the old reference-line layout (DIN 676: a row of small captions "Ihr Zeichen /
    Ihre Nachricht vom / Unser Zeichen / Telefon, Name / Datum" across the page under the window with the values
    beneath), "Rechnung Nr. ..." with customer and contract numbers in the line under it, a ruled table by
    building, net / VAT / "Rechnungsbetrag"; page 2 the front of the firm's own DL window envelope: its logo and
    address printed, the window empty with the security print showing through, a franking machine's imprint
    (Deutsche Post, 0,95 EUR, its date and machine number, a matrix code), the sorting code's orange bars. The
    marks: folded in three, the entry stamp's grid (date, "Amt 65", the clerk's initials) over the letterhead's
    contacts, the invoice number highlighted green, a red "Prüfprotokolle fehlen!". Truth: the firm as its
    footer names it, number and date, the gross total, IBAN and USt-IdNr., the city's "Ihr Zeichen" as the
    Aktenzeichen; the franking date and the entry date are no fields."""
    rng = random.Random(1703)
    p = Sheet()
    fire = (200, 40, 30)
    flame(p, 20, 11, 13, fire)
    p.t(37, 11, "Brandschutz Achenbach", "hsans-b", 16)
    p.t(37, 18.5, "Feuerlöscher · Rauchwarnmelder · Brandschutztüren · Flucht- und Rettungspläne", "hsans", 8,
        fill=GREY)
    p.lines(190, 11, ["Siegener Straße 212", "57223 Kreuztal", "Telefon 02732 59318-0",
                      "www.brandschutz-achenbach.de"], "hsans", 7.8, 3.7, "r")
    fold_marks(p)
    window(p, 45, "Brandschutz Achenbach e.K. · Siegener Straße 212 · 57223 Kreuztal",
           ["Universitätsstadt Siegen", "Gebäudewirtschaft", "Markt 2", "57072 Siegen"])
    caps_ = [(20, "Ihr Zeichen"), (58, "Ihre Nachricht vom"), (90, "Unser Zeichen"), (115, "Telefon, Name"),
             (168, "Datum")]
    vals = ["65.2-BS-2028/014", "02.01.2028", "Ac/Kn", "02732 59318-12, Frau Knebel", "06.04.2028"]
    for (x, c), v in zip(caps_, vals):
        p.t(x, 97, c, "hsans", 7, fill=GREY)
        p.t(x, 101, v, "hsans", 9.5)
    p.t(20, 111, "Rechnung Nr. BA-2028-1187", "hsans-b", 12)
    p.t(20, 117, "Kunden-Nr. 1207 · Wartungsvertrag WV-2019/04 · Leistung am 28. und 29.03.2028", "hsans", 9.5)
    y = p.wrap(20, 125, "Sehr geehrte Damen und Herren, für die jährliche Prüfung und Instandhaltung der tragbaren "
               "Feuerlöscher in Ihren Liegenschaften stellen wir in Rechnung:", 170, "hsans", 10, 4.8) + 3
    y = grid_table(p, 20, y, [(10, "c"), (96, "l"), (18, "r"), (20, "r"), (26, "r")],
                   ["Pos", "Leistung", "Menge", "Preis €", "Betrag €"],
                   [["1", "Wartung Feuerlöscher nach DIN 14406-4, Rathaus Markt 2", "38", "7,90", "300,20"],
                    ["2", "Wartung Feuerlöscher, Schulzentrum Am Giersberg", "64", "7,90", "505,60"],
                    ["3", "Instandsetzung Schaumlöscher 6 l (Neufüllung)", "5", "41,50", "207,50"],
                    ["4", "Prüfplakette und Dokumentation je Gerät", "102", "0,85", "86,70"],
                    ["5", "Anfahrtspauschale", "2", "35,00", "70,00"]], "hsans", 9, "hsans-b", 6.4, 6.4,
                   (238, 232, 230))
    note(p, 34, y + 5, ["Prüfprotokolle fehlen!", "Ba 11/4"], RED_PEN, 3, 12.5, rng=rng)
    y = totals(p, 122, 190, y + 4, [("Summe netto", "1.170,00 €", False), ("Umsatzsteuer 19 %", "222,30 €", False),
                                    ("Rechnungsbetrag", "1.392,30 €", True)], 10, 5.5)
    p.hl(120, 190, y - 0.5, 0.3)
    y += 6
    y = paras(p, 20, y, ["Die Prüfprotokolle je Liegenschaft senden wir Ihnen gesondert per E-Mail. Bitte überweisen "
                         "Sie den Rechnungsbetrag bis zum 06.05.2028 unter Angabe der Rechnungsnummer.",
                         "Mit freundlichen Grüßen"], 170, "hsans", 10, 4.8)
    scribble(p, 22, y + 9, 28, (20, 20, 20))
    p.t(20, y + 11, "Thomas Achenbach", "hsans", 10)
    p.hl(20, 190, 272, 0.25, fire)
    p.t(105, 274.5, "Brandschutz Achenbach e.K. · Inhaber Thomas Achenbach · Siegener Straße 212 · 57223 Kreuztal "
        "· Amtsgericht Siegen HRA 6120", "hsans", 7, "c", fill=(60, 60, 60))
    p.t(105, 278.3, "Sparkasse Siegen · IBAN DE05 4605 0001 0025 0793 61 · BIC WELADED1SIE · USt-IdNr. DE126830955",
        "hsans", 7, "c", fill=(60, 60, 60))
    entry_stamp(p, 134, 8, "grid", ["STADT SIEGEN · POSTEINGANG"], "10. APR. 2028", "2028-04-10", STAMP_RED, -3, rng,
                hand=["65", "Ba", "–"])
    highlight(p, 19, 77, 110.4, 5.6, GREEN_HL, rng, 0.3)
    fold(p, (104.0, 209.5), (-0.3, 0.5))

    def sender(e):
        flame(e, 10, 8, 9, fire)
        e.t(22, 8.2, "Brandschutz Achenbach", "hsans-b", 10)
        e.t(22, 13.2, "Siegener Straße 212 · 57223 Kreuztal", "hsans", 7)

    env = envelope(sender=sender, frank=("07.04.28", "2028-04-07", "4D0A0B12C7"), rng=rng)
    return [p, env], "rechnung", {"lieferant": "Brandschutz Achenbach e.K.", "rechnungsnummer": "BA-2028-1187",
                                  "rechnungsdatum": "2028-04-06", "betrag_brutto": "1392.30",
                                  "iban": "DE05460500010025079361", "ust_id": "DE126830955",
                                  "aktenzeichen": "65.2-BS-2028/014"}


# ---------------------------------------------------------------- Gewerbe
def bastion(p, x, y, s, color):
    """A six-pointed bastioned star (a fortress town's sign)."""
    pts = []
    for k in range(12):
        a = math.radians(90 + k * 30)
        r = s / 2 if k % 2 == 0 else s * 0.3
        pts.append(((x + s / 2 + r * math.cos(a)) * MM, (y + s / 2 - r * math.sin(a)) * MM))
    p.d.polygon(pts, fill=color)
    p.d.ellipse([(x + s * 0.38) * MM, (y + s * 0.38) * MM, (x + s * 0.62) * MM, (y + s * 0.62) * MM], fill=WHITE)


@doc("tif", 300, "L", 80, backing=DARK)
def gew_schreibmaschine():
    """Saarlouis' business registration form filled partly on a TYPEWRITER (by a tax adviser's office: its violet
    stamp at the foot) and partly BY HAND (phone, e-mail, the start, the place and date): rows with their numbers
    in a grey gutter at the left, the captions in a column, the values on pale green lines, tick boxes at the end.
    The typed start "01.05.2028" is x-ed out on the typewriter and "02.05.2028" written after it by hand. The
    marks: the scan centre's barcode label in the form's "Eingangsvermerk" box, the Gewerbeamt's oval entry stamp
    at a slant at the foot, two punched holes (the scanner's black backing shows through). Truth: Sabine Backes
    at home (not the tax adviser's address), the typed activity, the handwritten start (not the x-ed out one),
    her handwritten phone and e-mail."""
    rng = random.Random(1704)
    p = Sheet()
    blue = (20, 60, 120)
    bastion(p, 20, 10, 15, blue)
    p.t(39, 10.5, "Kreisstadt Saarlouis", "roman-b", 16, fill=blue)
    p.t(39, 17.5, "Der Oberbürgermeister · Amt für öffentliche Ordnung · Gewerbeamt", "hsans", 8.5)
    p.t(39, 21.6, "Großer Markt 1 · 66740 Saarlouis · Telefon 06831 443-0", "hsans", 8.5)
    p.box(140, 29, 190, 54, 0.25)
    p.t(141.5, 30, "Eingangsvermerk", "hnarrow", 6.5, fill=GREY)
    p.t(20, 32, "Gewerbeanmeldung", "hsans-b", 17)
    p.t(20, 40, "nach § 14 Gewerbeordnung · bitte mit Schreibmaschine oder in Druckschrift ausfüllen", "hsans", 8.5,
        fill=GREY)
    p.t(20, 44.5, "Für juristische Personen bitte Beiblatt verwenden.", "hsans", 8.5, fill=GREY)
    rows = [("Familienname", "Backes", None), ("Vorname(n)", "Sabine", None),
            ("Geburtsname (falls abweichend)", "Schmitt", None), ("Geburtsdatum", "12.05.1986", None),
            ("Geburtsort, -land", "Dillingen/Saar, Deutschland", None), ("Staatsangehörigkeit", "deutsch", None),
            ("Wohnanschrift: Straße, Hausnummer", "Lisdorfer Straße 37", None),
            ("Postleitzahl, Ort", "66740 Saarlouis", None), ("Telefon", None, "06831 4872290"),
            ("E-Mail", None, "s.backes@gmx.de"),
            ("Anschrift der Betriebsstätte", "keine - Tätigkeit bei den Kunden", None),
            ("Angemeldete Tätigkeit (genaue Bezeichnung)", "Mobile kosmetische Fußpflege", None),
            ("Beginn der Tätigkeit", "01.05.2028", "02.05.2028"),
            ("Zahl der Beschäftigten (ohne Inhaber/in)", "0", None)]
    y = 58.0
    tint = (230, 242, 232)
    for n, (lab, typed_, hand) in enumerate(rows, 1):
        p.box(20, y, 27, y + 9, 0.2, fill=(222, 222, 222))
        p.t(23.5, y + 2.6, f"{n:02d}", "hsans-b", 8.5, "c")
        p.box(27, y, 190, y + 9, 0.2)
        p.t(29, y + 2.8, lab, "hsans", 8.2)
        p.box(92, y + 1.2, 189, y + 8.2, fill=tint, outline=tint)
        p.hl(92, 189, y + 7.6, 0.15, (110, 140, 115))
        if typed_:
            w = typed(p, 94 + rng.uniform(-0.6, 0.8), y + 3.1 + rng.uniform(-0.5, 0.3), typed_, 11, rng)
            if hand and n == 13:
                typed(p, 94.2, y + 3.0, "XXXXXXXXXX", 11, rng)
                hw(p, 94 + w + 4, y + 1.6, hand, 13, "chancery", INK)
        elif hand:
            hw(p, 95, y + 1.6, hand, 13, "chancery", INK)
        y += 9
    for n, lab, opts, chosen in [(15, "Art des Betriebes", ["Hauptniederlassung", "Zweigniederlassung",
                                                            "Zweigstelle"], 0),
                                 (16, "Erlaubnis / Handwerkskarte erforderlich?", ["nein", "ja, liegt bei"], 0),
                                 (17, "Wird das Gewerbe im Nebenerwerb betrieben?", ["nein", "ja"], 0)]:
        p.box(20, y, 27, y + 9, 0.2, fill=(222, 222, 222))
        p.t(23.5, y + 2.6, f"{n:02d}", "hsans-b", 8.5, "c")
        p.box(27, y, 190, y + 9, 0.2)
        p.t(29, y + 2.8, lab, "hsans", 8.2)
        x = 94
        for k, o in enumerate(opts):
            cbox(p, x, y + 3.0, False)
            if k == chosen:
                typed(p, x + 0.2, y + 2.6, "X", 11, rng)
            x += 4.3 + p.t(x + 4.3, y + 2.8, o, "hsans", 8.2) + 4
        y += 9
    y += 6
    p.wrap(20, y, "Ich versichere, dass die Angaben richtig und vollständig sind. Die Gebühr für die Anmeldung "
           "beträgt 30,00 € und wird mit der Bestätigung erhoben.", 170, "hsans", 8.5, 4.2)
    y += 20
    hw(p, 22, y - 6.5, "Saarlouis, 14.4.28", 13, "chancery", INK)
    p.hl(20, 90, y, 0.2)
    p.hl(105, 190, y, 0.2)
    scribble(p, 110, y - 1.5, 38, INK)
    p.t(20, y + 1, "Ort, Datum", "hsans", 7)
    p.t(105, y + 1, "Unterschrift der Gewerbetreibenden", "hsans", 7)
    p.t(20, y + 8, "Ausgefüllt durch:", "hsans", 7.5, fill=GREY)

    def firm(q):
        q.d.rounded_rectangle([0.3 * MM, 0.3 * MM, 61.7 * MM, 14.7 * MM], radius=int(1.5 * MM), outline=VIOLET,
                              width=max(2, int(0.4 * MM)))
        q.t(31, 1.8, "STEUERBÜRO JOCHEM", "hsans-b", 9.5, "c", fill=VIOLET)
        q.t(31, 6.3, "Titzstraße 4 · 66740 Saarlouis", "hsans", 7.5, "c", fill=VIOLET)
        q.t(31, 9.9, "Telefon 06831 12 04 77", "hsans", 7.5, "c", fill=VIOLET)

    overlay(p, 44, y + 5, 62, 15, firm, 1.5, rng, mottle=0.4)
    p.box(20, y + 24, 190, y + 36, 0.2, fill=(240, 240, 240))
    p.t(22, y + 25, "Vom Gewerbeamt auszufüllen", "hsans-b", 7.5)
    p.t(22, y + 30, "Gewerbekennzahl ____________   Gebühr erhoben ______   Weiterleitung an IHK / HWK / FA  [  ]",
        "hsans", 7.5)
    footer(p, "Kreisstadt Saarlouis · Gewerbeamt · Vordruck GA-1 (2025)", "Seite 1 von 1", 288)
    barcode_label(p, 141.5, 32, "Saarlouis · Posteingang", "SLS2804180412", "18.04.2028  09:41", "2028-04-18", 0.8,
                  rng)
    entry_stamp(p, 132, y + 9, "oval", ["KREISSTADT SAARLOUIS", "GEWERBEAMT"], "18.04.2028", "2028-04-18",
                STAMP_BLUE, 9, rng)
    holes(p, DARK)
    return [p], "gewerbeanmeldung", {"nachname": "Backes", "vorname": "Sabine", "geburtsdatum": "1986-05-12",
                                     "strasse": "Lisdorfer Straße 37", "plz": "66740", "ort": "Saarlouis",
                                     "taetigkeit": "Mobile kosmetische Fußpflege",
                                     "beginn_datum": "2028-05-02", "telefon": "068314872290",
                                     "email": "s.backes@gmx.de"}


@doc("jpg", 240, "RGB", 80)
def gew_brief():
    """A dog groomer starts her business in Bayreuth by letter: her salon's letterhead (a paw, "Struppi & Co.",
    her name under it, her contacts at the right), the city's Ordnungsamt in the window, the data as a list of
    label / value lines in the letter ("Name:", "geboren:", "Wohnung:", "Tätigkeit:", "Beginn:" ...), the day the
    salon trailer is delivered and the day she applied to the veterinary office in the text. The marks: folded in
    three, the red entry stamp "EINGANG 13. APR. 2028" between two bars, slanted over the letter's date, and the
    mailroom's yellow sticky note "kein GewA 1 dabei" over the enclosures. Truth: Leonie Dörfler (not the salon's
    name), her birth date and the start written out, the activity as listed, the letterhead's phone and e-mail."""
    rng = random.Random(1705)
    p = Sheet()
    brown = (120, 75, 40)
    paw(p, 20, 11, 14, brown)
    p.t(38, 10, "Struppi & Co.", "gothic-b", 20, fill=brown)
    p.t(38, 19.5, "Mobiler Hundesalon · Leonie Dörfler", "gothic", 9.5)
    p.lines(190, 11, ["Erlanger Straße 52", "95444 Bayreuth", "Mobil 0171 3824719", "hallo@struppi-bayreuth.de"],
            "gothic", 8.5, 4.0, "r")
    p.hl(20, 190, 29, 0.25, brown)
    fold_marks(p)
    window(p, 45, "L. Dörfler · Erlanger Straße 52 · 95444 Bayreuth",
           ["Stadt Bayreuth", "Ordnungsamt", "Gewerbeangelegenheiten", "Luitpoldplatz 13", "95444 Bayreuth"],
           "gothic", 10.5, 5.0)
    p.t(190, 81, "Bayreuth, 10. April 2028", "gothic", 10.5, "r")
    p.t(20, 93, "Anmeldung meines Gewerbes", "gothic-b", 12)
    y = paras(p, 20, 103, ["Sehr geehrte Damen und Herren,",
                           "ich mache mich selbständig und melde hiermit mein Gewerbe an. Ein Formular habe ich auf "
                           "Ihrer Internetseite nicht gefunden, deshalb schreibe ich Ihnen die Angaben auf:"],
              170, "gothic", 10.5, 5.1)
    for lab, val in [("Name:", "Dörfler, Leonie"), ("geboren:", "am 3. Februar 1995 in Kulmbach"),
                     ("Wohnung:", "Erlanger Straße 52, 95444 Bayreuth"),
                     ("Tätigkeit:", "Mobiler Hundesalon – Fellpflege von Hunden beim Kunden"),
                     ("Beginn:", "2. Mai 2028"),
                     ("Betriebsstätte:", "keine; Büro in der Wohnung, Salonwagen (Anhänger)")]:
        p.t(26, y, lab, "gothic", 10.5)
        p.t(58, y, val, "gothic-b", 10.5)
        y += 5.6
    y = paras(p, 20, y + 3, ["Ich arbeite allein und ohne Angestellte. Der Salonwagen wird am 28. April 2028 "
                             "geliefert; die Erlaubnis nach § 11 Tierschutzgesetz habe ich am 15. März 2028 beim "
                             "Veterinäramt beantragt.",
                             "Bitte schicken Sie mir die Bestätigung und die Gebührenrechnung an meine Adresse. "
                             "Erreichbar bin ich am besten mobil."], 170, "gothic", 10.5, 5.1)
    p.t(20, y + 2, "Mit freundlichen Grüßen", "gothic", 10.5)
    p.t(22, y + 8.5, "Leonie Dörfler", "chancery", 17, fill=(30, 30, 110))
    p.t(20, y + 18, "Leonie Dörfler", "gothic", 10.5)
    ay = y + 28
    p.lines(20, ay, ["Anlagen", "Kopie Personalausweis", "Kopie Antrag § 11 TierSchG"], "gothic",
            9.5, 4.6)
    entry_stamp(p, 142, 63, "bar", ["EINGANG", "Stadt Bayreuth · Ordnungsamt"], "13. APR. 2028", "2028-04-13",
                STAMP_RED, -8, rng)
    fold(p, (105.0, 210.0), (-0.2, 0.6))
    sticky(p, 18, ay - 3, 58, 36, ["Gewerbeamt:", "kein GewA 1 dabei!", "Poststelle 13.4."], -3.0, rng,
           ink=(30, 30, 120))
    return [p], "gewerbeanmeldung", {"nachname": "Dörfler", "vorname": "Leonie", "geburtsdatum": "1995-02-03",
                                     "strasse": "Erlanger Straße 52", "plz": "95444", "ort": "Bayreuth",
                                     "taetigkeit": "Mobiler Hundesalon – Fellpflege von Hunden beim Kunden",
                                     "beginn_datum": "2028-05-02", "telefon": "01713824719",
                                     "email": "hallo@struppi-bayreuth.de"}


# ---------------------------------------------------------------- Wohnsitz
@doc("png", 200, "L")
def meld_plauen():
    """Plauen's registration form filled in by hand and sent by post, stapled to the landlord's confirmation (only
    the form scanned): a band of lace at the top, rows whose caption stands on a tinted left half with a small hint
    under it and whose value is written on the right half's rule, the dates ONE DIGIT PER CELL in "TT.MM.JJJJ"
    boxes, sections A-D on lettered discs (new flat, previous flat abroad, person, landlord). The marks: a staple
    at the top left, the Bürgerbüro's violet grid stamp ("Eingang 06. APR. 2028", office, initials, enclosures)
    over the title's right, the move-in row highlighted green and "verspätet! OWi prüfen" in red in the margin.
    Truth: Tereza Nováková at the new flat, birth date and move-in day from the digit cells (not the move-out day
    abroad, not the form's date)."""
    rng = random.Random(1706)
    p = Sheet()
    wine = (120, 30, 60)
    lace(p, 9, wine)
    p.t(20, 14, "Stadt Plauen", "hsans-b", 16, fill=wine)
    p.t(20, 21, "Bürgerbüro · Meldebehörde · Unterer Graben 1 · 08523 Plauen", "hsans", 8.5)
    p.t(190, 14.5, "Anmeldung", "hsans-b", 15, "r")
    p.t(190, 21, "bei der Meldebehörde (§ 17 Bundesmeldegesetz)", "hsans", 8.5, "r")
    p.hl(20, 190, 26, 0.3, wine)
    p.t(20, 29, "Bitte in Druckschrift ausfüllen. Die Anmeldung ist binnen zwei Wochen nach dem Einzug vorzunehmen.",
        "hsans", 8, fill=GREY)

    def sec(y, letter, title):
        p.d.ellipse([20 * MM, y * MM, 26 * MM, (y + 6) * MM], fill=wine)
        p.t(23, y + 1.0, letter, "hsans-b", 10, "c", fill=WHITE)
        p.t(29, y + 1.0, title, "hsans-b", 10, fill=wine)
        return y + 8.5

    def row(y, cap, hint=None, value=None, date=None, h=10.0):
        p.box(20, y, 78, y + h, fill=(244, 236, 238), outline=(244, 236, 238))
        p.t(22, y + 1.5, cap, "hsans", 8.5)
        if hint:
            p.t(22, y + 5.6, hint, "hnarrow", 6.5, fill=GREY)
        p.hl(80, 190, y + h - 1.2, 0.18, (120, 120, 120))
        if value:
            hw(p, 82, y + h - 7.4, value, 12, "dserif-i", INK)
        if date:
            seg_date(p, 82, y + 1.6, date, 4.4, 6.6)
        return y + h + 1.2

    y = sec(35, "A", "Neue Wohnung")
    y = row(y, "Straße, Hausnummer", "ggf. Gebäudeteil", "Bahnhofstraße 31")
    y = row(y, "Stockwerk, Wohnungs-Nr.", None, "2. OG links, Whg. 7")
    y = row(y, "Postleitzahl, Gemeinde", None, "08523 Plauen")
    ey = y
    y = row(y, "Tag des Einzugs", "TT.MM.JJJJ", date="01.03.2028")
    p.box(20, y, 78, y + 8, fill=(244, 236, 238), outline=(244, 236, 238))
    p.t(22, y + 2, "Die Wohnung ist", "hsans", 8.5)
    cboxes(p, 82, y + 2.4, ["alleinige Wohnung", "Hauptwohnung", "Nebenwohnung"], set(), "hsans", 8.5, 6)
    pencross(p, 82, y + 2.4)
    y = sec(y + 12, "B", "Bisherige Wohnung")
    y = row(y, "Anschrift", "Straße, Nr., PLZ, Ort, Staat", "Karlova 12, 350 02 Cheb, Tschechien")
    y = row(y, "Tag des Auszugs", "TT.MM.JJJJ", date="28.02.2028")
    y = sec(y + 3, "C", "Person")
    y = row(y, "Familienname", "ggf. Doktorgrad", "Nováková")
    y = row(y, "Vornamen", "Rufnamen unterstreichen", "Tereza")
    p.hl(82, 97, y - 2.6, 0.3, INK)
    y = row(y, "Geburtsdatum", "TT.MM.JJJJ", date="21.11.1997")
    y = row(y, "Geburtsort, Staat", None, "Cheb, Tschechien")
    y = row(y, "Staatsangehörigkeit(en)", None, "tschechisch")
    y = row(y, "Familienstand", None, "ledig")
    y = row(y, "Pass / Ausweis", "Art, Nummer, ausstellende Behörde", "Reisepass 41877302, Cheb")
    y = sec(y + 3, "D", "Wohnungsgeber")
    y = row(y, "Name, Anschrift", None, "Vogtland Wohnen GmbH, Rädelstraße 12")
    p.t(22, y + 1, "Die Bestätigung des Wohnungsgebers ist beigefügt.", "hsans", 8.5)
    cbox(p, 100, y + 1.3, False)
    pencross(p, 100, y + 1.3)
    y += 18
    hw(p, 21, y - 6.5, "Plauen, 03.04.2028", 12, "dserif-i", INK)
    p.hl(20, 85, y, 0.2)
    p.hl(105, 190, y, 0.2)
    scribble(p, 110, y - 1.5, 34, INK)
    p.t(20, y + 1, "Ort, Datum", "hsans", 7)
    p.t(105, y + 1, "Unterschrift der meldepflichtigen Person", "hsans", 7)
    footer(p, "Stadt Plauen · Bürgerbüro · Meldeschein A (2027)", "Seite 1 von 1", 288)
    entry_stamp(p, 139, 23, "grid", ["BÜRGERBÜRO PLAUEN · EINGANG"], "06. APR. 2028", "2028-04-06", VIOLET, 2.5, rng,
                hand=["33", "Nü", "1"])
    highlight(p, 21, 124, ey + 0.6, 9.0, GREEN_HL, rng, 0.6)
    note(p, 152, ey - 3, ["verspätet!", "OWi prüfen", "Nü 6/4"], RED_PEN, -5, 13, rng=rng)
    staple(p, 6.0, 14.0, 12.0, 38.0)
    return [p], "wohnsitzanmeldung", {"nachname": "Nováková", "vorname": "Tereza", "geburtsdatum": "1997-11-21",
                                      "strasse": "Bahnhofstraße 31", "plz": "08523", "ort": "Plauen",
                                      "einzugsdatum": "2028-03-01"}


@doc("jpg", 300, "L", 70)
def meld_brief():
    """A first-year student registers his room in Aachen by letter: his name and contacts at the top left, the
    city's citizens' service in the window, the date at the right, a subject; the move-in day written out, the
    new address with the floor in the same sentence, his birth date and place in the next paragraph, his
    parents' flat in Fulda kept as a second home, the start of lectures, the landlord's confirmation to follow.
    The marks: folded in three, punched, the blue oval "STADT AACHEN POSTEINGANG 10.04.2028" over the subject's
    end, "WV 2 Wo – WGB fehlt!" pencilled at the top right. Truth: Niklas Ehrhardt at the Aachen flat (not the
    second home), the move-in day (not the lecture start nor the letter's date), his phone and e-mail."""
    rng = random.Random(1707)
    p = Sheet()
    p.t(20, 14, "Niklas Ehrhardt", "pala-b", 12)
    p.lines(20, 19.5, ["Pontstraße 141", "52062 Aachen", "Tel. 0157 34692281", "n.ehrhardt@posteo.de"], "pala", 9.5,
            4.4)
    fold_marks(p)
    window(p, 45, "N. Ehrhardt · Pontstraße 141 · 52062 Aachen",
           ["Stadt Aachen", "Bürgerservice", "Bahnhofplatz 3", "52064 Aachen"], "pala", 11, 5.2)
    p.t(190, 82, "Aachen, 06.04.2028", "pala", 11, "r")
    p.t(20, 93, "Anmeldung meines Wohnsitzes in Aachen (Hauptwohnung)", "pala-b", 11.5)
    y = paras(p, 20, 103, [
        "Sehr geehrte Damen und Herren,",
        "zum Sommersemester beginne ich mein Studium an der RWTH Aachen und bin deshalb am 1. April 2028 in die "
        "Pontstraße 141, 52062 Aachen, gezogen (Wohngemeinschaft, 3. Etage). Da ich vor dem Vorlesungsbeginn am "
        "13.04.2028 keinen Termin im Bürgerservice mehr bekommen habe, bitte ich Sie, die Anmeldung schriftlich "
        "vorzunehmen.",
        "Zu meiner Person: Ich heiße Niklas Ehrhardt, bin am 17. August 2005 in Fulda geboren, ledig und deutscher "
        "Staatsangehöriger. Die Wohnung in Aachen ist meine Hauptwohnung. Bei meinen Eltern in der Leipziger Straße "
        "40, 36037 Fulda, behalte ich mein Zimmer als Nebenwohnung.",
        "Die Wohnungsgeberbestätigung meines Vermieters reiche ich nach, sobald er sie mir schickt. Für Rückfragen "
        "erreichen Sie mich unter 0157 34692281 oder per E-Mail.",
        "Vielen Dank und freundliche Grüße"], 170, "pala", 11, 5.3)
    p.t(22, y + 1, "Niklas Ehrhardt", "chancery", 17, fill=(20, 20, 90))
    p.t(20, y + 10, "Niklas Ehrhardt", "pala", 11)
    p.t(20, y + 19, "Anlage: Kopie Personalausweis", "pala", 9.5)
    entry_stamp(p, 132, 86, "oval", ["STADT AACHEN", "POSTEINGANG"], "10.04.2028", "2028-04-10", STAMP_BLUE, 0,
                rng)
    note(p, 146, 12, ["WV 2 Wo", "WGB fehlt!", "Sch 10/4"], PENCIL, -6, 13.5, rng=rng)
    fold(p, (105.5, 210.5), (0.3, 0.2))
    holes(p, LID)
    return [p], "wohnsitzanmeldung", {"nachname": "Ehrhardt", "vorname": "Niklas", "geburtsdatum": "2005-08-17",
                                      "strasse": "Pontstraße 141", "plz": "52062", "ort": "Aachen",
                                      "einzugsdatum": "2028-04-01", "telefon": "015734692281",
                                      "email": "n.ehrhardt@posteo.de"}


# ---------------------------------------------------------------- Wohngeld
def inline_field(p, x0, x1, y, caption, value=None, h=7.5, lw=34.0, vf="hsans", vpt=10, fill=(0, 0, 0),
                 tint=(236, 242, 250)):
    """A box holding its caption at the left and, behind a thin rule, the value typed in on a pale tint."""
    p.box(x0, y, x1, y + h, 0.2)
    p.t(x0 + 1.3, y + h / 2 - 7.2 * 0.3528 * 0.62, caption, "hnarrow", 7.2, fill=(50, 50, 50))
    vline(p, x0 + lw, y, y + h, 0.2)
    p.box(x0 + lw + 0.6, y + 0.6, x1 - 0.6, y + h - 0.6, fill=tint, outline=tint)
    if value:
        p.t(x0 + lw + 2, y + h / 2 - vpt * 0.3528 * 0.62, value, vf, fit(value, vf, vpt, x1 - x0 - lw - 3),
            fill=fill)
    return y + h


@doc("pdf", 200, "RGB", 78, backing=DARK)
def wg_delmenhorst():
    """Delmenhorst's Wohngeld form filled in on the PC and signed by hand, sent on by a debt counsellor: fields that
    hold their caption at the left and the value behind a rule in the same box, the household in a table with its
    stated number, the rent in a table "Betrag monatlich | in der Gesamtmiete enthalten? ja / nein" (a garage
    not), the bank in the same boxes. The marks: the counsellor's red "EILT!" stamp and her handwritten plea with
    her own phone number, the scan centre's barcode label in the office's "Eingangsstempel" box, two punched holes
    (black backing). Truth: Marina Hinrichs at her flat, her phone (not the counsellor's), the stated household of
    3, the total rent of the "ja" rows, her IBAN."""
    rng = random.Random(1708)
    p = Sheet()
    teal = (0, 100, 120)
    p.t(20, 11, "Stadt Delmenhorst", "hsans-b", 15, fill=teal)
    p.t(20, 17.5, "Fachdienst Soziales · Wohngeldstelle", "hsans", 9)
    p.t(20, 21.8, "Rathausplatz 1 · 27749 Delmenhorst · wohngeld@delmenhorst.de", "hsans", 8.5, fill=GREY)
    p.box(136, 9, 190, 34, 0.25)
    p.t(137.5, 10, "Eingangsstempel", "hnarrow", 6.5, fill=GREY)
    p.box(136, 35.5, 190, 43, 0.25)
    p.t(137.5, 36.3, "Wohngeld-Nr.", "hnarrow", 6.5, fill=GREY)
    p.t(20, 33, "Antrag auf Mietzuschuss (Wohngeld)", "hsans-b", 15)
    p.t(20, 40, "Erstantrag · bitte vollständig ausfüllen, unterschreiben und Nachweise beifügen", "hsans", 8.5,
        fill=GREY)

    def head(y, t):
        p.box(20, y, 190, y + 6, fill=teal, outline=teal)
        p.t(22, y + 1.1, t, "hsans-b", 9.5, fill=WHITE)
        return y + 8

    y = head(48, "1  Antragstellende Person")
    inline_field(p, 20, 103, y, "Familienname", "Hinrichs", lw=26)
    y = inline_field(p, 107, 190, y, "Vorname", "Marina", lw=22) + 2
    inline_field(p, 20, 103, y, "Geburtsdatum", "14.07.1979", lw=26)
    y = inline_field(p, 107, 190, y, "Familienstand", "geschieden", lw=22) + 2
    y = inline_field(p, 20, 190, y, "Straße, Hausnummer", "Stedinger Straße 88", lw=34) + 2
    inline_field(p, 20, 103, y, "PLZ, Ort", "27751 Delmenhorst", lw=26)
    y = inline_field(p, 107, 190, y, "Telefon", "04221 9834712", lw=22) + 2
    y = inline_field(p, 20, 190, y, "E-Mail (freiwillig)", None, lw=34) + 5
    y = head(y, "2  Haushaltsmitglieder (einschließlich antragstellender Person)")
    y = grid_table(p, 20, y, [(70, "l"), (35, "c"), (65, "l")], ["Name, Vorname", "Geburtsdatum", "Verhältnis"],
                   [["Hinrichs, Marina", "14.07.1979", "Antragstellerin"],
                    ["Hinrichs, Lukas", "03.02.2011", "Sohn"],
                    ["Hinrichs, Emma", "19.09.2015", "Tochter"]], "hsans", 9.5, "hsans-b", 6.4, 6.4, (222, 236, 240))
    p.t(20, y + 2.5, "Anzahl der Haushaltsmitglieder insgesamt:", "hsans-b", 9)
    p.box(90, y + 1, 102, y + 7.5, 0.25, fill=(236, 242, 250))
    p.t(96, y + 2.2, "3", "hsans", 10, "c")
    y = head(y + 12, "3  Miete (laut Mietvertrag)")
    y = grid_table(p, 20, y, [(90, "l"), (38, "r"), (42, "c")],
                   ["Art der Kosten", "Betrag monatlich", "in Gesamtmiete?"],
                   [["Grundmiete (Kaltmiete)", "520,00 €", "ja"],
                    ["Betriebskosten ohne Heizung", "145,00 €", "ja"],
                    ["Heiz- und Warmwasserkosten", "98,00 €", "ja"],
                    ["Garage / Stellplatz", "30,00 €", "nein"]], "hsans", 9.5, "hsans-b", 6.4, 6.4, (222, 236, 240))
    p.box(20, y, 190, y + 7, 0.25, fill=(236, 242, 250))
    p.t(22, y + 1.6, "Gesamtmiete (Summe der mit „ja“ bezeichneten Beträge)", "hsans-b", 9)
    p.t(146.5, y + 1.6, "763,00 €", "hsans-b", 9.5, "r")
    y = head(y + 12, "4  Bankverbindung für die Auszahlung")
    y = inline_field(p, 20, 190, y, "Kontoinhaber/in", "Marina Hinrichs", lw=34) + 2
    y = inline_field(p, 20, 190, y, "IBAN", "DE27 2805 0100 0090 4177 28", lw=34) + 2
    y = inline_field(p, 20, 190, y, "Kreditinstitut", "Landessparkasse zu Oldenburg", lw=34) + 6
    p.wrap(20, y, "Ich versichere, dass meine Angaben richtig und vollständig sind, und werde Änderungen "
           "unverzüglich mitteilen (§ 27 WoGG).", 170, "hsans", 8.5, 4.2)
    y += 20
    hw(p, 21, y - 6.5, "Delmenhorst, 31.03.2028", 12, "dserif-i", INK)
    p.hl(20, 90, y, 0.2)
    p.hl(105, 190, y, 0.2)
    scribble(p, 110, y - 1.5, 36, INK)
    p.t(20, y + 1, "Ort, Datum", "hsans", 7)
    p.t(105, y + 1, "Unterschrift der antragstellenden Person", "hsans", 7)
    footer(p, "Stadt Delmenhorst · Wohngeld WG-1 (2026)", "Seite 1 von 1", 288)
    word_stamp(p, 88, 4, "EILT!", STAMP_RED, 8, rng, 22)
    note(p, 98, y + 6, ["Mietrückstand – Räumung droht!", "bitte vorrangig bearbeiten",
                        "Lübben, Diakonie, 04221 9987-12"], INK, -2, 11.5, rng=rng)
    barcode_label(p, 138, 12.5, "Delmenhorst · Posteingang", "DEL2804030217", "03.04.2028  11:02", "2028-04-03",
                  -0.8, rng)
    holes(p, DARK)
    return [p], "wohngeldantrag", {"nachname": "Hinrichs", "vorname": "Marina", "geburtsdatum": "1979-07-14",
                                   "strasse": "Stedinger Straße 88", "plz": "27751", "ort": "Delmenhorst",
                                   "iban": "DE27280501000090417728", "monatliche_miete": "763.00",
                                   "haushaltsmitglieder": "3", "telefon": "042219834712"}


@doc("png", 240, "L")
def wg_brief():
    """A pensioner applies for Wohngeld for herself and her husband by letter (typed on the PC in a serif): both
    their names at the top right with the address and phone, the city's Wohngeld office in the window, the date
    written out; her birth date and place and her husband's in one sentence, the flat, the total rent with its
    three parts in a sentence, the household's size, their joint pensions, HER IBAN in running text. The marks:
    folded in three, the red entry stamp at a slant over the sender block's foot, and the mailroom's sticky note
    "bitte Antragsformular schicken!" over a postscript. Truth: Gertrud Weißler (she applies and signs, not her
    husband), her birth date, the flat, the total rent (not its parts, not the pensions), the stated household of
    2, her IBAN and phone."""
    rng = random.Random(1709)
    p = Sheet()
    p.lines(190, 13, ["Gertrud und Walter Weißler", "Winzler Straße 103", "66955 Pirmasens", "Telefon 06331 75821"],
            "libserif", 11, 5.0, "r")
    fold_marks(p)
    window(p, 45, "G. Weißler · Winzler Straße 103 · 66955 Pirmasens",
           ["Stadt Pirmasens", "Wohngeldstelle", "Exerzierplatzstraße 17", "66953 Pirmasens"], "libserif", 12, 5.4)
    p.t(190, 82, "Pirmasens, den 7. April 2028", "libserif", 12, "r")
    p.t(20, 93, "Antrag auf Wohngeld", "libserif-b", 13)
    y = paras(p, 20, 104, [
        "Sehr geehrte Damen und Herren,",
        "ich beantrage hiermit Wohngeld für meinen Mann und mich. Wir sind beide Rentner. Ich bin am 9. Mai 1948 in "
        "Zweibrücken geboren, mein Mann Walter am 22. November 1945 in Pirmasens. Wir wohnen in der Winzler Straße "
        "103 in 66955 Pirmasens zur Miete im 1. Stock. Unser Haushalt besteht aus 2 Personen.",
        "Unsere Miete beträgt insgesamt 612,40 € im Monat. Darin sind enthalten: Grundmiete 455,00 €, "
        "Nebenkosten 92,40 € und Heizkosten 65,00 €. Der Vermieter hat die Miete zum 1. März 2028 erhöht, "
        "deshalb wird es bei uns jetzt knapp.",
        "Unsere Renten betragen zusammen 1.486,20 € netto im Monat; die Rentenbescheide lege ich bei. Das Wohngeld "
        "überweisen Sie bitte auf mein Konto bei der Sparkasse Südwestpfalz, IBAN DE33 5425 0010 0000 7315 09.",
        "Falls Sie noch ein Formular brauchen, schicken Sie es mir bitte zu. Ich bin meistens zu Hause und unter "
        "06331 75821 zu erreichen.",
        "Mit freundlichen Grüßen"], 170, "libserif", 12, 5.6)
    p.t(22, y + 1, "Gertrud Weißler", "chancery", 18, fill=(30, 30, 30))
    p.t(20, y + 11, "Gertrud Weißler", "libserif", 12)
    py_ = y + 22
    p.wrap(20, py_, "PS: Unsere Enkelin Jana hilft uns sonst bei den Briefen an die Ämter, sie ist aber bis nach "
           "Ostern im Ausland.", 86, "libserif", 11, 5.0)
    entry_stamp(p, 118, 26, "box", ["STADT PIRMASENS", "EINGEGANGEN"], "11. APR. 2028", "2028-04-11", STAMP_RED, 8,
                rng)
    fold(p, (104.5, 209.0), (0.4, 0.6))
    sticky(p, 15, py_ - 6, 96, 34, ["Wohngeldstelle:", "bitte Antragsformular schicken!", "Post 11.4."], 1.5, rng,
           paper=(250, 232, 120), ink=(25, 25, 110), pt=13)
    return [p], "wohngeldantrag", {"nachname": "Weißler", "vorname": "Gertrud", "geburtsdatum": "1948-05-09",
                                   "strasse": "Winzler Straße 103", "plz": "66955", "ort": "Pirmasens",
                                   "iban": "DE33542500100000731509", "monatliche_miete": "612.40",
                                   "haushaltsmitglieder": "2", "telefon": "0633175821"}


# ---------------------------------------------------------------- Hundesteuer
def bake(p, x, y, s, color):
    """A beacon of masts with a ball on top (a coastal town's sign)."""
    w = max(2, int(0.6 * MM))
    p.d.line([((x + s / 2) * MM, (y + s * 0.3) * MM), ((x + s / 2) * MM, (y + s) * MM)], fill=color, width=w)
    p.d.line([((x + s * 0.2) * MM, (y + s) * MM), ((x + s / 2) * MM, (y + s * 0.45) * MM)], fill=color, width=w)
    p.d.line([((x + s * 0.8) * MM, (y + s) * MM), ((x + s / 2) * MM, (y + s * 0.45) * MM)], fill=color, width=w)
    p.d.ellipse([(x + s * 0.34) * MM, y * MM, (x + s * 0.66) * MM, (y + s * 0.32) * MM], fill=color)


@doc("jpg", 240, "RGB", 75)
def dog_cuxhaven():
    """Cuxhaven's dog tax form filled in by hand: every field a box whose caption stands on a small tinted TAB on
    the box's top edge (three or two to a row: name, first name, birth date; street, PLZ, place; phone, e-mail;
    breed, colour, sex; litter day, "Halter seit", chip number; origin), tick boxes, a SEPA mandate with the IBAN
    in the same tabbed boxes. The marks: a large paper clip over the top edge (it held the vaccination certificate,
    taken off for the scan), the blue oval entry stamp at a slant over the office box, the start of keeping
    highlighted yellow, a pencilled "Marke ausgeg." note. Truth: Frauke Wichmann at home, the breed, the start of
    keeping (not the litter day), her IBAN and phone."""
    rng = random.Random(1710)
    p = Sheet()
    navy = (10, 60, 110)
    bake(p, 20, 10, 14, navy)
    p.t(38, 10.5, "Stadt Cuxhaven", "century-b", 16, fill=navy)
    p.t(38, 17.5, "Der Oberbürgermeister · Fachbereich Finanzen · Steuern und Abgaben", "century", 8.5)
    p.t(38, 21.5, "Rathausplatz 1 · 27472 Cuxhaven · Telefon 04721 700-0", "century", 8.5)
    p.hl(20, 190, 27, 0.35, navy)
    p.t(20, 31, "Anmeldung zur Hundesteuer", "century-b", 14)
    p.t(20, 38, "nach der Hundesteuersatzung der Stadt Cuxhaven · binnen zwei Wochen nach Beginn der Haltung",
        "century", 8.5, fill=GREY)
    p.t(20, 45, "Halterin / Halter", "century-b", 10.5, fill=navy)
    y = 49.0
    tab_field(p, 20, 85, y, "Familienname", "Wichmann")
    tab_field(p, 88, 140, y, "Vorname", "Frauke")
    y = tab_field(p, 143, 190, y, "Geburtsdatum", "23.10.1969") + 3
    tab_field(p, 20, 118, y, "Straße, Hausnummer", "Deichstraße 17")
    tab_field(p, 121, 143, y, "PLZ", "27472")
    y = tab_field(p, 146, 190, y, "Ort", "Cuxhaven") + 3
    tab_field(p, 20, 85, y, "Telefon", "04721 3974058")
    y = tab_field(p, 88, 190, y, "E-Mail (freiwillig)", None) + 7
    p.t(20, y, "Hund", "century-b", 10.5, fill=navy)
    y += 4
    tab_field(p, 20, 105, y, "Rasse / Kreuzung", "Labrador Retriever")
    tab_field(p, 108, 145, y, "Farbe", "schwarz")
    y = tab_field(p, 148, 190, y, "Geschlecht", "Hündin") + 3
    tab_field(p, 20, 62, y, "Wurftag", "14.12.2027")
    hy = y
    tab_field(p, 65, 118, y, "Halter seit", "28.03.2028")
    y = tab_field(p, 121, 190, y, "Chip-Nr.", "276098106631504") + 3
    y = tab_field(p, 20, 190, y, "Herkunft (Züchter, Tierheim, Vorbesitzer)", "Züchterin E. Rolfs, Otterndorf") + 5
    p.t(20, y, "Der Hund ist", "century", 9.5)
    cboxes(p, 45, y + 0.3, ["Ersthund", "Zweithund", "weiterer Hund"], set(), "century", 9.5, 6)
    pencross(p, 45, y + 0.3)
    y += 6
    p.t(20, y, "Sachkundenachweis (§ 3 NHundG) liegt vor:", "century", 9.5)
    cboxes(p, 95, y + 0.3, ["ja", "nein"], set(), "century", 9.5, 6)
    pencross(p, 95, y + 0.3)
    p.t(125, y, "Haftpflichtversicherung:", "century", 9.5)
    cboxes(p, 167, y + 0.3, ["ja"], set(), "century", 9.5, 6)
    pencross(p, 167, y + 0.3)
    y += 10
    p.t(20, y, "SEPA-Lastschriftmandat", "century-b", 10.5, fill=navy)
    y = p.wrap(20, y + 5, "Ich ermächtige die Stadt Cuxhaven, die Hundesteuer von meinem Konto mittels Lastschrift "
               "einzuziehen. Gläubiger-Identifikationsnummer DE63ZZZ00000072215.", 170, "century", 8.5, 4.2) + 1
    tab_field(p, 20, 118, y, "IBAN", "DE49 2419 1015 0612 3388 00")
    y = tab_field(p, 121, 190, y, "Kreditinstitut", "Volksbank Stade-Cuxhaven") + 3
    y = tab_field(p, 20, 118, y, "Kontoinhaber/in", "Frauke Wichmann") + 12
    hw(p, 21, y - 6.5, "Cuxhaven, 04.04.2028", 12, "dserif-i", INK)
    p.hl(20, 90, y, 0.2)
    p.hl(105, 190, y, 0.2)
    scribble(p, 112, y - 1.5, 34, INK)
    p.t(20, y + 1, "Ort, Datum", "century", 7)
    p.t(105, y + 1, "Unterschrift", "century", 7)
    oy = y + 8
    p.box(20, oy, 190, oy + 22, 0.25, fill=(236, 242, 248), outline=navy)
    p.t(22, oy + 1.3, "Nur für die Verwaltung", "century-b", 8, fill=navy)
    p.t(22, oy + 7, "Steuermarke Nr. ________   Veranlagung ab ________   Kassenzeichen ______________", "century", 8)
    footer(p, "Stadt Cuxhaven · Steuern und Abgaben · HSt 1 (2026)", "Seite 1 von 1", 288)
    highlight(p, 66, 117, hy + 4.4, 7.0, YELLOW_HL, rng, -0.4)
    entry_stamp(p, 128, oy + 4, "oval", ["STADT CUXHAVEN", "Eingang"], "07.04.2028", "2028-04-07", STAMP_BLUE, -6,
                rng)
    note(p, 36, oy + 11, ["Marke 0417 ausgeg. – Ste 19/4"], PENCIL, -1.5, 12.5, rng=rng)
    paperclip(p, 152, -10.0)
    return [p], "hundesteuer_anmeldung", {"nachname": "Wichmann", "vorname": "Frauke", "geburtsdatum": "1969-10-23",
                                          "strasse": "Deichstraße 17", "plz": "27472", "ort": "Cuxhaven",
                                          "hunderasse": "Labrador Retriever", "haltungsbeginn": "2028-03-28",
                                          "iban": "DE49241910150612338800", "telefon": "047213974058"}


@doc("png", 240, "RGB")
def dog_abschnitt():
    """The REPLY SLIP cut off a letter of Gütersloh's tax office to new residents (a sheet of 210 x 112 mm, the
    scissors' cut a little crooked, the rest of the dashed line and the scissors at the top): the resident's
    name and address printed by the office in the typewriter face of its mail merge, the office's address and
    the file's "Aktenzeichen" beside it, three tick boxes (no dog / one dog, registered hereby / several dogs),
    the breed, the start of keeping, the keeper's birth date and phone on lines by hand, the date and signature.
    The marks: the blue entry stamp at a slant at the right, a green "erl." note. Truth: Tobias Wehmeyer at the
    printed address, the breed, the start of keeping, his birth date and phone, the office's Aktenzeichen."""
    rng = random.Random(1711)
    p = Sheet(210.0, 112.0)
    reply_edge(p, backing=LID, rng=rng)
    p.t(20, 7, "Rückmeldung zur Hundesteuer – bitte abtrennen und bis zum 30.04.2028 zurücksenden", "hsans-b", 10)
    p.lines(20, 15, ["Herrn", "Tobias Wehmeyer", "Kahlertstraße 21", "33330 Gütersloh"], "tw", 10.5, 4.6)
    p.lines(118, 15, ["An die", "Stadt Gütersloh", "Fachbereich Finanzen – Steuern", "Berliner Straße 70",
                      "33330 Gütersloh"], "hsans", 8.5, 3.9)
    p.t(118, 36, "Aktenzeichen: 22.3 - HSt - 2028/1173", "hsans-b", 8.5)
    y = 43.0
    for k, lab in enumerate(["Ich halte keinen Hund.",
                             "Ich halte einen Hund und melde ihn hiermit zur Hundesteuer an:",
                             "Ich halte mehrere Hunde – bitte senden Sie mir das Anmeldeformular."]):
        cbox(p, 20, y + 0.3, False, lab, "hsans", 9)
        if k == 1:
            pencross(p, 20, y + 0.3)
        y += 5.5
    y += 2
    p.t(26, y + 1.5, "Rasse / Kreuzung:", "hsans", 9)
    p.hl(58, 115, y + 5.6, 0.15)
    hw(p, 60, y, "Border Collie", 12.5, "dserif-i", INK)
    p.t(120, y + 1.5, "gehalten seit:", "hsans", 9)
    p.hl(143, 190, y + 5.6, 0.15)
    hw(p, 145, y, "15.03.2028", 12.5, "dserif-i", INK)
    y += 9
    p.t(26, y + 1.5, "Geburtsdatum der Halterin / des Halters:", "hsans", 9)
    p.hl(90, 130, y + 5.6, 0.15)
    hw(p, 92, y, "30.06.1988", 12.5, "dserif-i", INK)
    p.t(134, y + 1.5, "Telefon (freiwillig):", "hsans", 9)
    p.hl(164, 204, y + 5.6, 0.15)
    hw(p, 165, y, "05241 2118409", 11.5, "dserif-i", INK)
    y += 17
    hw(p, 21, y - 6.5, "Gütersloh, 08.04.2028", 12.5, "dserif-i", INK)
    p.hl(20, 90, y, 0.2)
    p.hl(110, 190, y, 0.2)
    scribble(p, 116, y - 1.5, 30, INK)
    p.t(20, y + 1, "Datum", "hsans", 7)
    p.t(110, y + 1, "Unterschrift", "hsans", 7)
    p.t(20, y + 7, "Hinweis: Ihre Angaben werden nur für die Festsetzung der Hundesteuer verarbeitet (Art. 6 Abs. 1 "
        "lit. e DSGVO).", "hsans", 7, fill=GREY)
    entry_stamp(p, 68, 15, "box", ["STADT GÜTERSLOH", "Eingegangen"], "11. APR. 2028", "2028-04-11", STAMP_BLUE, -6,
                rng)
    note(p, 158, 90, ["erl. – Marke 2204", "Wb 14/4"], GREEN_PEN, 3, 12, rng=rng)
    return [p], "hundesteuer_anmeldung", {"nachname": "Wehmeyer", "vorname": "Tobias", "geburtsdatum": "1988-06-30",
                                          "strasse": "Kahlertstraße 21", "plz": "33330", "ort": "Gütersloh",
                                          "hunderasse": "Border Collie", "haltungsbeginn": "2028-03-15",
                                          "aktenzeichen": "22.3-HSt-2028/1173", "telefon": "052412118409"}


# ---------------------------------------------------------------- Bewohnerparken
def worms_key(p, x, y, s, color):
    """An upright key with its bow at the top and a small cross-bar star beside it (a cathedral city's sign)."""
    w = max(2, int(0.9 * MM))
    p.d.ellipse([(x + s * 0.3) * MM, y * MM, (x + s * 0.7) * MM, (y + s * 0.4) * MM], outline=color, width=w)
    p.box(x + s * 0.46, y + s * 0.38, x + s * 0.54, y + s, fill=color, outline=color)
    p.box(x + s * 0.54, y + s * 0.8, x + s * 0.7, y + s * 0.86, fill=color, outline=color)
    p.box(x + s * 0.54, y + s * 0.92, x + s * 0.66, y + s * 0.98, fill=color, outline=color)


def cap_line(p, x0, x1, y, caption, value=None, vf="hsans", vpt=10.5, fill=(0, 0, 0)):
    """A caption printed small above a grey rule, the value typed on the rule; returns y under it."""
    p.t(x0, y, caption, "hnarrow", 7, fill=(70, 70, 70))
    p.box(x0, y + 3.2, x1, y + 9.2, fill=(232, 238, 250), outline=(232, 238, 250))
    p.hl(x0, x1, y + 9.2, 0.25, (110, 110, 110))
    if value:
        p.t(x0 + 1.5, y + 4.6, value, vf, fit(value, vf, vpt, x1 - x0 - 3), fill=fill)
    return y + 12


@doc("jpg", 200, "RGB", 78)
def park_formular():
    """Worms' parking permit form filled in on the PC: the fields on the left two thirds, captions small ABOVE
    pale blue rules, the plate in single-letter cells grouped as "Unterscheidungszeichen | Buchstaben | Ziffern",
    a column of notes on the right third (fee, documents, data protection). The marks: the caseworker's yellow
    stroke over the plate, the Bürgerbüro's sticky note "Fzg.-Schein fehlt" over the data-protection note, the
    blue boxed entry stamp "STADT WORMS POSTEINGANG 04. APR. 2028" with the office by hand, two punched holes.
    Truth: Fabian Gerlach at home, the plate from its cells, his phone and e-mail."""
    rng = random.Random(1712)
    p = Sheet()
    red = (170, 25, 35)
    worms_key(p, 20, 9, 16, red)
    p.t(38, 10, "Stadt Worms", "hsans-b", 16, fill=red)
    p.t(38, 17, "Bereich 3 – Sicherheit und Ordnung · Straßenverkehrsbehörde", "hsans", 8.5)
    p.t(38, 21, "Adenauerring 2 · 67547 Worms · Telefon 06241 853-0", "hsans", 8.5)
    p.hl(20, 190, 27.5, 0.4, red)
    p.t(20, 32, "Antrag auf Erteilung eines Bewohnerparkausweises", "hsans-b", 13.5)
    side = (244, 244, 240)
    p.box(142, 40, 190, 250, fill=side, outline=side)
    p.t(20, 41, "Bewohnerparkgebiet", "hsans-b", 9, fill=red)
    cboxes(p, 20, 46, ["W 1 Altstadt", "W 2 Innenstadt-Süd", "W 3 Liebfrauen"], set(), "hsans", 8.5, 5)
    pencross(p, 43.8, 46, fill=(0, 0, 0))
    p.t(20, 55, "Antragsteller/in (Hauptwohnung im Bewohnerparkgebiet)", "hsans-b", 9, fill=red)
    y = 60.0
    cap_line(p, 20, 78, y, "Name", "Gerlach")
    y = cap_line(p, 82, 137, y, "Vorname", "Fabian")
    cap_line(p, 20, 58, y, "Geburtsdatum", "05.03.1990")
    y = cap_line(p, 62, 137, y, "Telefon (tagsüber)", "06241 9773106")
    y = cap_line(p, 20, 137, y, "Straße, Hausnummer", "Mainzer Straße 42")
    cap_line(p, 20, 48, y, "PLZ", "67547")
    y = cap_line(p, 52, 137, y, "Wohnort", "Worms")
    y = cap_line(p, 20, 137, y, "E-Mail", "fabian.gerlach@web.de")
    p.t(20, y + 2, "Fahrzeug", "hsans-b", 9, fill=red)
    y += 7
    p.t(20, y, "Amtliches Kennzeichen", "hnarrow", 7, fill=(70, 70, 70))
    py_ = y + 3.5
    x = 20.0
    fo = font("hsans", 12)
    for group, cap in [("WO", "Kreis"), ("FG", "Buchst."), ("390", "Ziffern")]:
        gx = x
        for ch in group:
            p.box(x, py_, x + 6, py_ + 7.5, 0.25)
            wch = fo.getlength(ch) / MM
            p.d.text(((x + 3 - wch / 2) * MM, (py_ + 1.6) * MM), ch, font=fo, fill=(0, 0, 0))
            x += 6
        p.texts.append((py_ + 1.6, gx + 1.5, group))
        p.t(gx, py_ + 8.5, cap, "hnarrow", 6, fill=GREY)
        x += 4
    y = py_ + 13
    cap_line(p, 20, 78, y, "Hersteller, Typ", "Skoda Fabia")
    y = cap_line(p, 82, 137, y, "Halter/in laut Zulassung", "Fabian Gerlach")
    cbox(p, 20, y + 1, False, "Ich bin Halter/in des Fahrzeugs.", "hsans", 8.5)
    pencross(p, 20, y + 1, fill=(0, 0, 0))
    cbox(p, 20, y + 6, False, "Firmen- oder Dienstwagen (Bescheinigung des Arbeitgebers beifügen)", "hsans", 8.5)
    y += 13
    p.t(20, y, "Geltungsdauer", "hsans-b", 9, fill=red)
    cboxes(p, 20, y + 5, ["1 Jahr (30,00 €)", "2 Jahre (60,00 €)"], set(), "hsans", 8.5, 6)
    pencross(p, 20, y + 5, fill=(0, 0, 0))
    y += 20
    p.t(21, y - 6, "Worms, 02.04.2028", "hsans", 10.5)
    p.hl(20, 75, y, 0.2)
    p.hl(82, 137, y, 0.2)
    scribble(p, 86, y - 1.5, 32, INK)
    p.t(20, y + 1, "Ort, Datum", "hsans", 7)
    p.t(82, y + 1, "Unterschrift", "hsans", 7)
    yy = 43.0
    for title, text in [("Gebühr", "Die Gebühr ist bei Abholung oder nach Erhalt des Bescheides zu zahlen."),
                        ("Unterlagen", "Kopie der Zulassungsbescheinigung Teil I; bei Firmenwagen eine Bescheinigung "
                                       "des Arbeitgebers über die private Nutzung."),
                        ("Hinweis", "Der Ausweis berechtigt nicht zum Parken in Halteverboten und garantiert keinen "
                                    "freien Parkplatz."),
                        ("Datenschutz", "Ihre Daten werden nach Art. 6 Abs. 1 lit. e DSGVO zur Bearbeitung des "
                                        "Antrags verarbeitet und nach Ablauf der Gültigkeit gelöscht. Auskunft: "
                                        "datenschutz@worms.de")]:
        p.t(145, yy, title, "hsans-b", 8.5)
        yy = p.wrap(145, yy + 4.2, text, 42, "hsans", 7.5, 3.6) + 4
    dy = yy
    footer(p, "Stadt Worms · Straßenverkehrsbehörde · BPA 1 (2027)", "Seite 1 von 1", 288)
    highlight(p, 19, x - 3, py_ + 1.2, 5.6, YELLOW_HL, rng, 0.3)
    entry_stamp(p, 146, 250, "box", ["STADT WORMS", "POSTEINGANG"], "04. APR. 2028", "2028-04-04", STAMP_BLUE, 4,
                rng, hand="3.2")
    sticky(p, 143, dy - 26, 46, 40, ["Fzg.-Schein", "fehlt – nach-", "fordern! Kö"], -4.0, rng, ink=INK)
    holes(p, LID)
    return [p], "bewohnerparkausweis", {"nachname": "Gerlach", "vorname": "Fabian", "geburtsdatum": "1990-03-05",
                                        "strasse": "Mainzer Straße 42", "plz": "67547", "ort": "Worms",
                                        "kennzeichen": "WO-FG 390", "telefon": "062419773106",
                                        "email": "fabian.gerlach@web.de"}


@doc("pdf", 240, "L", 75)
def park_brief():
    """A renewal of a resident's parking permit by letter in Stade's old town: her name and contacts centred in
    one line at the top, the city's Ordnungsamt in the window; the old permit's number and its expiry, the NEW
    car's plate in a sentence, the sold car's plate (one digit less) in the next, her birth date and address in
    a sentence "Zu meiner Person: ...". The marks: folded in three, the red "EINGANG" bar stamp at a slant over
    the subject, "z.K. Amt 32" in green at the top right, the new plate highlighted yellow. Truth: Marlene
    Tiedemann at home, the new plate (not the old one), her phone."""
    rng = random.Random(1713)
    p = Sheet()
    p.t(105, 13, "Marlene Tiedemann", "century-b", 13, "c")
    p.t(105, 19, "Hökerstraße 12 · 21682 Stade · Telefon 04141 6089355", "century", 9.5, "c")
    p.hl(60, 150, 24, 0.2, (120, 120, 120))
    fold_marks(p)
    window(p, 45, "M. Tiedemann · Hökerstraße 12 · 21682 Stade",
           ["Hansestadt Stade", "Ordnungsamt – Straßenverkehr", "Bewohnerparken", "Am Sande 4", "21682 Stade"],
           "century", 11, 5.2)
    p.t(190, 82, "Stade, 05.04.2028", "century", 11, "r")
    p.t(20, 93, "Bewohnerparkausweis Zone A (Altstadt) – Antrag auf Neuausstellung", "century-b", 11.5)
    y = paras(p, 20, 103, [
        "Sehr geehrte Damen und Herren,",
        "mein Bewohnerparkausweis Nr. A-0451 läuft am 30.04.2028 ab. Ich beantrage deshalb einen neuen Ausweis für "
        "die Zone A (Altstadt).",
        "Seit Februar fahre ich ein anderes Auto, einen VW Polo mit dem amtlichen Kennzeichen STD-MT 770.",
        "Der alte Wagen mit dem Kennzeichen STD-MT 77 ist verkauft und abgemeldet; der neue Ausweis soll also auf "
        "den Polo lauten. Eine Kopie der Zulassungsbescheinigung Teil I lege ich bei.",
        "Zu meiner Person: Marlene Tiedemann, geboren am 11.09.1983, wohnhaft Hökerstraße 12, 21682 Stade "
        "(Hauptwohnung seit 2019).",
        "Die Gebühr überweise ich nach Erhalt Ihres Bescheids. Für Rückfragen erreichen Sie mich unter 04141 "
        "6089355.",
        "Mit freundlichen Grüßen"], 170, "century", 11, 5.3)
    p.t(22, y + 1, "M. Tiedemann", "chancery", 17, fill=(20, 20, 80))
    p.t(20, y + 11, "Marlene Tiedemann", "century", 11)
    p.t(20, y + 20, "Anlage: Kopie Zulassungsbescheinigung Teil I", "century", 9.5)
    sx = span_of(p, "STD-MT 770", "century", 11)
    highlight(p, sx[0] - 0.8, sx[2] + 0.8, sx[1] - 0.5, 5.2, YELLOW_HL, rng, 0.4)
    entry_stamp(p, 128, 84, "bar", ["EINGANG", "Hansestadt Stade"], "07. APR. 2028", "2028-04-07", STAMP_RED, 6,
                rng)
    note(p, 158, 30, ["z.K. Amt 32", "Ma 7/4"], GREEN_PEN, -5, 14, rng=rng)
    fold(p, (105.0, 210.0), (-0.5, -0.2))
    return [p], "bewohnerparkausweis", {"nachname": "Tiedemann", "vorname": "Marlene", "geburtsdatum": "1983-09-11",
                                        "strasse": "Hökerstraße 12", "plz": "21682", "ort": "Stade",
                                        "kennzeichen": "STD-MT 770", "telefon": "041416089355"}


# ---------------------------------------------------------------- Bauantrag
def rowcell(p, x0, x1, y, caption, value=None, h=9.0, vf="hsans", vpt=10, fill=(0, 0, 0), cw=None):
    """A form row: the caption in a grey cell at the left, the value typed in the white cell beside it."""
    cw = cw if cw is not None else 38.0
    p.box(x0, y, x1, y + h, 0.2)
    p.box(x0, y, x0 + cw, y + h, 0.2, fill=(228, 228, 228))
    p.wrap(x0 + 1.2, y + 1.0, caption, cw - 2.4, "hnarrow", 7, 2.9)
    if value:
        p.t(x0 + cw + 2, y + h / 2 - vpt * 0.3528 * 0.62, value, vf, fit(value, vf, vpt, x1 - x0 - cw - 4),
            fill=fill)
    return y + h


@doc("tif", 240, "L", 80)
def bau_formular():
    """A COPY of a building application on Saxony-Anhalt's form, sent by the architect to the town of Wernigerode
    (the original went to the district's building authority, whose address is in the form's address box): "Bauantrag
    nach § 64 BauO LSA" with the procedure ticked, the authority's box and an empty box for its entry stamp,
    numbered sections with captions in grey cells beside the typed values (builder, designer with her chamber
    number, plot with Gemarkung / Flur / Flurstück, project), two signatures and the architect's round seal. The
    marks: the architect's red "KOPIE" stamp at a slant, a staple at the top left, the town's barcode label and its
    blue grid entry stamp at the foot. Truth: Sebastian Quast (the builder, not the designer) at home, the plot's
    Gemarkung and Flurstück (not the Flur), the project, his birth date, phone and e-mail."""
    rng = random.Random(1714)
    p = Sheet()
    p.t(20, 11, "Bauantrag", "hsans-b", 18)
    p.t(20, 19, "nach § 64 Bauordnung des Landes Sachsen-Anhalt (BauO LSA)", "hsans", 9)
    cbox(p, 20, 25, True, "Baugenehmigungsverfahren", "hsans", 8.5)
    cbox(p, 70, 25, False, "vereinfachtes Verfahren (§ 62)", "hsans", 8.5)
    cbox(p, 125, 25, False, "Vorbescheid (§ 72)", "hsans", 8.5)
    p.box(20, 32, 108, 62, 0.25)
    p.t(22, 33, "An die untere Bauaufsichtsbehörde", "hnarrow", 7, fill=GREY)
    p.lines(22, 38, ["Landkreis Harz", "Bauordnungsamt", "Friedrich-Ebert-Straße 42", "38820 Halberstadt"],
            "hsans", 10, 4.8)
    p.box(112, 32, 190, 62, 0.25)
    p.t(114, 33, "Eingangsstempel der Bauaufsichtsbehörde", "hnarrow", 7, fill=GREY)
    p.t(114, 52, "Az. der Bauaufsicht:", "hnarrow", 7, fill=GREY)

    def sec(y, n, title):
        p.box(20, y, 190, y + 6, fill=(60, 60, 60), outline=(60, 60, 60))
        p.t(22, y + 1.1, f"{n}  {title}", "hsans-b", 9.5, fill=WHITE)
        return y + 6

    y = sec(67, 1, "Bauherrin / Bauherr")
    rowcell(p, 20, 105, y, "Name", "Quast")
    y = rowcell(p, 105, 190, y, "Vorname", "Sebastian", cw=24)
    rowcell(p, 20, 105, y, "Geburtsdatum", "14.01.1981")
    y = rowcell(p, 105, 190, y, "Telefon", "03943 6271490", cw=24)
    y = rowcell(p, 20, 190, y, "Straße, Hausnummer", "Friedrichstraße 88")
    rowcell(p, 20, 105, y, "PLZ, Ort", "38855 Wernigerode")
    y = rowcell(p, 105, 190, y, "E-Mail", "s.quast@t-online.de", cw=24)
    y = sec(y + 4, 2, "Entwurfsverfasserin / Entwurfsverfasser")
    y = rowcell(p, 20, 190, y, "Name, Vorname, Berufsbezeichnung", "Rosenthal, Anke, Dipl.-Ing. Architektin")
    y = rowcell(p, 20, 190, y, "Anschrift", "Breite Straße 40, 38855 Wernigerode")
    rowcell(p, 20, 105, y, "Telefon", "03943 9412230")
    y = rowcell(p, 105, 190, y, "Kammer-Nr.", "AK LSA 2417", cw=24)
    y = sec(y + 4, 3, "Baugrundstück")
    rowcell(p, 20, 105, y, "Gemeinde", "Stadt Wernigerode")
    y = rowcell(p, 105, 190, y, "Ortsteil", "Hasserode", cw=24)
    y = rowcell(p, 20, 190, y, "Straße, Hausnummer", "Am Kreuzberg 5")
    rowcell(p, 20, 85, y, "Gemarkung", "Hasserode", cw=24)
    rowcell(p, 85, 125, y, "Flur", "7", cw=12)
    y = rowcell(p, 125, 190, y, "Flurstück(e)", "212/4", cw=22)
    y = sec(y + 4, 4, "Vorhaben")
    y = rowcell(p, 20, 190, y, "Genaue Bezeichnung des Vorhabens", "Neubau eines Einfamilienhauses mit Doppelgarage",
                h=10)
    rowcell(p, 20, 105, y, "Gebäudeklasse", "1")
    y = rowcell(p, 105, 190, y, "Baukosten (€)", "412.000", cw=24)
    y += 8
    p.t(20, y, "Wernigerode, 03.04.2028", "hsans", 10)
    p.t(110, y, "Wernigerode, 03.04.2028", "hsans", 10)
    y += 14
    p.hl(20, 95, y, 0.2)
    p.hl(110, 190, y, 0.2)
    scribble(p, 28, y - 1.5, 34, INK)
    scribble(p, 118, y - 1.5, 30, (20, 20, 20))
    p.t(20, y + 1, "Unterschrift Bauherrin / Bauherr", "hsans", 7)
    p.t(110, y + 1, "Unterschrift und Stempel Entwurfsverfasser/in", "hsans", 7)
    seal(p, 174, y - 10, 11, ["ANKE ROSENTHAL", "Architektin", "AK LSA 2417"], (40, 40, 40), 5.5)
    footer(p, "Bauantrag BauO LSA · Vordruck 1 (2024)", "Seite 1 von 1", 288)
    word_stamp(p, 120, 6, "KOPIE", STAMP_RED, -9, rng, 26)
    barcode_label(p, 122, 243, "Wernigerode · Posteingang", "WR2804070058", "07.04.2028  13:20", "2028-04-07", 1.0,
                  rng)
    entry_stamp(p, 24, 248, "grid", ["STADT WERNIGERODE · POSTEINGANG"], "07. APR. 2028", "2028-04-07", STAMP_BLUE,
                -2, rng, hand=["61", "Hö", "3"])
    staple(p, 6.5, 13.0, 12.0, 42.0)
    return [p], "bauantrag", {"nachname": "Quast", "vorname": "Sebastian", "geburtsdatum": "1981-01-14",
                              "strasse": "Friedrichstraße 88", "plz": "38855", "ort": "Wernigerode",
                              "gemarkung": "Hasserode", "flurstueck": "212/4",
                              "vorhaben": "Neubau eines Einfamilienhauses mit Doppelgarage",
                              "telefon": "039436271490", "email": "s.quast@t-online.de"}


@doc("jpg", 300, "RGB", 80)
def bau_brief():
    """A building application for a balcony by letter in Gotha (the plans enclosed in three copies): a letterhead
    made in a word processor (his name large, the address under a rule, phone and e-mail at the right), the
    city's building department in the window, a two-line subject naming the project and the plot ("Gemarkung
    Siebleben, Flur 3, Flurstück 1043/2"); in the text his birth date and address, and the engineer who drew the
    plans with his own address and phone. The marks: folded in three, punched, the red entry stamp with "Amt 63"
    by hand, the Flurstück highlighted green, a pencilled "z.K. Amt 63 – Unterl. vollst.?". Truth: Uwe Sendler
    (not the engineer) at home, the plot's Gemarkung and Flurstück, the project as the subject names it, his
    birth date and phone (not the engineer's)."""
    rng = random.Random(1715)
    p = Sheet()
    p.t(20, 12, "Uwe Sendler", "pala", 20)
    p.hl(20, 190, 22, 0.3)
    p.t(20, 24, "Erfurter Landstraße 14 · 99867 Gotha", "pala", 9.5)
    p.t(190, 24, "Tel. 03621 703812 · uwe.sendler@freenet.de", "pala", 9.5, "r")
    fold_marks(p)
    window(p, 45, "Uwe Sendler · Erfurter Landstraße 14 · 99867 Gotha",
           ["Stadt Gotha", "Fachbereich Bau", "Bauordnung", "Ekhofplatz 24", "99867 Gotha"], "pala", 11, 5.2)
    p.t(190, 82, "Gotha, 08.04.2028", "pala", 11, "r")
    p.t(20, 92, "Bauantrag: Anbau eines Balkons mit Außentreppe an das Wohnhaus", "pala-b", 11.5)
    p.t(20, 97.5, "Grundstück Erfurter Landstraße 14, Gemarkung Siebleben, Flur 3, Flurstück 1043/2", "pala-b", 11.5)
    y = paras(p, 20, 108, [
        "Sehr geehrte Damen und Herren,",
        "hiermit beantrage ich die Baugenehmigung für den Anbau eines Balkons mit Außentreppe an unser Wohnhaus. Der "
        "Balkon (4,20 × 2,00 m) soll an der Gartenseite im Obergeschoss entstehen; die Stahltreppe führt in den "
        "Garten. Das Grundstück gehört meiner Frau und mir gemeinsam.",
        "Bauherr bin ich, Uwe Sendler, geboren am 02.09.1966, wohnhaft Erfurter Landstraße 14, 99867 Gotha. Die "
        "Bauvorlagen hat Herr Dipl.-Ing. Frank Heyder (Ingenieurbüro Heyder, Hauptmarkt 18, 99867 Gotha, Telefon "
        "03621 401775) erstellt; er ist bauvorlageberechtigt und für Fragen zu den Plänen der richtige "
        "Ansprechpartner.",
        "In dreifacher Ausfertigung liegen bei: Lageplan, Bauzeichnungen, Baubeschreibung, Standsicherheitsnachweis "
        "und der Auszug aus der Liegenschaftskarte vom 14.03.2028. Für alle anderen Fragen erreichen Sie mich unter "
        "der oben genannten Telefonnummer.",
        "Mit freundlichen Grüßen"], 170, "pala", 11, 5.3)
    p.t(22, y + 1, "Uwe Sendler", "chancery", 18, fill=(20, 20, 20))
    p.t(20, y + 11, "Uwe Sendler", "pala", 11)
    p.t(20, y + 20, "Anlagen: Bauvorlagen (3-fach)", "pala", 9.5)
    sx = span_of(p, "Flurstück 1043/2", "pala-b", 11.5)
    highlight(p, sx[0] - 0.6, sx[2] + 0.6, sx[1] - 0.6, 5.4, GREEN_HL, rng, -0.3)
    entry_stamp(p, 134, 62, "box", ["STADT GOTHA", "EINGEGANGEN"], "12. APR. 2028", "2028-04-12", STAMP_RED, -5, rng,
                hand="63")
    note(p, 150, 232, ["z.K. Amt 63", "Unterl. vollst.?", "Le 12/4"], PENCIL, 3, 13, rng=rng)
    fold(p, (105.0, 210.0), (0.2, 0.4))
    holes(p, LID)
    return [p], "bauantrag", {"nachname": "Sendler", "vorname": "Uwe", "geburtsdatum": "1966-09-02",
                              "strasse": "Erfurter Landstraße 14", "plz": "99867", "ort": "Gotha",
                              "gemarkung": "Siebleben", "flurstueck": "1043/2",
                              "vorhaben": "Anbau eines Balkons mit Außentreppe an das Wohnhaus",
                              "telefon": "03621703812", "email": "uwe.sendler@freenet.de"}


# ---------------------------------------------------------------- Widerspruch
@doc("tif", 200, "L", 75)
def wid_umschlag():
    """A father's objection to an after-school care fee in Siegen with its ENVELOPE scanned behind it (two pages),
    as mailrooms keep the envelope when a deadline runs: page 1 a letter with the sender block at the top right,
    the city in the window, a reference line "Ihr Zeichen: ... · Ihr Bescheid vom ..." above the subject, the
    notice's date and file number again in the first sentence with the day it reached him, his son's fee and
    income bracket; page 2 the front of his window envelope: the sender written by hand at the top left, a stamp
    with the machine's wavy cancellation and the round postmark "Briefzentrum 57 · 12.04.28", the window empty, a
    pencilled "Umschlag zu Widerspruch Kämper". The marks on the letter: folded in three, the red entry stamp with
    "Amt 51" at a slant over the subject's end, "Frist gewahrt (Poststempel 12.4.)" in red. Truth: Holger Kämper
    at home, the city's file number, the notice's own date (not the day it was received, not the postmark, not the
    entry stamp), his phone."""
    rng = random.Random(1716)
    p = Sheet()
    p.lines(190, 13, ["Holger Kämper", "Sandstraße 73", "57072 Siegen", "Tel. 0271 2384107"], "lib", 10.5, 4.8, "r")
    fold_marks(p)
    window(p, 45, "H. Kämper · Sandstraße 73 · 57072 Siegen",
           ["Universitätsstadt Siegen", "Abteilung Kindertagesbetreuung", "Markt 2", "57072 Siegen"], "lib", 11, 5.2)
    p.t(190, 80, "Siegen, 11. April 2028", "lib", 11, "r")
    p.t(20, 90, "Ihr Zeichen: 51.4-OGS-2028/0388 · Ihr Bescheid vom 16.03.2028", "lib", 9.5)
    p.t(20, 96, "Widerspruch gegen den Bescheid über Elternbeiträge für die Offene Ganztagsschule", "lib-b", 11)
    y = paras(p, 20, 106, [
        "Sehr geehrte Damen und Herren,",
        "gegen Ihren Bescheid vom 16. März 2028 (Aktenzeichen 51.4-OGS-2028/0388), mir zugegangen am 18. März 2028, "
        "lege ich hiermit Widerspruch ein.",
        "Sie haben den Elternbeitrag für meinen Sohn Jannis (OGS Grundschule Am Wellersberg) ab dem 1. Februar 2028 "
        "nach der Einkommensstufe 5 mit 148,00 € monatlich festgesetzt und dabei mein Einkommen des Jahres 2026 "
        "zugrunde gelegt. Seit dem 1. Januar 2028 arbeite ich jedoch nur noch in Teilzeit; mein Einkommen liegt "
        "damit in Stufe 3. Die Bescheinigung meines Arbeitgebers lege ich bei.",
        "Ich bitte Sie, den Beitrag neu festzusetzen und die Vollziehung des Bescheides bis zur Entscheidung über "
        "den Widerspruch auszusetzen.",
        "Mit freundlichen Grüßen"], 170, "lib", 11, 5.3)
    p.t(22, y + 1, "H. Kämper", "chancery", 18, fill=(20, 20, 90))
    p.t(20, y + 11, "Holger Kämper", "lib", 11)
    p.t(20, y + 20, "Anlage: Bescheinigung des Arbeitgebers vom 04.04.2028", "lib", 9.5)
    entry_stamp(p, 136, 83, "box", ["UNIVERSITÄTSSTADT SIEGEN", "EINGEGANGEN"], "13. APR. 2028", "2028-04-13",
                STAMP_RED, -7, rng, hand="51")
    note(p, 128, y + 6, ["Frist gewahrt", "(Poststempel 12.4.)", "Rö 13/4"], RED_PEN, 4, 13, rng=rng)
    fold(p, (105.0, 210.0), (0.6, 0.1))
    env = envelope(hand_sender=["Abs.: H. Kämper", "Sandstraße 73", "57072 Siegen"],
                   postage=("12.04.28", "2028-04-12", "Briefzentrum 57"),
                   notes=[(118, 40, ["Umschlag zu Widerspruch", "Kämper"], PENCIL, 4)], rng=rng)
    return [p, env], "widerspruch", {"nachname": "Kämper", "vorname": "Holger", "strasse": "Sandstraße 73",
                                     "plz": "57072", "ort": "Siegen", "aktenzeichen": "51.4-OGS-2028/0388",
                                     "bescheid_datum": "2028-03-16", "telefon": "02712384107"}


@doc("pdf", 300, "L", 72)
def wid_fleischerei():
    """A butcher's objection to a fee for a street sign and a goods display in Bautzen, on his shop's letterhead:
    the shop's name, the owner and contacts in the letterhead, the city in the window, an info block (the city's
    "Ihr Zeichen", "Ihr Bescheid vom", a Kassenzeichen, the date), the subject, the reasons with two amounts, his
    signature as master butcher, the shop's bank in the footer. The marks: the scan centre's barcode label at the
    top right, a staple at the top left, the mailroom's sticky note "Kopie an 32" over the footer's bank line, two
    punched holes. Truth: the owner Jürgen Schwarz at the shop's address with the shop's phone (not its fax), the
    city's reference (not the Kassenzeichen), the notice's date."""
    rng = random.Random(1717)
    p = Sheet()
    red = (150, 20, 30)
    p.t(105, 10, "Fleischerei Schwarz", "roman-b", 22, "c", fill=red)
    p.t(105, 19.5, "Hausgemachte Wurst · Partyservice · Mittagstisch", "roman-i", 10, "c")
    p.hl(20, 190, 25, 0.5, red)
    p.hl(20, 190, 26.1, 0.15, red)
    p.t(105, 27.5, "Inh. Jürgen Schwarz · Reichenstraße 9 · 02625 Bautzen · Tel. 03591 42918 · Fax 03591 42919",
        "roman", 8.5, "c")
    fold_marks(p)
    window(p, 45, "Fleischerei Schwarz · Reichenstraße 9 · 02625 Bautzen",
           ["Stadt Bautzen", "Bürger- und Ordnungsamt", "Sachgebiet Sondernutzungen", "Fleischmarkt 1",
            "02625 Bautzen"], "roman", 11.5, 5.2)
    kv_rows(p, 125, 60, [("Ihr Zeichen", "32.2-SN-2028/0147"), ("Ihr Bescheid vom", "21.03.2028"),
                         ("Kassenzeichen", "5.1120.004417"), ("Datum", "04.04.2028")], 28, "roman", 9, "roman", 10,
            5.2, lfill=(80, 80, 80))
    p.t(20, 93, "Widerspruch gegen den Gebührenbescheid für Sondernutzung", "roman-b", 12)
    p.t(20, 98.5, "(Kundenstopper und Warenauslage vor dem Geschäft Reichenstraße 9)", "roman-b", 12)
    y = paras(p, 20, 109, [
        "Sehr geehrte Damen und Herren,",
        "gegen den oben genannten Bescheid lege ich als Inhaber der Fleischerei Widerspruch ein.",
        "Sie berechnen für einen Kundenstopper und eine Warenauslage vor dem Geschäft eine Jahresgebühr von "
        "486,00 €. Die Warenauslage steht aber seit dem Umbau im Herbst 2027 nicht mehr auf dem Gehweg, sondern im "
        "Ladeneingang auf meinem eigenen Grundstück. Gebührenpflichtig ist daher nur noch der Kundenstopper "
        "(0,5 m², nach Ihrer Satzung 96,00 € im Jahr).",
        "Ich bitte um Aufhebung des Bescheides und um Neufestsetzung. Fotos vom Ladeneingang lege ich bei.",
        "Mit freundlichen Grüßen"], 170, "roman", 11.5, 5.4)
    p.t(22, y + 1, "J. Schwarz", "chancery", 18, fill=(20, 20, 20))
    p.t(20, y + 11, "Jürgen Schwarz, Fleischermeister", "roman", 11)
    p.t(20, y + 20, "Anlage: 3 Fotos", "roman", 10)
    p.hl(20, 190, 274, 0.3, red)
    p.lines(20, 276, ["Kreissparkasse Bautzen", "IBAN DE44 8555 0000 0100 0218 54", "BIC SOLADES1BAT"], "roman", 8,
            3.6)
    p.lines(190, 276, ["Steuer-Nr. 207/214/33018", "Mitglied der Fleischer-Innung", "Oberlausitz"], "roman", 8, 3.6,
            "r")
    barcode_label(p, 140, 32, "Stadt Bautzen · Posteingang", "BZ2804070031", "07.04.2028  08:15", "2028-04-07", 1.5,
                  rng)
    sticky(p, 15, 264, 64, 24, ["Kopie an 32 (Fr. Lehmann)", "Po 7.4."], 2.5, rng, paper=(255, 214, 225),
           ink=(25, 25, 110), pt=12)
    staple(p, 6.0, 13.5, 12.0, 36.0)
    holes(p, LID)
    return [p], "widerspruch", {"nachname": "Schwarz", "vorname": "Jürgen", "strasse": "Reichenstraße 9",
                                "plz": "02625", "ort": "Bautzen", "aktenzeichen": "32.2-SN-2028/0147",
                                "bescheid_datum": "2028-03-21", "telefon": "0359142918"}


# ---------------------------------------------------------------- sonstiges
@doc("jpg", 200, "L", 72, streak=True)
def misc_parkbeschwerde():
    """A resident of Worms' parking zone complains about cars parked there without a permit: her address at the top
    left in a DIN 5008 block, the traffic authority in the window, her own permit's number and her plate in the
    text, evenings and days, a request for more checks and explicitly NOT for a new permit. It is "sonstiges" (a
    complaint about parking, no application). The marks: folded in three, the city's blue boxed entry stamp with
    the office by hand, a green note "z.K. 3.2 / VÜD". Truth: Ingrid Hartmann at home and her phone; her plate is
    no field of this type."""
    rng = random.Random(1718)
    p = Sheet()
    p.lines(20, 14, ["Ingrid Hartmann", "Kämmererstraße 26", "67547 Worms", "Telefon 06241 25890"], "lib", 10.5, 4.8)
    fold_marks(p)
    window(p, 45, "I. Hartmann · Kämmererstraße 26 · 67547 Worms",
           ["Stadt Worms", "Bereich 3 – Straßenverkehrsbehörde", "Adenauerring 2", "67547 Worms"], "lib", 11, 5.2)
    p.t(190, 82, "Worms, 3. April 2028", "lib", 11, "r")
    p.t(20, 93, "Falschparker in der Bewohnerparkzone W 2 – Bitte um Kontrollen", "lib-b", 11.5)
    y = paras(p, 20, 103, [
        "Sehr geehrte Damen und Herren,",
        "ich wohne seit vielen Jahren in der Kämmererstraße und habe einen gültigen Bewohnerparkausweis (Nr. "
        "W2-0388) für mein Auto mit dem Kennzeichen WO-IH 52.",
        "Seit der Eröffnung der neuen Gaststätten am Obermarkt finde ich abends fast nie einen Platz. Die "
        "Stellplätze der Zone W 2 sind ab etwa 18 Uhr mit Autos ohne Ausweis belegt, besonders freitags und "
        "samstags. Mehrmals musste ich im Parkhaus parken und dafür selbst bezahlen.",
        "Ich bitte nicht um einen neuen Ausweis, sondern darum, dass der Vollzugsdienst in den Abendstunden "
        "kontrolliert. Vielleicht hilft auch ein zusätzliches Schild an der Einfahrt zur Zone.",
        "Für Rückfragen bin ich unter der oben genannten Nummer erreichbar.",
        "Mit freundlichen Grüßen"], 170, "lib", 11, 5.3)
    p.t(22, y + 1, "Ingrid Hartmann", "chancery", 17, fill=(30, 30, 30))
    p.t(20, y + 11, "Ingrid Hartmann", "lib", 11)
    entry_stamp(p, 140, 20, "box", ["STADT WORMS", "POSTEINGANG"], "05. APR. 2028", "2028-04-05", STAMP_BLUE, 3, rng,
                hand="3.2")
    note(p, 120, y + 4, ["z.K. 3.2 / VÜD", "bitte Kontrollen Fr/Sa", "Kl 6/4"], GREEN_PEN, -3, 13, rng=rng)
    fold(p, (105.0, 210.0), (0.3, -0.5))
    return [p], "sonstiges", {"nachname": "Hartmann", "vorname": "Ingrid", "strasse": "Kämmererstraße 26",
                              "plz": "67547", "ort": "Worms", "telefon": "0624125890"}


@doc("png", 240, "L")
def misc_verein():
    """A garden society asks Zweibrücken for the market square for a plant flea market: its rose letterhead with
    the office's address, phone and e-mail, the city in the window, the date written out, the day of the market
    (a date), questions on fees, power and toilets, the remark that the original went to the mayor's office; two
    board members sign; the society's bank and register in the footer. It is "sonstiges". The marks: the
    society's own blue "KOPIE" stamp, the city's red oval entry stamp, the mailroom's sticky note "Amt 32 oder
    Kulturamt?" over the footer's right column, folded in three. Truth: the society's office address, phone and
    e-mail, no person (two people sign for it)."""
    rng = random.Random(1719)
    p = Sheet()
    rosec, green = (190, 40, 80), (50, 110, 60)
    rose(p, 27, 17, 6, rosec, green)
    p.t(40, 10, "Freundeskreis Rosengarten Zweibrücken e.V.", "century-b", 14, fill=green)
    p.t(40, 17, "Geschäftsstelle: Fruchtmarktstraße 14 · 66482 Zweibrücken", "century", 9)
    p.t(40, 21.5, "Telefon 06332 47195 · info@rosengartenfreunde-zw.de", "century", 9)
    p.hl(20, 190, 28, 0.3, green)
    fold_marks(p)
    window(p, 45, "Freundeskreis Rosengarten e.V. · Fruchtmarktstraße 14 · 66482 Zweibrücken",
           ["Stadt Zweibrücken", "Amt für Ordnung und Verkehr", "Herzogstraße 1", "66482 Zweibrücken"], "century",
           11, 5.2)
    p.t(190, 82, "Zweibrücken, 30. März 2028", "century", 11, "r")
    p.t(20, 93, "Pflanzenflohmarkt am Sonntag, 21. Mai 2028 – Nutzung des Herzogplatzes", "century-b", 11)
    y = paras(p, 20, 103, [
        "Sehr geehrte Damen und Herren,",
        "unser Verein möchte, wie schon 2026, einen Pflanzen- und Gartenflohmarkt veranstalten, diesmal auf dem "
        "Herzogplatz, am Sonntag, 21. Mai 2028, von 10 bis 16 Uhr, mit etwa 30 Ständen von Privatleuten.",
        "Bevor wir den förmlichen Antrag stellen, bitten wir um Auskunft: Welche Gebühren fallen für die Fläche "
        "an? Können wir den Stromanschluss am Brunnen nutzen? Müssen wir selbst Toiletten aufstellen, oder dürfen "
        "die Besucher die Toiletten im Rathaus benutzen?",
        "Das Original dieses Schreibens ging an das Büro des Oberbürgermeisters; diese Kopie erhalten Sie zur "
        "Kenntnis und Bearbeitung.",
        "Mit freundlichen Grüßen"], 170, "century", 10.5, 5.1)
    p.t(22, y + 1, "P. Lauer", "chancery", 16, fill=(20, 20, 90))
    p.t(112, y + 1, "K. Wendel", "chancery", 16, fill=(20, 20, 20))
    p.lines(20, y + 10, ["Petra Lauer", "1. Vorsitzende"], "century", 10, 4.6)
    p.lines(110, y + 10, ["Klaus Wendel", "Schriftführer"], "century", 10, 4.6)
    p.hl(20, 190, 272, 0.3, green)
    p.lines(20, 274.5, ["Freundeskreis Rosengarten Zweibrücken e.V.", "Sparkasse Südwestpfalz",
                        "IBAN DE71 5425 0010 0000 4122 77"], "century", 7, 3.3)
    p.lines(130, 274.5, ["Vereinsregister Amtsgericht", "Zweibrücken VR 1187", "gemeinnützig anerkannt"],
            "century", 7, 3.3)
    word_stamp(p, 142, 30, "KOPIE", STAMP_BLUE, 5, rng, 18, frame=1)
    entry_stamp(p, 20, 230, "oval", ["STADT ZWEIBRÜCKEN", "POSTEINGANG"], "03.04.2028", "2028-04-03", STAMP_RED, 7,
                rng)
    fold(p, (105.0, 210.0), (-0.4, 0.3))
    sticky(p, 128, 262, 50, 30, ["Amt 32 oder", "Kulturamt? – Po"], -2.0, rng, ink=INK)
    return [p], "sonstiges", {"strasse": "Fruchtmarktstraße 14", "plz": "66482", "ort": "Zweibrücken",
                              "telefon": "0633247195", "email": "info@rosengartenfreunde-zw.de"}


@doc("pdf", 240, "RGB", 78)
def misc_angebot():
    """A joiner's OFFER (not an invoice) to Delmenhorst's building management for new classroom doors: the firm's
    letterhead, an info block with "Angebot Nr.", date, customer number, "Ihre Anfrage vom" and the city's "Ihr
    Zeichen", a priced list, "Angebotssumme netto / zzgl. 19 % USt / Angebotssumme brutto", the offer's validity,
    the GmbH's bank, register and USt-IdNr. in the footer. It is "sonstiges": an offer is no supplier invoice. The
    marks: a paper clip at the top, the city's blue entry stamp between two bars, the gross sum highlighted
    yellow, a green "an 65.1 – Preisspiegel". Truth: the firm's address, letterhead phone and e-mail, the city's
    "Ihr Zeichen" as the Aktenzeichen."""
    rng = random.Random(1720)
    p = Sheet()
    wood = (120, 80, 40)
    for k in range(4):
        p.box(20 + k * 3.2, 10 + (3 - k) * 2.2, 22.4 + k * 3.2, 24, fill=wood, outline=wood)
    p.t(36, 10, "Tischlerei Brüning", "gothic-b", 18, fill=wood)
    p.t(36, 18, "Bau- und Möbeltischlerei · Fenster · Türen · Innenausbau", "gothic", 9)
    p.t(36, 22.3, "Lange Straße 31 · 27777 Ganderkesee · Telefon 04222 94760 · info@tischlerei-bruening.de",
        "gothic", 8)
    p.hl(20, 190, 27.5, 0.3, wood)
    fold_marks(p)
    window(p, 45, "Tischlerei Brüning GmbH · Lange Straße 31 · 27777 Ganderkesee",
           ["Stadt Delmenhorst", "Fachdienst Gebäudemanagement", "Herrn Oltmanns", "Rathausplatz 1",
            "27749 Delmenhorst"], "gothic", 10.5, 5.0)
    kv_rows(p, 125, 50, [("Angebot Nr.", "A-2028-066"), ("Datum", "29.03.2028"), ("Kunden-Nr.", "10331"),
                         ("Ihre Anfrage vom", "20.03.2028"), ("Ihr Zeichen", "65.1-HB-2028/07"),
                         ("Bearbeiter", "Jan Brüning")], 28, "gothic", 8, "gothic", 9, 4.7, lfill=(90, 90, 90))
    p.t(20, 94, "ANGEBOT", "gothic-b", 15, fill=wood)
    p.t(20, 101, "Erneuerung der Klassenraumtüren, Grundschule Deichhorst", "gothic-b", 10.5)
    y = p.wrap(20, 109, "Sehr geehrter Herr Oltmanns, vielen Dank für Ihre Anfrage. Gern bieten wir Ihnen an:", 170,
               "gothic", 10, 4.8) + 3
    y = grid_table(p, 20, y, [(10, "c"), (96, "l"), (18, "r"), (22, "r"), (24, "r")],
                   ["Pos", "Leistung", "Menge", "EP €", "GP €"],
                   [["1", "Schallschutztür Rw 32 dB, HPL weiß, inkl. Stahlzarge", "8", "1.145,00", "9.160,00"],
                    ["2", "Demontage und Entsorgung der Alttüren", "8", "85,00", "680,00"],
                    ["3", "Obentürschließer mit Gleitschiene montieren", "8", "186,00", "1.488,00"],
                    ["4", "Baustelleneinrichtung, An- und Abfahrt", "1", "240,00", "240,00"]], "gothic", 9,
                   "gothic-b", 6.4, 6.4, (236, 228, 218))
    ty = y + 4
    y = totals(p, 112, 190, ty, [("Angebotssumme netto", "11.568,00 €", False),
                                 ("zzgl. 19 % USt", "2.197,92 €", False),
                                 ("Angebotssumme brutto", "13.765,92 €", True)], 10, 5.5, "gothic", "gothic-b")
    y = paras(p, 20, y + 6, [
        "Dieses Angebot gilt bis zum 31.05.2028. Die Ausführung ist in den Sommerferien (Juli 2028) möglich; die "
        "Lieferzeit der Türen beträgt etwa sechs Wochen ab Auftrag. Es gilt die VOB/B.",
        "Über Ihren Auftrag würden wir uns freuen.",
        "Mit freundlichen Grüßen"], 170, "gothic", 10, 4.8)
    scribble(p, 22, y + 9, 30, (20, 20, 20))
    p.t(20, y + 11, "Jan Brüning, Tischlermeister", "gothic", 10)
    p.hl(20, 190, 272, 0.25, wood)
    for x, c in zip([20, 78, 140], [["Tischlerei Brüning GmbH", "Amtsgericht Oldenburg HRB 201744",
                                     "Geschäftsführer: Jan Brüning"],
                                    ["Landessparkasse zu Oldenburg", "IBAN DE48 2805 0100 0071 1934 05",
                                     "BIC SLZODE22XXX"],
                                    ["USt-IdNr. DE204913769", "Steuer-Nr. 64/211/30452", "Meisterbetrieb der HWK"]]):
        p.lines(x, 274.5, c, "gothic", 7, 3.3)
    highlight(p, 111, 190, ty + 11 - 0.8, 5.4, YELLOW_HL, rng, 0.4)
    note(p, 30, ty + 1, ["an 65.1 – Preisspiegel", "Ol 3/4"], GREEN_PEN, -3, 13, rng=rng)
    entry_stamp(p, 142, 84, "bar", ["EINGANG", "Stadt Delmenhorst"], "31. MRZ. 2028", "2028-03-31", STAMP_BLUE, -5,
                rng)
    fold(p, (105.0, 210.0), (0.2, 0.3))
    paperclip(p, 168, -9.0)
    return [p], "sonstiges", {"strasse": "Lange Straße 31", "plz": "27777", "ort": "Ganderkesee",
                              "telefon": "0422294760", "email": "info@tischlerei-bruening.de",
                              "aktenzeichen": "65.1-HB-2028/07"}


# ---------------------------------------------------------------- the scanner
def scan_page(img, rng, nrng, dpi, mode, backing=LID, streak=False):
    """One sheet as the mailroom's sheet-fed scanner delivers it: drawn in a little askew and off centre (its
    backing's grey shows at the edges), the feed a touch faster or slower than the lines (the page a few tenths
    of a percent longer or shorter), resampled from 300 dpi to the scanner's resolution, slightly soft, the ink a
    little lighter and the paper a shade darker than white, the lamp's light falling off down the page, dust
    specks, sensor noise, optionally a speck on the feeder's glass drawing a thin line down the whole page;
    greyscale, or colour with the sensor's cast. Returns the 8-bit image and the angle (degrees) the content was
    turned counter-clockwise."""
    colour = mode == "RGB"
    a = np.asarray(img.convert("RGB" if colour else "L"), dtype=np.float32)
    h, w = a.shape[:2]
    skew = round(rng.choice([-1, 1]) * rng.uniform(0.3, 1.4), 2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    feed = rng.uniform(0.996, 1.004)
    m[1, :] *= feed
    m[1, 2] += h / 2 * (1 - feed)
    m[0, 2] += rng.uniform(-1.2, 1.2) * MM
    m[1, 2] += rng.uniform(-0.8, 1.6) * MM
    bg = float(backing)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                       borderValue=(bg, bg, bg) if colour else bg)
    if dpi != DPI:
        a = cv2.resize(a, (int(round(w * dpi / DPI)), int(round(h * dpi / DPI))), interpolation=cv2.INTER_AREA)
    hh, ww = a.shape[:2]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.7))
    a = 255.0 - (255.0 - a) * rng.uniform(0.86, 0.95)
    paper = rng.uniform(236.0, 247.0)
    ys = np.linspace(0.0, 1.0, hh, dtype=np.float32)
    light = 1.0 - rng.uniform(0.01, 0.03) * (ys if rng.random() < 0.5 else ys[::-1])
    a = a * (paper / 255.0) * (light[:, None, None] if colour else light[:, None])
    for _ in range(rng.randint(10, 30)):  # dust
        cv2.circle(a, (rng.randrange(ww), rng.randrange(hh)), rng.choice([1, 1, 2]),
                   (rng.uniform(60, 150),) * (3 if colour else 1), -1)
    if streak:
        x = rng.randrange(int(ww * 0.3), int(ww * 0.8))
        a[:, x:x + 2] -= rng.uniform(18.0, 30.0)
    a = a + nrng.normal(0.0, rng.uniform(2.5, 4.0), a.shape).astype(np.float32)
    if colour:
        a = a * np.float32([1.0, 0.99, 0.96])
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8)), skew


FORMAT = {"png": "png", "jpg": "jpeg", "pdf": "pdf", "tif": "tiff"}


def _save(images, path: Path, ext, dpi, quality=None, clean=False):
    if ext == "png":
        images[0].save(path, "PNG", dpi=(dpi, dpi))
    elif ext == "jpg":
        images[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    elif ext == "pdf":
        when = datetime.datetime(2028, 4, 19, 7, 55, 0).timetuple()  # the scan's time, fixed: same bytes every run
        images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), creationDate=when,
                       modDate=when, title=path.stem, producer="Posteingang Scan", quality=quality)
    elif clean:
        images[0].save(path, "TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi), compression="tiff_lzw")
    else:
        images[0].save(path, "TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi), compression="jpeg",
                       quality=quality)


# ---------------------------------------------------------------- checks and output
def check_truth() -> list[str]:
    """sample_docs.probe2's truth checks on every document (the text of its pages joined), and this set's own:
    every type of the spec at least twice unless named in ABSENT_TYPES, one or two pages a document, a scan that
    can hold them (a multi-page document is scanned to PDF or TIFF), and no date the mailroom's marks carry (entry
    stamps, barcode labels, postmarks, franking) is the value of any of the document's fields."""
    from classifiers.doctypes import taxonomy

    tax = taxonomy()
    seen: dict = {}

    class _Joined:  # the pages of a document as one page for probe2's checks
        def __init__(self, pages):
            self.texts = [(y + 400.0 * k, x, s) for k, p in enumerate(pages) for (y, x, s) in p.texts]

    def wrap(name, fn):
        def run():
            pages, dt, fields = fn()
            seen[name] = (len(pages), dt, fields, [d for p in pages for d in p.marks])
            return _Joined(pages), dt, fields
        return run

    problems = _check_truth({n: wrap(n, fn) for n, fn in DOCS.items()})
    for name, (npages, dt, fields, marks) in seen.items():
        if npages not in (1, 2):
            problems.append(f"{name}: {npages} pages")
        if npages > 1 and SCAN[name][0] not in ("pdf", "tif"):
            problems.append(f"{name}: {npages} pages cannot be scanned to {SCAN[name][0]}")
        if not marks:
            problems.append(f"{name}: no entry mark")
        for fld, val in fields.items():
            if tax.kind(fld) == "date" and val in marks:
                problems.append(f"{name}: {fld}={val} is the date of a mailroom mark")
    counts = {t: sum(1 for _, dt, _, _ in seen.values() if dt == t) for t in tax.doc_types}
    short = {t: c for t, c in counts.items() if c < 2 and t not in ABSENT_TYPES}
    if short:
        problems.append(f"types not there twice: {short}")
    return problems


def _truth(path: Path, name, dt, dept, fields, tier, fmt, pages):
    """The truth record in the shape sample_docs.probe.write gives it; ``pages``: (dpi, skew, text) per page."""
    return {"input": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "status": "processed", "error": None, "duplicate_of": None,
            "documents": [{"pages": list(range(1, len(pages) + 1)), "doc_type": dt, "department": dept,
                           "fields": fields, "case": None}],
            "meta": {"tier": tier, "layout": f"probe-{name}", "format": fmt, "split": "test", "kind": "single"},
            "pages": [{"page": i, "kind": "content", "rotation": 0, "skew": skew, "dpi": dpi, "text": text}
                      for i, (dpi, skew, text) in enumerate(pages, 1)]}


def write(out: Path) -> list[str]:
    """Render every document into ``out`` (inbox/ and truth/): the clean 300-dpi render (a PNG, a lossless TIFF for
    two pages) and the scanned copy; returns the input names."""
    from classifiers.doctypes import taxonomy

    tax = taxonomy()
    inbox, truth = out / "inbox", out / "truth"
    inbox.mkdir(parents=True, exist_ok=True)
    truth.mkdir(parents=True, exist_ok=True)
    names = []
    for i, (name, fn) in enumerate(DOCS.items()):
        pages, dt, fields = fn()
        texts = [_text(p) for p in pages]
        dept = tax.department(dt)
        ext = "png" if len(pages) == 1 else "tif"
        path = inbox / f"{name}.{ext}"
        _save([p.img for p in pages], path, ext, DPI, clean=True)
        recs = [(path, _truth(path, name, dt, dept, fields, "clean", FORMAT[ext],
                              [(DPI, 0.0, t) for t in texts]))]
        ext, dpi, mode, quality, backing, streak = SCAN[name]
        rng = random.Random(1700 + i)
        nrng = np.random.default_rng(1700 + i)
        scans = [scan_page(p.img, rng, nrng, dpi, mode, backing, streak) for p in pages]
        path = inbox / f"{name}_scan.{ext}"
        _save([im for im, _ in scans], path, ext, dpi, quality)
        recs.append((path, _truth(path, name, dt, dept, fields, "scanned", FORMAT[ext],
                                  [(dpi, skew, t) for (_, skew), t in zip(scans, texts)])))
        for path, t in recs:
            (truth / f"{path.name}.json").write_text(json.dumps(t, ensure_ascii=False, indent=1), encoding="utf-8")
            names.append(path.name)
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render the seventeenth held-out probe set (mail as it lies on the "
                                             "mailroom desk: entry stamps, margin notes, highlighter, folds, punch "
                                             "holes, staples and clips, sticky notes, barcode labels, a cut reply "
                                             "slip, envelopes behind letters).")
    ap.add_argument("--out", type=Path, required=True, help="folder for inbox/ and truth/")
    args = ap.parse_args(argv)
    problems = check_truth()
    if problems:
        print("truth problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    names = write(args.out)
    print(f"wrote {len(names)} inputs ({len(DOCS)} documents) to {args.out / 'inbox'} and their truth to "
          f"{args.out / 'truth'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
