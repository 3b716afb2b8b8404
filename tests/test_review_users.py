"""Caseworker accounts: hashed passwords, the users file, the ``python -m review.users`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from review.users import (UsersFileError, add_user, authenticate, hash_password, load_users,
                          verify_password)

REPO = Path(__file__).resolve().parents[1]


def test_password_is_stored_salted_and_verifies(tmp_path):
    path = tmp_path / "users.json"
    add_user(path, "anna", "Sommer-2026!", ["wohngeldstelle"])
    add_user(path, "chef", "Winter-2026!", [], admin=True)
    text = path.read_text(encoding="utf-8")
    assert "Sommer-2026!" not in text and "Winter-2026!" not in text
    entries = json.loads(text)
    assert [e["username"] for e in entries] == ["anna", "chef"]
    assert entries[0]["departments"] == ["wohngeldstelle"] and entries[1]["admin"] is True
    assert oct(path.stat().st_mode & 0o777) == "0o600"

    users = load_users(path)
    assert authenticate(users, "anna", "Sommer-2026!").departments == ("wohngeldstelle",)
    assert authenticate(users, "anna", "sommer-2026!") is None
    assert authenticate(users, "nobody", "Sommer-2026!") is None
    # the same password twice gives two different hashes (random salt)
    assert hash_password("x" * 10) != hash_password("x" * 10)
    assert verify_password("x" * 10, hash_password("x" * 10))
    assert not verify_password("x" * 10, "plaintext")


def test_department_rights():
    from review.users import User

    u = User("anna", "h", ("wohngeldstelle",))
    assert u.may_see("wohngeldstelle") and not u.may_see("ordnungsamt") and not u.may_see(None)
    assert User("chef", "h", (), admin=True).may_see("ordnungsamt")


def test_bad_entries_are_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "users.json"
    with pytest.raises(ValueError, match="at least 8"):
        add_user(path, "anna", "kurz", ["wohngeldstelle"])
    with pytest.raises(ValueError, match="department"):
        add_user(path, "anna", "lang-genug-1", [])
    with pytest.raises(ValueError, match="not allowed"):
        add_user(path, "anna müller", "lang-genug-1", ["wohngeldstelle"])
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UsersFileError, match=str(path)):
        load_users(path)


def test_command_line_adds_a_user(tmp_path):
    path = tmp_path / "users.json"
    run = subprocess.run(
        [sys.executable, "-m", "review.users", "--file", str(path), "add", "bert",
         "--department", "ordnungsamt", "--department", "steueramt", "--password-stdin"],
        input="Passwort-123\n", capture_output=True, text=True, cwd=REPO, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "bert" in run.stdout
    user = authenticate(load_users(path), "bert", "Passwort-123")
    assert user is not None and user.departments == ("ordnungsamt", "steueramt")

    bad = subprocess.run(
        [sys.executable, "-m", "review.users", "--file", str(path), "add", "carla",
         "--department", "no-such-office", "--password-stdin"],
        input="Passwort-123\n", capture_output=True, text=True, cwd=REPO, timeout=60)
    assert bad.returncode != 0 and "no-such-office" in bad.stderr
    assert "carla" not in load_users(path)
