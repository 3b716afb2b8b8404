import json
from pathlib import Path

import pytest

from classifiers.doctypes import taxonomy
from pipeline.settings import load_settings
from tests.conftest import SPEC


def test_embedded_defaults_need_nothing():
    s = load_settings(env={})
    assert s.store == "local"
    assert s.home == Path(".intake")
    assert s.db_url.startswith("sqlite:///") and s.db_url.endswith("cases.sqlite")
    assert s.minio_bucket == "intake" and s.minio_secure is False
    assert s.prefect_api_url is None


def test_environment_overrides_config_file(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('INTAKE_STORE = "minio"\nINTAKE_MINIO_ENDPOINT = "files:9000"\n'
                   'INTAKE_MINIO_BUCKET = "from-file"\n')
    s = load_settings(env={"INTAKE_HOME": str(tmp_path), "INTAKE_MINIO_BUCKET": "from-env",
                           "INTAKE_MINIO_SECURE": "true"})
    assert s.store == "minio" and s.minio_endpoint == "files:9000"
    assert s.minio_bucket == "from-env" and s.minio_secure is True


def test_bad_settings_are_named(tmp_path):
    with pytest.raises(ValueError, match="INTAKE_STORE"):
        load_settings(env={"INTAKE_STORE": "ftp"})
    with pytest.raises(ValueError, match="INTAKE_MINIO_ENDPOINT"):
        load_settings(env={"INTAKE_STORE": "minio"})
    with pytest.raises(ValueError, match="INTAKE_WORKERS"):
        load_settings(env={"INTAKE_WORKERS": "many"})
    (tmp_path / "config.toml").write_text('INTAKE_COLOUR = "blue"\n')
    with pytest.raises(ValueError, match="INTAKE_COLOUR"):
        load_settings(env={"INTAKE_HOME": str(tmp_path)})


def test_redacted_settings_hide_credentials():
    s = load_settings(env={"INTAKE_MINIO_ACCESS_KEY": "AKIAEXAMPLE", "INTAKE_MINIO_SECRET_KEY": "s3cr3t",
                           "INTAKE_DATABASE_URL": "postgresql+psycopg://u:pw@db:5432/intake"})
    text = json.dumps(s.redacted())
    assert "s3cr3t" not in text and "AKIAEXAMPLE" not in text and "pw@" not in text
    assert "db:5432/intake" in text


def test_taxonomy_mirrors_the_spec():
    mirror = json.loads((Path(__file__).parents[1] / "classifiers" / "doctypes.json").read_text())
    spec = json.loads((SPEC / "doctypes.json").read_text())
    assert mirror == spec
    t = taxonomy()
    assert len(t.doc_types) == 9
    assert t.department("rechnung") == "kaemmerei"
    assert "iban" in t.doc_types["wohngeldantrag"].required
    assert t.kind("kennzeichen") == "plate"
