"""The object store, one suite over both backends: a local folder and MinIO over real HTTP (moto's S3
server on 127.0.0.1). What is checked is what an operator would check: the object under its key, its
bytes, content type and metadata, nothing half-written after an interrupted write."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import urllib.request
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.storage_fixtures import *  # noqa: F401,F403
from tests.storage_fixtures import ACCESS_KEY, SECRET_KEY

from storage import (IntegrityError, LocalStore, MinioStore, NotFound, StoreError, open_store,
                     original_key)


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def _boto(store: MinioStore):
    """An independent S3 client, to look into the bucket without our code."""
    import boto3

    return boto3.client("s3", endpoint_url=f"http://{store.endpoint}", aws_access_key_id="x",
                        aws_secret_access_key="x", region_name="us-east-1")


class Boom(Exception):
    pass


class BreaksHalfway(io.RawIOBase):
    """A source that delivers the first half of its bytes and then fails (a pulled USB stick)."""

    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def read(self, n: int = -1) -> bytes:
        half = len(self.data) // 2
        if self.pos >= half:
            raise Boom("device went away")
        n = len(self.data) if n is None or n < 0 else n
        chunk = self.data[self.pos:min(self.pos + n, half)]
        self.pos += len(chunk)
        return chunk


# -- both backends ---------------------------------------------------------------------------

def test_bytes_roundtrip_with_content_type_and_metadata(store):
    body = json.dumps({"doc_type": "rechnung", "betrag": "1234.50"}).encode()
    key = "documents/abc-01/document.json"
    store.put_bytes(key, body, "application/json",
                    {"doc_type": "rechnung", "department": "kaemmerei", "name": "Scan Müller 03.pdf"})
    assert store.exists(key)
    assert store.get_bytes(key) == body
    info = store.stat(key)
    assert info.size == len(body)
    assert info.content_type == "application/json"
    assert info.sha256 == _sha(body)
    assert info.metadata["doc_type"] == "rechnung"
    assert info.metadata["department"] == "kaemmerei"
    assert info.metadata["name"] == "Scan Müller 03.pdf"  # non-ASCII survives the HTTP headers
    assert info.metadata["sha256"] == _sha(body)


def test_original_file_is_stored_under_its_hash_and_checked(store, tmp_path):
    data = os.urandom(300_000)
    src = tmp_path / "scan 01.pdf"
    src.write_bytes(data)
    key = original_key(_sha(data))
    store.put_file(key, src, "application/pdf", {"name": src.name})
    assert store.get_bytes(key) == data
    assert store.stat(key).sha256 == _sha(data)
    assert store.stat(key).metadata["name"] == "scan 01.pdf"


def test_original_whose_bytes_do_not_match_its_key_is_refused(store, tmp_path):
    src = tmp_path / "x.pdf"
    src.write_bytes(b"%PDF-1.7 changed while being read")
    key = original_key(_sha(b"something else"))
    with pytest.raises(IntegrityError, match="sha256"):
        store.put_file(key, src, "application/pdf")
    assert not store.exists(key)
    assert store.list_keys("originals/") == []


def test_missing_key_raises_not_found_naming_the_key(store):
    with pytest.raises(NotFound) as err:
        store.get_bytes("inputs/" + "0" * 64 + "/result.json")
    assert isinstance(err.value, KeyError)
    assert "inputs/" + "0" * 64 + "/result.json" in str(err.value)
    with pytest.raises(KeyError):
        store.stat("documents/nope/document.json")
    assert store.exists("documents/nope/document.json") is False


def test_list_keys_by_prefix_and_overwrite(store):
    for k in ["documents/d1/page-0001.png", "documents/d1/page-0002.png", "documents/d10/page-0001.png",
              "documents/d2/document.json", "audit/d1/20260101T000000.000001Z-received.json"]:
        store.put_bytes(k, k.encode(), "application/octet-stream")
    assert store.list_keys("documents/d1/") == ["documents/d1/page-0001.png", "documents/d1/page-0002.png"]
    assert store.list_keys("documents/d1") == ["documents/d1/page-0001.png", "documents/d1/page-0002.png",
                                               "documents/d10/page-0001.png"]
    assert store.list_keys("audit/") == ["audit/d1/20260101T000000.000001Z-received.json"]
    assert len(store.list_keys("")) == 5
    store.put_bytes("documents/d2/document.json", b'{"v": 2}', "application/json", {"doc_type": "bauantrag"})
    assert store.get_bytes("documents/d2/document.json") == b'{"v": 2}'
    assert store.stat("documents/d2/document.json").metadata["doc_type"] == "bauantrag"
    assert len(store.list_keys("")) == 5


def test_invalid_keys_are_refused(store):
    for bad in ["", "/abs", "a/../b", "a//b", "dir/", ".meta/x", "originals/NOT-A-HASH"]:
        with pytest.raises(ValueError):
            store.put_bytes(bad, b"x", "text/plain")


def test_interrupted_write_leaves_nothing_and_rerun_completes(store, monkeypatch):
    # big enough that the MinIO backend uploads a first multipart part before the source fails
    data = os.urandom(11 * 1024 * 1024)
    parts = []
    if isinstance(store, MinioStore):
        store.part_size = 5 * 1024 * 1024
        real_upload_part = store._client._upload_part
        monkeypatch.setattr(store._client, "_upload_part",
                            lambda *a, **kw: (parts.append(a[5]), real_upload_part(*a, **kw))[1])
    key = "documents/d1/searchable.pdf"
    with pytest.raises(Boom):
        store.put_stream(key, BreaksHalfway(data), len(data), "application/pdf",
                         {"doc_type": "bauantrag"}, sha256=_sha(data))
    assert not store.exists(key)
    assert store.list_keys("documents/") == []
    if isinstance(store, MinioStore):  # part 1 reached the server; it holds no orphaned upload
        assert parts == [1]
        uploads = _boto(store).list_multipart_uploads(Bucket=store.bucket).get("Uploads", [])
        assert uploads == []
    else:
        leftovers = [p for p in Path(store.root).rglob("*") if p.is_file() and ".meta" not in p.parts]
        assert leftovers == []
    store.put_stream(key, io.BytesIO(data), len(data), "application/pdf", {"doc_type": "bauantrag"},
                     sha256=_sha(data))
    assert store.get_bytes(key) == data
    assert store.stat(key).sha256 == _sha(data)


def test_overwrite_interrupted_keeps_the_old_version_whole(store):
    key = "inputs/" + "a" * 64 + "/result.json"
    store.put_bytes(key, b'{"status": "processed", "v": 1}', "application/json")
    new = b'{"status": "processed", "v": 2}' * 1000
    with pytest.raises(Boom):
        store.put_stream(key, BreaksHalfway(new), len(new), "application/json", sha256=_sha(new))
    assert store.get_bytes(key) == b'{"status": "processed", "v": 1}'


def test_presigned_url(store):
    key = "documents/d1/page-0001.png"
    store.put_bytes(key, b"\x89PNG fake page", "image/png")
    url = store.presigned_url(key, timedelta(minutes=10))
    if isinstance(store, LocalStore):
        assert url is None
        return
    q = dict(parse_qsl(urlsplit(url).query))
    assert q["X-Amz-Expires"] == "600"
    assert len(q["X-Amz-Signature"]) == 64
    assert q["X-Amz-Credential"].startswith(ACCESS_KEY + "/")
    assert SECRET_KEY not in url
    _verify_sigv4_query(url, SECRET_KEY)
    with pytest.raises(AssertionError):
        _verify_sigv4_query(url, "some-other-secret")
    with urllib.request.urlopen(url, timeout=10) as resp:
        assert resp.read() == b"\x89PNG fake page"


def _verify_sigv4_query(url: str, secret: str) -> None:
    """Recompute an AWS SigV4 query signature (GET, UNSIGNED-PAYLOAD) independently of any SDK."""
    parts = urlsplit(url)
    pairs = [p.split("=", 1) for p in parts.query.split("&")]
    given = dict(pairs)["X-Amz-Signature"]
    canonical_query = "&".join(f"{k}={v}" for k, v in sorted(pairs) if k != "X-Amz-Signature")
    canonical = "\n".join(["GET", parts.path, canonical_query, f"host:{parts.netloc}", "", "host",
                           "UNSIGNED-PAYLOAD"])
    amz_date = dict(pairs)["X-Amz-Date"]
    scope = dict(parse_qsl(parts.query))["X-Amz-Credential"].split("/", 1)[1]
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope,
                         hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + secret).encode()
    for piece in scope.split("/"):
        key = hmac.new(key, piece.encode(), hashlib.sha256).digest()
    assert hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest() == given, "signature mismatch"


# -- local folder only -----------------------------------------------------------------------

def test_local_rename_interrupted_leaves_no_object_and_no_temp(tmp_path, monkeypatch):
    st = LocalStore(tmp_path / "store")
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if str(dst).endswith("page-0001.png"):
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        st.put_bytes("documents/d1/page-0001.png", b"png bytes", "image/png")
    assert calls
    assert not st.exists("documents/d1/page-0001.png")
    assert [p.name for p in (tmp_path / "store" / "documents" / "d1").iterdir()] == []
    monkeypatch.setattr(os, "replace", real_replace)
    st.put_bytes("documents/d1/page-0001.png", b"png bytes", "image/png")
    assert st.get_bytes("documents/d1/page-0001.png") == b"png bytes"
    assert st.stat("documents/d1/page-0001.png").content_type == "image/png"
    # an overwrite whose rename fails keeps the old bytes *and* their metadata
    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        st.put_bytes("documents/d1/page-0001.png", b"other png", "image/x-other", {"doc_type": "x"})
    info = st.stat("documents/d1/page-0001.png")
    assert st.get_bytes("documents/d1/page-0001.png") == b"png bytes"
    assert (info.content_type, info.sha256) == ("image/png", _sha(b"png bytes"))
    assert "doc_type" not in info.metadata


def test_local_damaged_original_is_detected(tmp_path):
    st = LocalStore(tmp_path / "store")
    data = b"%PDF-1.4 the original scan"
    key = original_key(_sha(data))
    st.put_bytes(key, data, "application/pdf")
    (tmp_path / "store" / key).write_bytes(b"%PDF-1.4 the original scaN")  # bit rot
    with pytest.raises(IntegrityError, match="damaged"):
        st.get_bytes(key)


# -- MinIO only --------------------------------------------------------------------------------

def test_minio_objects_seen_by_an_independent_client(store_factory):
    st = store_factory("minio")
    data = b"%PDF-1.4 scan"
    key = original_key(_sha(data))
    st.put_bytes(key, data, "application/pdf", {"name": "Brief Ämter.pdf", "sha256": _sha(data)})
    head = _boto(st).head_object(Bucket=st.bucket, Key=key)
    assert head["ContentType"] == "application/pdf"
    assert head["Metadata"]["sha256"] == _sha(data)
    body = _boto(st).get_object(Bucket=st.bucket, Key=key)["Body"].read()
    assert body == data


def test_minio_bucket_is_created_when_missing(minio_settings):
    import boto3

    st = open_store(minio_settings)
    s3 = boto3.client("s3", endpoint_url=f"http://{st.endpoint}", aws_access_key_id="x",
                      aws_secret_access_key="x", region_name="us-east-1")
    names = [b["Name"] for b in s3.list_buckets()["Buckets"]]
    assert minio_settings.minio_bucket in names
    open_store(minio_settings)  # a second process finds it there: no error


def test_minio_damaged_original_is_detected(store_factory):
    st = store_factory("minio")
    data = b"original bytes"
    key = original_key(_sha(data))
    _boto(st).put_object(Bucket=st.bucket, Key=key, Body=b"tampered bytes")
    with pytest.raises(IntegrityError, match="damaged"):
        st.get_bytes(key)


def test_minio_transient_errors_are_retried(store_factory, monkeypatch, caplog):
    import urllib3
    from minio.error import ServerError

    st = store_factory("minio", backoff=0.01)
    real_put = st._client.put_object
    failures = [urllib3.exceptions.ProtocolError("Connection aborted.", ConnectionResetError(104, "reset")),
                ServerError("503 Service Unavailable", 503)]
    attempts = []

    def flaky_put(*a, **kw):
        attempts.append(1)
        if failures:
            # the failing attempt has consumed the stream, as a real one would
            a[2].read()
            raise failures.pop(0)
        return real_put(*a, **kw)

    monkeypatch.setattr(st._client, "put_object", flaky_put)
    with caplog.at_level(logging.WARNING, logger="storage.objectstore"):
        st.put_bytes("inputs/" + "b" * 64 + "/ocr.json", b'{"pages": []}', "application/json")
    assert len(attempts) == 3
    assert st.get_bytes("inputs/" + "b" * 64 + "/ocr.json") == b'{"pages": []}'
    assert "retry 1 of 3" in caplog.text


def test_minio_gives_up_with_a_clear_message_when_the_server_is_gone(moto_endpoint, tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there
    with pytest.raises(StoreError, match="server is up"):
        MinioStore(f"127.0.0.1:{port}", ACCESS_KEY, SECRET_KEY, "intake", attempts=2, backoff=0.01)


def test_minio_credentials_come_from_settings_and_are_never_shown(minio_settings, caplog, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "env-access-must-not-be-used")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret-must-not-be-used")
    monkeypatch.setenv("MINIO_ACCESS_KEY", "env-access-must-not-be-used")
    with caplog.at_level(logging.DEBUG):
        st = open_store(minio_settings)
        st.put_bytes("documents/x/document.json", b"{}", "application/json")
        st.get_bytes("documents/x/document.json")
        url = st.presigned_url("documents/x/document.json", timedelta(hours=1))
    # the settings' key signs the URL (the environment's does not)
    assert dict(parse_qsl(urlsplit(url).query))["X-Amz-Credential"].startswith(ACCESS_KEY + "/")
    _verify_sigv4_query(url, minio_settings.minio_secret_key)
    for shown in (repr(st), str(st), caplog.text, json.dumps(minio_settings.redacted())):
        assert SECRET_KEY not in shown
    assert ACCESS_KEY not in repr(st) and ACCESS_KEY not in json.dumps(minio_settings.redacted())


def test_minio_without_credentials_is_a_clear_error(moto_endpoint, tmp_path):
    from pipeline.settings import load_settings

    s = load_settings(env={"INTAKE_HOME": str(tmp_path), "INTAKE_STORE": "minio",
                           "INTAKE_MINIO_ENDPOINT": moto_endpoint})
    with pytest.raises(StoreError, match="INTAKE_MINIO_ACCESS_KEY and INTAKE_MINIO_SECRET_KEY"):
        open_store(s)


def test_local_store_under_settings_home(tmp_path):
    from pipeline.settings import load_settings

    st = open_store(load_settings(env={"INTAKE_HOME": str(tmp_path / "h")}))
    st.put_bytes("cases/32.1-2026_0001/manifest.json", b"{}", "application/json")
    assert (tmp_path / "h" / "store" / "cases" / "32.1-2026_0001" / "manifest.json").read_bytes() == b"{}"


def test_derived_object_keeps_the_input_sha_and_records_its_own(store):
    input_sha = _sha(b"the scanned input")
    page = b"\x89PNG page one"
    key = "documents/abc-01/page-0001.png"
    store.put_bytes(key, page, "image/png", {"sha256": input_sha, "doc_type": "bauantrag",
                                             "department": "baurechtsamt", "input_page": "3"})
    info = store.stat(key)
    assert info.metadata["sha256"] == input_sha  # links the page to its input
    assert info.metadata["content_sha256"] == _sha(page) == info.sha256
    assert info.metadata["input_page"] == "3" and info.metadata["department"] == "baurechtsamt"


def test_original_with_a_wrong_declared_sha_is_refused(store):
    data = b"scan bytes"
    with pytest.raises(IntegrityError, match="metadata says"):
        store.put_bytes(original_key(_sha(data)), data, "application/pdf", {"sha256": _sha(b"other")})
    assert not store.exists(original_key(_sha(data)))
