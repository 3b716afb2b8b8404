"""The one settings object: environment first, then an optional config file, then embedded defaults.

Names follow shared/spec/README.md. A config file (``INTAKE_CONFIG``, or ``$INTAKE_HOME/config.toml``
when it exists) may set the same names as top-level TOML keys, e.g. ``INTAKE_STORE = "minio"``.
The environment wins over the file. Nothing needs setting to try the project.

Plain data only: this module imports no service library, so every layer may use it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path


def _bool(v: str | bool) -> bool:
    if isinstance(v, bool):
        return v
    return str(v).strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    home: Path = Path(".intake")
    store: str = "local"  # local | minio
    minio_endpoint: str | None = None
    minio_access_key: str | None = None
    minio_secret_key: str | None = None
    minio_bucket: str = "intake"
    minio_secure: bool = False
    database_url: str | None = None  # None: SQLite under home
    prefect_api_url: str | None = None
    workers: int = 0  # page-level OCR processes; 0 = number of cores
    ocr_timeout: float = 120.0  # seconds per tesseract call
    ocr_lang: str = "deu+eng"
    # "auto": libtesseract kept loaded in the page-worker processes (no model loading per page,
    # ~0.15-0.3 CPU s less a page: bench/README.md; a worker that crashes is replaced and its pages
    # are read again by the program), the tesseract program elsewhere; "program": one tesseract
    # program run per page everywhere (a crash or hang costs one page); "library": the library in
    # every process, the main one too (pipeline/ocr.py)
    ocr_engine: str = "auto"
    max_pixels: int = 120_000_000  # larger images are rejected as unsafe to decode
    max_pages: int = 2000
    type_threshold: float = 0.80  # below: needs review
    field_threshold: float = 0.70  # any required field below: needs review (classifiers/README.md)
    review_host: str = "127.0.0.1"
    review_port: int = 8000
    review_users: Path | None = None  # users file for the review app
    secret_key: str | None = None  # review app session signing; generated under home when None

    # -- derived ------------------------------------------------------------------------------
    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'cases.sqlite').resolve()}"

    @property
    def store_root(self) -> Path:
        return self.home / "store"

    @property
    def work_root(self) -> Path:
        return self.home / "work"

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)

    def redacted(self) -> dict[str, object]:
        """For logs: every setting, secrets blanked."""
        out: dict[str, object] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name in {"minio_secret_key", "minio_access_key", "secret_key"} and v:
                v = "***"
            if f.name == "database_url" and v and "@" in str(v):
                v = str(v).split("://", 1)[0] + "://***@" + str(v).split("@", 1)[1]
            out[f.name] = str(v) if isinstance(v, Path) else v
        return out


# environment name -> (field, converter)
_ENV: dict[str, tuple[str, type | object]] = {
    "INTAKE_HOME": ("home", Path),
    "INTAKE_STORE": ("store", str),
    "INTAKE_MINIO_ENDPOINT": ("minio_endpoint", str),
    "INTAKE_MINIO_ACCESS_KEY": ("minio_access_key", str),
    "INTAKE_MINIO_SECRET_KEY": ("minio_secret_key", str),
    "INTAKE_MINIO_BUCKET": ("minio_bucket", str),
    "INTAKE_MINIO_SECURE": ("minio_secure", _bool),
    "INTAKE_DATABASE_URL": ("database_url", str),
    "PREFECT_API_URL": ("prefect_api_url", str),
    "INTAKE_WORKERS": ("workers", int),
    "INTAKE_OCR_TIMEOUT": ("ocr_timeout", float),
    "INTAKE_OCR_LANG": ("ocr_lang", str),
    "INTAKE_OCR_ENGINE": ("ocr_engine", str),
    "INTAKE_MAX_PIXELS": ("max_pixels", int),
    "INTAKE_MAX_PAGES": ("max_pages", int),
    "INTAKE_TYPE_THRESHOLD": ("type_threshold", float),
    "INTAKE_FIELD_THRESHOLD": ("field_threshold", float),
    "INTAKE_REVIEW_HOST": ("review_host", str),
    "INTAKE_REVIEW_PORT": ("review_port", int),
    "INTAKE_REVIEW_USERS": ("review_users", Path),
    "INTAKE_SECRET_KEY": ("secret_key", str),
}


def load_settings(env: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Build the settings from ``env`` (default: ``os.environ``), the config file and defaults."""
    env = dict(os.environ if env is None else env)
    values: dict[str, object] = {}

    home = Path(env.get("INTAKE_HOME", ".intake"))
    cfg_path = Path(env["INTAKE_CONFIG"]) if env.get("INTAKE_CONFIG") else home / "config.toml"
    if cfg_path.is_file():
        with cfg_path.open("rb") as fh:
            file_values = tomllib.load(fh)
        unknown = sorted(set(file_values) - set(_ENV))
        if unknown:
            raise ValueError(f"{cfg_path}: unknown setting(s) {', '.join(unknown)}; "
                             f"known: {', '.join(sorted(_ENV))}")
        for name, v in file_values.items():
            attr, conv = _ENV[name]
            values[attr] = conv(v)  # type: ignore[operator]

    for name, (attr, conv) in _ENV.items():
        raw = env.get(name)
        if raw is not None and raw != "":
            try:
                values[attr] = conv(raw)  # type: ignore[operator]
            except ValueError as exc:
                raise ValueError(f"setting {name}={raw!r} is not valid: {exc}") from None
    values.update(overrides)
    s = Settings(**values)  # type: ignore[arg-type]
    if s.store not in {"local", "minio"}:
        raise ValueError(f"INTAKE_STORE must be 'local' or 'minio', not {s.store!r}")
    if s.ocr_engine not in {"auto", "program", "library"}:
        raise ValueError(f"INTAKE_OCR_ENGINE must be 'auto', 'program' or 'library', not {s.ocr_engine!r}")
    if s.store == "minio" and not s.minio_endpoint:
        raise ValueError("INTAKE_STORE=minio needs INTAKE_MINIO_ENDPOINT (host:port)")
    return s
