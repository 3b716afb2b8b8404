"""Approval events for admins in Prefect: sent only when a Prefect API is configured."""

from __future__ import annotations

import logging

from pipeline.settings import load_settings
from review import events
from review.events import EVENT_APPROVED, emit_approved


def _emit(settings):
    return emit_approved(settings, "abc123-01", doc_type="wohngeldantrag", department="wohngeldstelle",
                         case_id="50.4-2026/0001", rule="new_case", actor="anna")


def test_no_prefect_api_no_event(tmp_path, monkeypatch):
    def refuse(api_url):
        raise AssertionError("no Prefect client without a configured API")

    monkeypatch.setattr(events, "events_client", refuse)
    settings = load_settings(env={"INTAKE_HOME": str(tmp_path)})
    assert settings.prefect_api_url is None
    assert _emit(settings) is None


def test_event_sent_to_the_configured_api(tmp_path, monkeypatch):
    from prefect.events.clients import AssertingEventsClient, PrefectEventsClient

    urls = []
    # the real client for the configured URL is chosen ...
    assert isinstance(events.events_client("http://127.0.0.1:4200/api"), PrefectEventsClient)

    def recording_client(api_url):  # ... and here replaced by Prefect's recording test client
        urls.append(api_url)
        return AssertingEventsClient()

    monkeypatch.setattr(events, "events_client", recording_client)
    settings = load_settings(env={"INTAKE_HOME": str(tmp_path),
                                  "PREFECT_API_URL": "http://127.0.0.1:4200/api"})
    assert _emit(settings).result(timeout=30) is True
    assert urls == ["http://127.0.0.1:4200/api"]
    (ev,) = AssertingEventsClient.last.events
    assert ev.event == EVENT_APPROVED and ev.resource.id == "intake.document.abc123-01"
    assert ev.payload["case_id"] == "50.4-2026/0001" and ev.payload["approved_by"] == "anna"
    assert ev.related[0].id == "intake.case.50.4-2026/0001" and ev.related[0].role == "case"


def test_unreachable_prefect_is_logged_not_raised(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(events, "SEND_TIMEOUT", 5.0)
    settings = load_settings(env={"INTAKE_HOME": str(tmp_path),
                                  "PREFECT_API_URL": "http://127.0.0.1:9/api"})  # nothing listens
    with caplog.at_level(logging.WARNING, logger="review.events"):
        assert _emit(settings).result(timeout=30) is False
    assert "127.0.0.1:9" in caplog.text and EVENT_APPROVED in caplog.text


def test_event_arrives_in_a_real_prefect_api(tmp_path, prefect_harness):
    import time

    import httpx
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    settings = load_settings(env={"INTAKE_HOME": str(tmp_path), "PREFECT_API_URL": url})
    assert _emit(settings).result(timeout=30) is True
    found = []
    for _ in range(40):  # the server stores events asynchronously
        r = httpx.post(url + "/events/filter", json={
            "filter": {"event": {"name": [EVENT_APPROVED]},
                       "resource": {"id": ["intake.document.abc123-01"]}}, "limit": 5})
        r.raise_for_status()
        found = r.json()["events"]
        if found:
            break
        time.sleep(0.25)
    assert found, "the approval event did not arrive in the Prefect API"
    assert found[0]["payload"]["case_id"] == "50.4-2026/0001"
