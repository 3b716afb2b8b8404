"""Shared test fixtures: paths, isolated settings, one Prefect test harness per session."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.pop("PREFECT_API_URL", None)  # tests never report to a real server

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_docs"
SPEC = REPO.parent / "shared" / "spec"
INTAKE = Path(sys.executable).with_name("intake")


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for the whole session (starting one costs several seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def intake_settings(tmp_path):
    from pipeline.settings import load_settings

    return load_settings(env={"INTAKE_HOME": str(tmp_path / "home")}, workers=2)


def truth_files() -> list[Path]:
    return sorted((SAMPLES / "truth").glob("*.json"))


def load_truth() -> dict[str, dict]:
    """Ground truth of the committed samples, by input name (words files excluded)."""
    out = {}
    for p in truth_files():
        if p.name.endswith((".words.json",)):
            continue
        t = json.loads(p.read_text(encoding="utf-8"))
        if "input" in t:
            out[t["input"]] = t
    return out


def intake_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTAKE_", "PREFECT_API"))}
    env.update({"INTAKE_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    env.update(extra)
    return env
