"""Where page-worker processes come from: forked from one server process that imported the page
path (and, for flows that classify on the workers, the classifier models) once.

A spawned worker starts a new interpreter and imports OpenCV, the page path, spaCy and the
models itself: 1.2-1.4 CPU s a worker, paid again by every worker of every run. Forked from a
server that did it once, a worker starts at once and shares those pages with the server until it
writes to them. The server is a process of its own (single-threaded, no tesseract engine loaded),
so forking it is safe next to the threads of the process that asks for workers; it ends when
that process ends. Where there is no ``forkserver`` start method (not Linux), workers are spawned.

This module imports nothing heavy: a command calls :func:`start` first thing, so the server's
imports run beside the command's own start-up.
"""

from __future__ import annotations

import multiprocessing
import threading

#: modules the server imports before it forks a worker (names; see :func:`start`)
_preload: list[str] = ["pipeline.pages"]
_lock = threading.Lock()


def context() -> multiprocessing.context.BaseContext:
    """The multiprocessing context page workers are started with."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    with _lock:
        ctx.set_forkserver_preload(list(_preload))  # used when the server starts, not after
    return ctx


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
        except OSError:
            pass
