"""Plan a corpus, render it in parallel, and write inputs, truth files and cases.json.

Planning is sequential and cheap (who sends what, which case each document must land in, tier, format,
file name); rendering and scanning run in worker processes, each input seeded on its own, so the
result depends only on ``seed`` and ``count`` (and the ``--small`` plan), never on the worker count.

Output layout (``out``): ``inbox/<input>``, ``truth/<input>.json``, ``truth/<input>.words.json``
(content pages only), ``cases.json``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import struct
import time
import zlib
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from . import values as V
from .docs import BUILDERS, Ctx, GenDoc, build
from .layout import PageLayout, layout_words, page_text, render_pdf, render_raster
from .scan import TIERS, blank_image, degrade, pick_params, separator_layout, write_images

TODAY = date(2026, 11, 16)  # the corpus' "today": fixed, so a seed gives the same corpus any day
DOC_TYPES = list(BUILDERS)
PERSON_TYPES = [t for t in DOC_TYPES if t != "rechnung"]
DEPT = {
    "gewerbeanmeldung": "ordnungsamt", "wohnsitzanmeldung": "buergerbuero",
    "wohngeldantrag": "wohngeldstelle", "hundesteuer_anmeldung": "steueramt",
    "bewohnerparkausweis": "verkehrsbehoerde", "bauantrag": "baurechtsamt", "widerspruch": "rechtsamt",
    "rechnung": "kaemmerei", "sonstiges": "poststelle",
}
SINGLE_PAGE_TYPES = ["rechnung", "widerspruch", "sonstiges", "gewerbeanmeldung", "hundesteuer_anmeldung",
                     "bewohnerparkausweis", "wohnsitzanmeldung"]
REJECT_KINDS = ["empty", "truncated_pdf", "encrypted_pdf", "mislabelled", "huge_image"]
FORMATS = ["pdf", "tiff", "png", "jpeg"]
EXT = {"pdf": ".pdf", "tiff": ".tif", "png": ".png", "jpeg": ".jpg"}


def _check_taxonomy() -> None:
    """The generator's type -> department map must agree with the taxonomy."""
    from classifiers.doctypes import taxonomy

    tax = taxonomy()
    for t, d in DEPT.items():
        if tax.department(t) != d:
            raise RuntimeError(f"generator department for {t} ({d}) differs from doctypes.json "
                               f"({tax.department(t)}): update sample_docs/generator/corpus.py")


# ------------------------------------------------------------------------------------------------
# plan

@dataclass
class DocPlan:
    doc_type: str
    person: V.Person | None
    supplier: V.Supplier | None
    city: V.City
    az: tuple[str, str] | None  # printed on the document
    case: str  # expected Aktenzeichen or NEW:<label>
    family: str | None = None


@dataclass
class InputPlan:
    index: int
    name: str
    kind: str  # single | batch | duplicate | reject
    split: str
    tier: str = "clean"
    fmt: str = "pdf"
    docs: list[DocPlan] = field(default_factory=list)
    born_digital: bool = False
    mixed: bool = False  # born-digital pages followed by a scanned attachment (mixed PDF)
    dpi: int = 0  # scan resolution; 0: the tier's random choice
    gray: bool | None = None  # force a greyscale scan (None: the tier's random choice)
    reject_kind: str = ""
    duplicate_of: str = ""
    separator: str = ""  # qr | code128 | mixed
    seed: int = 0


class Planner:
    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(f"plan:{seed}")
        self.cases: list[dict] = []
        self.case_az: set[str] = set()
        # (department, person id) -> imported Aktenzeichen
        self.person_case: dict[tuple[str, int], str] = {}
        self.supplier_case: dict[int, str] = {}
        self.people: list[tuple[V.Person, V.City]] = []
        self.suppliers: list[tuple[V.Supplier, V.City]] = []
        self.used: dict[tuple[str, int], int] = {}  # (department, person/supplier id) -> documents so far

    # -- people and imported cases --------------------------------------------------------------
    def new_person(self, city: V.City | None = None) -> int:
        city = city or V.pick_city(self.rng)
        p = V.make_person(self.rng, city, TODAY, local=self.rng.random() < 0.9)
        self.people.append((p, city))
        return len(self.people) - 1

    def new_supplier(self, city: V.City | None = None) -> int:
        city = city or V.pick_city(self.rng)
        s = V.make_supplier(self.rng, city)
        # supplier names must be unique: routing is by supplier
        while any(o.name == s.name for o, _ in self.suppliers):
            s = V.make_supplier(self.rng, city)
        self.suppliers.append((s, city))
        return len(self.suppliers) - 1

    def new_az(self, department: str) -> tuple[str, str]:
        prefix = V.DEPARTMENTS[department][2]
        while True:
            printed, norm = V.make_reference(self.rng, prefix, self.rng.choice([2024, 2025, 2026]))
            if norm not in self.case_az:
                return printed, norm

    def import_person_case(self, pid: int, department: str, full: bool = True) -> str:
        p, _ = self.people[pid]
        _, az = self.new_az(department)
        rec = {"aktenzeichen": az, "department": department, "nachname": p.nachname, "vorname": p.vorname}
        if full or self.rng.random() < 0.5:
            rec["geburtsdatum"] = p.geburtsdatum.isoformat()
        rec.update({"strasse": p.strasse, "plz": p.plz, "ort": p.ort})
        self.cases.append(rec)
        self.case_az.add(az)
        self.person_case[(department, pid)] = az
        return az

    def import_supplier_case(self, sid: int) -> str:
        s, _ = self.suppliers[sid]
        _, az = self.new_az("kaemmerei")
        self.cases.append({"aktenzeichen": az, "department": "kaemmerei", "lieferant": s.name})
        self.case_az.add(az)
        self.supplier_case[sid] = az
        return az

    def namesake_case(self, pid: int, department: str) -> None:
        """A case of another person with the same name (other birth date and address): a trap."""
        p, city = self.people[pid]
        other = V.make_person(self.rng, city, TODAY)
        _, az = self.new_az(department)
        self.cases.append({"aktenzeichen": az, "department": department, "nachname": p.nachname,
                           "vorname": p.vorname, "geburtsdatum": other.geburtsdatum.isoformat(),
                           "strasse": other.strasse, "plz": other.plz, "ort": other.ort})
        self.case_az.add(az)

    # -- one document ----------------------------------------------------------------------------
    def doc(self, doc_type: str, routing: str | None = None, family: str | None = None,
            pid: int | None = None, sid: int | None = None) -> DocPlan:
        """routing: 'az' (prints an imported case's Az), 'person' (an imported case matched by person),
        'group' (joins an earlier document's NEW case), 'other_dept' (person has a case elsewhere),
        'namesake', 'new' or None (random)."""
        rng = self.rng
        dept = DEPT[doc_type]
        if routing is None:
            routing = rng.choices(["az", "person", "group", "other_dept", "namesake", "new"],
                                  [0.18, 0.14, 0.12, 0.06, 0.04, 0.46])[0]
        if doc_type == "rechnung":
            return self._invoice(routing, sid, family)
        az_print: tuple[str, str] | None = None
        if routing == "group" and pid is None:
            prior = [k for k, n in self.used.items() if k[0] == dept and k[1] >= 0 and n > 0
                     and (dept, k[1]) not in self.person_case]
            if prior:
                pid = rng.choice(sorted(prior))[1]
            else:
                routing = "new"
        elif routing == "group" and (dept, pid) in self.person_case:
            routing = "person"
        if pid is None:
            pid = self.new_person()
        p, city = self.people[pid]
        if routing in ("az", "person") and (dept, pid) not in self.person_case:
            self.import_person_case(pid, dept)
        if routing == "other_dept":
            other = rng.choice(sorted({d for d in DEPT.values() if d not in (dept, "kaemmerei", "poststelle")}))
            if (other, pid) not in self.person_case:
                self.import_person_case(pid, other)
        if routing == "namesake":
            self.namesake_case(pid, dept)
        if doc_type == "widerspruch":
            # an objection quotes the Aktenzeichen of the decision it objects to
            own = [az for (d, q), az in self.person_case.items() if q == pid and d != "rechtsamt"]
            if routing == "az" or (own and rng.random() < 0.5):
                az_norm = self.person_case.get((dept, pid)) or (own[0] if own else None)
                if az_norm is None:
                    az_norm = self.import_person_case(pid, dept)
                az_print = (self._print_az(az_norm), az_norm)
            else:
                d = rng.choice(["steueramt", "wohngeldstelle", "ordnungsamt", "verkehrsbehoerde"])
                az_print = self.new_az(d)  # a decision whose file was not imported
        elif routing == "az" or (routing == "person" and rng.random() < 0.2):
            az_norm = self.person_case[(dept, pid)]
            az_print = (self._print_az(az_norm), az_norm)
        self.used[(dept, pid)] = self.used.get((dept, pid), 0) + 1
        if az_print and az_print[1] in self.case_az:
            case = az_print[1]
        elif (dept, pid) in self.person_case:
            case = self.person_case[(dept, pid)]
        else:
            case = f"NEW:{dept}-p{pid}"
        return DocPlan(doc_type, p, None, city, az_print, case, family)

    def _print_az(self, norm: str) -> str:
        r = self.rng.random()
        if r < 0.6:
            return norm
        prefix, rest = norm.split("-", 1)
        return f"{prefix} - {rest}" if r < 0.8 else f"{prefix}-{rest.replace('/', ' / ')}"

    def _invoice(self, routing: str, sid: int | None, family: str | None) -> DocPlan:
        rng = self.rng
        if sid is None:
            if routing == "group":
                prior = [k[1] for k, n in self.used.items() if k[0] == "kaemmerei" and n > 0
                         and k[1] not in self.supplier_case]
                sid = rng.choice(sorted(prior)) if prior else None
            if sid is None and routing in ("az", "person") and self.supplier_case and rng.random() < 0.5:
                sid = rng.choice(sorted(self.supplier_case))
            if sid is None:
                sid = self.new_supplier()
        s, city = self.suppliers[sid]
        if routing in ("az", "person") and sid not in self.supplier_case:
            self.import_supplier_case(sid)
        az_print = None
        if routing == "az" and rng.random() < 0.5:
            az_print = (self._print_az(self.supplier_case[sid]), self.supplier_case[sid])
        self.used[("kaemmerei", sid)] = self.used.get(("kaemmerei", sid), 0) + 1
        case = self.supplier_case.get(sid) or f"NEW:kaemmerei-s{sid}"
        return DocPlan("rechnung", None, s, city, az_print, case, family)


def split_of(seed: int, index: int) -> str:
    h = int(hashlib.sha256(f"split:{seed}:{index}".encode()).hexdigest()[:8], 16) % 100
    return "train" if h < 60 else ("dev" if h < 80 else "test")


def _name(rng: random.Random, index: int, fmt: str, hint: str = "") -> str:
    ext = EXT[fmt]
    n = 1000 + index
    if hint == "invoice":
        return rng.choice([f"Rechnung_{n}{ext}", f"rechnung-{n}{ext}", f"RE_{n}_eingang{ext}"])
    if fmt == "jpeg":
        return rng.choice([f"IMG_{n}.jpg", f"Foto {n}.jpeg", f"scan_{n}.jpg"])
    if fmt == "png":
        return rng.choice([f"scan_{n}.png", f"Bild {n}.png", f"Scan_{n}.png"])
    if fmt == "tiff":
        return rng.choice([f"Scan_{n}.tif", f"fax_{n}.tiff", f"dok{n}.tif"])
    return rng.choice([f"scan_{n}.pdf", f"Scan {n}.pdf", f"Posteingang_{n}.pdf", f"DOC{n:06d}.pdf"])


def _tier(rng: random.Random) -> str:
    return rng.choices(TIERS, [0.3, 0.45, 0.25])[0]


def plan_random(seed: int, count: int) -> tuple[list[InputPlan], list[dict]]:
    pl = Planner(seed)
    rng = pl.rng
    # a few imported cases of people and suppliers who never write (distractors)
    for _ in range(max(2, count // 20)):
        pid = pl.new_person()
        pl.import_person_case(pid, rng.choice(sorted(set(DEPT.values()) - {"kaemmerei", "poststelle"})))
    for _ in range(max(1, count // 40)):
        pl.import_supplier_case(pl.new_supplier())
    plans: list[InputPlan] = []
    for i in range(count):
        split = split_of(seed, i)
        r = rng.random()
        if r < 0.06 and i > 0:
            kind = "reject"
        elif r < 0.09 and any(p.kind in ("single", "batch") for p in plans):
            kind = "duplicate"
        elif r < 0.19:
            kind = "batch"
        else:
            kind = "single"
        ip = InputPlan(i, "", kind, split, seed=rng.randrange(2**31))
        if kind == "reject":
            ip.reject_kind = rng.choice(REJECT_KINDS)
            ip.fmt = "png" if ip.reject_kind == "huge_image" else "pdf"
            ip.name = _name(rng, i, ip.fmt)
            ip.docs = [pl.doc(rng.choice(DOC_TYPES))] if ip.reject_kind in ("truncated_pdf", "encrypted_pdf") else []
            ip.tier = "clean"
        elif kind == "duplicate":
            src = rng.choice([p for p in plans if p.kind in ("single", "batch")])
            ip.duplicate_of = src.name
            ip.fmt, ip.tier = src.fmt, src.tier
            ip.name = _name(rng, i, src.fmt)
        elif kind == "batch":
            ip.tier = _tier(rng)
            ip.fmt = rng.choice(["pdf", "pdf", "tiff"])
            ip.separator = rng.choice(["qr", "code128", "mixed"])
            ip.docs = [pl.doc(rng.choice(DOC_TYPES)) for _ in range(rng.randrange(2, 5))]
            ip.name = _name(rng, i, ip.fmt)
        else:
            dt = rng.choice(DOC_TYPES)
            ip.tier = _tier(rng)
            if dt == "rechnung" and rng.random() < 0.35:
                ip.born_digital, ip.tier, ip.fmt = True, "clean", "pdf"
                if rng.random() < 0.3:
                    ip.mixed, ip.tier = True, "scanned"
            else:
                ip.fmt = rng.choices(FORMATS, [0.45, 0.2, 0.15, 0.2])[0]
                if ip.fmt in ("png", "jpeg") and dt not in SINGLE_PAGE_TYPES:
                    ip.fmt = rng.choice(["pdf", "tiff"])
            ip.docs = [pl.doc(dt)]
            ip.name = _name(rng, i, ip.fmt, "invoice" if ip.born_digital else "")
        plans.append(ip)
    _dedupe_names(plans)
    return plans, pl.cases


def plan_small(seed: int) -> tuple[list[InputPlan], list[dict]]:
    """The committed set: every doc type, tier, format; 3 batches; 2 born-digital invoices; a duplicate
    pair; the five reject kinds; routing into imported cases, a NEW group, and traps."""
    pl = Planner(seed)
    rng = pl.rng
    # distractor cases
    pl.import_person_case(pl.new_person(), "ordnungsamt")
    pl.import_supplier_case(pl.new_supplier())
    plans: list[InputPlan] = []

    def add(kind, docs=(), tier="scanned", fmt="pdf", **kw):
        i = len(plans)
        ip = InputPlan(i, "", kind, split_of(seed, i), tier, fmt, list(docs), seed=rng.randrange(2**31), **kw)
        hint = "invoice" if ip.born_digital else ""
        ip.name = _name(rng, i, fmt, hint)
        plans.append(ip)
        return ip

    fams = ["labelleft", "boxed", "table", "sections"]
    singles = [
        ("gewerbeanmeldung", "clean", "pdf", "az", "labelleft"),
        ("gewerbeanmeldung", "scanned", "tiff", "new", "boxed"),
        ("wohnsitzanmeldung", "scanned", "pdf", "other_dept", "table"),
        ("wohnsitzanmeldung", "harsh", "jpeg", "new", "sections"),
        ("wohngeldantrag", "clean", "tiff", "person", "boxed"),
        ("wohngeldantrag", "scanned", "pdf", "new", "labelleft"),
        ("hundesteuer_anmeldung", "scanned", "png", "new", "table"),
        ("hundesteuer_anmeldung", "harsh", "pdf", "group", "boxed"),
        ("bewohnerparkausweis", "clean", "png", "namesake", "sections"),
        ("bewohnerparkausweis", "scanned", "jpeg", "person", "labelleft"),
        ("bauantrag", "scanned", "pdf", "new", "table"),
        ("bauantrag", "harsh", "tiff", "az", "labelleft"),
        ("widerspruch", "clean", "pdf", "az", None),
        ("widerspruch", "scanned", "jpeg", "new", None),
        ("widerspruch", "harsh", "png", "new", None),
        ("rechnung", "scanned", "pdf", "az", None),
        ("rechnung", "harsh", "jpeg", "new", None),
        ("sonstiges", "scanned", "pdf", "new", None),
        ("sonstiges", "clean", "png", "new", "boxed"),  # an unknown city form: manual triage
    ]
    for dt, tier, fmt, routing, fam in singles:
        add("single", [pl.doc(dt, routing, fam)], tier, fmt)
    # two born-digital invoices from one supplier without a case: they open ONE new case together
    first = pl.doc("rechnung", "new")
    add("single", [first], "clean", "pdf", born_digital=True)
    sid = next(i for i, (s, _) in enumerate(pl.suppliers) if s is first.supplier)
    add("single", [pl.doc("rechnung", "group", sid=sid)], "clean", "pdf", born_digital=True)
    # a born-digital invoice with a scanned delivery note behind it (a mixed PDF)
    add("single", [pl.doc("rechnung", "person")], "scanned", "pdf", born_digital=True, mixed=True)
    # a NEW group of two: the same person registers a second dog (the first was above as 'group' or new)
    hund_pid = next(i for i, (p, _) in enumerate(pl.people) if p is plans[6].docs[0].person)
    # batches
    add("batch", [pl.doc("hundesteuer_anmeldung", "group", "sections", pid=hund_pid),
                  pl.doc("rechnung", "person"), pl.doc("widerspruch", "other_dept")],
        "scanned", "pdf", separator="qr", dpi=200, gray=True)
    add("batch", [pl.doc("gewerbeanmeldung", "person", rng.choice(fams)), pl.doc("sonstiges", "new"),
                  pl.doc("bewohnerparkausweis", "new", "boxed")],
        "clean", "tiff", separator="code128", dpi=200, gray=True)
    add("batch", [pl.doc("wohngeldantrag", "az", "table"), pl.doc("rechnung", "new"),
                  pl.doc("bauantrag", "person", "sections"), pl.doc("widerspruch", "az")],
        "harsh", "pdf", separator="mixed", dpi=200, gray=True)
    # duplicate pair: the same bytes again under another name
    src = plans[12]
    add("duplicate", [], src.tier, src.fmt, duplicate_of=src.name)
    for rk in REJECT_KINDS:
        add("reject", [pl.doc("rechnung", "new")] if rk in ("truncated_pdf", "encrypted_pdf") else [],
            "clean", "png" if rk == "huge_image" else "pdf", reject_kind=rk)
    _dedupe_names(plans)
    return plans, pl.cases


def _dedupe_names(plans: list[InputPlan]) -> None:
    seen: set[str] = set()
    by_old: dict[str, str] = {}
    for p in plans:
        name = p.name
        stem, dot, ext = name.rpartition(".")
        k = 2
        while name.lower() in seen:
            name = f"{stem}_{k}.{ext}"
            k += 1
        seen.add(name.lower())
        by_old.setdefault(p.name, name)
        p.name = name
    for p in plans:
        if p.duplicate_of:
            p.duplicate_of = by_old.get(p.duplicate_of, p.duplicate_of)


# ------------------------------------------------------------------------------------------------
# render one input

def _build(dp: DocPlan, rng: random.Random, single_page: bool) -> GenDoc:
    for _ in range(12):
        ctx = Ctx(rng=rng, city=dp.city, today=TODAY, person=dp.person, supplier=dp.supplier, az=dp.az,
                  family=dp.family)
        gd = build(ctx, dp.doc_type)
        if not single_page or len(gd.pages) == 1:
            return gd
    raise RuntimeError(f"could not lay out a one-page {dp.doc_type}")


def _truth_doc(gd: GenDoc, dp: DocPlan, pages: list[int]) -> dict:
    return {"pages": pages, "doc_type": gd.doc_type, "department": DEPT[gd.doc_type],
            "fields": dict(sorted(gd.fields.items())), "case": dp.case, "layout": gd.layout}


def _words_page(layout: PageLayout, page_no: int, dpi: int, source: str) -> tuple[dict, str]:
    words = layout_words(layout, dpi)
    w_px = int(round(layout.width_mm * dpi / 25.4))
    h_px = int(round(layout.height_mm * dpi / 25.4))
    fields: dict[str, dict] = {}
    wl = []
    for i, w in enumerate(words):
        wl.append({"text": w.text, "confidence": 1.0, "bbox": [round(v, 1) for v in w.bbox], "line": w.line,
                   "field": w.field})
        if w.field:
            f = fields.setdefault(w.field, {"words": [], "bbox": list(w.bbox)})
            f["words"].append(i)
            b = f["bbox"]
            f["bbox"] = [min(b[0], w.bbox[0]), min(b[1], w.bbox[1]), max(b[2], w.bbox[2]), max(b[3], w.bbox[3])]
    for f in fields.values():
        f["bbox"] = [round(v, 1) for v in f["bbox"]]
        f["text"] = " ".join(wl[i]["text"] for i in f["words"])
    page = {"page": page_no, "width": w_px, "height": h_px, "rotation": 0, "skew": 0.0, "source": source,
            "kind": "content", "dpi": dpi, "steps": [], "words": wl, "fields": fields}
    return page, page_text(words)


def render_input(ip: InputPlan) -> dict:
    """Render one planned input. Returns {name, data (bytes), truth, words}."""
    rng = random.Random(f"input:{ip.seed}")
    if ip.kind == "reject":
        return _render_reject(ip, rng)
    single_page = ip.fmt in ("png", "jpeg")
    gdocs = [_build(dp, rng, single_page) for dp in ip.docs]
    truth_pages: list[dict] = []
    words_pages: list[dict] = []
    documents: list[dict] = []
    if ip.born_digital:
        gd = gdocs[0]
        buf = io.BytesIO()
        render_pdf(gd.pages, buf, title=f"Rechnung {gd.fields.get('rechnungsnummer', '')}",
                   author=ip.docs[0].supplier.name if ip.docs[0].supplier else "")
        for n, lay in enumerate(gd.pages, start=1):
            wp, text = _words_page(lay, n, 300, "text_layer")
            words_pages.append(wp)
            truth_pages.append({"page": n, "kind": "content", "rotation": 0, "skew": 0.0, "dpi": 300,
                                "text": text})
        data = buf.getvalue()
        n_pages = len(gd.pages)
        if ip.mixed:
            data, n_pages = _attach_scan(ip, rng, gd, data, truth_pages, words_pages)
        documents.append(_truth_doc(gd, ip.docs[0], list(range(1, n_pages + 1))))
        return _finish(ip, data, truth_pages, words_pages, documents,
                       "born-digital+scan" if ip.mixed else "born-digital")

    base = pick_params(rng, ip.tier, ip.dpi or None)
    if ip.gray is not None:
        base.gray = ip.gray
    dpi = base.dpi
    images = []
    seq: list[tuple[str, object]] = []  # (kind, layout or None) in page order, plus the doc index
    doc_pages: list[list[int]] = []
    sep_kind = ip.separator
    if ip.kind == "batch" and rng.random() < 0.3:
        seq.append(("separator", None))
    for di, gd in enumerate(gdocs):
        if ip.kind == "batch" and di > 0:
            seq.append(("separator", None))
        pages = []
        for lay in gd.pages:
            seq.append(("content", (di, lay)))
            if ip.kind == "batch" and rng.random() < 0.35:
                seq.append(("blank", None))
        doc_pages.append(pages)
    for n, (kind, obj) in enumerate(seq, start=1):
        sp = pick_params(rng, ip.tier, dpi)
        sp.gray, sp.jpeg_quality = base.gray, base.jpeg_quality
        if kind == "content":
            di, lay = obj
            clean = render_raster(lay, dpi)
            wp, text = _words_page(lay, n, dpi, "ocr")
            words_pages.append(wp)
            doc_pages[di].append(n)
            images.append(degrade(clean, sp, rng))
        elif kind == "separator":
            k = sep_kind if sep_kind in ("qr", "code128") else rng.choice(["qr", "code128"])
            lay = separator_layout(rng, k)
            sp.rotation = rng.choice([0, 0, 180]) if ip.tier != "clean" else 0
            clean = render_raster(lay, dpi)
            text = page_text(layout_words(lay, dpi))
            images.append(degrade(clean, sp, rng))
        else:
            sp.rotation = 0
            sp.skew = 0.0
            w = int(round(210 * dpi / 25.4))
            h = int(round(297 * dpi / 25.4))
            text = ""
            images.append(blank_image(rng, sp, (w, h)))
        truth_pages.append({"page": n, "kind": kind, "rotation": sp.rotation, "skew": sp.skew, "dpi": dpi,
                            "text": text})
    for di, gd in enumerate(gdocs):
        documents.append(_truth_doc(gd, ip.docs[di], doc_pages[di]))
    if ip.fmt == "png" and ip.tier != "clean":
        # a scanner that writes PNG keeps it grey and lossless; keep the committed size sane
        images = [im.convert("L") for im in images]
    data = write_images(images, ip.fmt, dpi, rng, base.jpeg_quality if ip.fmt != "png" else None)
    layout = "+".join(sorted({d["layout"] for d in documents}))
    return _finish(ip, data, truth_pages, words_pages, documents, layout)


def _attach_scan(ip: InputPlan, rng: random.Random, gd: GenDoc, pdf: bytes, truth_pages: list[dict],
                 words_pages: list[dict]) -> tuple[bytes, int]:
    """Append a scanned delivery note (image-only page) to a born-digital invoice PDF."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    from .docs import delivery_note

    dp = ip.docs[0]
    note = delivery_note(Ctx(rng=rng, city=dp.city, today=TODAY, supplier=dp.supplier), gd)
    sp = pick_params(rng, "scanned")
    n = len(gd.pages) + 1
    wp, text = _words_page(note, n, sp.dpi, "ocr")
    words_pages.append(wp)
    truth_pages.append({"page": n, "kind": "content", "rotation": sp.rotation, "skew": sp.skew, "dpi": sp.dpi,
                        "text": text})
    scan = write_images([degrade(render_raster(note, sp.dpi), sp, rng)], "pdf", sp.dpi, rng, sp.jpeg_quality)
    w = PdfWriter()
    for src in (pdf, scan):
        for page in PdfReader(io.BytesIO(src)).pages:
            w.add_page(page)
    fixed = ByteStringObject(hashlib.md5(f"id:{ip.seed}".encode()).digest())
    w._ID = ArrayObject((fixed, fixed))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue(), n


def _finish(ip, data, truth_pages, words_pages, documents, layout) -> dict:
    for d in documents:
        d.pop("layout", None)
    truth = {
        "input": ip.name, "sha256": hashlib.sha256(data).hexdigest(), "status": "processed", "error": None,
        "duplicate_of": None, "documents": documents,
        "meta": {"tier": ip.tier, "layout": layout,
                 "format": ("pdf-mixed" if ip.mixed else "pdf-text") if ip.born_digital else ip.fmt,
                 "split": ip.split, "kind": ip.kind},
        "pages": truth_pages,
    }
    words = {"input": ip.name, "pages": words_pages}
    return {"name": ip.name, "data": data, "truth": truth, "words": words}


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _render_reject(ip: InputPlan, rng: random.Random) -> dict:
    rk = ip.reject_kind
    if rk == "empty":
        data, err = b"", "empty file (0 bytes)"
    elif rk in ("truncated_pdf", "encrypted_pdf"):
        gd = _build(ip.docs[0], rng, False)
        buf = io.BytesIO()
        render_pdf(gd.pages, buf)
        pdf = buf.getvalue()
        if rk == "truncated_pdf":
            data = pdf[: int(len(pdf) * rng.uniform(0.3, 0.7))]
            err = "truncated PDF: the file ends before the PDF is complete"
        else:
            from pypdf import PdfReader, PdfWriter
            from pypdf.generic import ArrayObject, ByteStringObject

            w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
            fixed = ByteStringObject(hashlib.md5(f"id:{ip.seed}".encode()).digest())
            w._ID = ArrayObject((fixed, fixed))
            w.encrypt(user_password=f"geheim{rng.randrange(1000)}", algorithm="RC4-128")
            w._ID = ArrayObject((fixed, fixed))
            out = io.BytesIO()
            w.write(out)
            data = out.getvalue()
            err = "encrypted PDF: it needs a password to open"
    elif rk == "mislabelled":
        if rng.random() < 0.5:
            from PIL import Image

            im = Image.new("L", (400, 300), 255)
            buf = io.BytesIO()
            im.save(buf, "PNG")
            data, err = buf.getvalue(), "not a PDF: the content is a PNG image"
        else:
            data = ("Sehr geehrte Damen und Herren,\nanbei die Unterlagen.\nMit freundlichen Grüßen\n"
                    ).encode("utf-8")
            err = "not a PDF: the content is plain text"
    elif rk == "huge_image":
        w = h = 50000
        ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
        rows = zlib.compress(bytes(w + 1) * 4, 9)  # four rows of data: the header is the danger
        data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", rows) + _png_chunk(b"IEND", b"")
        err = f"image too large to decode safely ({w} x {h} pixels)"
    else:
        raise ValueError(rk)
    truth = {"input": ip.name, "sha256": hashlib.sha256(data).hexdigest(), "status": "rejected",
             "error": err, "duplicate_of": None, "documents": [],
             "meta": {"tier": ip.tier, "format": ip.fmt, "layout": "reject:" + rk, "split": ip.split,
                      "kind": "reject"},
             "pages": []}
    return {"name": ip.name, "data": data, "truth": truth, "words": None}


# ------------------------------------------------------------------------------------------------
# write a corpus

def _write_words(path: Path, words: dict) -> None:
    path.write_text(json.dumps(words, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def _worker(job: tuple[InputPlan, str, bool, bool]) -> dict:
    """Render one input and write its file and words truth; hand back only what the parent needs
    (the truth, and bytes + words when a duplicate copies them), so little crosses the process pipe."""
    ip, out, write, keep_data = job
    r = render_input(ip)
    if write:
        (Path(out) / "inbox" / ip.name).write_bytes(r["data"])
        if r["words"]:
            _write_words(Path(out) / "truth" / f"{ip.name}.words.json", r["words"])
    r["size"] = len(r["data"])
    if not keep_data:
        r["data"] = None
        r["words"] = None
    return r


def generate(out: Path, seed: int = 0, count: int = 30, split: str = "all", small: bool = False,
             workers: int | None = None, log=print) -> dict:
    """Generate a corpus into ``out`` (inbox/, truth/, cases.json). Returns a summary dict."""
    _check_taxonomy()
    t0 = time.time()
    plans, cases = plan_small(seed) if small else plan_random(seed, count)
    if split != "all":
        if split not in ("train", "dev", "test"):
            raise ValueError(f"--split must be train, dev, test or all, not {split!r}")
        keep = {p.name for p in plans if p.split == split}
        # a duplicate needs its original's bytes: render the original too, but only write kept ones
        need = keep | {p.duplicate_of for p in plans if p.name in keep and p.duplicate_of}
        plans = [p for p in plans if p.name in need]
    else:
        keep = {p.name for p in plans}
    out = Path(out)
    inbox, truth_dir = out / "inbox", out / "truth"
    inbox.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    sources = {p.duplicate_of for p in plans if p.kind == "duplicate"}
    todo = [(p, str(out), p.name in keep, p.name in sources) for p in plans if p.kind != "duplicate"]
    n_workers = workers or max(1, os.cpu_count() or 1)
    results: dict[str, dict] = {}
    if n_workers > 1 and len(todo) > 1:
        ctx = get_context("fork") if hasattr(os, "fork") else get_context()
        with ctx.Pool(n_workers) as pool:
            for r in pool.imap_unordered(_worker, todo, chunksize=1):
                results[r["name"]] = r
    else:
        for job in todo:
            r = _worker(job)
            results[r["name"]] = r
    for ip in plans:
        if ip.kind == "duplicate":
            src = results[ip.duplicate_of]
            truth = json.loads(json.dumps(src["truth"]))
            truth["input"] = ip.name
            truth["duplicate_of"] = ip.duplicate_of
            truth["meta"]["split"] = ip.split
            truth["meta"]["kind"] = "duplicate"
            if ip.name in keep:
                (inbox / ip.name).write_bytes(src["data"])
                if src["words"]:
                    _write_words(truth_dir / f"{ip.name}.words.json", {**src["words"], "input": ip.name})
            results[ip.name] = {"name": ip.name, "size": src["size"], "truth": truth}
    # identical bytes: the one that sorts first (the order `intake process` reads a folder in) is the
    # original, every other copy names it in duplicate_of
    groups: dict[str, list[str]] = {}
    for ip in plans:
        if ip.kind == "duplicate":
            groups.setdefault(ip.duplicate_of, [ip.duplicate_of]).append(ip.name)
    for members in groups.values():
        kind = results[members[0]]["truth"]["meta"]["kind"]
        first, *rest = sorted(members)
        results[first]["truth"]["duplicate_of"] = None
        results[first]["truth"]["meta"]["kind"] = kind
        for name in rest:
            results[name]["truth"]["duplicate_of"] = first
            results[name]["truth"]["meta"]["kind"] = "duplicate"
    total = 0
    for ip in plans:
        if ip.name not in keep:
            continue
        r = results[ip.name]
        total += r["size"]
        (truth_dir / f"{ip.name}.json").write_text(json.dumps(r["truth"], ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
    (out / "cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    summary = {"inputs": len(keep), "bytes": total, "seconds": round(time.time() - t0, 1), "out": str(out),
               "cases": len(cases)}
    log(f"wrote {summary['inputs']} inputs ({total / 1e6:.1f} MB), truth and {len(cases)} cases to {out} "
        f"in {summary['seconds']} s")
    return summary


def clear_output(out: Path) -> None:
    """Remove generated inbox/ and truth/ (and cases.json) under ``out`` before regenerating."""
    for sub in ("inbox", "truth"):
        d = Path(out) / sub
        if d.is_dir():
            shutil.rmtree(d)
    c = Path(out) / "cases.json"
    if c.exists():
        c.unlink()
