"""Durability in batches (storage.objectstore.deferred_sync): inside a block every object is whole
under its key at once (temp file + rename), and the block makes all of it durable together when it
ends -- one syncfs per file system instead of four fsyncs per object -- also when it ends with an
error. And the flow uses it so that an input's result is written only after everything it points
at is durable."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from storage import LocalStore, atomic_write, deferred_sync, sync_pending
from storage import objectstore


class SyncLog:
    """Records fsync and syncfs calls (and still performs them)."""

    def __init__(self, monkeypatch, have_syncfs: bool = True):
        self.fsynced: list[tuple[int, int]] = []  # (st_dev, st_ino) of each fsync'd file or folder
        self.syncfs: list[int] = []  # st_dev of each syncfs
        real_fsync = os.fsync

        def fsync(fd):
            st = os.fstat(fd)
            self.fsynced.append((st.st_dev, st.st_ino))
            return real_fsync(fd)

        def syncfs(fd):
            self.syncfs.append(os.fstat(fd).st_dev)
            return 0 if real_syncfs is None else real_syncfs(fd)

        real_syncfs = objectstore._SYNCFS
        monkeypatch.setattr(objectstore.os, "fsync", fsync)
        monkeypatch.setattr(objectstore, "_SYNCFS", syncfs if have_syncfs else None)


def _ino(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def test_outside_a_batch_every_object_is_synced_as_it_is_written(tmp_path, monkeypatch):
    log = SyncLog(monkeypatch)
    st = LocalStore(tmp_path / "store")
    st.put_bytes("documents/d1/page-0001.png", b"png", "image/png")
    obj = tmp_path / "store" / "documents" / "d1" / "page-0001.png"
    assert _ino(obj) in log.fsynced and _ino(obj.parent) in log.fsynced
    assert log.syncfs == []


def test_a_batch_writes_whole_objects_at_once_and_syncs_them_together(tmp_path, monkeypatch):
    log = SyncLog(monkeypatch)
    st = LocalStore(tmp_path / "store")
    keys = [f"documents/d{i}/page-0001.png" for i in range(5)] + ["inputs/" + "a" * 64 + "/ocr.json"]
    with deferred_sync():
        for i, key in enumerate(keys):
            st.put_bytes(key, f"bytes of {key}".encode() * (i + 1), "image/png", {"n": str(i)})
        result = atomic_write(tmp_path / "results" / "scan.pdf.json", b'{"status": "processed"}')
        # readable, complete, with their metadata, before the block ends
        for i, key in enumerate(keys):
            assert st.get_bytes(key) == f"bytes of {key}".encode() * (i + 1)
            assert st.stat(key).metadata["n"] == str(i)
        assert json.loads(result.read_text()) == {"status": "processed"}
        assert log.fsynced == [] and log.syncfs == []
    # one syncfs for the one file system everything is on, and no fsync at all
    assert log.syncfs == [os.stat(tmp_path).st_dev]
    assert log.fsynced == []
    assert not [p for p in (tmp_path / "store").rglob(".tmp-*")]


def test_without_syncfs_each_file_and_folder_is_fsynced_once(tmp_path, monkeypatch):
    log = SyncLog(monkeypatch, have_syncfs=False)
    st = LocalStore(tmp_path / "store")
    with deferred_sync():
        st.put_bytes("documents/d1/page-0001.png", b"one", "image/png")
        st.put_bytes("documents/d1/page-0002.png", b"two", "image/png")
        atomic_write(tmp_path / "results" / "a.json", b"{}")
        assert log.fsynced == []
    root = tmp_path / "store"
    files = [root / "documents/d1/page-0001.png", root / "documents/d1/page-0002.png",
             root / ".meta/documents/d1/page-0001.png.json",
             root / ".meta/documents/d1/page-0002.png.json", tmp_path / "results/a.json"]
    folders = {f.parent for f in files}
    expected = [_ino(f) for f in files] + [_ino(d) for d in folders]
    assert sorted(log.fsynced) == sorted(expected)  # each exactly once


def test_an_error_in_the_block_still_syncs_what_was_written(tmp_path, monkeypatch):
    log = SyncLog(monkeypatch)
    st = LocalStore(tmp_path / "store")
    with pytest.raises(RuntimeError, match="classifier broke"):
        with deferred_sync():
            st.put_bytes("documents/d1/page-0001.png", b"png", "image/png")
            raise RuntimeError("classifier broke")
    assert st.get_bytes("documents/d1/page-0001.png") == b"png"
    assert len(log.syncfs) == 1


def test_sync_pending_makes_what_was_written_so_far_durable(tmp_path, monkeypatch):
    log = SyncLog(monkeypatch)
    st = LocalStore(tmp_path / "store")
    with deferred_sync():
        st.put_bytes("documents/d1/document.json", b"{}", "application/json")
        sync_pending()
        assert len(log.syncfs) == 1
        sync_pending()  # nothing new: nothing to do
        assert len(log.syncfs) == 1
        st.put_bytes("inputs/" + "b" * 64 + "/result.json", b"{}", "application/json")
    assert len(log.syncfs) == 2
    sync_pending()  # outside a block: no-op
    assert len(log.syncfs) == 2


def test_a_nested_block_joins_the_outer_one(tmp_path, monkeypatch):
    log = SyncLog(monkeypatch)
    st = LocalStore(tmp_path / "store")
    with deferred_sync() as outer:
        with deferred_sync() as inner:
            assert inner is outer
            st.put_bytes("documents/d1/page-0001.png", b"png", "image/png")
        assert log.syncfs == []
    assert len(log.syncfs) == 1


def test_a_batch_belongs_to_its_thread(tmp_path, monkeypatch):
    log = SyncLog(monkeypatch)
    st = LocalStore(tmp_path / "store")
    other = tmp_path / "store" / "documents" / "other" / "page-0001.png"

    def elsewhere():
        st.put_bytes("documents/other/page-0001.png", b"png", "image/png")

    with deferred_sync():
        t = threading.Thread(target=elsewhere)
        t.start()
        t.join()
        # the other thread is not in this block: its object was synced on its own, at once
        assert _ino(other) in log.fsynced
        assert log.syncfs == []


def test_the_flow_syncs_everything_before_the_result_and_again_before_returning(
        tmp_path, monkeypatch, intake_settings):
    """Order of what reaches the disk for one input: every object (original, page image, PDF,
    OCR words, audit entries, document.json, case manifest) is synced before the result object
    is written, and the result before run_file returns (before a watcher moves the input)."""
    from flows.cli import build_context
    from flows.intake_flow import run_file
    from tests.makedocs import born_digital_invoice

    events: list[str] = []
    real_syncfs = objectstore._SYNCFS
    monkeypatch.setattr(objectstore, "_SYNCFS",
                        lambda fd: events.append("sync") or (real_syncfs(fd) if real_syncfs else 0))
    ctx = build_context(intake_settings)
    real_put = ctx.store.put_stream

    def put_stream(key, *a, **kw):
        real_put(key, *a, **kw)
        events.append(key)

    monkeypatch.setattr(ctx.store, "put_stream", put_stream)
    pdf = born_digital_invoice(tmp_path / "rechnung.pdf")
    outcome = run_file(ctx, str(pdf), out_dir=str(tmp_path / "out"), use_prefect=False)
    assert outcome.result["status"] == "processed", outcome.result
    sha = outcome.result["sha256"]
    assert events[-1] == "sync" and events[-2] == f"inputs/{sha}/result.json"
    assert events[-3] == "sync"
    written = events[:-3]
    assert f"originals/{sha}" in written and f"inputs/{sha}/ocr.json" in written
    doc_id = outcome.result["documents"][0]["document_id"]
    assert {f"documents/{doc_id}/page-0001.png", f"documents/{doc_id}/searchable.pdf",
            f"documents/{doc_id}/document.json"} <= set(written)
    assert any(k.startswith(f"audit/{doc_id}/") for k in written)
    assert "sync" not in written  # one batch for all of them, not a sync per object
    assert (tmp_path / "out" / "rechnung.pdf.json").is_file()
    # the OCR words (written page by page) are one valid JSON document with the page's text
    ocr = json.loads(ctx.store.get_bytes(f"inputs/{sha}/ocr.json"))
    assert (ocr["input"], ocr["sha256"]) == ("rechnung.pdf", sha)
    assert [p["page"] for p in ocr["pages"]] == [1]
    words = [w["text"] for w in ocr["pages"][0]["words"]]
    assert "Rechnung" in words and "Industriestraße" in words
