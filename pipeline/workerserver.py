"""Where page-worker processes come from: forked from one server process that imported the page
path (and, for flows that classify on the workers, the classifier models) once.

A spawned worker starts a new interpreter and imports OpenCV, the page path, spaCy and the
models itself: 1.2-1.4 CPU s a worker, paid again by every worker of every run. Forked from a
server that did it once, a worker starts at once and shares those pages with the server until it
writes to them. The server is a process of its own (single-threaded, no tesseract engine loaded),
so forking it is safe next to the threads of the process that asks for workers; it ends once
that process and the workers have ended. Where the platform has no ``forkserver`` start method,
or no worker can be forked from the server any more (:func:`give_up`), workers are spawned.

This module imports nothing heavy: a command calls :func:`start` first thing, so the server's
imports run beside the command's own start-up.
"""

from __future__ import annotations

import multiprocessing
import threading

#: modules the server imports before it forks a worker (names; see :func:`start`)
_preload: list[str] = ["pipeline.pages"]
_lock = threading.Lock()


_given_up = False


def context() -> multiprocessing.context.BaseContext:
    """The multiprocessing context page workers are started with."""
    if _given_up or "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    with _lock:
        ctx.set_forkserver_preload(list(_preload))  # used when the server starts, not after
    return ctx


def give_up() -> None:
    """No worker could be forked from the server (its socket gone, the server killed): spawn
    them from now on, in this process. (The server, if it still runs, ends at exit: stopping it
    now would wait for the workers it forked, which hold its pipe open until they end.)"""
    global _given_up
    _given_up = True


def start(preload: tuple[str, ...] = ()) -> None:
    """Start the server now (if it is not running), importing ``preload`` as well as the page
    path before the first worker forks. Modules named after the server started are imported by
    each worker as it needs them. Importing a preloaded module must never raise."""
    with _lock:
        for name in preload:
            if name not in _preload:
                _preload.append(name)
    ctx = context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
        _stop_at_exit()
        _lock_socket_folder()


_locked: dict[str, int] = {}


def _lock_socket_folder() -> None:
    """Hold a lock (``flock``) on the folder of the server's socket in the temporary folder for as
    long as this process runs: systemd-tmpfiles leaves a locked folder alone, and a long-running
    watcher's server would otherwise lose its socket after ten days (no worker could be forked
    any more; :func:`give_up` is the fallback)."""
    import fcntl
    import os
    from multiprocessing import forkserver

    address = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_address", None)
    if not isinstance(address, str):
        return
    folder = os.path.dirname(address)
    with _lock:
        if folder in _locked:
            return
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return
        _locked[folder] = fd


_stopping_registered = False


def _stop_at_exit() -> None:
    """At exit, end the server and wait for it (multiprocessing leaves it to end by itself, an
    orphan nobody waits for): so the CPU time of the server and of the workers it forked (it waits
    for them) is counted in this process's children, as a spawned worker's is
    (``resource.getrusage(RUSAGE_CHILDREN)``, what ``/usr/bin/time`` and the benchmark read)."""
    global _stopping_registered
    with _lock:
        if _stopping_registered:
            return
        _stopping_registered = True
    import atexit

    atexit.register(stop)


def stop() -> None:
    """End the server, if one runs, and wait for it; the next worker starts a new one."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    end = getattr(server, "_stop", None)  # CPython 3.8+: what its own tests use
    if end is not None:
        try:
            end()
        except OSError:  # already gone: its pipe closed (EBADF) or it was waited for (ECHILD)
            pass
