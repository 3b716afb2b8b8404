"""The case index: inputs, case files, documents, their fields, field history and the audit trail.

SQLAlchemy 2.x Core over SQLite (the embedded default, WAL mode, busy timeout: several processes may
share it) or PostgreSQL (``postgresql+psycopg://...``). The schema is versioned by a small migration
table of our own (``schema_version``); :func:`migrate` applies what is missing, under a lock, when the
index is opened. See ``storage/README.md`` for the tables and the routing rules.

Routing (shared/spec/README.md, "Case files and routing") runs in one write transaction per document
that holds a routing lock (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-scoped advisory lock
per department), so two watchers routing at once never open two cases for the same person; the
document row (primary key ``document_id``) makes routing idempotent.

Every audit entry is a row in ``audit`` and, when a store is attached, an object
``audit/<document_id>/<ts>-<event>.json``; every change to a document rewrites
``documents/<id>/document.json``, and every routing rewrites ``cases/<case>/manifest.json``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
import threading
import time
import zoneinfo
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url

from classifiers.distance import within
from classifiers.doctypes import taxonomy
from pipeline.model import STATUS_NEEDS_REVIEW, STATUS_ROUTED, Document, Field

from .objectstore import ObjectStore, audit_key, document_key, manifest_key, page_key, \
    searchable_pdf_key

log = logging.getLogger(__name__)
T = TypeVar("T")

STATUS_REJECTED = "rejected"
RULES = ("aktenzeichen", "person_birthdate", "person_address", "supplier", "new_case")
PERSON_FIELDS = ("nachname", "vorname", "geburtsdatum", "strasse", "plz", "ort")
_SCHEMES_PATH = Path(__file__).with_name("aktenzeichen.json")
_LOCAL_TZ = zoneinfo.ZoneInfo("Europe/Berlin")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


class CaseIndexError(Exception):
    """Base of the case index's own errors (plain words, naming the thing and what to do)."""


IndexError_ = CaseIndexError  # the name it had first (review/ uses it)


class UnknownDocument(CaseIndexError, KeyError):
    def __init__(self, document_id: str):
        super().__init__(f"no document {document_id!r} in the case index")
        self.document_id = document_id

    def __str__(self) -> str:
        return str(self.args[0])


# -- records handed out ---------------------------------------------------------------------------

@dataclass
class InputRecord:
    sha256: str
    name: str
    source: str
    state: str  # received | done
    received_at: str
    finished_at: str | None = None
    result: dict[str, Any] | None = None


@dataclass
class DocumentRecord:
    document: Document  # status, department, case_id as in the index
    input_sha256: str
    page_keys: list[str]
    received_at: str  # when the document entered the index (ISO 8601, UTC)
    updated_at: str
    input_name: str = ""
    rule: str | None = None  # routing rule that placed it in its case
    routed_at: str | None = None
    note: str = ""  # reject reason / last forward note
    audit: list[dict[str, Any]] = field(default_factory=list)  # only filled by get_document
    field_history: list[dict[str, Any]] = field(default_factory=list)  # only filled by get_document

    @property
    def document_id(self) -> str:
        return self.document.document_id

    @property
    def status(self) -> str:
        return self.document.status

    @property
    def searchable_pdf_key(self) -> str:
        return searchable_pdf_key(self.document.document_id)

    @property
    def received_at_display(self) -> str:
        return _display_time(self.received_at)


@dataclass
class CaseRecord:
    case_id: str
    department: str
    status: str  # open | closed
    person: dict[str, str]  # the person fields known for the case
    lieferant: str | None
    opened_at: str
    origin: str  # import | pipeline
    document_ids: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Who the case concerns, for display: "Müller, Max (geb. 03.07.1985)" or the supplier."""
        if self.lieferant:
            return self.lieferant
        p = self.person
        name = ", ".join(x for x in (p.get("nachname"), p.get("vorname")) if x)
        if p.get("geburtsdatum"):
            d = p["geburtsdatum"]
            if re.match(r"^\d{4}-\d{2}-\d{2}$", d):
                d = f"{d[8:10]}.{d[5:7]}.{d[0:4]}"
            name += f" (geb. {d})"
        return name


# -- matching keys: the spec compares case-insensitively after normalisation ----------------------

def _ws(s: str | None) -> str:
    return " ".join(str(s or "").split())


def _fold(s: str | None) -> str:
    """Case-insensitive form: casefold, and the dotted/dotless i of Turkish names (YILMAZ = Yılmaz)."""
    return _ws(s).casefold().replace("ı", "i").replace("i\u0307", "i")


def name_key(s: str | None) -> str:
    return re.sub(r"\s*-\s*", "-", _fold(s))


def street_key(s: str | None) -> str:
    """``Königstr. 12 a`` and ``Königstraße 12a`` give the same key."""
    v = _fold(s)  # casefold: ß -> ss
    v = re.sub(r"str\.", "strasse", v)
    v = re.sub(r"str(?=\s*\d|$)", "strasse", v)
    return re.sub(r"[\s.\-]", "", v)


def place_key(s: str | None) -> str:
    return re.sub(r"\s*-\s*", "-", _fold(s))


def supplier_key(s: str | None) -> str:
    return _fold(re.sub(r"[.,;:]", " ", str(s or "")))


def ref_key(s: str | None) -> str:
    return re.sub(r"\s", "", str(s or "")).casefold()


def value_key(s: str | None) -> str:
    return _fold(s)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _display_time(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone(_LOCAL_TZ).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso


# -- schema -----------------------------------------------------------------------------------

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

inputs = sa.Table(
    "inputs", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False, server_default=""),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("finished_at", sa.String(40)),
    sa.Column("result", sa.JSON),
)

cases = sa.Table(
    "cases", metadata,
    sa.Column("case_id", sa.String(120), primary_key=True),
    sa.Column("case_key", sa.String(120), nullable=False, unique=True),
    sa.Column("department", sa.String(60), nullable=False, index=True),
    sa.Column("status", sa.String(16), nullable=False, server_default="open"),
    *(sa.Column(n, sa.Text) for n in PERSON_FIELDS),
    sa.Column("lieferant", sa.Text),
    sa.Column("name_key", sa.Text, index=True),
    sa.Column("street_key", sa.Text),
    sa.Column("place_key", sa.Text),
    sa.Column("supplier_key", sa.Text, index=True),
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("opened_at", sa.String(40), nullable=False),
    sa.Column("opened_by", sa.Text),
)

case_sequences = sa.Table(
    "case_sequences", metadata,
    sa.Column("department", sa.String(60), primary_key=True),
    sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("last_seq", sa.Integer, nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("document_id", sa.String(120), primary_key=True),
    sa.Column("input_sha256", sa.String(64), nullable=False, index=True),
    sa.Column("doc_type", sa.String(60), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("department", sa.String(60), nullable=False, index=True),
    sa.Column("case_id", sa.String(120), sa.ForeignKey("cases.case_id"), index=True),
    sa.Column("rule", sa.String(32)),
    sa.Column("pages", sa.JSON, nullable=False),
    sa.Column("page_keys", sa.JSON, nullable=False),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("type_scores", sa.JSON, nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", sa.String(40), nullable=False, index=True),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("routed_at", sa.String(40)),
)

fields_t = sa.Table(
    "fields", metadata,
    sa.Column("document_id", sa.String(120), sa.ForeignKey("documents.document_id"), primary_key=True),
    sa.Column("name", sa.String(60), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("value_key", sa.Text, nullable=False, index=True),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("page", sa.Integer, nullable=False),
    sa.Column("bbox", sa.JSON),
    sa.Column("raw", sa.Text, nullable=False, server_default=""),
)

field_history = sa.Table(
    "field_history", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.String(120), nullable=False, index=True),
    sa.Column("name", sa.String(60), nullable=False),
    sa.Column("old_value", sa.Text),
    sa.Column("new_value", sa.Text),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

audit_t = sa.Table(
    "audit", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.String(120), nullable=False, index=True),
    sa.Column("event", sa.String(40), nullable=False),
    sa.Column("details", sa.JSON, nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("object_key", sa.Text),
)

_V1_TABLES = [inputs, cases, case_sequences, documents, fields_t, field_history, audit_t]


def _migration_1(conn: Connection) -> None:
    metadata.create_all(conn, tables=_V1_TABLES)


# (version, description, function). Append, never edit: a later schema change is a new entry
# (ALTER TABLE ... through ``conn``), and the Table definitions above are updated to match.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "inputs, cases, case_sequences, documents, fields, field_history, audit", _migration_1),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


# -- engine ----------------------------------------------------------------------------------

def create_index_engine(url: str) -> Engine:
    """An engine for the case index: SQLite with WAL and a busy timeout, or PostgreSQL via psycopg 3."""
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(u, connect_args={"timeout": 30})
        else:  # one in-memory database, shared by every thread of this process
            engine = sa.create_engine(u, connect_args={"timeout": 30, "check_same_thread": False},
                                      poolclass=sa.pool.StaticPool)

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn: Any, _rec: Any) -> None:
            dbapi_conn.isolation_level = None  # we say BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # writers take the write lock up front: no lock upgrade, no deadlock between processes
            mode = conn.get_execution_options().get("intake_write") and "IMMEDIATE" or "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    if backend == "postgresql":
        if u.drivername in {"postgresql", "postgres"}:
            u = u.set(drivername="postgresql+psycopg")
        return sa.create_engine(u, pool_pre_ping=True)
    raise ValueError(f"INTAKE_DATABASE_URL: unsupported database {backend!r}; use sqlite:///PATH or "
                     f"postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB")


def _lock_id(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def migrate(engine: Engine) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`; safe when several processes open at once."""
    with engine.connect().execution_options(intake_write=True) as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_lock_id("scan-intake:migrate"))))
        schema_version.create(conn, checkfirst=True)
        have = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0
        if have > SCHEMA_VERSION:
            raise CaseIndexError(f"the case index at {engine.url.render_as_string(hide_password=True)} "
                              f"has schema version {have}, newer than this program ({SCHEMA_VERSION}); "
                              f"update scan-intake")
        for version, description, fn in MIGRATIONS:
            if version > have:
                fn(conn)
                conn.execute(schema_version.insert().values(version=version, description=description,
                                                            applied_at=_iso(_now())))
                log.info("case index: applied migration %d (%s)", version, description)
        return SCHEMA_VERSION


def _transient_db_error(exc: BaseException) -> bool:
    if isinstance(exc, sa.exc.IntegrityError):
        return True  # a concurrent writer inserted the same key first: the rerun sees it
    if isinstance(exc, sa.exc.OperationalError):
        msg = str(exc.orig).lower() if exc.orig else str(exc).lower()
        code = getattr(exc.orig, "sqlstate", None)
        return ("locked" in msg or "busy" in msg or code in {"40001", "40P01"}
                or "deadlock" in msg or "could not serialize" in msg)
    return False


def load_schemes(path: Path = _SCHEMES_PATH) -> dict[str, str]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    schemes = dict(raw["schemes"])
    for dep, scheme in schemes.items():
        if "{seq" not in scheme:
            raise ValueError(f"{path}: the scheme of {dep!r} has no {{seq}} placeholder")
    return schemes


# -- the index --------------------------------------------------------------------------------

class CaseIndex:
    """See the module docstring and storage/README.md. Thread-safe (an engine per instance)."""

    def __init__(self, engine: Engine, store: ObjectStore | None = None,
                 schemes: dict[str, str] | None = None):
        self.engine = engine
        self.store = store
        self.schemes = schemes if schemes is not None else load_schemes()
        self._last_ts = ""
        self._ts_lock = threading.Lock()
        self._manifest_lock = threading.Lock()  # see write_manifest
        # SQLite has one writer at a time; threads of this process queue here for it (woken at
        # once) instead of in SQLite's busy handler, which polls with sleeps of 1-100 ms
        # (measured: 6 file threads spent more time there than routing). Other processes are
        # still kept apart by SQLite's own lock and busy timeout.
        self._writer = threading.RLock() if engine.dialect.name == "sqlite" else None
        migrate(engine)

    def __repr__(self) -> str:
        return f"CaseIndex({self.engine.url.render_as_string(hide_password=True)})"

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions -----------------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def _write(self, fn: Callable[[Connection], T], what: str) -> T:
        """Run ``fn`` in one write transaction; retry when a concurrent writer got in the way."""
        delay = 0.05
        for attempt in range(1, 9):
            try:
                if self._writer is None:
                    with self.engine.connect().execution_options(intake_write=True) as conn, \
                            conn.begin():
                        return fn(conn)
                with self._writer, self.engine.connect().execution_options(intake_write=True) \
                        as conn, conn.begin():
                    return fn(conn)
            except (sa.exc.OperationalError, sa.exc.IntegrityError) as exc:
                if attempt >= 8 or not _transient_db_error(exc):
                    raise
                log.info("case index: %s: concurrent writer (%s), retry %d", what,
                         type(exc.orig).__name__ if exc.orig else type(exc).__name__, attempt)
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 1.0)
        raise AssertionError("unreachable")

    def _route_lock(self, conn: Connection, department: str) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_lock_id("scan-intake:route:" + department))))
        # SQLite: the write transaction (BEGIN IMMEDIATE) already excludes every other writer

    def _ts(self) -> datetime:
        # strictly increasing per index instance, so audit object names sort in event order
        with self._ts_lock:
            now = _now()
            stamp = _iso(now)
            if stamp <= self._last_ts:
                now = datetime.fromisoformat(self._last_ts) + timedelta(microseconds=1)
                stamp = _iso(now)
            self._last_ts = stamp
            return now

    # -- inputs ----------------------------------------------------------------------------
    def find_input(self, sha256: str) -> InputRecord | None:
        with self._read() as conn:
            row = conn.execute(sa.select(inputs).where(inputs.c.sha256 == sha256)).mappings().first()
        if row is None:
            return None
        return InputRecord(sha256=row["sha256"], name=row["name"], source=row["source"],
                           state=row["state"], received_at=row["received_at"],
                           finished_at=row["finished_at"], result=row["result"])

    def begin_input(self, sha256: str, name: str, source: str) -> None:
        _check_sha(sha256)

        def tx(conn: Connection) -> None:
            if conn.execute(sa.select(inputs.c.sha256).where(inputs.c.sha256 == sha256)).first():
                return
            conn.execute(inputs.insert(), dict(sha256=sha256, name=name, source=source or "",
                                               state="received", received_at=_iso(_now())))

        self._write(tx, f"recording input {name!r}")

    def finish_input(self, sha256: str, result: dict[str, Any]) -> None:
        _check_sha(sha256)

        def tx(conn: Connection) -> None:
            values = {"state": "done", "result": result, "finished_at": _iso(_now())}
            n = conn.execute(inputs.update().where(inputs.c.sha256 == sha256).values(**values)).rowcount
            if not n:
                conn.execute(inputs.insert().values(sha256=sha256, name=str(result.get("input", "")),
                                                    source="", received_at=values["finished_at"],
                                                    **values))

        self._write(tx, f"finishing input {sha256[:12]}")

    # -- cases ------------------------------------------------------------------------------
    def import_cases(self, records: list[dict[str, Any]]) -> int:
        """Load existing case files; returns how many were created or updated (by Aktenzeichen)."""
        from classifiers.normalize import normalize

        if not isinstance(records, list):
            raise ValueError("case import: expected a JSON list of case objects")
        rows = []
        departments = set(taxonomy().departments)
        for i, rec in enumerate(records, start=1):
            where = f"case import, record {i}"
            if not isinstance(rec, dict):
                raise ValueError(f"{where}: expected an object with aktenzeichen and department")
            az = ref_key_keepcase(rec.get("aktenzeichen"))
            dep = str(rec.get("department") or "").strip()
            if not az:
                raise ValueError(f"{where}: 'aktenzeichen' is missing")
            if dep not in departments:
                raise ValueError(f"{where} ({az}): department {dep!r} is unknown; "
                                 f"known: {', '.join(sorted(departments))}")
            person: dict[str, str | None] = {}
            for name in PERSON_FIELDS:
                raw = rec.get(name)
                if raw is None or str(raw).strip() == "":
                    person[name] = None
                    continue
                kind = taxonomy().kind(name)
                value = normalize(kind, str(raw), field=name)
                if value is None:
                    raise ValueError(f"{where} ({az}): {name} {raw!r} is not a valid {kind}")
                person[name] = value
            lieferant = _ws(rec.get("lieferant")) or None
            status = str(rec.get("status") or "open").strip().lower()
            if status not in {"open", "closed"}:
                raise ValueError(f"{where} ({az}): status must be 'open' or 'closed', not {status!r}")
            rows.append({"case_id": az, "department": dep, "status": status, "lieferant": lieferant,
                         **person})

        def tx(conn: Connection) -> int:
            for r in rows:
                values = _case_values(r)
                existing = conn.execute(sa.select(cases.c.case_id).where(
                    cases.c.case_key == ref_key(r["case_id"]))).scalar()
                if existing:
                    values.pop("case_id")
                    values.pop("case_key")
                    conn.execute(cases.update().where(cases.c.case_id == existing).values(**values))
                else:
                    conn.execute(cases.insert().values(origin="import", opened_at=_iso(_now()), **values))
            return len(rows)

        return self._write(tx, "importing cases")

    def get_case(self, case_id: str) -> CaseRecord | None:
        with self._read() as conn:
            row = conn.execute(sa.select(cases).where(cases.c.case_key == ref_key(case_id))).mappings().first()
            if row is None:
                return None
            ids = list(conn.execute(sa.select(documents.c.document_id).where(
                documents.c.case_id == row["case_id"]).order_by(documents.c.routed_at,
                                                                documents.c.document_id)).scalars())
        return _case_record(row, ids)

    def aktenzeichen_doubt(self, aktenzeichen: str | None) -> str | None:
        """Why a document's Aktenzeichen must not decide its case without a person (German, for
        the review queue), or None. A number that matches no case but is one character from an
        existing case's ("90.3-2026/6448" for 50.3-2026/6448), or the beginning of one ("32.1" for
        32.1-2026/3422), is a misreading far more often than a new file: routed as it is, it
        would open a new case beside the right one."""
        key = ref_key(aktenzeichen)
        if not key:
            return None
        with self._read() as conn:
            if conn.execute(sa.select(cases.c.case_id).where(cases.c.case_key == key)).first():
                return None
            near = [cid for cid, ck in conn.execute(sa.select(cases.c.case_id, cases.c.case_key).where(
                sa.func.length(cases.c.case_key).between(len(key) - 1, len(key) + 1)))
                if within(key, ck, 1)]
            longer = None if near else conn.execute(sa.select(cases.c.case_id).where(
                cases.c.case_key.like(_like(key) + "%", escape="\\")).order_by(cases.c.case_id).limit(1)).scalar()
        if near:
            return f"Aktenzeichen „{aktenzeichen}“ gibt es nicht – gemeint „{min(near)}“?"
        if longer:
            return f"Aktenzeichen „{aktenzeichen}“ unvollständig? (Anfang von „{longer}“)"
        return None

    def case_documents(self, case_id: str) -> list[DocumentRecord]:
        with self._read() as conn:
            real = conn.execute(sa.select(cases.c.case_id).where(cases.c.case_key == ref_key(case_id))).scalar()
            if real is None:
                return []
            q = sa.select(documents).where(documents.c.case_id == real).order_by(
                documents.c.routed_at, documents.c.document_id)
            return self._records(conn, q)

    # -- routing ----------------------------------------------------------------------------
    def route(self, doc: Document, *, input_sha256: str, actor: str = "pipeline",
              processed: dict[str, Any] | None = None) -> tuple[str, str]:
        """Put a document into its case file (spec rules); returns (case_id, rule). Idempotent.

        ``processed`` (optional): details of the "processed" audit entry (model version, settings
        summary), written once, before the "routed" entry.
        """
        _check_doc(doc)
        _check_sha(input_sha256)
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> tuple[str, str, bool]:
            pending.clear()
            self._route_lock(conn, doc.department)
            row = conn.execute(sa.select(documents).where(
                documents.c.document_id == doc.document_id)).mappings().first()
            if row is not None and row["status"] == STATUS_ROUTED:
                return row["case_id"], row["rule"], False
            if row is not None and row["status"] == STATUS_REJECTED:
                raise CaseIndexError(f"document {doc.document_id} was rejected by a caseworker; "
                                  f"it cannot be routed")
            now = self._ts()
            if row is None:
                self._insert_document(conn, doc, input_sha256, now)
                pending.extend(self._intake_audit(conn, doc.document_id, input_sha256, processed, actor))
            # else: saved for review earlier; it is routed with the fields as stored (and corrected)
            case_id, rule = self._place(conn, doc.document_id, actor, pending)
            return case_id, rule, True

        case_id, rule, changed = self._write(tx, f"routing document {doc.document_id}")
        doc.case_id = case_id
        doc.status = STATUS_ROUTED
        if changed:
            self._publish(doc.document_id, pending, case_id)
        else:
            # routed before (a rerun after a crash): the commit may have happened without the
            # objects that follow it; they are written again from the index
            self._publish(doc.document_id, [], case_id, all_audit=True)
        return case_id, rule

    def save_for_review(self, doc: Document, *, input_sha256: str,
                        processed: dict[str, Any] | None = None, actor: str = "pipeline") -> None:
        """Persist a document that needs a caseworker first (idempotent: a second call changes nothing)."""
        _check_doc(doc)
        _check_sha(input_sha256)
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> bool:
            pending.clear()
            if conn.execute(sa.select(documents.c.document_id).where(
                    documents.c.document_id == doc.document_id)).first():
                return False
            saved = Document(**{**doc.__dict__, "status": STATUS_NEEDS_REVIEW, "case_id": None})
            self._insert_document(conn, saved, input_sha256, self._ts())
            pending.extend(self._intake_audit(conn, doc.document_id, input_sha256, processed, actor))
            pending.append(self._audit_row(conn, doc.document_id, "needs_review",
                                           {"reasons": list(doc.reasons), "doc_type": doc.doc_type,
                                            "confidence": round(float(doc.confidence), 4),
                                            "department": doc.department}, actor))
            return True

        if self._write(tx, f"saving document {doc.document_id} for review"):
            doc.status = STATUS_NEEDS_REVIEW
            doc.case_id = None
            self._publish(doc.document_id, pending, None)
        else:  # saved before (a rerun after a crash): its objects again, as in route()
            self._publish(doc.document_id, [], None, all_audit=True)

    def approve(self, document_id: str, *, actor: str) -> tuple[str, str]:
        """A caseworker approves: the document is routed by the same rules. Idempotent."""
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> tuple[str, str, bool]:
            pending.clear()
            row = self._doc_row(conn, document_id)
            self._route_lock(conn, row["department"])
            row = self._doc_row(conn, document_id)
            if row["status"] == STATUS_ROUTED:
                return row["case_id"], row["rule"], False
            if row["status"] == STATUS_REJECTED:
                raise CaseIndexError(f"document {document_id} was rejected; it cannot be approved")
            pending.append(self._audit_row(conn, document_id, "approved", {}, actor))
            case_id, rule = self._place(conn, document_id, actor, pending)
            return case_id, rule, True

        case_id, rule, changed = self._write(tx, f"approving document {document_id}")
        if changed:
            self._publish(document_id, pending, case_id)
        return case_id, rule

    def _place(self, conn: Connection, document_id: str, actor: str,
               pending: list[dict[str, Any]]) -> tuple[str, str]:
        """The routing rules, on the document as stored; marks it routed. Caller holds the lock."""
        row = self._doc_row(conn, document_id)
        values = {r["name"]: r["value"] for r in conn.execute(
            sa.select(fields_t.c.name, fields_t.c.value).where(fields_t.c.document_id == document_id)).mappings()}
        case_id, rule = self._match(conn, row["department"], values)
        now = self._ts()
        if case_id is None:
            case_id = self._open_case(conn, row["department"], values, document_id, now)
            rule = "new_case"
        conn.execute(documents.update().where(documents.c.document_id == document_id).values(
            status=STATUS_ROUTED, case_id=case_id, rule=rule, routed_at=_iso(now), updated_at=_iso(now)))
        details: dict[str, Any] = {"case_id": case_id, "rule": rule}
        if rule == "new_case":
            details["opened"] = True
        pending.append(self._audit_row(conn, document_id, "routed", details, actor))
        return case_id, rule

    def _match(self, conn: Connection, department: str, values: dict[str, str]) -> tuple[str | None, str]:
        az = values.get("aktenzeichen")
        if az:
            hit = conn.execute(sa.select(cases.c.case_id).where(cases.c.case_key == ref_key(az))).scalar()
            if hit:
                return hit, "aktenzeichen"
        nk = _person_name_key(values)
        if nk:
            rows = list(conn.execute(sa.select(cases).where(
                cases.c.department == department, cases.c.status == "open",
                cases.c.name_key == nk).order_by(cases.c.opened_at, cases.c.case_id)).mappings())
            birth = (values.get("geburtsdatum") or "").strip()
            if birth:
                for r in rows:
                    if (r["geburtsdatum"] or "").strip() == birth:
                        return r["case_id"], "person_birthdate"
            sk = street_key(values.get("strasse"))
            if sk:
                plz = (values.get("plz") or "").strip()
                pk = place_key(values.get("ort"))
                for r in rows:
                    if r["street_key"] != sk:
                        continue
                    plz_ok = bool(plz and r["plz"]) and plz == r["plz"].strip()
                    ort_ok = bool(pk and r["place_key"]) and pk == r["place_key"]
                    plz_conflict = bool(plz and r["plz"]) and not plz_ok
                    ort_conflict = bool(pk and r["place_key"]) and not ort_ok
                    birth_conflict = bool(birth and r["geburtsdatum"]) and birth != r["geburtsdatum"]
                    if (plz_ok or ort_ok) and not plz_conflict and not ort_conflict and not birth_conflict:
                        return r["case_id"], "person_address"
        sup = supplier_key(values.get("lieferant"))
        if sup:
            hit = conn.execute(sa.select(cases.c.case_id).where(
                cases.c.department == department, cases.c.status == "open",
                cases.c.supplier_key == sup).order_by(cases.c.opened_at, cases.c.case_id)).scalar()
            if hit:
                return hit, "supplier"
        return None, "new_case"

    def _open_case(self, conn: Connection, department: str, values: dict[str, str],
                   document_id: str, now: datetime) -> str:
        scheme = self.schemes.get(department)
        if scheme is None:
            raise CaseIndexError(f"no Aktenzeichen scheme for department {department!r}: add one to "
                              f"{_SCHEMES_PATH}")
        year = now.astimezone(_LOCAL_TZ).year
        seq = conn.execute(sa.select(case_sequences.c.last_seq).where(
            case_sequences.c.department == department, case_sequences.c.year == year)).scalar()
        first = seq is None
        seq = seq or 0
        while True:
            seq += 1
            case_id = scheme.format(year=year, seq=seq)
            if not conn.execute(sa.select(cases.c.case_id).where(cases.c.case_key == ref_key(case_id))).first():
                break
        if first:
            conn.execute(case_sequences.insert().values(department=department, year=year, last_seq=seq))
        else:
            conn.execute(case_sequences.update().where(
                case_sequences.c.department == department, case_sequences.c.year == year).values(last_seq=seq))
        rec: dict[str, Any] = {"case_id": case_id, "department": department, "status": "open"}
        if _person_name_key(values):
            rec.update({n: values.get(n) or None for n in PERSON_FIELDS})
        elif values.get("lieferant"):
            rec["lieferant"] = _ws(values["lieferant"])
        conn.execute(cases.insert().values(origin="pipeline", opened_at=_iso(now), opened_by=document_id,
                                           **_case_values(rec)))
        return case_id

    # -- review -----------------------------------------------------------------------------
    def update_fields(self, document_id: str, changes: dict[str, str], *, actor: str) -> None:
        """Set field values (normalised already); ``""`` removes a field. Keeps the history."""
        kinds = taxonomy().field_kinds
        for name in changes:
            if name not in kinds:
                raise ValueError(f"unknown field {name!r}; known: {', '.join(sorted(kinds))}")
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> bool:
            pending.clear()
            row = self._doc_row(conn, document_id)
            current = {r["name"]: r for r in conn.execute(
                sa.select(fields_t).where(fields_t.c.document_id == document_id)).mappings()}
            now = _iso(self._ts())
            diff = []
            for name, new in changes.items():
                new = _ws(new)
                old = current[name]["value"] if name in current else None
                if (old or "") == new:
                    continue
                if not new:
                    conn.execute(fields_t.delete().where(fields_t.c.document_id == document_id,
                                                         fields_t.c.name == name))
                elif name in current:
                    conn.execute(fields_t.update().where(
                        fields_t.c.document_id == document_id, fields_t.c.name == name).values(
                        value=new, value_key=value_key(new), confidence=1.0, raw=new))
                else:
                    conn.execute(fields_t.insert().values(
                        document_id=document_id, name=name, value=new, value_key=value_key(new),
                        confidence=1.0, page=(row["pages"] or [1])[0], bbox=None, raw=new))
                conn.execute(field_history.insert().values(document_id=document_id, name=name,
                                                           old_value=old, new_value=new or None,
                                                           actor=actor, at=now))
                diff.append({"field": name, "old": old, "new": new or None})
            if not diff:
                return False
            conn.execute(documents.update().where(documents.c.document_id == document_id).values(updated_at=now))
            pending.append(self._audit_row(conn, document_id, "reviewed", {"changes": diff}, actor))
            return True

        if self._write(tx, f"updating fields of {document_id}"):
            self._publish(document_id, pending, None)

    def set_doc_type(self, document_id: str, doc_type: str, fields: dict[str, Field], *,
                     actor: str) -> None:
        """Change the type (and with it the department); ``fields`` replace all fields. History kept."""
        tax = taxonomy()
        if doc_type not in tax.doc_types:
            raise ValueError(f"unknown document type {doc_type!r}; known: {', '.join(tax.doc_types)}")
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> bool:
            pending.clear()
            row = self._doc_row(conn, document_id)
            old_fields = {r["name"]: r["value"] for r in conn.execute(
                sa.select(fields_t.c.name, fields_t.c.value).where(fields_t.c.document_id == document_id)).mappings()}
            new_values = {k: f.value for k, f in fields.items() if f.value}
            if row["doc_type"] == doc_type and old_fields == new_values:
                return False
            now = _iso(self._ts())
            diff = []
            for name in sorted(set(old_fields) | set(new_values)):
                old, new = old_fields.get(name), new_values.get(name)
                if old != new:
                    conn.execute(field_history.insert().values(document_id=document_id, name=name,
                                                               old_value=old, new_value=new, actor=actor, at=now))
                    diff.append({"field": name, "old": old, "new": new})
            self._replace_fields(conn, document_id, {k: f for k, f in fields.items() if f.value})
            department = tax.department(doc_type)
            conn.execute(documents.update().where(documents.c.document_id == document_id).values(
                doc_type=doc_type, department=department, updated_at=now))
            pending.append(self._audit_row(conn, document_id, "reviewed", {
                "doc_type": {"old": row["doc_type"], "new": doc_type},
                "department": {"old": row["department"], "new": department}, "changes": diff}, actor))
            return True

        if self._write(tx, f"changing the type of {document_id}"):
            self._publish(document_id, pending, None)

    def forward(self, document_id: str, department: str, *, actor: str, note: str = "") -> None:
        if department not in taxonomy().departments:
            raise ValueError(f"unknown department {department!r}; known: {', '.join(taxonomy().departments)}")
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> None:
            pending.clear()
            row = self._doc_row(conn, document_id)
            if row["status"] != STATUS_NEEDS_REVIEW:
                raise CaseIndexError(f"document {document_id} is {row['status']}; only documents that "
                                  f"need review can be forwarded")
            now = _iso(self._ts())
            conn.execute(documents.update().where(documents.c.document_id == document_id).values(
                department=department, note=note, updated_at=now))
            pending.append(self._audit_row(conn, document_id, "forwarded", {
                "from": row["department"], "to": department, "note": note}, actor))

        self._write(tx, f"forwarding {document_id}")
        self._publish(document_id, pending, None)

    def reject(self, document_id: str, reason: str, *, actor: str) -> None:
        reason = _ws(reason)
        if not reason:
            raise ValueError("a rejection needs a reason")
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> None:
            pending.clear()
            row = self._doc_row(conn, document_id)
            if row["status"] == STATUS_ROUTED:
                raise CaseIndexError(f"document {document_id} is already in case {row['case_id']}; "
                                  f"it cannot be rejected")
            now = _iso(self._ts())
            conn.execute(documents.update().where(documents.c.document_id == document_id).values(
                status=STATUS_REJECTED, note=reason, updated_at=now))
            pending.append(self._audit_row(conn, document_id, "rejected", {"reason": reason}, actor))

        self._write(tx, f"rejecting {document_id}")
        self._publish(document_id, pending, None)

    # -- reading documents ------------------------------------------------------------------
    def get_document(self, document_id: str) -> DocumentRecord | None:
        with self._read() as conn:
            recs = self._records(conn, sa.select(documents).where(documents.c.document_id == document_id))
            if not recs:
                return None
            rec = recs[0]
            rec.audit = self._audit_entries(conn, document_id)
            rec.field_history = [dict(r) for r in conn.execute(
                sa.select(field_history.c.name, field_history.c.old_value, field_history.c.new_value,
                          field_history.c.actor, field_history.c.at).where(
                    field_history.c.document_id == document_id).order_by(field_history.c.id)).mappings()]
        return rec

    def review_queue(self, department: str | None) -> list[DocumentRecord]:
        q = sa.select(documents).where(documents.c.status == STATUS_NEEDS_REVIEW)
        if department is not None:
            q = q.where(documents.c.department == department)
        with self._read() as conn:
            return self._records(conn, q.order_by(documents.c.created_at, documents.c.document_id))

    def search(self, *, department: str | None, aktenzeichen: str | None = None,
               name: str | None = None, date: str | None = None) -> list[DocumentRecord]:
        """Documents matching every criterion given (newest first).

        ``aktenzeichen``: part of the case id or of the document's aktenzeichen field; ``name``: each
        word part of a nachname, vorname or lieferant; ``date``: ISO date of any date field or of the
        day the document was received. All case-insensitive.
        """
        q = sa.select(documents)
        if department is not None:
            q = q.where(documents.c.department == department)
        if aktenzeichen and ref_key(aktenzeichen):
            pat = "%" + _like(ref_key(aktenzeichen)) + "%"
            in_case = sa.select(cases.c.case_id).where(cases.c.case_key.like(pat, escape="\\"))
            in_field = sa.select(fields_t.c.document_id).where(
                fields_t.c.name == "aktenzeichen",
                sa.func.replace(fields_t.c.value_key, " ", "").like(pat, escape="\\"))
            q = q.where(sa.or_(documents.c.case_id.in_(in_case), documents.c.document_id.in_(in_field)))
        if name:
            for word in value_key(name).split():
                pat = "%" + _like(word) + "%"
                q = q.where(documents.c.document_id.in_(sa.select(fields_t.c.document_id).where(
                    fields_t.c.name.in_(("nachname", "vorname", "lieferant")),
                    fields_t.c.value_key.like(pat, escape="\\"))))
        if date:
            day = date.strip()
            date_fields = [n for n, k in taxonomy().field_kinds.items() if k == "date"]
            q = q.where(sa.or_(
                documents.c.document_id.in_(sa.select(fields_t.c.document_id).where(
                    fields_t.c.name.in_(date_fields), fields_t.c.value == day)),
                documents.c.created_at.like(_like(day) + "%", escape="\\")))
        with self._read() as conn:
            return self._records(conn, q.order_by(documents.c.created_at.desc(), documents.c.document_id))

    # -- audit ------------------------------------------------------------------------------
    def audit(self, document_id: str, event: str, details: dict[str, Any], *, actor: str) -> None:
        """Append an entry to a document's trail (row + ``audit/`` object)."""
        if not re.match(r"^[a-z][a-z0-9_]*$", event):
            raise ValueError(f"audit event {event!r}: use lower-case letters, digits and '_'")
        pending: list[dict[str, Any]] = []

        def tx(conn: Connection) -> None:
            pending.clear()
            pending.append(self._audit_row(conn, document_id, event, details, actor))

        self._write(tx, f"auditing {document_id}")
        self._write_audit_objects(pending)

    def audit_trail(self, document_id: str) -> list[dict[str, Any]]:
        with self._read() as conn:
            return self._audit_entries(conn, document_id)

    # -- internals --------------------------------------------------------------------------
    def _doc_row(self, conn: Connection, document_id: str) -> Any:
        row = conn.execute(sa.select(documents).where(documents.c.document_id == document_id)).mappings().first()
        if row is None:
            raise UnknownDocument(document_id)
        return row

    def _insert_document(self, conn: Connection, doc: Document, input_sha256: str, now: datetime) -> None:
        stamp = _iso(now)
        conn.execute(documents.insert(), dict(
            document_id=doc.document_id, input_sha256=input_sha256, doc_type=doc.doc_type,
            confidence=float(doc.confidence), status=STATUS_NEEDS_REVIEW, department=doc.department,
            case_id=None, rule=None, pages=list(doc.pages),
            page_keys=[page_key(doc.document_id, i) for i in range(1, len(doc.pages) + 1)],
            reasons=list(doc.reasons), type_scores=dict(doc.type_scores), note="",
            created_at=stamp, updated_at=stamp, routed_at=None))
        self._replace_fields(conn, doc.document_id, doc.fields)

    def _replace_fields(self, conn: Connection, document_id: str, flds: dict[str, Field]) -> None:
        conn.execute(fields_t.delete().where(fields_t.c.document_id == document_id))
        rows = [{"document_id": document_id, "name": k, "value": f.value, "value_key": value_key(f.value),
                 "confidence": float(f.confidence), "page": int(f.page),
                 "bbox": None if f.bbox is None else [float(v) for v in f.bbox], "raw": f.raw or ""}
                for k, f in flds.items()]
        if rows:
            conn.execute(fields_t.insert(), rows)

    def _intake_audit(self, conn: Connection, document_id: str, input_sha256: str,
                      processed: dict[str, Any] | None, actor: str) -> list[dict[str, Any]]:
        out = []
        inp = conn.execute(sa.select(inputs).where(inputs.c.sha256 == input_sha256)).mappings().first()
        received = {"sha256": input_sha256, "file": inp["name"] if inp else None,
                    "folder": inp["source"] if inp else None,
                    "received_at": inp["received_at"] if inp else None}
        out.append(self._audit_row(conn, document_id, "received", received, actor))
        if processed is not None:
            out.append(self._audit_row(conn, document_id, "processed", dict(processed), actor))
        return out

    def _audit_row(self, conn: Connection, document_id: str, event: str, details: dict[str, Any],
                   actor: str) -> dict[str, Any]:
        now = self._ts()
        ts = now.strftime("%Y%m%dT%H%M%S.%fZ")
        entry = {"document_id": document_id, "event": event, "details": _jsonable(details),
                 "actor": actor, "at": _iso(now), "object_key": audit_key(document_id, ts, event)}
        entry["id"] = conn.execute(audit_t.insert(), entry).inserted_primary_key[0]
        return entry

    def _audit_entries(self, conn: Connection, document_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in conn.execute(sa.select(audit_t).where(
            audit_t.c.document_id == document_id).order_by(audit_t.c.id)).mappings()]

    def _records(self, conn: Connection, q: Any) -> list[DocumentRecord]:
        rows = list(conn.execute(q).mappings())
        if not rows:
            return []
        ids = [r["document_id"] for r in rows]
        flds: dict[str, dict[str, Field]] = {i: {} for i in ids}
        for chunk in range(0, len(ids), 500):
            for f in conn.execute(sa.select(fields_t).where(
                    fields_t.c.document_id.in_(ids[chunk:chunk + 500]))).mappings():
                flds[f["document_id"]][f["name"]] = Field(
                    value=f["value"], confidence=f["confidence"], page=f["page"],
                    bbox=None if f["bbox"] is None else list(f["bbox"]), raw=f["raw"] or "")
        shas = sorted({r["input_sha256"] for r in rows})
        names = dict(conn.execute(sa.select(inputs.c.sha256, inputs.c.name).where(
            inputs.c.sha256.in_(shas))).all()) if shas else {}
        out = []
        for r in rows:
            doc = Document(pages=list(r["pages"]), doc_type=r["doc_type"], confidence=r["confidence"],
                           fields=flds[r["document_id"]], status=r["status"], department=r["department"],
                           case_id=r["case_id"], document_id=r["document_id"], reasons=list(r["reasons"]),
                           type_scores=dict(r["type_scores"]))
            out.append(DocumentRecord(document=doc, input_sha256=r["input_sha256"],
                                      page_keys=list(r["page_keys"]), received_at=r["created_at"],
                                      updated_at=r["updated_at"], input_name=names.get(r["input_sha256"], ""),
                                      rule=r["rule"], routed_at=r["routed_at"], note=r["note"] or ""))
        return out

    # -- objects in the store (after the transaction committed) ------------------------------
    def _write_audit_objects(self, entries: list[dict[str, Any]]) -> None:
        if self.store is None:
            return
        for e in entries:
            body = json.dumps(e, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
            self.store.put_bytes(e["object_key"], body, "application/json",
                                 {"document_id": e["document_id"], "event": e["event"]})

    def _publish(self, document_id: str, entries: list[dict[str, Any]], case_id: str | None,
                 all_audit: bool = False) -> None:
        """Audit objects, then document.json, then (when routed) the case manifest: last. The
        bodies are read in one transaction. ``all_audit``: write every audit entry of the
        document again (not only ``entries``): a rerun after a crash between the commit and
        these objects restores them."""
        if self.store is None:
            return
        with self._read() as conn:
            recs = self._records(conn, sa.select(documents).where(
                documents.c.document_id == document_id))
            if not recs:
                return
            rec = recs[0]
            rec.audit = self._audit_entries(conn, document_id)
        self._write_audit_objects(rec.audit if all_audit else entries)
        doc = rec.document
        # the store adds "sha256" (of the object's own bytes) to this metadata
        meta = {"doc_type": doc.doc_type, "department": doc.department,
                "input_sha256": rec.input_sha256, "document_id": document_id}
        body = {**doc.to_result(), "input": rec.input_name, "input_sha256": rec.input_sha256,
                "sha256": rec.input_sha256, "page_keys": rec.page_keys,
                "searchable_pdf": rec.searchable_pdf_key, "rule": rec.rule, "routed_at": rec.routed_at,
                "received_at": rec.received_at, "updated_at": rec.updated_at, "note": rec.note,
                "audit": [e["object_key"] for e in rec.audit]}
        self.store.put_bytes(document_key(document_id), _dumps(body), "application/json", meta)
        if case_id:
            self.write_manifest(case_id)

    def write_manifest(self, case_id: str) -> None:
        """``cases/<case>/manifest.json``: the case and its documents, as the index has them now.
        Read and written under one lock: two files of this process routed into one case at once
        (intake process, intake watch) must not write a manifest read before the other's commit
        last. (Two processes routing into one case at the same instant still can; the index
        itself is right either way and the next document routed there writes it whole again.)"""
        if self.store is None:
            return
        with self._manifest_lock:
            with self._read() as conn:
                body = self._manifest_body(conn, case_id)
            if body is None:
                raise CaseIndexError(f"no case {case_id!r} in the case index")
            self._put_manifest(body)

    def _manifest_body(self, conn: Connection, case_id: str) -> dict[str, Any] | None:
        """Only the columns the manifest shows (a supplier's case may hold thousands of
        documents: their fields are not read)."""
        row = conn.execute(sa.select(cases).where(cases.c.case_key == ref_key(case_id))).mappings().first()
        if row is None:
            return None
        case = _case_record(row, [])
        q = (sa.select(documents.c.document_id, documents.c.doc_type, documents.c.input_sha256,
                       documents.c.rule, documents.c.routed_at, documents.c.page_keys,
                       inputs.c.name)
             .select_from(documents.outerjoin(inputs, inputs.c.sha256 == documents.c.input_sha256))
             .where(documents.c.case_id == case.case_id)
             .order_by(documents.c.routed_at, documents.c.document_id))
        docs = [{"document_id": d["document_id"], "doc_type": d["doc_type"],
                 "input_sha256": d["input_sha256"], "input": d["name"] or "", "rule": d["rule"],
                 "routed_at": d["routed_at"], "document": document_key(d["document_id"]),
                 "pages": list(d["page_keys"]), "searchable_pdf": searchable_pdf_key(d["document_id"])}
                for d in conn.execute(q).mappings()]
        return {"case_id": case.case_id, "department": case.department, "status": case.status,
                "person": case.person, "lieferant": case.lieferant, "opened_at": case.opened_at,
                "origin": case.origin, "documents": docs}

    def _put_manifest(self, body: dict[str, Any]) -> None:
        self.store.put_bytes(manifest_key(body["case_id"]), _dumps(body), "application/json",
                             {"case_id": body["case_id"], "department": body["department"]})


# -- small helpers ----------------------------------------------------------------------------

def ref_key_keepcase(s: Any) -> str:
    return re.sub(r"\s", "", str(s or ""))


def _check_sha(sha256: str) -> None:
    if not isinstance(sha256, str) or not _SHA_RE.match(sha256):
        raise ValueError(f"input_sha256 {sha256!r} is not a sha256 in lower-case hex")


def _check_doc(doc: Document) -> None:
    if not doc.document_id:
        raise ValueError("document has no document_id; give each document a stable id "
                         "(e.g. '<first 16 hex of the input sha256>-<nn>') before storing it")
    if not doc.pages:
        raise ValueError(f"document {doc.document_id} has no pages")


def _person_name_key(values: dict[str, Any]) -> str | None:
    last, first = name_key(values.get("nachname")), name_key(values.get("vorname"))
    if last and first:
        return f"{last}|{first}"
    return None


def _case_values(r: dict[str, Any]) -> dict[str, Any]:
    person = {n: (_ws(r.get(n)) or None) for n in PERSON_FIELDS}
    return {
        "case_id": r["case_id"], "case_key": ref_key(r["case_id"]), "department": r["department"],
        "status": r.get("status", "open"), **person, "lieferant": r.get("lieferant") or None,
        "name_key": _person_name_key(person), "street_key": street_key(person["strasse"]) or None,
        "place_key": place_key(person["ort"]) or None,
        "supplier_key": supplier_key(r.get("lieferant")) or None,
    }


def _case_record(row: Any, ids: list[str]) -> CaseRecord:
    return CaseRecord(case_id=row["case_id"], department=row["department"], status=row["status"],
                      person={n: row[n] for n in PERSON_FIELDS if row[n]}, lieferant=row["lieferant"],
                      opened_at=row["opened_at"], origin=row["origin"], document_ids=ids)


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _jsonable(d: Any) -> Any:
    return json.loads(json.dumps(d, default=str))


def _dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
