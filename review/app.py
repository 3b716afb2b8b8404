"""The caseworkers' review app: FastAPI + server-rendered Jinja2 templates, German interface.

``create_app(settings, store=None, index=None)`` builds the app (tests inject store/index);
``serve(settings)`` runs it with uvicorn on ``settings.review_host:review_port`` (``intake review``).

Security: users and departments from the users file (``review.users``); a signed session cookie
(starlette's SessionMiddleware, key from ``settings.secret_key`` or generated once under INTAKE_HOME);
a per-session CSRF token that every POST must carry (403 otherwise); the department check on every
document, case and page-image route (403 for another department's documents).
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import threading
import time
import zoneinfo
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from classifiers.doctypes import taxonomy
from pipeline.settings import Settings
from review import labels
from review.service import Forbidden, NotFound, ReviewError, ReviewService
from review.users import User, UsersFileError, authenticate, load_users, users_path

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
_TZ = zoneinfo.ZoneInfo("Europe/Berlin")
SESSION_COOKIE = "intake_review"
SESSION_MAX_AGE = 10 * 60 * 60  # a working day
CSRF_FIELD = "csrf_token"
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")


def secret_key(settings: Settings) -> str:
    """``settings.secret_key``, or a random key generated once and kept in INTAKE_HOME."""
    if settings.secret_key:
        return settings.secret_key
    path = settings.home / "review-secret.key"
    if path.exists():
        key = path.read_text(encoding="ascii").strip()
        if key:
            return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    return key


class _Users:
    """The users file, re-read when it changes (new users and departments apply without restart)."""

    def __init__(self, path: Path):
        self.path = path
        self._stamp: tuple[float, int] | None = None
        self._users: dict[str, User] = {}

    def all(self) -> dict[str, User]:
        try:
            st = self.path.stat()
            stamp = (st.st_mtime, st.st_size)
        except FileNotFoundError:
            return {}
        if stamp != self._stamp:
            self._users = load_users(self.path)
            self._stamp = stamp
        return self._users


class _Throttle:
    """At most ``limit`` failed sign-ins per user name within ``window`` seconds (brute force)."""

    def __init__(self, limit: int = 5, window: float = 15 * 60):
        self.limit, self.window = limit, window
        self._fails: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, username: str) -> bool:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._fails.get(username.lower(), []) if now - t < self.window]
            self._fails[username.lower()] = recent
            return len(recent) >= self.limit

    def failed(self, username: str) -> None:
        with self._lock:
            self._fails.setdefault(username.lower(), []).append(time.monotonic())

    def reset(self, username: str) -> None:
        with self._lock:
            self._fails.pop(username.lower(), None)


class _CsrfError(Exception):
    """A POST without the session's CSRF token."""


class _Redirect(Exception):
    def __init__(self, url: str):
        self.url = url


def _safe_next(url: str | None) -> str:
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return "/queue"


def case_url(case_id: str) -> str:
    return "/case?" + urlencode({"az": case_id})


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone(_TZ).strftime("%d.%m.%Y %H:%M:%S")
    except ValueError:
        return iso


def _short(v: Any) -> str:
    return "—" if v in (None, "") else str(v)


def trail_summary(event: str, d: dict[str, Any]) -> str:
    """One German line describing an audit entry's details."""
    parts: list[str] = []
    if event == "received":
        parts.append(f"Datei {_short(d.get('file'))}" + (f" aus {d['folder']}" if d.get("folder") else ""))
    elif event in ("needs_review",):
        parts.append("Gründe: " + ("; ".join(d.get("reasons", [])) or "—"))
    elif event == "routed":
        parts.append(f"Akte {_short(d.get('case_id'))} ({labels.rule_label(d.get('rule'))})")
    elif event == "forwarded":
        parts.append(f"{labels.department_label(d.get('from'))} → {labels.department_label(d.get('to'))}"
                     + (f": {d['note']}" if d.get("note") else ""))
    elif event == "rejected":
        parts.append(f"Grund: {_short(d.get('reason'))}")
    elif event == "reviewed":
        if "doc_type" in d:
            t = d["doc_type"]
            parts.append(f"Typ: {labels.doc_type_label(t.get('old'))} → {labels.doc_type_label(t.get('new'))}")
        for c in d.get("changes", []):
            parts.append(f"{labels.field_label(c.get('field', ''))}: {_short(c.get('old'))} → "
                         f"{_short(c.get('new'))}")
    elif event == "processed":
        parts.append(", ".join(f"{k}: {v}" for k, v in d.items() if not isinstance(v, (dict, list))))
    elif d:
        parts.append(", ".join(f"{k}: {v}" for k, v in d.items()))
    return "; ".join(p for p in parts if p)


def trail_rows(entries: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{"at_display": _when(e.get("at")), "event": e.get("event", ""), "actor": e.get("actor", ""),
             "summary": trail_summary(e.get("event", ""), e.get("details") or {})} for e in entries]


def create_app(settings: Settings, store: Any = None, index: Any = None) -> FastAPI:
    if store is None or index is None:
        import storage

        store = store if store is not None else storage.open_store(settings)
        index = index if index is not None else storage.open_index(settings, store)
    svc = ReviewService(settings, store, index)
    users = _Users(users_path(settings))
    throttle = _Throttle()
    tax = taxonomy()

    app = FastAPI(title="scan-intake review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.service = svc
    app.add_middleware(SessionMiddleware, secret_key=secret_key(settings),
                       session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE, same_site="lax")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(
        field_label=labels.field_label, department_label=labels.department_label,
        doc_type_label=labels.doc_type_label, status_label=labels.status_label,
        rule_label=labels.rule_label, event_label=labels.event_label, case_url=case_url,
        kind_hint=lambda name: labels.KIND_HINTS.get(tax.field_kinds.get(name, ""), ""),
        csrf_field=CSRF_FIELD, field_threshold=settings.field_threshold, quote=quote,
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if request.url.path != "/static" and not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    # -- helpers ---------------------------------------------------------------------------------
    def csrf_token(request: Request) -> str:
        tok = request.session.get("csrf")
        if not tok:
            tok = secrets.token_urlsafe(32)
            request.session["csrf"] = tok
        return tok

    def current_user(request: Request) -> User | None:
        name = request.session.get("user")
        if not name:
            return None
        user = users.all().get(name)
        if user is None:  # removed from the users file: signed out
            request.session.pop("user", None)
        return user

    def require_user(request: Request) -> User:
        user = current_user(request)
        if user is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise _Redirect("/login?" + urlencode({"next": target}))
        return user

    async def checked_form(request: Request) -> dict[str, str]:
        """The POSTed form, after the CSRF check (403 when the token is missing or wrong)."""
        form = await request.form()
        sent = form.get(CSRF_FIELD)
        expected = request.session.get("csrf")
        if not expected or not isinstance(sent, str) or not hmac.compare_digest(sent, expected):
            raise _CsrfError()
        return {k: v for k, v in form.items() if isinstance(v, str)}

    def flash(request: Request, kind: str, text: str, link: str | None = None,
              link_text: str | None = None) -> None:
        msgs = list(request.session.get("flash", []))
        msgs.append({"kind": kind, "text": text, "link": link, "link_text": link_text})
        request.session["flash"] = msgs

    def render(request: Request, template: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("user", current_user(request))
        ctx["csrf_token"] = csrf_token(request)
        ctx["flashes"] = request.session.pop("flash", [])
        return templates.TemplateResponse(request, template, ctx, status_code=status_code)

    def go(url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303)

    @app.exception_handler(_Redirect)
    async def on_redirect(request: Request, exc: _Redirect):
        return go(exc.url)

    @app.exception_handler(_CsrfError)
    async def on_csrf(request: Request, exc: _CsrfError):
        return render(request, "error.html", 403, title="Anfrage abgelehnt",
                      message="Das Formular ist abgelaufen oder ungültig (Sicherheitsprüfung). "
                              "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.")

    @app.exception_handler(Forbidden)
    async def on_forbidden(request: Request, exc: Forbidden):
        if request.url.path.startswith("/documents/") and "/pages/" in request.url.path:
            return Response("Kein Zugriff", status_code=403, media_type="text/plain; charset=utf-8")
        return render(request, "error.html", 403, title="Kein Zugriff", message=str(exc))

    @app.exception_handler(NotFound)
    async def on_not_found(request: Request, exc: NotFound):
        if "/pages/" in request.url.path:
            return Response("Nicht gefunden", status_code=404, media_type="text/plain; charset=utf-8")
        return render(request, "error.html", 404, title="Nicht gefunden", message=str(exc))

    @app.exception_handler(UsersFileError)
    async def on_users_file(request: Request, exc: UsersFileError):
        log.error("%s", exc)
        return render(request, "error.html", 500, user=None, title="Anmeldung nicht möglich",
                      message="Die Benutzerdatei ist fehlerhaft. Bitte wenden Sie sich an die "
                              "Administration.")

    # -- sign-in -----------------------------------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/queue"):
        return render(request, "login.html", user=None, next=_safe_next(next),
                      no_users=not users.all(), users_file=str(users.path), error=None)

    @app.post("/login", response_class=HTMLResponse)
    def login(request: Request, form: dict[str, str] = Depends(checked_form)):
        username = form.get("username", "").strip()[:64]
        nxt = _safe_next(form.get("next"))
        if throttle.blocked(username):
            log.warning("sign-in for %r refused: too many failed attempts", username)
            return render(request, "login.html", 429, user=None, next=nxt, no_users=not users.all(),
                          users_file=str(users.path),
                          error="Zu viele Fehlversuche. Bitte versuchen Sie es in 15 Minuten erneut.")
        user = authenticate(users.all(), username, form.get("password", ""))
        if user is None:
            throttle.failed(username)
            log.info("failed sign-in for %r", form.get("username", "")[:64])
            return render(request, "login.html", 401, user=None, next=nxt, no_users=not users.all(),
                          users_file=str(users.path),
                          error="Benutzername oder Passwort ist falsch.")
        throttle.reset(username)
        request.session.clear()  # a fresh session (and CSRF token) after sign-in
        request.session["user"] = user.username
        csrf_token(request)
        log.info("%s signed in", user.username)
        return go(nxt)

    @app.post("/logout")
    def logout(request: Request, form: dict[str, str] = Depends(checked_form)):
        request.session.clear()
        return go("/login")

    # -- queue and search ------------------------------------------------------------------------
    @app.get("/")
    def home(request: Request):
        require_user(request)
        return go("/queue")

    @app.get("/queue", response_class=HTMLResponse)
    def queue(request: Request):
        user = require_user(request)
        return render(request, "queue.html", user=user, records=svc.queue(user))

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, az: str = "", name: str = "", datum: str = ""):
        user = require_user(request)
        error, records, asked = None, [], bool(az.strip() or name.strip() or datum.strip())
        try:
            records = svc.search(user, aktenzeichen=az, name=name, date=datum)
        except ReviewError as exc:
            error = str(exc)
        return render(request, "search.html", user=user, records=records, az=az, name=name,
                      datum=datum, error=error, asked=asked)

    @app.get("/case", response_class=HTMLResponse)
    def case(request: Request, az: str = ""):
        user = require_user(request)
        case, records = svc.case(user, az)
        return render(request, "case.html", user=user, case=case, records=records)

    # -- one document ----------------------------------------------------------------------------
    def doc_page(request: Request, user: User, document_id: str, *, status_code: int = 200,
                 errors: dict[str, str] | None = None, entered: dict[str, str] | None = None):
        rec = svc.record(user, document_id)
        doc = rec.document
        dt = tax.doc_types.get(doc.doc_type)
        names = list(dt.fields) if dt else []
        names += [n for n in doc.fields if n not in names]
        required = set(dt.required) if dt else set()
        sizes = svc.page_sizes(rec)
        pages = []
        for i, pno in enumerate(doc.pages[:len(sizes)] if sizes else []):
            w, h = sizes[i]
            boxes = [(n, f.bbox) for n, f in doc.fields.items()
                     if f.page == pno and f.bbox and n in names]
            pages.append({"n": i + 1, "input_page": pno, "width": w, "height": h, "boxes": boxes})
        problems = svc.missing_or_invalid(doc)
        focus = next(iter(errors or {}), None) or next(
            (n for n in names if n in problems or (n in doc.fields and
                                                 doc.fields[n].confidence < settings.field_threshold)),
            None)
        return render(request, "document.html", status_code, user=user, rec=rec, doc=doc, focus=focus,
                      names=names, required=required, pages=pages, errors=errors or {},
                      entered=entered or {}, doc_types=list(tax.doc_types),
                      forward_targets=svc.forward_targets(doc),
                      problems=problems,
                      trail=trail_rows(rec.audit),
                      editable=doc.status == "needs_review")

    @app.get("/documents/{document_id}", response_class=HTMLResponse)
    def document(request: Request, document_id: str):
        user = require_user(request)
        return doc_page(request, user, document_id)

    @app.get("/documents/{document_id}/pages/{n}")
    def page_image(request: Request, document_id: str, n: int):
        user = current_user(request)
        if user is None:
            return Response("Bitte anmelden", status_code=401, media_type="text/plain; charset=utf-8")
        data = svc.page_image(user, document_id, n)
        return Response(data, media_type="image/png", headers={"Cache-Control": "private, no-store"})

    @app.post("/documents/{document_id}/fields", response_class=HTMLResponse)
    def save_fields(request: Request, document_id: str, form: dict[str, str] = Depends(checked_form)):
        user = require_user(request)
        action = form.get("action", "save")
        entered = {k[2:]: v for k, v in form.items() if k.startswith("f_")}
        try:
            result = svc.edit_fields(user, document_id, entered)
        except ReviewError as exc:
            flash(request, "error", str(exc))
            return go(f"/documents/{quote(document_id)}")
        if result.errors:
            return doc_page(request, user, document_id, status_code=422, errors=result.errors,
                            entered=entered)
        if action != "approve":
            if result.changes:
                flash(request, "ok", "Gespeichert: " + ", ".join(
                    labels.field_label(n) for n in result.changes) + ".")
            else:
                flash(request, "info", "Keine Änderungen.")
            return go(f"/documents/{quote(document_id)}")
        try:
            case_id, rule = svc.approve(user, document_id)
        except ReviewError as exc:
            flash(request, "error", str(exc))
            return go(f"/documents/{quote(document_id)}")
        flash(request, "ok", f"Dokument freigegeben und der Akte {case_id} zugeordnet "
                             f"({labels.rule_label(rule)}).", case_url(case_id), f"Akte {case_id} öffnen")
        return go("/queue")

    @app.post("/documents/{document_id}/type")
    def change_type(request: Request, document_id: str, form: dict[str, str] = Depends(checked_form)):
        user = require_user(request)
        new_type = form.get("doc_type", "")
        try:
            doc, had_words = svc.change_type(user, document_id, new_type)
        except ReviewError as exc:
            flash(request, "error", str(exc))
            return go(f"/documents/{quote(document_id)}")
        text = f"Dokumenttyp auf „{labels.doc_type_label(doc.doc_type)}“ geändert"
        text += "; Felder neu ausgelesen." if had_words else \
            "; der Seitentext fehlt, die Felder wurden übernommen."
        flash(request, "ok", text)
        if not user.may_see(doc.department):
            flash(request, "info", f"Das Dokument liegt jetzt bei der Abteilung "
                                   f"{labels.department_label(doc.department)}.")
            return go("/queue")
        return go(f"/documents/{quote(document_id)}")

    @app.post("/documents/{document_id}/forward")
    def forward(request: Request, document_id: str, form: dict[str, str] = Depends(checked_form)):
        user = require_user(request)
        dept = form.get("department", "")
        try:
            svc.forward(user, document_id, dept, form.get("note", ""))
        except ReviewError as exc:
            flash(request, "error", str(exc))
            return go(f"/documents/{quote(document_id)}")
        flash(request, "ok", f"Dokument an {labels.department_label(dept)} weitergeleitet.")
        return go("/queue" if not user.may_see(dept) else f"/documents/{quote(document_id)}")

    @app.post("/documents/{document_id}/reject")
    def reject(request: Request, document_id: str, form: dict[str, str] = Depends(checked_form)):
        user = require_user(request)
        try:
            svc.reject(user, document_id, form.get("reason", ""))
        except ReviewError as exc:
            flash(request, "error", str(exc))
            return go(f"/documents/{quote(document_id)}")
        flash(request, "ok", "Dokument abgelehnt.")
        return go("/queue")

    return app


def serve(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Run the review app until stopped (``intake review``); host/port default to the settings."""
    import uvicorn

    host = host or settings.review_host
    port = port or settings.review_port
    path = users_path(settings)
    try:
        known = load_users(path)
    except UsersFileError as exc:
        raise SystemExit(f"error: {exc}") from None
    if not known:
        print(f"No caseworker accounts yet ({path}). Create one with:\n"
              f"  python -m review.users add NAME --department ordnungsamt", flush=True)
    app = create_app(settings)
    print(f"Review app on http://{host}:{port}/ (users: {path})", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
