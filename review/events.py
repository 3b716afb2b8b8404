"""Admin visibility: a Prefect event when a caseworker approves a document.

Does nothing unless ``settings.prefect_api_url`` is set (without it Prefect would start an ephemeral
server just to receive the event). The event is sent in the background to exactly that API (one
websocket connection per event, no process-wide Prefect worker), so approval never waits for Prefect
and never fails because of it: a failure is logged as a warning naming the API.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from pipeline.settings import Settings

log = logging.getLogger(__name__)

EVENT_APPROVED = "intake.document.approved"
SEND_TIMEOUT = 15.0  # seconds for connecting and sending one event

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prefect-events")


def approved_event(document_id: str, *, doc_type: str, department: str, case_id: str, rule: str,
                   actor: str) -> dict[str, Any]:
    """The event's content (plain data)."""
    return {
        "event": EVENT_APPROVED,
        "resource": {"prefect.resource.id": f"intake.document.{document_id}",
                     "prefect.resource.name": f"document {document_id}"},
        "related": [{"prefect.resource.id": f"intake.case.{case_id}",
                     "prefect.resource.role": "case",
                     "prefect.resource.name": case_id}],
        "payload": {"document_id": document_id, "doc_type": doc_type, "department": department,
                    "case_id": case_id, "rule": rule, "approved_by": actor},
    }


def events_client(api_url: str) -> Any:
    """A Prefect events client for ``api_url`` (Prefect Cloud or a self-hosted server)."""
    from prefect.events.clients import PrefectCloudEventsClient, PrefectEventsClient
    from prefect.settings import PREFECT_API_KEY, PREFECT_CLOUD_API_URL

    if api_url.startswith(str(PREFECT_CLOUD_API_URL.value())):
        return PrefectCloudEventsClient(api_url=api_url, api_key=PREFECT_API_KEY.value(),
                                        reconnection_attempts=1)
    return PrefectEventsClient(api_url=api_url, reconnection_attempts=1)


def _send(api_url: str, spec: dict[str, Any]) -> bool:
    from prefect.events import Event

    event = Event(**spec)

    async def go() -> None:
        async with events_client(api_url) as client:
            await client.emit(event)

    try:
        asyncio.run(asyncio.wait_for(go(), SEND_TIMEOUT))
    except Exception as exc:  # noqa: BLE001 - any failure of an optional side channel: log it, go on
        log.warning("could not send Prefect event %s for %s to %s: %s: %s", spec["event"],
                    spec["resource"]["prefect.resource.id"], api_url, type(exc).__name__, exc)
        return False
    return True


def emit_approved(settings: Settings, document_id: str, *, doc_type: str, department: str,
                  case_id: str, rule: str, actor: str) -> Future | None:
    """Send ``intake.document.approved`` to the configured Prefect API in the background.

    Returns None when no Prefect API is configured, else a Future whose result is True once sent.
    """
    if not settings.prefect_api_url:
        return None
    spec = approved_event(document_id, doc_type=doc_type, department=department, case_id=case_id,
                          rule=rule, actor=actor)
    return _executor.submit(_send, settings.prefect_api_url, spec)
