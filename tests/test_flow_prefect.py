"""What an admin sees in Prefect: one flow run per input file, a task per stage, results as artifacts."""

from __future__ import annotations

import time

import pytest

from flows.cli import build_context
from flows.intake_flow import run_file
from tests.makedocs import born_digital_invoice

STAGES = ["receive", "inspect", "pages", "split", "classify", "store", "route", "finish"]


def _runs_for(name: str, settled=lambda run, tasks: True, timeout: float = 20.0):
    """The flow run named ``name`` with its task runs and artifacts. Prefect 3 records task-run
    states through its event pipeline, so they arrive a moment after the flow returns: poll."""
    deadline = time.time() + timeout
    while True:
        run, tasks, arts = _read_run(name)
        if settled(run, tasks) or time.time() > deadline:
            return run, tasks, arts
        time.sleep(0.3)


def _read_run(name: str):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (ArtifactFilter, ArtifactFilterFlowRunId,
                                                FlowRunFilter, FlowRunFilterName)

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(name=FlowRunFilterName(any_=[name])))
        assert len(runs) == 1, f"expected one flow run named {name}, got {len(runs)}"
        run = runs[0]
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id={"any_": [run.id]}))
        arts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
    return run, tasks, arts


@pytest.mark.usefixtures("prefect_harness")
def test_one_flow_run_per_file_with_a_task_per_stage(tmp_path, intake_settings):
    ctx = build_context(intake_settings)
    pdf = born_digital_invoice(tmp_path / "Rechnung Prefect.pdf")
    outcome = run_file(ctx, str(pdf), out_dir=str(tmp_path / "out"), use_prefect=True)
    assert outcome.result["status"] == "processed"
    assert (tmp_path / "out" / "Rechnung Prefect.pdf.json").exists()

    run, tasks, arts = _runs_for(
        "Rechnung Prefect.pdf",
        lambda r, ts: len({t.name.split("-")[0] for t in ts}) == len(STAGES)
        and all(t.state and t.state.is_completed() for t in ts))
    assert run.state.is_completed()
    names = sorted({t.name.split("-")[0] for t in tasks})
    assert names == sorted(STAGES)
    assert all(t.state.is_completed() for t in tasks)
    table = [a for a in arts if a.type == "table"]
    assert table and "rechnung" in str(table[0].data)


@pytest.mark.usefixtures("prefect_harness")
def test_rejected_file_shows_failed_stage_and_reason(tmp_path, intake_settings):
    ctx = build_context(intake_settings)
    bad = tmp_path / "kaputt.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")  # truncated
    outcome = run_file(ctx, str(bad), out_dir=str(tmp_path / "out"), use_prefect=True)
    assert outcome.result["status"] == "rejected"
    assert "kaputt.pdf" in outcome.result["error"]

    run, tasks, arts = _runs_for(
        "kaputt.pdf", lambda r, ts: any(t.state and t.state.is_failed() for t in ts))
    by_stage = {t.name.split("-")[0]: t for t in tasks}
    assert by_stage["inspect"].state.is_failed()
    assert "pages" not in by_stage
    md = [a for a in arts if a.type == "markdown"]
    assert md and outcome.result["error"] in md[0].data
