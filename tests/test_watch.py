"""Watched folders as the mailroom sees them: done/, failed/ with reasons, the case index, restarts."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

import flows.stages as stages
import flows.watch as watch
from flows.cli import build_context
from flows.intake_flow import Outcome
from flows.watch import Watcher
from flows.workers import worker_pool
from tests.conftest import INTAKE, intake_env
from tests.makedocs import INVOICE_LINES, born_digital_invoice, scanned_tiff


def _drop(src: Path, inbox: Path, name: str) -> Path:
    """Copy like a scanner would: write under a temporary name, then rename."""
    tmp = inbox / (name + ".part")
    shutil.copyfile(src, tmp)
    old = time.time() - 10  # settled long ago
    os.utime(tmp, (old, old))
    return tmp.rename(inbox / name)


def _settle(watcher: Watcher) -> None:
    watcher.scan_once()
    time.sleep(watcher.settle + 0.05)
    watcher.scan_once()


@pytest.fixture
def mailroom(tmp_path, intake_settings):
    """A watcher as ``intake watch`` runs it: one pool of page workers for all its files."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    ctx = build_context(intake_settings)
    ctx.executor = worker_pool(intake_settings, classify=False)
    w = Watcher(ctx, [inbox], results_dir=tmp_path / "results", settle=0.2, poll=0.1)
    yield inbox, w, ctx
    ctx.executor.shutdown(cancel_futures=True)


@pytest.fixture
def busy(intake_settings):
    """(context, what it said) as ``intake watch`` without Prefect runs: one pool of page
    workers that also classify, for watchers that take several files at once."""
    said: list[str] = []
    ctx = build_context(intake_settings, progress=said.append)
    ctx.executor = worker_pool(intake_settings, classify=True)
    ctx.classify_in_workers = True
    yield ctx, said
    ctx.executor.shutdown(cancel_futures=True)


def _inspect_fails_once(monkeypatch) -> list[str]:
    """The first file inspected hits an internal error (a passing one: its retry works); returns
    the names it failed for."""
    real, failed = stages.inspect, []

    def inspect(ctx, rec):
        if not failed:
            failed.append(rec.name)
            raise RuntimeError("database went away")
        return real(ctx, rec)

    monkeypatch.setattr(stages, "inspect", inspect)
    return failed


def test_good_bad_and_duplicate_files(tmp_path, mailroom):
    inbox, watcher, ctx = mailroom
    src = born_digital_invoice(tmp_path / "src.pdf")
    _drop(src, inbox, "Rechnung Brandt März.pdf")  # spaces and umlauts in the name
    (inbox / "leer.pdf").write_bytes(b"")
    Image.new("L", (200, 100), 255).save(inbox / "foto.pdf", format="PNG")  # a PNG named .pdf
    (inbox / "abgeschnitten.pdf").write_bytes(src.read_bytes()[: len(src.read_bytes()) // 3])
    (inbox / "~lock.pdf").write_bytes(b"scanner lock")
    (inbox / ".hidden.pdf").write_bytes(b"hidden")
    (inbox / "halb.tif.tmp").write_bytes(b"half written")
    _settle(watcher)

    done = sorted(p.name for p in (inbox / "done").iterdir())
    failed = sorted(p.name for p in (inbox / "failed").iterdir())
    assert done == ["Rechnung Brandt März.pdf"]
    assert failed == sorted(["leer.pdf", "leer.pdf.error.txt", "foto.pdf", "foto.pdf.error.txt",
                             "abgeschnitten.pdf", "abgeschnitten.pdf.error.txt"])
    # scanners' temporary and hidden files are left alone
    for name in ["~lock.pdf", ".hidden.pdf", "halb.tif.tmp"]:
        assert (inbox / name).exists()
    # reasons in plain words, naming the file
    empty = (inbox / "failed" / "leer.pdf.error.txt").read_text()
    assert "leer.pdf" in empty and "empty" in empty.lower()
    assert "PNG" in (inbox / "failed" / "foto.pdf.error.txt").read_text()
    assert "abgeschnitten.pdf" in (inbox / "failed" / "abgeschnitten.pdf.error.txt").read_text()
    assert not list((inbox / ".processing").iterdir())

    first = json.loads((watcher.results_dir / "Rechnung Brandt März.pdf.json").read_text())
    assert first["status"] == "processed" and len(first["documents"]) == 1
    doc = first["documents"][0]
    assert doc["doc_type"] == "rechnung"
    stored = ctx.index.get_document(doc["document_id"])
    assert stored is not None
    # the original is in the document store, by hash
    assert ctx.store.exists(f"originals/{first['sha256']}")

    # the same bytes under another name: recognised, same documents, nothing new in a case file
    before = ctx.index.case_documents(doc["case_id"]) if doc["case_id"] else []
    _drop(src, inbox, "kopie.pdf")
    _settle(watcher)
    dup = json.loads((watcher.results_dir / "kopie.pdf.json").read_text())
    assert dup["duplicate_of"] == "Rechnung Brandt März.pdf"
    assert [d["case_id"] for d in dup["documents"]] == [d["case_id"] for d in first["documents"]]
    assert [d["document_id"] for d in dup["documents"]] == [doc["document_id"]]
    if doc["case_id"]:
        after = ctx.index.case_documents(doc["case_id"])
        assert len(after) == len(before)
    assert (inbox / "done" / "kopie.pdf").exists()


def test_a_watcher_whose_page_workers_died_many_times_still_files_good_mail(tmp_path, mailroom):
    """The watcher keeps its page workers for months; more worker deaths than the pool renews in
    a row (pages that crash tesseract, workers killed for memory) must not send the next good
    file to failed/."""
    from concurrent.futures.process import BrokenProcessPool

    inbox, watcher, ctx = mailroom
    for _ in range(ctx.executor.MAX_RENEWALS + 1):
        with pytest.raises(BrokenProcessPool):
            ctx.executor.submit(os._exit, 1).result()
    _drop(born_digital_invoice(tmp_path / "src.pdf"), inbox, "rechnung.pdf")
    _settle(watcher)
    assert [p.name for p in (inbox / "failed").iterdir()] == []
    assert [p.name for p in (inbox / "done").iterdir()] == ["rechnung.pdf"]


def test_a_watcher_taking_several_files_at_once_loses_none_and_knows_the_copies(tmp_path, busy):
    """``intake watch`` takes several settled files at once (classified on its page workers):
    each one still ends in done/ or failed/, two of one name finishing together keep both, and
    a copy of a file dropped with it is recognised as that file's duplicate."""
    ctx, said = busy
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    w = Watcher(ctx, [inbox], results_dir=tmp_path / "results", settle=0.2, poll=0.1, concurrency=4)
    a = born_digital_invoice(tmp_path / "a.pdf")
    b = born_digital_invoice(tmp_path / "b.pdf", [line.replace("4711", "4712") for line in INVOICE_LINES])
    assert a.read_bytes() != b.read_bytes()
    _drop(a, inbox, "Kopie.pdf")
    _drop(a, inbox, "Rechnung.pdf")  # the same bytes again
    _drop(b, inbox / "sub", "Rechnung.pdf")  # another invoice of the same name
    (inbox / "leer.pdf").write_bytes(b"")
    _settle(w)
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["Kopie.pdf", "Rechnung (2).pdf", "Rechnung.pdf"]
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == ["leer.pdf", "leer.pdf.error.txt"]
    assert list((inbox / ".processing").iterdir()) == []
    assert "Rechnung.pdf -> done/: 1 document(s), duplicate of Kopie.pdf" in said
    assert [m for m in said if "-> done/" in m and "duplicate" in m] == [
        "Rechnung.pdf -> done/: 1 document(s), duplicate of Kopie.pdf"]


def test_a_later_file_of_the_same_name_keeps_the_earlier_result(tmp_path, mailroom):
    """Scanners reuse names (today's and tomorrow's Scan_0001.pdf, or scan.pdf in two inboxes):
    each processed file's result file is named as the file is in done/, and none overwrites
    another's."""
    inbox, watcher, ctx = mailroom
    other = tmp_path / "inbox2"
    other.mkdir()
    watcher2 = Watcher(ctx, [other], results_dir=tmp_path / "results", settle=0.2, poll=0.1)
    bills = [born_digital_invoice(tmp_path / f"{n}.pdf", [line.replace("4711", n) for line in INVOICE_LINES])
             for n in ("1001", "1002", "1003")]
    _drop(bills[0], inbox, "Scan_0001.pdf")
    _settle(watcher)
    _drop(bills[1], inbox, "Scan_0001.pdf")  # the next day, the same name
    _settle(watcher)
    _drop(bills[2], other, "Scan_0001.pdf")  # another inbox
    _settle(watcher2)
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["Scan_0001 (2).pdf", "Scan_0001.pdf"]
    assert [p.name for p in (other / "done").iterdir()] == ["Scan_0001 (3).pdf"]
    results = {p.name: json.loads(p.read_text()) for p in (tmp_path / "results").iterdir()}
    assert sorted(results) == ["Scan_0001 (2).pdf.json", "Scan_0001 (3).pdf.json", "Scan_0001.pdf.json"]
    for name, bill in (("Scan_0001.pdf", bills[0]), ("Scan_0001 (2).pdf", bills[1])):
        assert (inbox / "done" / name).read_bytes() == bill.read_bytes()
        assert results[f"{name}.json"]["sha256"] == hashlib.sha256(bill.read_bytes()).hexdigest()
    assert results["Scan_0001 (3).pdf.json"]["sha256"] == hashlib.sha256(bills[2].read_bytes()).hexdigest()
    assert all(r["status"] == "processed" and not r.get("duplicate_of") for r in results.values())


def test_file_still_being_written_is_not_taken(tmp_path, mailroom):
    inbox, watcher, _ = mailroom
    growing = inbox / "scan.pdf"
    growing.write_bytes(b"%PDF-1.7\n")
    watcher.scan_once()
    with growing.open("ab") as fh:  # the scanner is still writing
        fh.write(b"% more\n")
    watcher.scan_once()
    assert growing.exists(), "a file that is still changing must not be claimed"


def _children(pid: int) -> list[int]:
    """Descendants of ``pid`` that run Python's multiprocessing: the page workers, spawned or
    forked from their server (pipeline.workerserver), the server, its resource tracker."""
    parent_of, cmd_of = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmd_of[int(stat.parent.name)] = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        parent_of[int(stat.parent.name)] = int(fields[1])
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parent_of.items() if pp == p]
        todo += kids
        out += [c for c in kids if b"multiprocessing" in cmd_of.get(c, b"")]
    return out


def test_killed_watcher_finishes_claimed_file_after_restart(tmp_path):
    home = tmp_path / "home"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    scratch = tmp_path / "tmp"  # the system's temporary folder, as the watcher sees it
    scratch.mkdir()
    env = intake_env(home, TMPDIR=str(scratch))
    scan = scanned_tiff(tmp_path / "scan.tif", INVOICE_LINES, n_pages=4)
    watcher = subprocess.Popen([str(INTAKE), "watch", str(inbox), "--settle", "0.3", "--poll", "0.1"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _drop(scan, inbox, "stapel.tif")
        deadline = time.time() + 60
        claimed = inbox / ".processing" / "stapel.tif"
        while time.time() < deadline and not claimed.exists():
            time.sleep(0.02)
        assert claimed.exists(), "the watcher never claimed the file"
        # mid-processing: a page worker is writing a page's PDF
        while time.time() < deadline and not list(scratch.rglob("tess_*/*")):
            time.sleep(0.01)
        assert list(scratch.rglob("tess_*/*")), "no page was being read"
        workers = _children(watcher.pid)
    finally:
        watcher.send_signal(signal.SIGKILL)
        watcher.wait(timeout=10)
    assert claimed.exists() and not (inbox / "done" / "stapel.tif").exists()
    # the killed watcher's page workers do not linger (each would hold ~150 MB forever); a worker
    # still importing when its parent died (seconds on a loaded machine) notices once it has started
    deadline = time.time() + 30
    while time.time() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    assert workers and not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    # nor their files: the pages they were reading when they ended themselves left none behind
    left = [p for p in scratch.rglob("*") if p.is_file()]
    assert not left, left
    # (what a process killed with SIGKILL cannot remove: the folder of the socket its page
    # workers' server listened on, multiprocessing's "pymp-*", holding only that socket)
    import stat

    killed_left = {p for p in scratch.iterdir()}
    assert all(p.name.startswith("pymp-") and all(stat.S_ISSOCK(f.lstat().st_mode) for f in p.iterdir())
               for p in killed_left), killed_left

    rerun = subprocess.run([str(INTAKE), "watch", str(inbox), "--once", "--settle", "0.1"],
                           env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "recovering stapel.tif" in rerun.stderr
    assert (inbox / "done" / "stapel.tif").exists()
    assert not claimed.exists()
    result = json.loads((home / "results" / "stapel.tif.json").read_text())
    assert result["status"] == "processed" and result.get("duplicate_of") is None
    assert result["documents"], "the restarted watcher found no document"
    # the restarted watcher's workers ended normally and took their scratch folders with them
    assert set(scratch.iterdir()) == killed_left, list(scratch.iterdir())

    # running the recovery a second time changes nothing: each document once in the index
    from pipeline.settings import load_settings
    from storage import open_index

    index = open_index(load_settings(env={"INTAKE_HOME": str(home)}))
    for d in result["documents"]:
        rec = index.get_document(d["document_id"])
        assert rec is not None
        if d["case_id"]:
            ids = [r.document_id for r in index.case_documents(d["case_id"])]
            assert ids.count(d["document_id"]) == 1


# -- several files at once ----------------------------------------------------------------------

def _fake_outcome(path: str) -> Outcome:
    name = os.path.basename(path)
    return Outcome({"input": name, "sha256": "0" * 64, "status": "processed", "error": None,
                    "duplicate_of": None, "documents": []}, None)


def test_ctrl_c_stops_the_watcher_without_processing_every_claimed_file(tmp_path, monkeypatch):
    """Ctrl+C stops a watcher that took a batch of files at once: the files in flight are finished,
    the others stay claimed for the next start, not processed first."""
    calls: list[str] = []

    def slow_run_file(ctx, path, **kw):  # one file = 1 s of work
        calls.append(path)
        time.sleep(1.0)
        return _fake_outcome(path)

    monkeypatch.setattr(watch, "run_file", slow_run_file)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(8):
        p = inbox / f"scan{i}.pdf"
        p.write_bytes(b"PDF distinct " + str(i).encode())
        old = time.time() - 10
        os.utime(p, (old, old))
    w = Watcher(SimpleNamespace(say=lambda m: None), [inbox], results_dir=tmp_path / "r",
                settle=0.0, poll=0.1, concurrency=2)
    w.scan_once()  # first sight
    main = threading.main_thread().ident
    threading.Timer(0.3, lambda: signal.pthread_kill(main, signal.SIGINT)).start()
    t0 = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        w.scan_once()
    stopped_after = time.monotonic() - t0
    time.sleep(0.1)
    # at most the two files in flight may still finish (~1 s); not all 8 (~4 s)
    assert stopped_after < 2.0, f"Ctrl+C took {stopped_after:.1f} s; {len(calls)} files processed after it"


def test_a_file_put_back_after_an_internal_error_is_handled_once(tmp_path, busy, monkeypatch):
    """A file that hit an internal error waits in .processing/ for its retry; put back into the
    inbox by staff, it is a new drop, processed once, its result the good one."""
    ctx, said = busy
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = Watcher(ctx, [inbox], results_dir=tmp_path / "results", settle=0.2, poll=0.1, concurrency=4)
    failed_once = _inspect_fails_once(monkeypatch)
    _drop(born_digital_invoice(tmp_path / "a.pdf"), inbox, "Rechnung.pdf")
    _settle(w)
    claimed = inbox / ".processing" / "Rechnung.pdf"
    assert claimed.exists() and failed_once  # waits for its retry
    # staff put it back into the inbox to have it taken again
    _drop(claimed, inbox, "Rechnung.pdf")
    claimed.unlink()
    said.clear()
    w.scan_once()
    time.sleep(w.settle + 0.05)
    n = w.scan_once()
    assert [p.name for p in (inbox / "done").iterdir()] == ["Rechnung.pdf"]
    result = json.loads((tmp_path / "results" / "Rechnung.pdf.json").read_text())
    errors = [m for m in said if "ERROR" in m]
    assert n == 1 and not errors and result["status"] == "processed", (n, errors, result["error"])


def test_copies_of_a_file_whose_first_copy_failed_are_still_known_as_copies(tmp_path, busy, monkeypatch):
    """Three drops of the same bytes taken at once, the first hitting a passing internal error: the
    copies are still taken one after another (one work folder per bytes), the later a duplicate."""
    ctx, said = busy
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = Watcher(ctx, [inbox], results_dir=tmp_path / "results", settle=0.2, poll=0.1, concurrency=4)
    failed_once = _inspect_fails_once(monkeypatch)
    src = born_digital_invoice(tmp_path / "a.pdf")
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        _drop(src, inbox, name)
    _settle(w)
    assert failed_once == ["a.pdf"]
    # b and c run together after a failed: they share the work folder work/<sha256>/ (the
    # first to finish removes it under the other: FileNotFoundError .../ocr.json, an internal
    # error), or both are reported as new input
    errors = [m.split(":")[0] for m in said if "ERROR" in m]
    new = [m for m in said if "-> done/" in m and "duplicate" not in m]
    assert errors == ["a.pdf"] and len(new) <= 1, said


def test_a_copy_in_another_inbox_is_a_duplicate_after_a_crash(tmp_path, busy, monkeypatch):
    """The same file dropped as scan.pdf into two inboxes, the watcher killed right after claiming
    both: after the restart one of them is still reported as the other's duplicate."""
    inbox1, inbox2 = tmp_path / "in1", tmp_path / "in2"
    inbox1.mkdir()
    inbox2.mkdir()
    src = born_digital_invoice(tmp_path / "a.pdf")
    _drop(src, inbox1, "scan.pdf")
    _drop(src, inbox2, "scan.pdf")
    ctx, said = busy
    w = Watcher(ctx, [inbox1, inbox2], results_dir=tmp_path / "results", settle=0.2, poll=0.1,
                concurrency=4)

    class Killed(BaseException):
        pass

    def killed(self, todo):  # the process dies right after claiming (stands for SIGKILL)
        if todo:
            raise Killed()

    monkeypatch.setattr(Watcher, "_handle_all", killed)
    with pytest.raises(Killed):
        _settle(w)
    assert (inbox1 / ".processing" / "scan.pdf").exists()
    assert (inbox2 / ".processing" / "scan.pdf").exists()
    monkeypatch.undo()
    restarted = Watcher(ctx, [inbox1, inbox2], results_dir=tmp_path / "results", settle=0.2,
                        poll=0.1, concurrency=4)
    restarted.recover()
    done = [m for m in said if "-> done/" in m]
    assert len(done) == 2
    assert any("duplicate of scan.pdf" in m for m in done), done
