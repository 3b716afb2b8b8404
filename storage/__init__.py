"""Storage: the object store (local folder or MinIO) and the case index (SQLite or PostgreSQL).

    store = open_store(settings)          # ObjectStore: originals, page images, results, audit
    index = open_index(settings, store)   # CaseIndex: inputs, cases, documents, routing, review, audit
    with deferred_sync(): ...             # writes of this thread made durable together (one syncfs)

See storage/README.md for the object layout, the schema and the routing rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .caseindex import (CaseIndex, CaseIndexError, CaseRecord, DocumentRecord, InputRecord,
                        UnknownDocument, create_index_engine)
from .objectstore import (IntegrityError, LocalStore, MinioStore, NotFound, ObjectInfo, ObjectStore,
                          StoreError, atomic_write, audit_key, deferred_sync, document_key,
                          manifest_key, ocr_key, original_key, page_key, result_key,
                          searchable_pdf_key, sync_pending)

if TYPE_CHECKING:
    from pipeline.settings import Settings

__all__ = [
    "open_store", "open_index", "ObjectStore", "LocalStore", "MinioStore", "ObjectInfo", "NotFound",
    "StoreError", "IntegrityError", "CaseIndex", "CaseIndexError", "CaseRecord", "DocumentRecord",
    "InputRecord",
    "UnknownDocument", "original_key", "ocr_key", "result_key", "page_key", "searchable_pdf_key",
    "document_key", "manifest_key", "audit_key", "document_id_for", "atomic_write",
    "deferred_sync", "sync_pending",
]


def open_store(settings: "Settings") -> ObjectStore:
    """``local`` -> LocalStore(settings.store_root); ``minio`` -> MinioStore (bucket made if missing)."""
    if settings.store == "local":
        return LocalStore(settings.store_root)
    if settings.store == "minio":
        return MinioStore(settings.minio_endpoint or "", settings.minio_access_key or "",
                          settings.minio_secret_key or "", settings.minio_bucket,
                          secure=settings.minio_secure)
    raise StoreError(f"INTAKE_STORE must be 'local' or 'minio', not {settings.store!r}")


def open_index(settings: "Settings", store: ObjectStore | None = None) -> CaseIndex:
    """The case index at ``settings.db_url``, migrations applied. Audit entries, document.json and case
    manifests are also written to ``store`` (default: ``open_store(settings)``)."""
    engine = create_index_engine(settings.db_url)
    return CaseIndex(engine, store if store is not None else open_store(settings))


def document_id_for(input_sha256: str, index: int) -> str:
    """A stable id for the ``index``-th (1-based) document of an input: same bytes, same ids."""
    return f"{input_sha256[:16]}-{index:02d}"
