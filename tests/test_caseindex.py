"""The case index on SQLite and on PostgreSQL: inputs, case import, every routing rule, review actions,
field history, the audit trail (rows and objects in the store), concurrency of several routers."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from tests.storage_fixtures import *  # noqa: F401,F403
from tests.storage_fixtures import REPO

from classifiers.doctypes import taxonomy
from pipeline.model import STATUS_NEEDS_REVIEW, STATUS_ROUTED, Document, Field
from storage import CaseIndex, LocalStore, UnknownDocument, create_index_engine, open_index

YEAR = datetime.now(ZoneInfo("Europe/Berlin")).year


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def mkdoc(doc_id: str, doc_type: str, status: str = STATUS_ROUTED, reasons=(), **values: str) -> Document:
    return Document(pages=[1, 2], doc_type=doc_type, confidence=0.93,
                    fields={k: Field(value=v, confidence=0.9, page=1, bbox=[10.0, 20.0, 200.0, 40.0], raw=v)
                            for k, v in values.items()},
                    status=status, department=taxonomy().department(doc_type), document_id=doc_id,
                    reasons=list(reasons))


def route(ix: CaseIndex, doc: Document, input_name: str | None = None) -> tuple[str, str]:
    s = sha(input_name or doc.document_id)
    ix.begin_input(s, input_name or f"{doc.document_id}.pdf", "/srv/inbox/poststelle")
    return ix.route(doc, input_sha256=s)


MUELLER = dict(nachname="MÜLLER", vorname="Max", geburtsdatum="1985-07-03", strasse="Königstraße 12 a",
               plz="70173", ort="Stuttgart")


@pytest.fixture
def cases_imported(index):
    n = index.import_cases([
        {"aktenzeichen": "32.1-2024/0042", "department": "ordnungsamt", **MUELLER,
         "geburtsdatum": "03.07.1985"},
        {"aktenzeichen": "20.1-2025/00007", "department": "kaemmerei", "lieferant": "Bürobedarf Schmidt GmbH"},
        {"aktenzeichen": "33.1-2023/00100", "department": "buergerbuero", "nachname": "Yılmaz",
         "vorname": "Ayşe", "strasse": "Hauptstr. 5", "plz": "70372", "ort": "Stuttgart"},
        {"aktenzeichen": "22.3-2020/0001", "department": "steueramt", "nachname": "Klein", "vorname": "Eva",
         "geburtsdatum": "1970-01-01", "status": "closed"},
    ])
    assert n == 4
    return index


# -- inputs ------------------------------------------------------------------------------------

def test_inputs_received_then_done(index):
    s = sha("scan 01.pdf")
    assert index.find_input(s) is None
    index.begin_input(s, "scan 01.pdf", "/srv/inbox/ordnungsamt")
    index.begin_input(s, "copy of scan 01.pdf", "/srv/inbox/other")  # idempotent: first one stays
    rec = index.find_input(s)
    assert (rec.name, rec.source, rec.state, rec.result) == ("scan 01.pdf", "/srv/inbox/ordnungsamt",
                                                             "received", None)
    result = {"input": "scan 01.pdf", "sha256": s, "status": "processed", "error": None, "documents": []}
    index.finish_input(s, result)
    rec = index.find_input(s)
    assert rec.state == "done" and rec.result == result and rec.finished_at


def test_input_sha_must_be_a_hash(index):
    with pytest.raises(ValueError, match="sha256"):
        index.begin_input("not-a-hash", "x.pdf", "cli")


# -- case import -----------------------------------------------------------------------------

def test_import_normalises_and_reimport_updates(cases_imported):
    ix = cases_imported
    case = ix.get_case("32.1 - 2024/0042")  # as typed, with spaces
    assert case.case_id == "32.1-2024/0042"
    assert case.person["geburtsdatum"] == "1985-07-03"
    assert case.label == "MÜLLER, Max (geb. 03.07.1985)"
    assert ix.import_cases([{"aktenzeichen": "32.1-2024/0042", "department": "ordnungsamt",
                             "nachname": "Müller", "vorname": "Max", "geburtsdatum": "1985-07-03",
                             "strasse": "Neue Straße 1", "plz": "70174", "ort": "Stuttgart"}]) == 1
    assert ix.get_case("32.1-2024/0042").person["strasse"] == "Neue Straße 1"
    with ix.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from cases")).scalar() == 4


def test_import_errors_name_the_record(index):
    with pytest.raises(ValueError, match=r"record 2 \(X-1\): department 'ordnungsamtt' is unknown"):
        index.import_cases([{"aktenzeichen": "X-0", "department": "ordnungsamt"},
                            {"aktenzeichen": "X-1", "department": "ordnungsamtt"}])
    with pytest.raises(ValueError, match="record 1: 'aktenzeichen' is missing"):
        index.import_cases([{"department": "ordnungsamt"}])
    with pytest.raises(ValueError, match="geburtsdatum '31.02.1985' is not a valid date"):
        index.import_cases([{"aktenzeichen": "X-2", "department": "ordnungsamt", "geburtsdatum": "31.02.1985"}])
    assert index.get_case("X-0") is None  # nothing of a failed import is kept


# -- routing rules ---------------------------------------------------------------------------

def test_route_by_aktenzeichen(cases_imported):
    doc = mkdoc("d-az", "gewerbeanmeldung", nachname="Anders", vorname="Otto", aktenzeichen="32.1-2024/0042")
    assert route(cases_imported, doc) == ("32.1-2024/0042", "aktenzeichen")
    assert doc.case_id == "32.1-2024/0042" and doc.status == STATUS_ROUTED


def test_aktenzeichen_compared_case_insensitively_and_also_for_closed_cases(cases_imported):
    cases_imported.import_cases([{"aktenzeichen": "AZ-7/Abc", "department": "rechtsamt", "status": "closed"}])
    doc = mkdoc("d-w", "widerspruch", nachname="Anders", vorname="Otto", aktenzeichen="az-7/ABC")
    assert route(cases_imported, doc) == ("AZ-7/Abc", "aktenzeichen")


def test_route_by_name_and_birthdate(cases_imported):
    doc = mkdoc("d-bd", "gewerbeanmeldung", nachname="Müller", vorname="MAX", geburtsdatum="1985-07-03",
                strasse="Ganz Andere Straße 99", plz="10115", ort="Berlin")
    assert route(cases_imported, doc) == ("32.1-2024/0042", "person_birthdate")


def test_route_by_name_and_address(cases_imported):
    # no birth date on the form; street written the other usual way
    doc = mkdoc("d-addr", "wohnsitzanmeldung", nachname="YILMAZ", vorname="ayşe", strasse="Hauptstraße 5",
                plz="70372", ort="Stuttgart")
    assert route(cases_imported, doc) == ("33.1-2023/00100", "person_address")


def test_same_name_and_address_but_other_birthdate_is_another_person(cases_imported):
    senior = mkdoc("d-sen", "gewerbeanmeldung", **{**MUELLER, "geburtsdatum": "1958-02-11"})
    case_id, rule = route(cases_imported, senior)
    assert rule == "new_case" and case_id != "32.1-2024/0042"


def test_name_alone_is_not_enough(cases_imported):
    doc = mkdoc("d-name", "gewerbeanmeldung", nachname="Müller", vorname="Max")
    assert route(cases_imported, doc)[1] == "new_case"


def test_route_by_supplier(cases_imported):
    doc = mkdoc("d-inv", "rechnung", lieferant="BÜROBEDARF SCHMIDT GMBH", rechnungsnummer="R-2024-17",
                rechnungsdatum="2024-05-02", betrag_brutto="1234.50")
    assert route(cases_imported, doc) == ("20.1-2025/00007", "supplier")


def test_new_case_follows_the_department_scheme_and_skips_taken_numbers(cases_imported):
    ix = cases_imported
    ix.import_cases([{"aktenzeichen": f"32.1-{YEAR}/0002", "department": "ordnungsamt", "nachname": "X",
                      "vorname": "Y"}])
    a = mkdoc("d-n1", "gewerbeanmeldung", nachname="Neu", vorname="Nina", geburtsdatum="1990-01-01")
    b = mkdoc("d-n2", "gewerbeanmeldung", nachname="Neu", vorname="Nils", geburtsdatum="1991-01-01")
    c = mkdoc("d-n3", "bewohnerparkausweis", nachname="Neu", vorname="Nils", geburtsdatum="1991-01-01",
              kennzeichen="S-AB 1234")
    assert route(ix, a) == (f"32.1-{YEAR}/0001", "new_case")
    assert route(ix, b) == (f"32.1-{YEAR}/0003", "new_case")
    assert route(ix, c) == (f"36.4-{YEAR}/0001", "new_case")
    case = ix.get_case(f"32.1-{YEAR}/0003")
    assert (case.department, case.origin, case.person["vorname"]) == ("ordnungsamt", "pipeline", "Nils")
    # the newly opened case is found by the next document of the same person
    again = mkdoc("d-n4", "gewerbeanmeldung", nachname="neu", vorname="nils", geburtsdatum="1991-01-01")
    assert route(ix, again) == (f"32.1-{YEAR}/0003", "person_birthdate")


def test_new_supplier_case_then_supplier_match(index):
    a = mkdoc("d-s1", "rechnung", lieferant="Stadtwerke Musterstadt GmbH", rechnungsnummer="1")
    b = mkdoc("d-s2", "rechnung", lieferant="stadtwerke musterstadt gmbh", rechnungsnummer="2")
    case_id, rule = route(index, a)
    assert (case_id, rule) == (f"20.1-{YEAR}/00001", "new_case")
    assert index.get_case(case_id).label == "Stadtwerke Musterstadt GmbH"
    assert route(index, b) == (case_id, "supplier")


def test_other_department_never_matches_person_or_supplier(cases_imported):
    ix = cases_imported
    # Max Müller has an ordnungsamt case; his parking permit goes to the verkehrsbehoerde
    park = mkdoc("d-p", "bewohnerparkausweis", **MUELLER, kennzeichen="S-MM 85")
    case_id, rule = route(ix, park)
    assert rule == "new_case" and case_id.startswith("36.4-")
    assert ix.get_case(case_id).department == "verkehrsbehoerde"
    assert [d.document_id for d in ix.case_documents("32.1-2024/0042")] == []


def test_closed_case_is_not_matched_by_person(cases_imported):
    doc = mkdoc("d-k", "hundesteuer_anmeldung", nachname="Klein", vorname="Eva", geburtsdatum="1970-01-01",
                hunderasse="Dackel")
    case_id, rule = route(cases_imported, doc)
    assert rule == "new_case" and case_id != "22.3-2020/0001"


def test_routing_the_same_document_twice_adds_nothing(cases_imported, tmp_path):
    ix = cases_imported
    doc = mkdoc("d-twice", "gewerbeanmeldung", **MUELLER)
    first = route(ix, doc)
    trail = ix.audit_trail("d-twice")
    objects = ix.store.list_keys("audit/d-twice/")
    second = ix.route(mkdoc("d-twice", "gewerbeanmeldung", **MUELLER), input_sha256=sha("d-twice"))
    assert first == second == ("32.1-2024/0042", "person_birthdate")
    assert [d.document_id for d in ix.case_documents("32.1-2024/0042")] == ["d-twice"]
    assert ix.audit_trail("d-twice") == trail
    assert ix.store.list_keys("audit/d-twice/") == objects
    # a fresh process (new engine) sees the same
    other = CaseIndex(create_index_engine(str(ix.engine.url.render_as_string(hide_password=False))),
                      ix.store)
    try:
        assert other.route(doc, input_sha256=sha("d-twice")) == first
    finally:
        other.close()


def test_rerun_after_a_crash_between_commit_and_objects_writes_them_again(cases_imported):
    """The routing committed, then the process died before audit objects, document.json and the
    case manifest reached the store (or a power cut took them): routing the same document again
    writes them from the index -- the same content -- and routes nothing twice."""
    ix = cases_imported
    doc = mkdoc("d-crash", "gewerbeanmeldung", **MUELLER)
    first = route(ix, doc)
    manifest_key = "cases/32.1-2024_0042/manifest.json"
    keys = ix.store.list_keys("audit/d-crash/") + ["documents/d-crash/document.json", manifest_key]
    before = {k: ix.store.get_bytes(k) for k in keys}
    trail = ix.audit_trail("d-crash")
    for k in keys:  # what a crash right after the commit leaves: no objects at all
        (ix.store.root / k).unlink()
    assert ix.store.list_keys("audit/d-crash/") == []
    again = ix.route(mkdoc("d-crash", "gewerbeanmeldung", **MUELLER), input_sha256=sha("d-crash"))
    assert again == first
    assert {k: ix.store.get_bytes(k) for k in keys} == before
    assert ix.audit_trail("d-crash") == trail
    assert [d.document_id for d in ix.case_documents("32.1-2024/0042")] == ["d-crash"]
    # the same for a document that waits for review
    waiting = mkdoc("d-crash-review", "rechnung", status=STATUS_NEEDS_REVIEW, reasons=["Pflichtfeld fehlt"])
    s = sha("d-crash-review")
    ix.begin_input(s, "unklar.pdf", "/srv/inbox/poststelle")
    ix.save_for_review(waiting, input_sha256=s)
    body = ix.store.get_bytes("documents/d-crash-review/document.json")
    (ix.store.root / "documents/d-crash-review/document.json").unlink()
    ix.save_for_review(waiting, input_sha256=s)
    assert ix.store.get_bytes("documents/d-crash-review/document.json") == body
    assert [e["event"] for e in ix.audit_trail("d-crash-review")] == ["received", "needs_review"]


def test_manifest_lists_every_document_of_a_case_in_routing_order(index):
    for i in range(3):
        doc = mkdoc(f"d-sup-{i}", "rechnung", lieferant="Stadtwerke Musterstadt GmbH",
                    rechnungsnummer=f"R-{i}")
        route(index, doc, input_name=f"Rechnung {i}.pdf")
    case_id = index.get_document("d-sup-0").document.case_id
    folder = case_id.replace("/", "_")
    manifest = json.loads(index.store.get_bytes(f"cases/{folder}/manifest.json"))
    assert manifest["lieferant"] == "Stadtwerke Musterstadt GmbH"
    assert [d["document_id"] for d in manifest["documents"]] == ["d-sup-0", "d-sup-1", "d-sup-2"]
    assert [d["input"] for d in manifest["documents"]] == [f"Rechnung {i}.pdf" for i in range(3)]
    assert manifest["documents"][2]["pages"] == ["documents/d-sup-2/page-0001.png",
                                                 "documents/d-sup-2/page-0002.png"]
    assert manifest["documents"][2]["searchable_pdf"] == "documents/d-sup-2/searchable.pdf"
    assert all(d["rule"] == ("new_case" if i == 0 else "supplier")
               for i, d in enumerate(manifest["documents"]))


def test_document_needs_an_id(index):
    with pytest.raises(ValueError, match="document_id"):
        index.route(mkdoc("", "rechnung", lieferant="X"), input_sha256=sha("x"))


# -- audit, document.json, manifest ------------------------------------------------------------

def test_routed_document_audit_trail_and_objects(cases_imported):
    ix = cases_imported
    doc = mkdoc("d-audit", "gewerbeanmeldung", **MUELLER)
    s = sha("Scan Müller.pdf")
    ix.begin_input(s, "Scan Müller.pdf", "/srv/inbox/ordnungsamt")
    ix.route(doc, input_sha256=s, processed={"model_version": "doctype-2026.11", "ocr_lang": "deu+eng"})
    trail = ix.audit_trail("d-audit")
    assert [e["event"] for e in trail] == ["received", "processed", "routed"]
    assert trail[0]["details"]["file"] == "Scan Müller.pdf"
    assert trail[0]["details"]["folder"] == "/srv/inbox/ordnungsamt"
    assert trail[0]["details"]["sha256"] == s and trail[0]["details"]["received_at"]
    assert trail[1]["details"]["model_version"] == "doctype-2026.11"
    assert trail[2]["details"] == {"case_id": "32.1-2024/0042", "rule": "person_birthdate"}
    assert all(e["actor"] == "pipeline" and e["at"] for e in trail)
    # each entry is an object under audit/<document_id>/, in order, with the same content
    keys = ix.store.list_keys("audit/d-audit/")
    assert [k.rsplit("-", 1)[1] for k in keys] == ["received.json", "processed.json", "routed.json"]
    assert keys == [e["object_key"] for e in trail]
    stored = json.loads(ix.store.get_bytes(keys[2]))
    assert stored["details"]["case_id"] == "32.1-2024/0042" and stored["event"] == "routed"
    # document.json and the case manifest say the same as the index
    body = json.loads(ix.store.get_bytes("documents/d-audit/document.json"))
    assert body["case_id"] == "32.1-2024/0042" and body["status"] == "routed"
    assert body["page_keys"] == ["documents/d-audit/page-0001.png", "documents/d-audit/page-0002.png"]
    info = ix.store.stat("documents/d-audit/document.json")
    assert info.metadata["doc_type"] == "gewerbeanmeldung" and info.metadata["department"] == "ordnungsamt"
    manifest = json.loads(ix.store.get_bytes("cases/32.1-2024_0042/manifest.json"))
    assert manifest["case_id"] == "32.1-2024/0042"
    assert [d["document_id"] for d in manifest["documents"]] == ["d-audit"]
    assert manifest["documents"][0]["input"] == "Scan Müller.pdf"


def test_review_flow_history_and_trail(cases_imported):
    ix = cases_imported
    s = sha("brief.pdf")
    ix.begin_input(s, "brief.pdf", "/srv/inbox/poststelle")
    doc = mkdoc("d-rev", "sonstiges", status=STATUS_NEEDS_REVIEW, reasons=["Dokumenttyp unsicher"],
                nachname="Muller", vorname="Max")
    ix.save_for_review(doc, input_sha256=s)
    ix.save_for_review(doc, input_sha256=s)  # idempotent
    assert [r.document_id for r in ix.review_queue("poststelle")] == ["d-rev"]
    assert ix.review_queue("ordnungsamt") == []
    assert not ix.store.list_keys("cases/")

    ix.update_fields("d-rev", {"nachname": "Müller"}, actor="anna")
    fields = {"nachname": Field("Müller", 1.0, 1, None), "vorname": Field("Max", 0.9, 1, None),
              "geburtsdatum": Field("1985-07-03", 0.8, 2, [1.0, 2.0, 3.0, 4.0])}
    ix.set_doc_type("d-rev", "gewerbeanmeldung", fields, actor="anna")
    rec = ix.get_document("d-rev")
    assert rec.document.doc_type == "gewerbeanmeldung" and rec.document.department == "ordnungsamt"
    assert rec.document.fields["geburtsdatum"].value == "1985-07-03"
    assert rec.document.fields["geburtsdatum"].bbox == [1.0, 2.0, 3.0, 4.0]
    assert [r.document_id for r in ix.review_queue("ordnungsamt")] == ["d-rev"]
    assert [(h["name"], h["old_value"], h["new_value"], h["actor"]) for h in rec.field_history] == [
        ("nachname", "Muller", "Müller", "anna"), ("geburtsdatum", None, "1985-07-03", "anna")]

    assert ix.approve("d-rev", actor="anna") == ("32.1-2024/0042", "person_birthdate")
    assert ix.approve("d-rev", actor="anna") == ("32.1-2024/0042", "person_birthdate")  # idempotent
    rec = ix.get_document("d-rev")
    assert rec.document.status == STATUS_ROUTED and rec.document.case_id == "32.1-2024/0042"
    assert rec.input_sha256 == s and rec.input_name == "brief.pdf"
    assert ix.review_queue(None) == []
    events = [(e["event"], e["actor"]) for e in ix.audit_trail("d-rev")]
    assert events == [("received", "pipeline"), ("needs_review", "pipeline"), ("reviewed", "anna"),
                      ("reviewed", "anna"), ("approved", "anna"), ("routed", "anna")]
    reviewed = ix.audit_trail("d-rev")[2]["details"]
    assert reviewed == {"changes": [{"field": "nachname", "old": "Muller", "new": "Müller"}]}
    assert ix.audit_trail("d-rev")[3]["details"]["doc_type"] == {"old": "sonstiges", "new": "gewerbeanmeldung"}
    assert len(ix.store.list_keys("audit/d-rev/")) == 6
    assert [d.document_id for d in ix.case_documents("32.1-2024/0042")] == ["d-rev"]
    assert json.loads(ix.store.get_bytes("documents/d-rev/document.json"))["fields"]["nachname"]["value"] == "Müller"


def test_update_fields_add_and_remove_and_unknown(index):
    s = sha("u.pdf")
    index.save_for_review(mkdoc("d-u", "rechnung", status=STATUS_NEEDS_REVIEW, lieferant="ACME",
                                iban="DE00"), input_sha256=s)
    index.update_fields("d-u", {"iban": "", "betrag_brutto": "12.00", "lieferant": "ACME"}, actor="bob")
    doc = index.get_document("d-u").document
    assert "iban" not in doc.fields
    assert doc.fields["betrag_brutto"].value == "12.00" and doc.fields["betrag_brutto"].confidence == 1.0
    assert [(h["name"], h["old_value"], h["new_value"]) for h in index.get_document("d-u").field_history] == [
        ("iban", "DE00", None), ("betrag_brutto", None, "12.00")]
    with pytest.raises(ValueError, match="unknown field 'farbe'"):
        index.update_fields("d-u", {"farbe": "blau"}, actor="bob")
    with pytest.raises(KeyError, match="no document 'nope'"):
        index.update_fields("nope", {"lieferant": "x"}, actor="bob")
    assert isinstance(UnknownDocument("x"), KeyError)


def test_forward_and_reject(index):
    s = sha("f.pdf")
    for i in (1, 2):
        index.save_for_review(mkdoc(f"d-f{i}", "sonstiges", status=STATUS_NEEDS_REVIEW), input_sha256=s)
    assert [r.document_id for r in index.review_queue("poststelle")] == ["d-f1", "d-f2"]  # oldest first
    index.forward("d-f1", "baurechtsamt", actor="carl", note="Bauvoranfrage")
    assert [r.document_id for r in index.review_queue("baurechtsamt")] == ["d-f1"]
    assert [r.document_id for r in index.review_queue("poststelle")] == ["d-f2"]
    assert index.audit_trail("d-f1")[-1]["details"] == {"from": "poststelle", "to": "baurechtsamt",
                                                        "note": "Bauvoranfrage"}
    with pytest.raises(ValueError, match="unknown department"):
        index.forward("d-f1", "nirgendwo", actor="carl")
    index.reject("d-f2", "Werbung, kein Vorgang", actor="carl")
    rec = index.get_document("d-f2")
    assert rec.document.status == "rejected" and rec.note == "Werbung, kein Vorgang"
    assert index.review_queue(None)[0].document_id == "d-f1" and len(index.review_queue(None)) == 1
    assert index.audit_trail("d-f2")[-1]["event"] == "rejected"
    assert index.store.list_keys("audit/d-f2/")[-1].endswith("-rejected.json")
    with pytest.raises(Exception, match="rejected"):
        index.approve("d-f2", actor="carl")


def test_search(cases_imported):
    ix = cases_imported
    route(ix, mkdoc("d-s1", "gewerbeanmeldung", **MUELLER, beginn_datum="2026-01-15"))
    route(ix, mkdoc("d-s2", "rechnung", lieferant="Bürobedarf Schmidt GmbH", rechnungsdatum="2024-05-02"))
    ix.save_for_review(mkdoc("d-s3", "widerspruch", status=STATUS_NEEDS_REVIEW, nachname="Schmidt",
                             vorname="Jörg", aktenzeichen="30.2-2025/0011"), input_sha256=sha("s3"))

    def ids(**kw):
        return sorted(r.document_id for r in ix.search(**{"department": None, **kw}))

    assert ids(name="müller") == ["d-s1"]
    assert ids(name="max MÜLLER") == ["d-s1"]
    assert ids(name="schmidt") == ["d-s2", "d-s3"]
    assert ids(name="schmidt", department="rechtsamt") == ["d-s3"]
    assert ids(aktenzeichen="32.1-2024/0042") == ["d-s1"]
    assert ids(aktenzeichen="2024/0042") == ["d-s1"]
    assert ids(aktenzeichen="30.2-2025/0011") == ["d-s3"]
    assert ids(date="2024-05-02") == ["d-s2"]
    assert ids(date="1985-07-03") == ["d-s1"]
    today = ix.get_document("d-s1").received_at[:10]
    assert ids(date=today) == ["d-s1", "d-s2", "d-s3"]
    assert ids(name="müller", date="2024-05-02") == []
    assert ids(name="100%_") == []


def test_custom_audit_entry(index):
    index.audit("d-x", "processed", {"model_version": "m1", "threshold": 0.8}, actor="pipeline")
    trail = index.audit_trail("d-x")
    assert trail[0]["details"] == {"model_version": "m1", "threshold": 0.8}
    assert json.loads(index.store.get_bytes(trail[0]["object_key"]))["details"]["model_version"] == "m1"


# -- schema and concurrency -------------------------------------------------------------------

def test_migrations_are_versioned_and_applied_once(index_factory, db_url):
    a = index_factory()
    b = index_factory()
    with b.engine.connect() as conn:
        assert conn.execute(sa.text("select version from schema_version")).scalars().all() == [1]
        names = set(sa.inspect(conn).get_table_names())
    assert {"inputs", "cases", "documents", "fields", "field_history", "audit"} <= names
    with a.engine.begin() as conn:
        conn.execute(sa.text("insert into schema_version (version, description, applied_at) "
                             "values (99, 'from the future', 'x')"))
    with pytest.raises(Exception, match="schema version 99, newer than this program"):
        index_factory()


def test_in_memory_sqlite_works_across_threads(tmp_path):
    ix = CaseIndex(create_index_engine("sqlite://"), LocalStore(tmp_path / "store"))
    out = []
    t = threading.Thread(target=lambda: out.append(route(ix, mkdoc("d-m", "rechnung", lieferant="M GmbH"))))
    t.start()
    t.join(30)
    assert out == [(f"20.1-{YEAR}/00001", "new_case")]
    assert ix.get_document("d-m").document.case_id == f"20.1-{YEAR}/00001"


def test_open_index_from_settings(tmp_path):
    from pipeline.settings import load_settings

    ix = open_index(load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}))
    try:
        route(ix, mkdoc("d-o", "rechnung", lieferant="X AG"))
        assert (tmp_path / "home" / "cases.sqlite").is_file()
        assert isinstance(ix.store, LocalStore)
        assert ix.store.list_keys("audit/d-o/")
    finally:
        ix.close()


def test_parallel_routers_open_one_case_per_person(index_factory):
    a, b = index_factory(), index_factory()
    routers = [a, a, b, b]  # two "processes", each with two threads sharing its index
    barrier = threading.Barrier(len(routers))
    results: list[tuple[str, str]] = []
    errors: list[BaseException] = []

    def work(n: int, ix: CaseIndex) -> None:
        try:
            barrier.wait()
            for j in range(3):
                doc = mkdoc(f"d-par-{n}-{j}", "wohngeldantrag", nachname="Parallel", vorname="Paula",
                            geburtsdatum="1999-09-09", iban="DE89370400440532013000")
                results.append(ix.route(doc, input_sha256=sha(f"par-{n}")))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n, ix)) for n, ix in enumerate(routers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert len(results) == 12
    assert {c for c, _ in results} == {f"50.4-{YEAR}/0001"}
    assert sorted(r for _, r in results).count("new_case") == 1
    assert len(routers[0].case_documents(f"50.4-{YEAR}/0001")) == 12
    keys = a.store.list_keys("audit/")
    assert len(keys) == len(set(keys)) == 24  # received + routed for each of the 12 documents


_CHILD = r"""
import hashlib, sys
sys.path.insert(0, {repo!r})
from pipeline.model import Document, Field
from storage import CaseIndex, LocalStore, create_index_engine
ix = CaseIndex(create_index_engine({url!r}), LocalStore({store!r}))
for j in range(4):
    d = Document(pages=[1], doc_type="hundesteuer_anmeldung", confidence=0.9, status="routed",
                 department="steueramt", document_id=f"d-proc-{{sys.argv[1]}}-{{j}}",
                 fields={{k: Field(v, 0.9, 1, None) for k, v in dict(nachname="Prozess", vorname="Peter",
                          geburtsdatum="1977-07-07", hunderasse="Mops").items()}})
    print(*ix.route(d, input_sha256=hashlib.sha256(sys.argv[1].encode()).hexdigest()))
"""


def test_two_processes_routing_at_once_open_one_case(index, db_url, tmp_path):
    url = index.engine.url.render_as_string(hide_password=False)
    code = _CHILD.format(repo=str(REPO), url=url, store=str(tmp_path / "store"))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(n)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for n in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err[-2000:]
    lines = [line.split() for out, _ in outs for line in out.splitlines()]
    assert len(lines) == 8
    assert {c for c, _ in lines} == {f"22.3-{YEAR}/0001"}
    assert [r for _, r in lines].count("new_case") == 1
    with index.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from cases")).scalar() == 1


def test_sample_corpus_documents_land_in_their_expected_cases(index):
    """The committed samples' ground truth (fields as printed, normalised) routed in input order:
    each document reaches the imported case its truth names, and documents that share a NEW label
    share one newly opened case, distinct from every imported case and from other labels."""
    samples = REPO / "sample_docs"
    imported = json.loads((samples / "cases.json").read_text(encoding="utf-8"))
    index.import_cases(imported)
    imported_ids = {c["aktenzeichen"] for c in imported}
    new_cases: dict[str, str] = {}
    checked = 0
    for path in sorted((samples / "truth").glob("*.json")):
        if path.name.endswith(".words.json"):
            continue
        truth = json.loads(path.read_text(encoding="utf-8"))
        if truth["status"] != "processed" or truth.get("duplicate_of"):
            continue
        index.begin_input(truth["sha256"], truth["input"], "/srv/inbox")
        for i, d in enumerate(truth["documents"], start=1):
            doc = Document(pages=d["pages"], doc_type=d["doc_type"], department=d["department"],
                           status=STATUS_ROUTED, document_id=f"{truth['sha256'][:16]}-{i:02d}",
                           fields={k: Field(v, 1.0, d["pages"][0], None) for k, v in d["fields"].items()})
            case_id, rule = index.route(doc, input_sha256=truth["sha256"])
            where = f"{truth['input']} document {i} ({d['doc_type']})"
            if d["case"].startswith("NEW:"):
                assert case_id not in imported_ids, f"{where}: routed to imported {case_id} by {rule}"
                assert new_cases.setdefault(d["case"], case_id) == case_id, where
            else:
                assert case_id == d["case"], f"{where}: {case_id} by {rule}"
            checked += 1
    assert checked >= 20
    assert len(set(new_cases.values())) == len(new_cases)


def test_an_unknown_aktenzeichen_one_character_from_a_case_or_its_start_is_doubtful(cases_imported):
    ix = cases_imported
    assert ix.aktenzeichen_doubt("32.1-2024/0042") is None  # the case itself
    assert ix.aktenzeichen_doubt("32.1 - 2024/0042") is None  # spacing does not count
    assert ix.aktenzeichen_doubt("39.1-2024/0042") == \
        "Aktenzeichen „39.1-2024/0042“ gibt es nicht – gemeint „32.1-2024/0042“?"  # a digit misread
    assert "gemeint „32.1-2024/0042“" in ix.aktenzeichen_doubt("32.1-2024/042")  # one lost
    assert ix.aktenzeichen_doubt("32.1") == "Aktenzeichen „32.1“ unvollständig? (Anfang von „32.1-2024/0042“)"
    assert ix.aktenzeichen_doubt("51.2-2026/0815") is None  # no case like it: a file of its own
    assert ix.aktenzeichen_doubt("") is None and ix.aktenzeichen_doubt(None) is None


def test_the_route_stage_sends_a_misread_file_number_to_review_instead_of_a_new_case(cases_imported):
    from flows.stages import Context, Processed, Received, route as route_stage
    from pipeline.settings import load_settings

    import sqlalchemy as sa

    from storage.caseindex import cases

    ix = cases_imported

    def n_cases() -> int:
        with ix.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(cases)).scalar()

    before = n_cases()
    doc = mkdoc("d-az", "widerspruch", nachname="Neumann", vorname="Paul", strasse="Am Hang 3",
                plz="70173", ort="Stuttgart", aktenzeichen="32.7-2024/0042", bescheid_datum="2024-03-03")
    s = sha("widerspruch.pdf")
    ix.begin_input(s, "widerspruch.pdf", "/srv/inbox/poststelle")
    ctx = Context(settings=load_settings(env={}), store=None, index=ix)
    rows = route_stage(ctx, Received(path="x", name="widerspruch.pdf", sha256=s, size=1, source="cli"),
                       Processed(pages=[], workdir="", documents=[doc]))
    assert rows[0]["case_id"] is None and doc.status == STATUS_NEEDS_REVIEW
    assert doc.reasons == ["Aktenzeichen „32.7-2024/0042“ gibt es nicht – gemeint „32.1-2024/0042“?"]
    assert ix.get_case("32.1-2024/0042").document_ids == []  # nothing entered the case
    assert n_cases() == before  # and no new case was opened beside it


def test_case_manifest_keeps_every_document_when_two_files_route_into_one_case_at_once(tmp_path):
    """Two files routed into one case at the same moment (two invoices of one supplier, taken
    at once): the case's manifest.json lists both documents, whichever thread writes last.
    The wait below forces the unlucky order: B has read the index, C routes and writes all."""
    from storage.objectstore import manifest_key

    def mk(doc_id):
        v = "Elektro Brandt GmbH"
        return Document(pages=[1], doc_type="rechnung", confidence=0.93,
                        fields={"lieferant": Field(value=v, confidence=0.9, page=1,
                                                   bbox=[1.0, 1.0, 2.0, 2.0], raw=v)},
                        status=STATUS_ROUTED, department=taxonomy().department("rechnung"),
                        document_id=doc_id)

    store = LocalStore(tmp_path / "store")
    ix = CaseIndex(create_index_engine(f"sqlite:///{tmp_path / 'cases.sqlite'}"), store)
    shas = {d: hashlib.sha256(d.encode()).hexdigest() for d in ("a", "b", "c")}
    for d, s in shas.items():
        ix.begin_input(s, f"{d}.pdf", "inbox")
    case_id, rule = ix.route(mk(shas["a"][:16] + "-01"), input_sha256=shas["a"])
    assert rule == "new_case"
    b_id, c_id = shas["b"][:16] + "-01", shas["c"][:16] + "-01"
    c_manifest_written = threading.Event()
    real_put = store.put_bytes
    started_c = []

    def put_bytes(key, data, *a, **kw):
        if key.startswith(f"documents/{b_id}/") and not started_c:  # B has read its manifest body
            started_c.append(threading.Thread(target=ix.route, args=(mk(c_id),),
                                              kwargs={"input_sha256": shas["c"]}))
            started_c[0].start()
            c_manifest_written.wait(10)
        real_put(key, data, *a, **kw)
        if key == manifest_key(case_id) and threading.current_thread() is (started_c or [None])[0]:
            c_manifest_written.set()

    store.put_bytes = put_bytes
    assert ix.route(mk(b_id), input_sha256=shas["b"])[0] == case_id
    started_c[0].join(10)
    assert {d.document_id for d in ix.case_documents(case_id)} >= {b_id, c_id}
    manifest = json.loads((tmp_path / "store" / manifest_key(case_id)).read_text())
    listed = {d["document_id"] for d in manifest["documents"]}
    assert c_id in listed and b_id in listed, listed
