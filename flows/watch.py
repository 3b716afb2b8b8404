"""Watched folders for the mailroom.

Per inbox folder::

    INBOX/               scanners write here
    INBOX/.processing/   claimed files (atomic rename), being processed
    INBOX/done/          processed originals
    INBOX/failed/        rejected originals, each beside <name>.error.txt saying why

A file is taken only once its size and modification time have not changed for ``settle`` seconds.
Hidden files, ``~*``, ``*.tmp``, ``*.part`` (scanners' temporary files) are left alone. On start,
files still in ``.processing/`` (a crash or kill) are processed again first; the pipeline's
idempotent routing guarantees nothing enters a case file twice.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from flows.intake_flow import run_file
from flows.stages import Context, result_bytes, write_atomic

log = logging.getLogger("intake.watch")

PROCESSING = ".processing"
DONE = "done"
FAILED = "failed"
RESERVED = {PROCESSING, DONE, FAILED}
TEMP_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", ".filepart")
MAX_INTERNAL_ATTEMPTS = 3


def is_candidate(path: Path) -> bool:
    name = path.name
    if name.startswith((".", "~")) or name.lower().endswith(TEMP_SUFFIXES):
        return False
    if name.endswith(".error.txt"):
        return False
    return path.is_file() and not path.is_symlink()


def unique_target(folder: Path, name: str, free: Callable[[str], bool] | None = None) -> Path:
    """``folder/name``, or ``folder/stem (2).ext``, ``(3)``, ... : the first that does not exist
    (and whose name ``free`` accepts, where given)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    stem, suffix = os.path.splitext(name)
    n = 2
    while target.exists() or (free is not None and not free(target.name)):
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


@dataclass
class Watcher:
    ctx: Context
    inboxes: list[Path]
    results_dir: Path
    settle: float = 2.0
    poll: float = 1.0
    use_prefect: bool | None = None
    #: files processed at the same time (``intake watch`` sets more with its page workers, so a
    #: batch of one-page scans keeps every core busy); their moves into done/ and failed/ are
    #: serialised, and a copy of a file waits for the first of its bytes
    concurrency: int = 1
    _seen: dict[Path, tuple[int, int, float]] = field(default_factory=dict)
    _attempts: dict[Path, int] = field(default_factory=dict)
    handled: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.inboxes = [Path(p) for p in self.inboxes]
        for inbox in self.inboxes:
            if not inbox.is_dir():
                raise FileNotFoundError(f"watched folder {inbox} does not exist; create it first")
            for sub in RESERVED:
                (inbox / sub).mkdir(exist_ok=True)

    # -- the loop -------------------------------------------------------------------------------
    def recover(self) -> int:
        """Process again whatever was claimed but not finished before a crash or restart."""
        todo = []
        for inbox in self.inboxes:
            for claimed in sorted((inbox / PROCESSING).iterdir()):
                if claimed.is_file():
                    log.warning("recovering %s (claimed before a restart)", claimed.name)
                    self.ctx.say(f"recovering {claimed.name} (claimed before a restart)")
                    todo.append((inbox, claimed, True))
        self._handle_all(todo)
        return len(todo)

    def scan_once(self, now: float | None = None) -> int:
        """Claim and process every file that has settled. Returns how many were handled."""
        now = time.time() if now is None else now
        todo: list[tuple[Path, Path, bool]] = []
        for inbox in self.inboxes:
            for path in sorted(self._candidates(inbox)):
                try:
                    st = path.stat()
                except FileNotFoundError:
                    continue
                sig = (st.st_size, st.st_mtime_ns)
                prev = self._seen.get(path)
                if prev is None or prev[:2] != sig:
                    self._seen[path] = (*sig, now)
                    continue
                if now - prev[2] < self.settle or time.time() - st.st_mtime < self.settle:
                    continue
                self._seen.pop(path, None)
                claimed = self._claim(inbox, path)
                if claimed is not None:
                    # a new drop: an earlier file's failed attempts at this path are not its own
                    self._attempts.pop(claimed, None)
                    todo.append((inbox, claimed, False))
            # retry files whose processing hit an internal error
            taken = {c for _, c, _ in todo}
            for claimed in sorted((inbox / PROCESSING).iterdir()):
                if claimed in self._attempts and claimed.is_file() and claimed not in taken:
                    todo.append((inbox, claimed, True))
        self._handle_all(todo)
        return len(todo)

    def _handle_all(self, todo: list[tuple[Path, Path, bool]]) -> None:
        """Process the claimed files, ``concurrency`` at a time. Files with the same bytes are
        taken one after another, in claim order (so each copy is recognised as a duplicate of
        the first, also where the first failed and is retried). Ctrl+C stops at once: files not
        started stay claimed (processed on the next start) and those in flight are finished."""
        if self.concurrency <= 1 or len(todo) <= 1:
            for inbox, claimed, recovering in todo:
                self._handle(inbox, claimed, recovering)
            return
        from concurrent.futures import ThreadPoolExecutor, wait

        from flows.stages import sha256_file

        groups: dict[str, list[tuple[Path, Path, bool]]] = {}
        for item in todo:
            try:
                sha = sha256_file(item[1])[0]
            except OSError:
                sha = str(item[1])
            groups.setdefault(sha, []).append(item)
        stop = threading.Event()

        def run(items: list[tuple[Path, Path, bool]]) -> None:
            for item in items:
                if stop.is_set():
                    return
                self._handle(*item)

        threads = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="intake-file")
        futures = [threads.submit(run, items) for items in groups.values()]
        try:
            for fut in futures:
                fut.result()
        except BaseException:
            stop.set()
            for fut in futures:
                fut.cancel()  # not started: stays claimed
            running = [f for f in futures if not f.done()]
            if running:
                self.ctx.say(f"stopping: finishing the {len(running)} file(s) being processed "
                             f"(the others stay in {PROCESSING}/ for the next start)")
                wait(running)
            raise
        finally:
            threads.shutdown(wait=False, cancel_futures=True)

    def run(self, stop: threading.Event | None = None, once: bool = False) -> None:
        stop = stop or threading.Event()
        self.recover()
        if once:
            # settle then take everything present
            self.scan_once()
            time.sleep(self.settle + 0.05)
            self.scan_once()
            return
        while not stop.is_set():
            self.scan_once()
            stop.wait(self.poll)

    def _put_away(self, folder: Path, claimed: Path, result: dict) -> Path:
        """Move ``claimed`` into ``folder`` (done/ or failed/) under a name free there and in the
        results folder, and write its result file under that same name first: ``done/scan
        (2).pdf`` has ``results/scan (2).pdf.json``, and a later ``scan.pdf`` (tomorrow's, or one
        from another inbox) never overwrites an earlier one's result. A result file of the same
        bytes (a run finished before a crash) is written again in place."""
        body = result_bytes(result)
        with self._lock:  # two files of one name finishing at once get two names
            target = unique_target(folder, claimed.name,
                                   free=lambda name: self._result_free(name, result.get("sha256")))
            write_atomic(self.results_dir / f"{target.name}.json", body)
            os.replace(claimed, target)
        return target

    def _result_free(self, name: str, sha256: str | None) -> bool:
        path = self.results_dir / f"{name}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8")).get("sha256") == sha256
        except FileNotFoundError:
            return True
        except (OSError, ValueError):
            return False  # unreadable: not ours to overwrite

    # -- helpers --------------------------------------------------------------------------------
    def _candidates(self, inbox: Path):
        for root, dirs, files in os.walk(inbox):
            rootp = Path(root)
            if rootp == inbox:
                dirs[:] = [d for d in dirs if d not in RESERVED and not d.startswith(".")]
            else:
                dirs[:] = [d for d in dirs if not d.startswith(".")]
            for f in files:
                p = rootp / f
                if is_candidate(p):
                    yield p

    def _claim(self, inbox: Path, path: Path) -> Path | None:
        target = unique_target(inbox / PROCESSING, path.name)
        try:
            os.rename(path, target)  # atomic on one file system; a second watcher loses the race
        except FileNotFoundError:
            return None
        return target

    def _handle(self, inbox: Path, claimed: Path, recovering: bool) -> None:
        # the result file is written here, when the file's final name is known (run_file keeps
        # the result in the store, by the input's sha256, either way)
        outcome = run_file(self.ctx, str(claimed), out_dir=None,
                           source=str(inbox), recovering=recovering, use_prefect=self.use_prefect)
        result = outcome.result
        with self._lock:
            self.handled += 1
        if outcome.error_kind == "internal":
            with self._lock:
                n = self._attempts.get(claimed, 0) + 1
                self._attempts[claimed] = n
            if n < MAX_INTERNAL_ATTEMPTS:
                log.warning("%s: internal error, will retry (%d/%d)", claimed.name, n,
                            MAX_INTERNAL_ATTEMPTS)
                return
        with self._lock:
            self._attempts.pop(claimed, None)
        if result["status"] == "rejected":
            target = self._put_away(inbox / FAILED, claimed, result)
            note = (f"{claimed.name} was not processed.\n\n"
                    f"Reason: {result['error']}\n\n"
                    f"The file itself is kept here unchanged (and in the document store, "
                    f"sha256 {result['sha256']}).\n"
                    f"Time: {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
            write_atomic(target.with_name(target.name + ".error.txt"), note.encode("utf-8"))
            self.ctx.say(f"{claimed.name} -> {FAILED}/: {result['error']}")
        else:
            target = self._put_away(inbox / DONE, claimed, result)
            docs = result.get("documents", [])
            self.ctx.say(f"{claimed.name} -> {DONE}/: {len(docs)} document(s)"
                         + (f", duplicate of {result['duplicate_of']}"
                            if result.get("duplicate_of") else ""))
