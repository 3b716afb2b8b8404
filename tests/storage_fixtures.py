"""Fixtures of the storage tests: an S3 server (moto, real HTTP on loopback), PostgreSQL, both stores.

Imported by the storage test files (``from tests.storage_fixtures import *``), so that the shared
``tests/conftest.py`` stays the flow engineer's.

PostgreSQL: ``INTAKE_TEST_POSTGRES_URL`` when set (CI sets it from ``.ci/postgres.sh``); otherwise the
session runs ``.ci/postgres.sh`` itself (it installs and starts a local server) and stops the server
again at the end when it was the one that started it. Each test gets its own PostgreSQL schema.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PG_SCRIPT = REPO / ".ci" / "postgres.sh"
ACCESS_KEY = "intake-test-access"
SECRET_KEY = "s3cr3t-Intake-Test-Key-do-not-log"

__all__ = ["moto_endpoint", "minio_settings", "store_factory", "store", "postgres_url", "db_url",
           "index_factory", "index", "ACCESS_KEY", "SECRET_KEY"]


@pytest.fixture(scope="session")
def moto_endpoint():
    """moto's S3 in server mode on 127.0.0.1 (a free port): real HTTP, real minio client."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"{host}:{port}"
    server.stop()


@pytest.fixture
def minio_settings(moto_endpoint, tmp_path):
    from pipeline.settings import load_settings

    bucket = "intake-" + uuid.uuid4().hex[:12]
    return load_settings(env={
        "INTAKE_HOME": str(tmp_path / "home"), "INTAKE_STORE": "minio",
        "INTAKE_MINIO_ENDPOINT": moto_endpoint, "INTAKE_MINIO_ACCESS_KEY": ACCESS_KEY,
        "INTAKE_MINIO_SECRET_KEY": SECRET_KEY, "INTAKE_MINIO_BUCKET": bucket,
    })


@pytest.fixture
def store_factory(request, tmp_path, moto_endpoint):
    """``make(kind)`` -> a fresh store of that backend ("local" or "minio")."""
    from pipeline.settings import load_settings
    from storage import open_store

    def make(kind: str, **kw):
        env = {"INTAKE_HOME": str(tmp_path / f"home-{uuid.uuid4().hex[:6]}")}
        if kind == "minio":
            env.update({"INTAKE_STORE": "minio", "INTAKE_MINIO_ENDPOINT": moto_endpoint,
                        "INTAKE_MINIO_ACCESS_KEY": ACCESS_KEY, "INTAKE_MINIO_SECRET_KEY": SECRET_KEY,
                        "INTAKE_MINIO_BUCKET": "intake-" + uuid.uuid4().hex[:12]})
        s = load_settings(env=env)
        st = open_store(s)
        for k, v in kw.items():
            setattr(st, k, v)
        return st

    return make


@pytest.fixture(params=["local", "minio"])
def store(request, store_factory):
    return store_factory(request.param, backoff=0.01) if request.param == "minio" \
        else store_factory(request.param)


@pytest.fixture(scope="session")
def postgres_url():
    url = os.environ.get("INTAKE_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    pg_dir = os.environ.get("INTAKE_PG_DIR", "/tmp/scan-intake-pg")
    was_running = (Path(pg_dir) / "postmaster.pid").exists()
    if not PG_SCRIPT.exists():
        pytest.fail("INTAKE_TEST_POSTGRES_URL is not set and .ci/postgres.sh is missing: start a "
                    "PostgreSQL server and set INTAKE_TEST_POSTGRES_URL=postgresql+psycopg://...")
    proc = subprocess.run(["bash", str(PG_SCRIPT)], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not proc.stdout.strip():
        pytest.fail("could not start PostgreSQL with .ci/postgres.sh (run it by hand to see why, then "
                    "export INTAKE_TEST_POSTGRES_URL=\"$(bash .ci/postgres.sh)\"):\n" + proc.stderr[-2000:])
    yield proc.stdout.strip().splitlines()[-1]
    if not was_running:
        subprocess.run(["bash", str(PG_SCRIPT), "stop"], capture_output=True, timeout=120)


def _pg_schema_url(base: str, schema: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty case index URL: a SQLite file, or a new schema in the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cases.sqlite'}"
        return
    import sqlalchemy as sa

    base = request.getfixturevalue("postgres_url")
    schema = "t_" + uuid.uuid4().hex[:16]
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def index_factory(db_url, tmp_path):
    """``make(store=None)`` -> a CaseIndex on the test database (a new engine each call)."""
    from storage import CaseIndex, LocalStore, create_index_engine

    made = []

    def make(store=None):
        ix = CaseIndex(create_index_engine(db_url), store if store is not None
                       else LocalStore(tmp_path / "store"))
        made.append(ix)
        return ix

    yield make
    for ix in made:
        ix.close()


@pytest.fixture
def index(index_factory):
    return index_factory()
