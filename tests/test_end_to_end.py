"""The main job on the committed samples, as `make demo` runs it: every input gets a result file
that follows the contract, and what a mailroom clerk or caseworker would check holds."""

from __future__ import annotations

import json
import subprocess

import jsonschema
import pytest

from tests.conftest import INTAKE, SAMPLES, SPEC, intake_env, load_truth


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    base = tmp_path_factory.mktemp("demo")
    home, out = base / "home", base / "results"
    env = intake_env(home)
    r = subprocess.run([str(INTAKE), "cases", "import", str(SAMPLES / "cases.json")], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(INTAKE), "process", str(SAMPLES / "inbox"), "--out", str(out)],
                       env=env, capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0, r.stderr
    results = {p.name[: -len(".json")]: json.loads(p.read_text()) for p in out.glob("*.json")}
    return {"home": home, "out": out, "results": results, "stdout": r.stdout, "stderr": r.stderr}


def test_every_input_has_a_result_that_follows_the_schema(demo):
    schema = json.loads((SPEC / "result.schema.json").read_text())
    inputs = sorted(p.name for p in (SAMPLES / "inbox").iterdir())
    assert sorted(demo["results"]) == inputs
    for name, result in demo["results"].items():
        jsonschema.validate(result, schema)
        assert result["input"] == name
    # the printed table names every input
    for name in inputs:
        assert name in demo["stdout"]


def test_rejects_duplicates_and_splits_match_the_ground_truth(demo):
    truth = load_truth()
    assert truth, "sample_docs/truth holds no ground truth"
    for name, t in truth.items():
        got = demo["results"][name]
        assert got["status"] == t["status"], (name, got.get("error"))
        if t["status"] == "rejected":
            assert got["error"] and name in got["error"]
            assert not got["documents"]
            continue
        assert got.get("duplicate_of") == t.get("duplicate_of"), name
        assert [d["pages"] for d in got["documents"]] == [d["pages"] for d in t["documents"]], name


def test_documents_are_typed_and_routed_like_the_ground_truth(demo):
    from classifiers.evaluate import evaluate

    report = evaluate(demo["out"], SAMPLES / "truth")["overall"]
    assert report["splitting_accuracy"] == 1.0
    assert report["rejects_correct"] == 1.0 and report["false_rejects"] == 0
    assert report["duplicates_recognised"] == 1.0 and report["false_duplicates"] == 0
    assert report["doc_type_accuracy"] >= 0.9
    assert report["department_accuracy"] >= 0.9
    assert report["fields"]["f1"] >= 0.85
    # whatever went into a case file without a person looking went into the right one
    assert report["routing_accuracy"] >= 0.9
    assert report["straight_through_rate"] >= 0.5


def test_originals_and_derived_files_are_in_the_store(demo):
    from pipeline.settings import load_settings
    from storage import open_index, open_store

    settings = load_settings(env={"INTAKE_HOME": str(demo["home"])})
    store, index = open_store(settings), open_index(settings)
    for name, result in demo["results"].items():
        assert store.exists(f"originals/{result['sha256']}"), name
        stored = json.loads(store.get_bytes(f"inputs/{result['sha256']}/result.json"))
        assert stored["sha256"] == result["sha256"]
        for d in result["documents"]:
            keys = store.list_keys(f"documents/{d['document_id']}/")
            assert any(k.endswith("searchable.pdf") for k in keys), (name, keys)
            assert sum(k.endswith(".png") for k in keys) == len(d["pages"]), (name, keys)
            rec = index.get_document(d["document_id"])
            assert rec is not None, (name, d["document_id"])
            if d["status"] == "routed":
                assert d["case_id"]
                assert d["document_id"] in [r.document_id for r in index.case_documents(d["case_id"])]
            else:
                assert d["case_id"] is None
