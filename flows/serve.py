"""``intake serve`` / ``make serve``: the whole service on one machine for admins to try.

Starts a local Prefect server with its UI, the watched folders reporting every file as a flow run to
it, and the review app. Stops everything on Ctrl+C.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

from pipeline.settings import Settings


def _wait_healthy(url: str, timeout: float = 90.0) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as resp:
                if resp.status == 200:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


def serve(settings: Settings, inboxes: list[str] | None = None, port: int = 4200) -> int:
    from flows.cli import build_context
    from flows.watch import Watcher
    from flows.workers import worker_pool

    api = settings.prefect_api_url
    server = None
    if not api:
        api = f"http://127.0.0.1:{port}/api"
        env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false",
                   PREFECT_UI_API_URL=api)
        prefect_bin = Path(sys.executable).with_name("prefect")
        server = subprocess.Popen([str(prefect_bin), "server", "start", "--host", "127.0.0.1",
                                   "--port", str(port)], env=env)
        print(f"starting Prefect server on http://127.0.0.1:{port} ...", flush=True)
        if not _wait_healthy(api):
            server.terminate()
            print("the Prefect server did not start within 90 s; see its output above",
                  file=sys.stderr)
            return 1
    os.environ["PREFECT_API_URL"] = api
    settings = replace(settings, prefect_api_url=api)
    home = Path(settings.home)
    boxes = [Path(p) for p in (inboxes or [str(home / "inbox")])]
    for b in boxes:
        b.mkdir(parents=True, exist_ok=True)
    ctx = build_context(settings, progress=lambda m: print(m, flush=True))
    ctx.warm_up()
    ctx.executor = worker_pool(settings, classify=False)  # kept for all files
    watcher = Watcher(ctx, boxes, results_dir=home / "results", use_prefect=True)
    stop = threading.Event()
    t = threading.Thread(target=watcher.run, kwargs={"stop": stop}, daemon=True)
    t.start()
    print(f"Prefect UI:      {api.removesuffix('/api')}", flush=True)
    print(f"watched folders: {', '.join(map(str, boxes))}  (done/ and failed/ inside)", flush=True)
    print(f"review app:      http://{settings.review_host}:{settings.review_port}", flush=True)
    try:
        from review.app import serve as serve_review

        serve_review(settings)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        t.join(timeout=10)
        ctx.executor.shutdown(cancel_futures=True)
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
    return 0
