"""Imported once by the server page workers are forked from (``pipeline.workerserver``) when the
workers classify documents: the page path and the classifier models, loaded before any worker
forks, so no worker loads them itself. A model that cannot be loaded does not stop the server: the
first classification loads it again and reports the error for its file, as without this module."""

from __future__ import annotations

import logging

import pipeline.pages  # noqa: F401 - the page path, imported once for every worker

try:
    from flows.workers import load_models

    load_models()
except Exception as exc:  # noqa: BLE001 - reported by each file's classification instead
    logging.getLogger("intake.flow").warning(
        "page workers could not preload the classifier models (%s: %s); each worker loads them "
        "itself", type(exc).__name__, exc)
