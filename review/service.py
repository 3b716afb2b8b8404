"""What the review app does, without HTTP: access checks, edits, type change, approval.

Every method takes the signed-in ``User`` and checks the document's department against the user's
departments before reading or changing anything (``Forbidden`` otherwise). Field values are validated
and normalised with ``classifiers.normalize`` — the same normalisers extraction uses.
"""

from __future__ import annotations

import io
import json
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from classifiers.doctypes import FALLBACK_TYPE, taxonomy
from classifiers.normalize import normalize, validate
from pipeline.model import STATUS_NEEDS_REVIEW, Document, Field, Page
from pipeline.settings import Settings
from review import events, training
from review.labels import department_label, field_label
from review.users import User

log = logging.getLogger(__name__)


class NotFound(LookupError):
    """No such document / case / page (message in German for the caseworker)."""


class Forbidden(PermissionError):
    """The signed-in user may not see this department's documents."""


class ReviewError(ValueError):
    """An action that cannot be done in the document's current state (German message)."""


@dataclass
class EditResult:
    changes: dict[str, str] = field(default_factory=dict)  # field -> normalised value saved
    errors: dict[str, str] = field(default_factory=dict)  # field -> German message (nothing saved)


def _visible(user: User) -> list[str] | None:
    """Departments whose documents the user sees; None = all (admin)."""
    return None if user.admin else list(user.departments)


def check_value(name: str, raw: str) -> tuple[str | None, str | None]:
    """(normalised value, None) or (None, German message). Empty input gives ("", None)."""
    raw = " ".join(raw.split())
    if raw == "":
        return "", None
    kind = taxonomy().kind(name)
    value = normalize(kind, raw, field=name)
    if value is None:
        msg = validate(kind, raw, field=name)
        return None, msg or f"{field_label(name)}: „{raw}“ ist kein gültiger Wert"
    msg = validate(kind, value, field=name)
    if msg:
        return None, msg
    return value, None


@contextmanager
def _index_errors(document_id: str) -> Iterator[None]:
    """The case index refusing an action (e.g. another caseworker was quicker) -> German message."""
    from storage.caseindex import IndexError_, UnknownDocument

    try:
        yield
    except UnknownDocument:
        raise NotFound("Dieses Dokument gibt es nicht (mehr).") from None
    except IndexError_ as exc:
        log.info("case index refused an action on %s: %s", document_id, exc)
        raise ReviewError("Das Dokument wurde inzwischen anderweitig bearbeitet (abgeschlossen oder "
                          "abgelehnt). Bitte die Seite neu laden.") from None


def human_edited(rec: Any) -> set[str]:
    """Fields a caseworker set by hand (audit ``reviewed`` entries that are not type changes)."""
    out: set[str] = set()
    for e in rec.audit:
        details = e.get("details") or {}
        if e.get("event") == "reviewed" and "doc_type" not in details:
            out.update(c["field"] for c in details.get("changes", []) if c.get("new"))
    return out


class ReviewService:
    def __init__(self, settings: Settings, store: Any, index: Any):
        self.settings = settings
        self.store = store
        self.index = index

    # -- reading ------------------------------------------------------------------------------
    def queue(self, user: User) -> list[Any]:
        deps = _visible(user)
        if deps is None:
            return list(self.index.review_queue(None))
        recs: list[Any] = []
        for d in deps:
            recs.extend(self.index.review_queue(d))
        recs.sort(key=lambda r: (str(r.received_at), r.document.document_id))
        return recs

    def search(self, user: User, *, aktenzeichen: str = "", name: str = "", date: str = "") -> list[Any]:
        az = normalize("reference", aktenzeichen) if aktenzeichen.strip() else None
        nm = " ".join(name.split()) or None
        dt = None
        if date.strip():
            dt = normalize("date", date)
            if dt is None:
                raise ReviewError(f"„{date}“ ist kein gültiges Datum (TT.MM.JJJJ)")
        if az is None and nm is None and dt is None:
            return []
        deps = _visible(user)
        found: dict[str, Any] = {}
        for d in ([None] if deps is None else deps):
            for r in self.index.search(department=d, aktenzeichen=az, name=nm, date=dt):
                found[r.document.document_id] = r
        return sorted(found.values(), key=lambda r: str(r.received_at), reverse=True)

    def record(self, user: User, document_id: str) -> Any:
        rec = self.index.get_document(document_id) if document_id else None
        if rec is None:
            raise NotFound("Dieses Dokument gibt es nicht.")
        if not user.may_see(rec.document.department):
            raise Forbidden("Dieses Dokument gehört nicht zu Ihrer Abteilung.")
        return rec

    def page_image(self, user: User, document_id: str, n: int) -> bytes:
        """The n-th (1-based, within the document) page image as PNG bytes."""
        rec = self.record(user, document_id)
        keys = list(rec.page_keys)
        if not 1 <= n <= len(keys):
            raise NotFound("Diese Seite gibt es nicht.")
        try:
            return self.store.get_bytes(keys[n - 1])
        except KeyError:
            raise NotFound("Das Seitenbild fehlt im Dokumentenspeicher.") from None

    def page_sizes(self, rec: Any) -> list[tuple[int, int]]:
        """(width, height) of each page image, read from the PNG header (for the box overlay)."""
        from PIL import Image

        out = []
        for key in rec.page_keys:
            try:
                with Image.open(io.BytesIO(self.store.get_bytes(key))) as im:
                    out.append(im.size)
            except (KeyError, OSError):
                out.append((0, 0))
        return out

    def case(self, user: User, case_id: str) -> tuple[Any, list[Any]]:
        case = self.index.get_case(case_id)
        if case is None:
            raise NotFound("Diese Akte gibt es nicht.")
        if not user.may_see(case.department):
            raise Forbidden("Diese Akte gehört nicht zu Ihrer Abteilung.")
        return case, list(self.index.case_documents(case_id))

    def audit_trail(self, user: User, document_id: str) -> list[dict]:
        self.record(user, document_id)
        return list(self.index.audit_trail(document_id))

    # -- changing -----------------------------------------------------------------------------
    def _editable(self, user: User, document_id: str) -> Any:
        rec = self.record(user, document_id)
        if rec.document.status != STATUS_NEEDS_REVIEW:
            raise ReviewError("Dieses Dokument ist bereits abgeschlossen und kann nicht mehr "
                              "geändert werden.")
        return rec

    def edit_fields(self, user: User, document_id: str, raw: dict[str, str]) -> EditResult:
        """Validate every submitted field; save all changes (normalised) only when all are valid."""
        rec = self._editable(user, document_id)
        doc: Document = rec.document
        allowed = set(taxonomy().doc_types[doc.doc_type].fields) | set(doc.fields)
        result = EditResult()
        for name, value in raw.items():
            if name not in allowed:
                continue
            norm, msg = check_value(name, value)
            if msg:
                result.errors[name] = msg
                continue
            old = doc.fields[name].value if name in doc.fields else ""
            if norm != old:
                result.changes[name] = norm  # type: ignore[assignment]
        if result.errors:
            result.changes = {}
            return result
        if result.changes:
            with _index_errors(document_id):
                self.index.update_fields(document_id, result.changes, actor=user.username)
        return result

    def _pages(self, rec: Any) -> list[Page]:
        """The document's OCR pages from ``inputs/<sha256>/ocr.json`` (empty when missing)."""
        try:
            data = json.loads(self.store.get_bytes(f"inputs/{rec.input_sha256}/ocr.json"))
        except KeyError:
            return []
        wanted = set(rec.document.pages)
        return [Page.from_ocr_json(p) for p in data.get("pages", []) if p.get("page") in wanted]

    def change_type(self, user: User, document_id: str, doc_type: str) -> tuple[Document, bool]:
        """Set a new type and re-extract its fields from the stored OCR words.

        Fields the new type has but re-extraction did not find keep their current value.
        Returns (the updated document, whether the pages' words were available).
        """
        rec = self._editable(user, document_id)
        tax = taxonomy()
        if doc_type not in tax.doc_types:
            raise ReviewError(f"Unbekannter Dokumenttyp „{doc_type}“.")
        doc: Document = rec.document
        if doc_type == doc.doc_type:
            return doc, True
        pages = self._pages(rec)
        fields: dict[str, Field] = {}
        if pages:
            from classifiers import analyse_document

            fields = dict(analyse_document(pages, self.settings, doc_type=doc_type).fields)
        corrected = human_edited(rec)
        for name in tax.doc_types[doc_type].fields:
            current = doc.fields.get(name)
            if current is None or not current.value:
                continue
            # a caseworker's correction wins over re-extraction; otherwise keep what we had when
            # re-extraction finds nothing
            if name in corrected or name not in fields:
                fields[name] = current
        with _index_errors(document_id):
            self.index.set_doc_type(document_id, doc_type, fields, actor=user.username)
        return self.index.get_document(document_id).document, bool(pages)

    def missing_or_invalid(self, doc: Document) -> dict[str, str]:
        """Required fields missing or invalid, field -> German message (approval is refused)."""
        tax = taxonomy()
        out: dict[str, str] = {}
        dt = tax.doc_types.get(doc.doc_type) or tax.doc_types[FALLBACK_TYPE]
        for name in dt.required:
            f = doc.fields.get(name)
            if f is None or not f.value:
                out[name] = f"{field_label(name)} fehlt (Pflichtfeld)"
        for name, f in doc.fields.items():
            if f.value and name in tax.field_kinds and name not in out:
                msg = validate(tax.kind(name), f.value, field=name)
                if msg:
                    out[name] = msg
        return out

    def approve(self, user: User, document_id: str) -> tuple[str, str]:
        """Route the document into its case file; write training data; emit the Prefect event."""
        rec = self._editable(user, document_id)
        problems = self.missing_or_invalid(rec.document)
        if problems:
            raise ReviewError("Freigabe nicht möglich: " + "; ".join(problems.values()))
        with _index_errors(document_id):
            case_id, rule = self.index.approve(document_id, actor=user.username)
        doc: Document = self.index.get_document(document_id).document
        training.append_correction(self.settings, training.correction_record(
            document_id, doc.doc_type, {k: f.value for k, f in doc.fields.items() if f.value},
            self._pages(rec), actor=user.username))
        events.emit_approved(self.settings, document_id, doc_type=doc.doc_type,
                             department=doc.department, case_id=case_id, rule=rule,
                             actor=user.username)
        return case_id, rule

    def forward(self, user: User, document_id: str, department: str, note: str = "") -> None:
        self._editable(user, document_id)
        if department not in taxonomy().departments:
            raise ReviewError(f"Unbekannte Abteilung „{department}“.")
        with _index_errors(document_id):
            self.index.forward(document_id, department, actor=user.username, note=note.strip())

    def reject(self, user: User, document_id: str, reason: str) -> None:
        self._editable(user, document_id)
        reason = " ".join(reason.split())
        if not reason:
            raise ReviewError("Bitte einen Grund für die Ablehnung angeben.")
        with _index_errors(document_id):
            self.index.reject(document_id, reason, actor=user.username)

    def forward_targets(self, doc: Document) -> list[tuple[str, str]]:
        return [(d, department_label(d)) for d in taxonomy().departments if d != doc.department]
