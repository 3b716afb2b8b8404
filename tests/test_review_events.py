"""Approval events for admins in Prefect: sent only when a Prefect API is configured."""

from __future__ import annotations

from pipeline.settings import load_settings
from review.events import EVENT_APPROVED, emit_approved


def _emit(settings):
    return emit_approved(settings, "abc123-01", doc_type="wohngeldantrag", department="wohngeldstelle",
                         case_id="50.3-2026/0001", rule="new_case", actor="anna")


def test_no_prefect_api_no_event(tmp_path, monkeypatch):
    from prefect.events.worker import EventsWorker

    def refuse(*a, **k):
        raise AssertionError("no Prefect events without a configured API")

    monkeypatch.setattr(EventsWorker, "instance", refuse)
    settings = load_settings(env={"INTAKE_HOME": str(tmp_path)})
    assert settings.prefect_api_url is None
    assert _emit(settings) is False


def test_event_sent_to_configured_prefect_api(tmp_path, monkeypatch):
    from prefect.events.clients import AssertingEventsClient
    from prefect.events.worker import EventsWorker

    worker = EventsWorker.instance(AssertingEventsClient)
    monkeypatch.setattr(EventsWorker, "instance", lambda *_: worker)
    try:
        settings = load_settings(env={"INTAKE_HOME": str(tmp_path),
                                      "PREFECT_API_URL": "http://127.0.0.1:9/api"})
        assert _emit(settings) is True
        worker.wait_until_empty()
    finally:
        worker.drain()
    events = AssertingEventsClient.last.events
    assert [e.event for e in events] == [EVENT_APPROVED]
    ev = events[0]
    assert ev.resource.id == "intake.document.abc123-01"
    assert ev.payload["case_id"] == "50.3-2026/0001" and ev.payload["approved_by"] == "anna"
    assert ev.related[0].id == "intake.case.50.3-2026/0001"
