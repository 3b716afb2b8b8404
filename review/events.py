"""Admin visibility: a Prefect event when a caseworker approves a document.

Does nothing unless ``settings.prefect_api_url`` is set (without it Prefect would try to start an
ephemeral server just to receive the event). Prefect is imported only when an event is emitted.
"""

from __future__ import annotations

import logging
from typing import Any

from pipeline.settings import Settings

log = logging.getLogger(__name__)

EVENT_APPROVED = "intake.document.approved"


def approved_event(document_id: str, *, doc_type: str, department: str, case_id: str, rule: str,
                   actor: str) -> dict[str, Any]:
    """The event's content (plain data) — what ``emit_approved`` sends."""
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


def emit_approved(settings: Settings, document_id: str, *, doc_type: str, department: str,
                  case_id: str, rule: str, actor: str) -> bool:
    """Emit ``intake.document.approved`` to the configured Prefect API. Returns True when sent.

    Approval never fails because of Prefect: an error is logged as a warning and False returned.
    """
    if not settings.prefect_api_url:
        return False
    spec = approved_event(document_id, doc_type=doc_type, department=department, case_id=case_id,
                          rule=rule, actor=actor)
    try:
        from prefect.events import emit_event
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: settings.prefect_api_url}):
            sent = emit_event(**spec)
    except (ImportError, OSError, RuntimeError, ValueError) as exc:
        log.warning("could not emit Prefect event %s for document %s: %s",
                    EVENT_APPROVED, document_id, exc)
        return False
    return sent is not None
