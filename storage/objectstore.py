"""The object store: one interface, two backends (a local folder, or MinIO / any S3-compatible server).

Every object has a key (``originals/<sha256>``, ``documents/<id>/page-0001.png``, ...: see
``storage/README.md`` and the key helpers at the bottom of this module), a content type and string
metadata. The store always records ``sha256`` (of the object's bytes) in the metadata; for keys under
``originals/`` the key *is* the sha256 of the bytes, checked on write and again on every read, so the
integrity of an original can be proven at any time.

Writes are all-or-nothing: the local backend writes a temporary file in the same folder, fsyncs it
and renames it into place (``os.replace``); the MinIO backend sends one PUT (or a multipart upload,
which the server only makes visible when it completes). A write that is interrupted leaves nothing
visible under the key, and running it again completes it. Transient errors of the MinIO backend
(connection reset, timeouts, HTTP 5xx, SlowDown) are retried with exponential backoff.

Durability in batches: inside :func:`deferred_sync` (per thread) the local backend and
:func:`atomic_write` still write a temp file and rename it into place (a killed process leaves the
old object or the new one, never a part), but they do not fsync each file and folder; the block
makes everything it wrote durable at once when it ends or at :func:`sync_pending` -- one
``syncfs(2)`` per file system (Linux), else one fsync per file and folder. Measured on ext4 here:
10 objects of a one-page document, 40 fsyncs = ~110 ms; one syncfs = 4-8 ms. The flow syncs
before it writes an input's result (so a result never points at an object a power cut could lose)
and before the input leaves the inbox.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import json
import logging
import os
import re
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Protocol, TypeVar, runtime_checkable
from urllib.parse import quote, unquote

log = logging.getLogger(__name__)

T = TypeVar("T")

ORIGINALS = "originals/"
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_META_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_CHUNK = 1024 * 1024


class StoreError(Exception):
    """Something about the object store went wrong; the message says what and what to do."""


class NotFound(StoreError, KeyError):
    """No object under this key."""

    def __init__(self, key: str, where: str = ""):
        super().__init__(f"no object {key!r} in the document store{(' ' + where) if where else ''}")
        self.key = key

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class IntegrityError(StoreError):
    """The bytes of an object do not match the sha256 recorded for it."""


@dataclass(frozen=True)
class ObjectInfo:
    key: str
    size: int
    content_type: str
    metadata: dict[str, str] = field(default_factory=dict)
    sha256: str | None = None  # of the object's own bytes


@runtime_checkable
class ObjectStore(Protocol):
    """What every backend offers. Keys use ``/`` as separator and never start with ``/``."""

    def put_bytes(self, key: str, data: bytes, content_type: str,
                  metadata: dict[str, str] | None = None) -> None: ...

    def put_file(self, key: str, path: Path, content_type: str,
                 metadata: dict[str, str] | None = None) -> None: ...

    def put_stream(self, key: str, stream: BinaryIO, size: int, content_type: str,
                   metadata: dict[str, str] | None = None, sha256: str | None = None) -> None: ...

    def get_bytes(self, key: str) -> bytes: ...

    def exists(self, key: str) -> bool: ...

    def stat(self, key: str) -> ObjectInfo: ...

    def list_keys(self, prefix: str) -> list[str]: ...

    def presigned_url(self, key: str, expires: timedelta) -> str | None: ...


# -- helpers shared by both backends --------------------------------------------------------------

def check_key(key: str) -> str:
    if not isinstance(key, str) or not key or key.startswith("/") or key.endswith("/"):
        raise ValueError(f"invalid object key {key!r}: a non-empty relative path like 'originals/<sha256>'")
    parts = key.split("/")
    if any(p in {"", ".", ".."} for p in parts) or "\\" in key or "\x00" in key:
        raise ValueError(f"invalid object key {key!r}: no empty, '.' or '..' parts, no backslashes")
    if any(p.startswith(".") for p in parts):
        raise ValueError(f"invalid object key {key!r}: parts may not start with '.'")
    return key


def _clean_metadata(metadata: dict[str, str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in (metadata or {}).items():
        kk = str(k).strip().lower()
        if not _META_KEY_RE.match(kk):
            raise ValueError(f"invalid metadata name {k!r}: use lower-case letters, digits, '-' or '_'")
        out[kk] = "" if v is None else str(v)
    return out


def _expected_original_sha(key: str) -> str | None:
    if key.startswith(ORIGINALS):
        name = key[len(ORIGINALS):]
        if not _SHA_RE.match(name):
            raise ValueError(f"invalid key {key!r}: originals are stored as originals/<sha256 in lower-case hex>")
        return name
    return None


def _check_sha(key: str, actual: str, declared: str | None) -> None:
    expected = _expected_original_sha(key)
    for want, what in ((expected, "its key"), (declared, "the sha256 given")):
        if want is not None and want != actual:
            raise IntegrityError(f"refusing to store {key!r}: the bytes have sha256 {actual}, "
                                 f"but {what} says {want}; the file changed while it was read - drop it again")


def _stamp_sha(key: str, meta: dict[str, str], digest: str) -> None:
    """``content_sha256``: of the object's own bytes, always. ``sha256``: as the caller gave it (the
    flow links derived objects to their input's sha256), else the content's. For an original both
    must agree with its key."""
    if key.startswith(ORIGINALS) and meta.get("sha256", digest) != digest:
        raise IntegrityError(f"refusing to store {key!r}: its bytes have sha256 {digest}, but the "
                             f"metadata says {meta['sha256']}; the file changed while it was read")
    _check_sha(key, digest, None)
    meta.setdefault("sha256", digest)
    meta["content_sha256"] = digest


def _verify_original(key: str, data: bytes) -> None:
    expected = _expected_original_sha(key)
    if expected is not None:
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected:
            raise IntegrityError(f"original {key!r} is damaged: its bytes have sha256 {actual}; "
                                 f"restore it from backup")


def _file_sha256(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    n = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


# -- local folder ------------------------------------------------------------------------------

class LocalStore:
    """Objects as files under ``root``; content type and metadata in ``root/.meta/<key>.json``.

    The metadata file is written (atomically) before the object itself, so an object that is visible
    always has its metadata. Nothing else writes under ``root``.
    """

    def __init__(self, root: Path | str):
        self.root = Path(root)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the document store folder {self.root}: {exc.strerror}; "
                             f"check INTAKE_HOME and its permissions") from exc
        self._meta_root = self.root / ".meta"

    def __repr__(self) -> str:
        return f"LocalStore({str(self.root)!r})"

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    def _meta_path(self, key: str) -> Path:
        return self._meta_root / (check_key(key) + ".json")

    @staticmethod
    def _atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
        atomic_write(path, write)

    def put_stream(self, key: str, stream: BinaryIO, size: int, content_type: str,
                   metadata: dict[str, str] | None = None, sha256: str | None = None) -> None:
        path = self._path(key)
        meta = _clean_metadata(metadata)
        # the bytes go to a temp file first; only when they are complete and their hash checked do
        # the metadata and then the object appear under their names
        path.parent.mkdir(parents=True, exist_ok=True)
        batch = _current_batch()
        fd, tmp = tempfile.mkstemp(prefix=".tmp-" + path.name + "-", dir=path.parent)
        try:
            h = hashlib.sha256()
            n = 0
            with os.fdopen(fd, "wb") as fh:
                while chunk := stream.read(_CHUNK):
                    h.update(chunk)
                    fh.write(chunk)
                    n += len(chunk)
                _sync_file(fh, batch)
            if size >= 0 and n != size:
                raise StoreError(f"writing {key!r}: expected {size} bytes but the source gave {n}; "
                                 f"the source file changed while it was read")
            digest = h.hexdigest()
            _check_sha(key, digest, sha256)
            _stamp_sha(key, meta, digest)
            self._replace_into(key, path, tmp, meta, content_type, n)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _sync_entry(path, batch)

    def _replace_into(self, key: str, path: Path, tmp: str, meta: dict[str, str],
                      content_type: str, size: int) -> None:
        """Metadata first, then the complete temp file ``tmp`` renamed to the object's path."""
        info = {"content_type": content_type or "application/octet-stream", "size": size,
                "metadata": meta}
        body = json.dumps(info, ensure_ascii=False, sort_keys=True).encode("utf-8")
        meta_path = self._meta_path(key)
        try:
            previous = meta_path.read_bytes()
        except FileNotFoundError:
            previous = None
        self._atomic_write(meta_path, lambda f: f.write(body))
        try:
            os.replace(tmp, path)
        except BaseException:
            # the object was not replaced: its metadata must describe the old bytes again
            if previous is None:
                meta_path.unlink(missing_ok=True)
            else:
                self._atomic_write(meta_path, lambda f: f.write(previous))
            raise

    def put_bytes(self, key: str, data: bytes, content_type: str,
                  metadata: dict[str, str] | None = None) -> None:
        self.put_stream(key, io.BytesIO(data), len(data), content_type, metadata)

    def put_file(self, key: str, path: Path, content_type: str,
                 metadata: dict[str, str] | None = None) -> None:
        path = Path(path)
        try:
            size = path.stat().st_size
            with path.open("rb") as fh:
                self.put_stream(key, fh, size, content_type, metadata)
        except FileNotFoundError as exc:
            raise StoreError(f"cannot store {path}: the file is gone") from exc

    def get_bytes(self, key: str) -> bytes:
        try:
            data = self._path(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise NotFound(key, f"under {self.root}") from None
        _verify_original(key, data)
        return data

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def stat(self, key: str) -> ObjectInfo:
        path = self._path(key)
        try:
            st = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            raise NotFound(key, f"under {self.root}") from None
        try:
            info = json.loads(self._meta_path(key).read_text(encoding="utf-8"))
        except FileNotFoundError:
            # an object put there by hand: what we can know without a metadata file
            digest, _ = _file_sha256(path)
            return ObjectInfo(key=key, size=st.st_size, content_type="application/octet-stream",
                              metadata={"sha256": digest, "content_sha256": digest}, sha256=digest)
        meta = dict(info.get("metadata", {}))
        return ObjectInfo(key=key, size=st.st_size, content_type=info.get("content_type", ""),
                          metadata=meta, sha256=meta.get("content_sha256") or meta.get("sha256"))

    def list_keys(self, prefix: str) -> list[str]:
        out: list[str] = []
        base = self.root
        # walk only the folder the prefix points into
        start = base / prefix.rsplit("/", 1)[0] if "/" in prefix else base
        if not start.is_dir():
            return []
        for dirpath, dirnames, filenames in os.walk(start):
            rel_dir = Path(dirpath).relative_to(base)
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if name.startswith("."):
                    continue
                key = (rel_dir / name).as_posix() if str(rel_dir) != "." else name
                if key.startswith(prefix):
                    out.append(key)
        return sorted(out)

    def presigned_url(self, key: str, expires: timedelta) -> str | None:
        return None


# -- MinIO / S3 -------------------------------------------------------------------------------

_TRANSIENT_S3_CODES = {"InternalError", "ServiceUnavailable", "SlowDown", "RequestTimeout",
                       "RequestTimeTooSkewed", "OperationAborted"}


def _is_transient(exc: BaseException) -> bool:
    import urllib3
    from minio.error import S3Error, ServerError

    if isinstance(exc, ServerError):
        return exc.status_code >= 500
    if isinstance(exc, S3Error):
        status = getattr(exc.response, "status", 0) or 0
        return exc.code in _TRANSIENT_S3_CODES or status >= 500
    return isinstance(exc, (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError))


def _quote_meta(v: str) -> str:
    # S3 user metadata travels in HTTP headers: keep it ASCII, reversibly
    return quote(v, safe=" !#$&'()*+,-./:;=?@[]^_`{|}~")


class MinioStore:
    """Objects in one bucket of a MinIO (or any S3-compatible) server, via the ``minio`` SDK."""

    def __init__(self, endpoint: str, access_key: str, secret_key: str, bucket: str, *,
                 secure: bool = False, attempts: int = 4, backoff: float = 0.5,
                 part_size: int = 16 * 1024 * 1024):
        import urllib3
        from minio import Minio

        if not endpoint:
            raise StoreError("INTAKE_STORE=minio needs INTAKE_MINIO_ENDPOINT (host:port)")
        if not access_key or not secret_key:
            raise StoreError("INTAKE_STORE=minio needs INTAKE_MINIO_ACCESS_KEY and INTAKE_MINIO_SECRET_KEY")
        endpoint = re.sub(r"^https?://", "", endpoint).rstrip("/")
        if not re.match(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", bucket or ""):
            raise StoreError(f"INTAKE_MINIO_BUCKET {bucket!r} is not a valid bucket name: 3 to 63 "
                             f"lower-case letters, digits, '.' or '-'")
        self.endpoint = endpoint
        self.bucket = bucket
        self.secure = secure
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.part_size = part_size
        # retries are ours (below), so that every one is visible and uniform
        http = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=10, read=120), maxsize=10,
            retries=urllib3.Retry(total=0, connect=0, read=0, redirect=0, status=0,
                                  raise_on_status=False, raise_on_redirect=False),
        )
        self._client = Minio(endpoint, access_key=access_key, secret_key=secret_key,
                             secure=secure, http_client=http)
        self._ensure_bucket()

    def __repr__(self) -> str:  # never the credentials
        scheme = "https" if self.secure else "http"
        return f"MinioStore({scheme}://{self.endpoint}, bucket={self.bucket!r})"

    def _retry(self, what: str, fn: Callable[[], T], before_retry: Callable[[], None] | None = None) -> T:
        delay = self.backoff
        for attempt in range(1, self.attempts + 1):
            try:
                return fn()
            except Exception as exc:
                if attempt >= self.attempts or not _is_transient(exc):
                    if _is_transient(exc):
                        raise StoreError(f"{what} on {self!r} failed {attempt} times, last: "
                                         f"{type(exc).__name__}: {exc}; check that the server is up "
                                         f"and reachable") from exc
                    raise
                log.warning("%s on %r failed (%s: %s), retry %d of %d in %.1fs", what, self,
                            type(exc).__name__, exc, attempt, self.attempts - 1, delay)
                time.sleep(delay)
                delay *= 2
                if before_retry is not None:
                    before_retry()
        raise AssertionError("unreachable")

    def _ensure_bucket(self) -> None:
        from minio.error import S3Error

        def ensure() -> None:
            if not self._client.bucket_exists(self.bucket):
                try:
                    self._client.make_bucket(self.bucket)
                except S3Error as exc:  # another process made it first
                    if exc.code not in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
                        raise

        self._retry(f"creating bucket {self.bucket!r}", ensure)

    def put_stream(self, key: str, stream: BinaryIO, size: int, content_type: str,
                   metadata: dict[str, str] | None = None, sha256: str | None = None) -> None:
        check_key(key)
        meta = _clean_metadata(metadata)
        if sha256 is None:
            # we need the hash before the PUT (it travels as metadata): hash a seekable stream first
            if not stream.seekable():
                data = stream.read()
                stream, size = io.BytesIO(data), len(data)
            start = stream.tell()
            h = hashlib.sha256()
            while chunk := stream.read(_CHUNK):
                h.update(chunk)
            sha256 = h.hexdigest()
            stream.seek(start)
        _stamp_sha(key, meta, sha256)
        headers = {k: _quote_meta(v) for k, v in meta.items()}
        start = stream.tell() if stream.seekable() else None

        def rewind() -> None:
            if start is None:
                raise StoreError(f"cannot retry writing {key!r}: its source cannot be read twice")
            stream.seek(start)

        self._retry(f"writing {key!r}", lambda: self._client.put_object(
            self.bucket, key, stream, size, content_type=content_type or "application/octet-stream",
            metadata=headers, part_size=self.part_size if size > self.part_size else 0,
            num_parallel_uploads=1), before_retry=rewind)

    def put_bytes(self, key: str, data: bytes, content_type: str,
                  metadata: dict[str, str] | None = None) -> None:
        self.put_stream(key, io.BytesIO(data), len(data), content_type, metadata,
                        sha256=hashlib.sha256(data).hexdigest())

    def put_file(self, key: str, path: Path, content_type: str,
                 metadata: dict[str, str] | None = None) -> None:
        path = Path(path)
        try:
            digest, size = _file_sha256(path)
            with path.open("rb") as fh:
                self.put_stream(key, fh, size, content_type, metadata, sha256=digest)
        except FileNotFoundError as exc:
            raise StoreError(f"cannot store {path}: the file is gone") from exc

    def _not_found(self, exc: BaseException) -> bool:
        from minio.error import S3Error

        return isinstance(exc, S3Error) and exc.code in {"NoSuchKey", "NoSuchObject", "NotFound",
                                                          "ResourceNotFound"}

    def get_bytes(self, key: str) -> bytes:
        check_key(key)

        def get() -> bytes:
            resp = self._client.get_object(self.bucket, key)
            try:
                return resp.read()
            finally:
                resp.close()
                resp.release_conn()

        try:
            data = self._retry(f"reading {key!r}", get)
        except Exception as exc:
            if self._not_found(exc):
                raise NotFound(key, f"in bucket {self.bucket!r}") from None
            raise
        _verify_original(key, data)
        return data

    def stat(self, key: str) -> ObjectInfo:
        check_key(key)
        try:
            obj = self._retry(f"reading the metadata of {key!r}",
                              lambda: self._client.stat_object(self.bucket, key))
        except Exception as exc:
            if self._not_found(exc):
                raise NotFound(key, f"in bucket {self.bucket!r}") from None
            raise
        meta: dict[str, str] = {}
        for name, value in (obj.metadata or {}).items():
            lname = name.lower()
            if lname.startswith("x-amz-meta-"):
                meta[lname[len("x-amz-meta-"):]] = unquote(value)
        return ObjectInfo(key=key, size=int(obj.size or 0),
                          content_type=obj.content_type or "application/octet-stream",
                          metadata=meta, sha256=meta.get("content_sha256") or meta.get("sha256"))

    def exists(self, key: str) -> bool:
        try:
            self.stat(key)
        except NotFound:
            return False
        return True

    def list_keys(self, prefix: str) -> list[str]:
        def listing() -> list[str]:
            return sorted(o.object_name for o in self._client.list_objects(
                self.bucket, prefix=prefix or None, recursive=True) if not o.is_dir)

        return self._retry(f"listing {prefix!r}", listing)

    def presigned_url(self, key: str, expires: timedelta) -> str | None:
        check_key(key)
        return self._client.presigned_get_object(self.bucket, key, expires=expires)


# -- atomic files ------------------------------------------------------------------------------

def _fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable."""
    dfd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def atomic_write(path: Path, write: Callable[[BinaryIO], None] | bytes) -> Path:
    """Write a file so that readers see the old one or the complete new one, never a part:
    temp file in the same folder, fsync, rename, fsync the folder (inside :func:`deferred_sync`:
    no fsyncs, the batch makes it durable). ``write`` is the bytes or a function that writes to
    the open file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    batch = _current_batch()
    fd, tmp = tempfile.mkstemp(prefix=".tmp-" + path.name + "-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(write, (bytes, bytearray)):
                fh.write(write)
            else:
                write(fh)
            _sync_file(fh, batch)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_entry(path, batch)
    return path


def _sync_file(fh, batch) -> None:
    """Flush ``fh``; make it durable now, or leave that to the open batch (``deferred_sync``)."""
    fh.flush()
    if batch is None:
        os.fsync(fh.fileno())


def _sync_entry(path: Path, batch) -> None:
    """Make the folder entry of ``path`` durable now, or add it to the open batch."""
    if batch is None:
        _fsync_dir(path.parent)
    else:
        batch.add(path)


# -- durability in batches (module docstring) ----------------------------------------------------

def _load_syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn


_SYNCFS = _load_syncfs()
_TLS = threading.local()


class SyncBatch:
    """Files renamed into place whose fsyncs were left out; :meth:`flush` makes them durable."""

    def __init__(self) -> None:
        self._files: list[Path] = []

    def __len__(self) -> int:
        return len(self._files)

    def add(self, path: Path) -> None:
        self._files.append(Path(path))

    def flush(self) -> None:
        """Make every file added so far durable, with its folder entry: one ``syncfs`` per file
        system where Linux offers it, else an fsync of each file and each folder."""
        files, self._files = self._files, []
        if not files:
            return
        folders = list(dict.fromkeys(f.parent for f in files))
        if _SYNCFS is not None:
            seen: set[int] = set()
            for folder in folders:
                dev = os.stat(folder).st_dev
                if dev in seen:
                    continue
                seen.add(dev)
                dfd = os.open(folder, os.O_RDONLY)
                try:
                    if _SYNCFS(dfd) != 0:
                        err = ctypes.get_errno()
                        raise OSError(err, f"syncfs of {folder} failed: {os.strerror(err)}")
                finally:
                    os.close(dfd)
            return
        for f in dict.fromkeys(files):
            try:
                fd = os.open(f, os.O_RDONLY)
            except FileNotFoundError:
                continue  # replaced or removed since: whoever did that made it durable
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        for folder in folders:
            _fsync_dir(folder)


def _current_batch() -> SyncBatch | None:
    return getattr(_TLS, "batch", None)


@contextmanager
def deferred_sync() -> Iterator[SyncBatch]:
    """Inside the block (this thread only) local object writes and :func:`atomic_write` are
    atomic but not synced one by one; the block syncs them all when it ends, also when it ends
    with an error (what was written stays valid: every file was renamed into place complete).
    A nested block joins the outer one."""
    outer = _current_batch()
    if outer is not None:
        yield outer
        return
    batch = _TLS.batch = SyncBatch()
    failed = False
    try:
        yield batch
    except BaseException:
        failed = True
        raise
    finally:
        _TLS.batch = None
        pending = len(batch)
        try:
            batch.flush()
        except OSError as exc:
            if not failed:
                raise
            log.error("could not sync %d file(s) written before an error: %s", pending, exc)


def sync_pending() -> None:
    """Make what this thread's :func:`deferred_sync` block has written so far durable (no-op
    outside a block)."""
    batch = _current_batch()
    if batch is not None:
        batch.flush()


# -- the object layout (storage/README.md) -------------------------------------------------------

def original_key(sha256: str) -> str:
    return f"originals/{sha256}"


def ocr_key(sha256: str) -> str:
    return f"inputs/{sha256}/ocr.json"


def result_key(sha256: str) -> str:
    return f"inputs/{sha256}/result.json"


def page_key(document_id: str, index: int) -> str:
    """The image of the ``index``-th page (1-based, in document order) of a document."""
    return f"documents/{document_id}/page-{index:04d}.png"


def searchable_pdf_key(document_id: str) -> str:
    return f"documents/{document_id}/searchable.pdf"


def document_key(document_id: str) -> str:
    return f"documents/{document_id}/document.json"


def manifest_key(case_id: str) -> str:
    """``cases/<case_id>/manifest.json``; the case id's ``/`` is written as ``_`` to stay one folder."""
    return f"cases/{case_folder(case_id)}/manifest.json"


def case_folder(case_id: str) -> str:
    return re.sub(r"[^0-9A-Za-z._-]", "_", case_id)


def audit_key(document_id: str, ts: str, event: str) -> str:
    return f"audit/{document_id}/{ts}-{event}.json"
