"""Review app over HTTP (TestClient): sign-in, CSRF on every POST, the department check on every
route, forward / reject / approval refused when a required field is missing."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from review.users import add_user
from tests.test_review_seed import WOHNGELD_ROWS, seed_document

PASSWORD = "Rathaus-2026!"
WOHNGELD_FIELDS = {"nachname": ("Schneider", "Familienname"), "vorname": ("Jana", "Vorname"),
                   "geburtsdatum": ("1988-03-14", "Geburtsdatum"),
                   "strasse": ("Lindenweg 7", "Straße, Hausnummer"), "plz": ("70173", "Postleitzahl"),
                   "ort": ("Stuttgart", "Wohnort"), "monatliche_miete": ("650.00", "Monatliche Miete")}


@pytest.fixture
def env(tmp_path):
    import storage
    from pipeline.settings import load_settings
    from review.app import create_app

    settings = load_settings(env={"INTAKE_HOME": str(tmp_path / "home")})
    store = storage.open_store(settings)
    index = storage.open_index(settings, store)
    users = settings.home / "users.json"
    add_user(users, "anna", PASSWORD, ["wohngeldstelle"])
    add_user(users, "otto", PASSWORD, ["ordnungsamt"])
    add_user(users, "chef", PASSWORD, [], admin=True)
    ids = [seed_document(store, index, title="Antrag auf Wohngeld", rows=WOHNGELD_ROWS,
                         doc_type="wohngeldantrag", department="wohngeldstelle",
                         fields=WOHNGELD_FIELDS, reasons=["IBAN fehlt"], name=f"scan-{i}.pdf")
           for i in range(3)]
    app = create_app(settings, store=store, index=index)
    return {"settings": settings, "index": index, "ids": ids, "app": app, "users": users}


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "page has no CSRF field"
    return m.group(1)


def signed_in(app, username: str) -> tuple[TestClient, str]:
    c = TestClient(app, follow_redirects=False)
    token = csrf_of(c.get("/login").text)
    r = c.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token,
                               "next": "/queue"})
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    return c, csrf_of(c.get("/queue").text)


def test_sign_in_required_and_wrong_password_refused(env):
    c = TestClient(env["app"], follow_redirects=False)
    r = c.get(f"/documents/{env['ids'][0]}")
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=%2Fdocuments%2F")
    assert c.get(f"/documents/{env['ids'][0]}/pages/1").status_code == 401
    token = csrf_of(c.get("/login").text)
    r = c.post("/login", data={"username": "anna", "password": "falsch-falsch", "csrf_token": token})
    assert r.status_code == 401 and "Benutzername oder Passwort ist falsch" in r.text
    # sign-in itself needs the CSRF token
    r = c.post("/login", data={"username": "anna", "password": PASSWORD})
    assert r.status_code == 403
    # no open redirect after sign-in
    r = c.post("/login", data={"username": "anna", "password": PASSWORD, "csrf_token": token,
                               "next": "//evil.example/x"})
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    page = c.get("/queue")
    assert "Content-Security-Policy" in page.headers and page.headers["X-Frame-Options"] == "DENY"
    # a forged session cookie signs nobody in
    other = TestClient(env["app"], follow_redirects=False, cookies={"intake_review": "e30=.forged.sig"})
    assert other.get("/queue").status_code == 303


def test_post_without_csrf_token_is_refused(env):
    c, token = signed_in(env["app"], "anna")
    doc_id, index = env["ids"][0], env["index"]
    body = {"f_iban": "DE89 3704 0044 0532 0130 00", "action": "save"}
    r = c.post(f"/documents/{doc_id}/fields", data=body)
    assert r.status_code == 403 and "Sicherheitsprüfung" in r.text
    r = c.post(f"/documents/{doc_id}/fields", data={**body, "csrf_token": "x" + token})
    assert r.status_code == 403
    for action, data in (("reject", {"reason": "Doppelt"}), ("forward", {"department": "poststelle"}),
                         ("type", {"doc_type": "sonstiges"})):
        assert c.post(f"/documents/{doc_id}/{action}", data=data).status_code == 403
    assert c.post("/logout").status_code == 403
    doc = index.get_document(doc_id).document
    assert "iban" not in doc.fields and doc.status == "needs_review" and doc.doc_type == "wohngeldantrag"
    # with the token the same request is accepted and the value stored normalised
    r = c.post(f"/documents/{doc_id}/fields", data={**body, "csrf_token": token})
    assert r.status_code == 303
    assert index.get_document(doc_id).document.fields["iban"].value == "DE89370400440532013000"


def test_other_department_sees_and_changes_nothing(env):
    doc_id, index = env["ids"][0], env["index"]
    c, token = signed_in(env["app"], "otto")
    assert doc_id not in c.get("/queue").text
    assert c.get(f"/documents/{doc_id}").status_code == 403
    assert c.get(f"/documents/{doc_id}/pages/1").status_code == 403
    r = c.post(f"/documents/{doc_id}/fields",
               data={"f_nachname": "Fremd", "action": "approve", "csrf_token": token})
    assert r.status_code == 403
    assert c.post(f"/documents/{doc_id}/reject", data={"reason": "x", "csrf_token": token}).status_code == 403
    assert c.get("/search", params={"name": "Schneider"}).text.count("/documents/") == 0
    doc = index.get_document(doc_id).document
    assert doc.fields["nachname"].value == "Schneider" and doc.status == "needs_review"
    # the admin sees every department's queue
    admin, _ = signed_in(env["app"], "chef")
    text = admin.get("/queue").text
    assert all(i in text for i in env["ids"])
    assert admin.get(f"/documents/{doc_id}/pages/1").headers["content-type"] == "image/png"


def test_forward_reject_and_refused_approval(env):
    a, b, c_id = env["ids"]
    index = env["index"]
    anna, token = signed_in(env["app"], "anna")

    # approval refused while a required field is missing; nothing is routed
    r = anna.post(f"/documents/{a}/fields", data={"f_monatliche_miete": "", "action": "approve",
                                                  "csrf_token": token})
    assert r.status_code == 303
    page = anna.get(r.headers["location"]).text
    assert "Freigabe nicht möglich" in page and "Monatliche Miete" in page
    doc = index.get_document(a).document
    assert doc.status == "needs_review" and doc.case_id is None

    # reject needs a reason
    anna.post(f"/documents/{b}/reject", data={"reason": "  ", "csrf_token": token})
    assert index.get_document(b).document.status == "needs_review"
    anna.post(f"/documents/{b}/reject", data={"reason": "Antrag doppelt eingereicht",
                                              "csrf_token": token})
    rec = index.get_document(b)
    assert rec.document.status == "rejected" and rec.note == "Antrag doppelt eingereicht"
    assert b not in anna.get("/queue").text
    # a rejected document cannot be approved afterwards (e.g. from a page still open elsewhere)
    r = anna.post(f"/documents/{b}/fields", data={"action": "approve", "csrf_token": token})
    assert "bereits abgeschlossen" in anna.get(r.headers["location"]).text
    assert index.get_document(b).document.status == "rejected"

    # forward to the Ordnungsamt: it leaves Anna's queue and appears in Otto's
    anna.post(f"/documents/{c_id}/forward", data={"department": "ordnungsamt", "note": "zuständig",
                                                  "csrf_token": token})
    assert index.get_document(c_id).document.department == "ordnungsamt"
    assert c_id not in anna.get("/queue").text
    assert anna.get(f"/documents/{c_id}").status_code == 403
    otto, _ = signed_in(env["app"], "otto")
    assert c_id in otto.get("/queue").text
    trail = otto.get(f"/documents/{c_id}").text
    assert "Weitergeleitet" in trail and "Wohngeldstelle → Ordnungsamt: zuständig" in trail


def test_removed_user_is_signed_out(env):
    import json

    c, _ = signed_in(env["app"], "otto")
    assert c.get("/queue").status_code == 200
    users = json.loads(env["users"].read_text())
    env["users"].write_text(json.dumps([u for u in users if u["username"] != "otto"]))
    assert c.get("/queue").status_code == 303


def test_session_key_is_kept_across_restarts(env):
    from review.app import create_app

    settings = env["settings"]
    assert settings.secret_key is None
    key_file = settings.home / "review-secret.key"
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    c, _ = signed_in(env["app"], "anna")
    restarted = create_app(settings, store=env["app"].state.service.store, index=env["index"])
    again = TestClient(restarted, follow_redirects=False, cookies=dict(c.cookies))
    assert again.get("/queue").status_code == 200  # still signed in after a restart


def test_repeated_wrong_passwords_lock_the_name_for_a_while(env):
    c = TestClient(env["app"], follow_redirects=False)
    token = csrf_of(c.get("/login").text)
    for _ in range(5):
        r = c.post("/login", data={"username": "otto", "password": "rate-mal-123", "csrf_token": token})
        assert r.status_code == 401
    # now even the right password is refused for this name ...
    r = c.post("/login", data={"username": "otto", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 429 and "Zu viele Fehlversuche" in r.text
    # ... while other users still sign in
    signed_in(env["app"], "anna")
