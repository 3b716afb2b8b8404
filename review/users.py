"""Caseworker accounts for the review app: a small JSON file, hashed passwords.

The file (``settings.review_users``, default ``<INTAKE_HOME>/users.json``) is a JSON list::

    [{"username": "mueller", "password_hash": "scrypt$16384$8$1$<salt>$<hash>",
      "departments": ["ordnungsamt"], "admin": false}]

Passwords are never stored: ``hash_password`` derives a key with ``hashlib.scrypt`` and a random salt.
Create entries with::

    python -m review.users add NAME --department ordnungsamt [--department ...] [--admin]
    python -m review.users list

The password is asked for interactively, or read from stdin with ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import json
import os
import re
import secrets
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.settings import Settings, load_settings

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
MIN_PASSWORD_LENGTH = 8


class UsersFileError(ValueError):
    """The users file cannot be read; the message names the file and what to do."""


@dataclass(frozen=True)
class User:
    username: str
    password_hash: str
    departments: tuple[str, ...] = field(default_factory=tuple)
    admin: bool = False

    def may_see(self, department: str | None) -> bool:
        """True when this user may see and act on documents of ``department``."""
        return self.admin or (department is not None and department in self.departments)

    def to_json(self) -> dict:
        return {"username": self.username, "password_hash": self.password_hash,
                "departments": list(self.departments), "admin": self.admin}


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def hash_password(password: str) -> str:
    """A salted scrypt hash in the form ``scrypt$N$r$p$salt$hash`` (base64)."""
    salt = secrets.token_bytes(16)
    dk = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P,
                        dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(dk)}"


def verify_password(password: str, password_hash: str) -> bool:
    """Constant-time check of ``password`` against a hash made by ``hash_password``."""
    try:
        algo, n, r, p, salt_b64, dk_b64 = password_hash.split("$")
        if algo != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(dk_b64)
        dk = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p),
                            dklen=len(expected), maxmem=128 * int(r) * int(n) * 2 + 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(dk, expected)


# A hash of a random password: verifying unknown usernames costs the same time as known ones.
_DUMMY_HASH = hash_password(secrets.token_hex(16))


def users_path(settings: Settings) -> Path:
    return Path(settings.review_users) if settings.review_users else settings.home / "users.json"


def load_users(path: Path) -> dict[str, User]:
    """All users of the file, by username. A missing file means no users (nobody can sign in)."""
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsersFileError(f"users file {path} cannot be read ({exc}); fix it or recreate it with "
                             f"'python -m review.users add NAME --department DEPT'") from None
    if not isinstance(raw, list):
        raise UsersFileError(f"users file {path} must hold a JSON list of users")
    out: dict[str, User] = {}
    for i, entry in enumerate(raw):
        try:
            user = User(username=str(entry["username"]), password_hash=str(entry["password_hash"]),
                        departments=tuple(str(d) for d in entry.get("departments", [])),
                        admin=bool(entry.get("admin", False)))
        except (KeyError, TypeError, AttributeError):
            raise UsersFileError(f"users file {path}: entry {i + 1} needs 'username' and "
                                 f"'password_hash' (and 'departments', 'admin')") from None
        out[user.username] = user
    return out


def save_users(path: Path, users: dict[str, User]) -> None:
    """Write the users file atomically, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps([u.to_json() for u in users.values()], indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".users-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_user(path: Path, username: str, password: str, departments: list[str],
             admin: bool = False) -> User:
    """Create or replace a user entry in the users file; returns it."""
    if not _USERNAME_RE.match(username):
        raise ValueError(f"user name {username!r} is not allowed: use 1-64 letters, digits, '.', '_', '-'")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if not departments and not admin:
        raise ValueError("give at least one --department (or --admin for a user who sees all)")
    users = load_users(path)
    user = User(username=username, password_hash=hash_password(password),
                departments=tuple(dict.fromkeys(departments)), admin=admin)
    users[username] = user
    save_users(path, users)
    return user


def authenticate(users: dict[str, User], username: str, password: str) -> User | None:
    user = users.get(username)
    if user is None:
        verify_password(password, _DUMMY_HASH)
        return None
    return user if verify_password(password, user.password_hash) else None


def main(argv: list[str] | None = None) -> int:
    from classifiers.doctypes import taxonomy

    known = taxonomy().departments
    ap = argparse.ArgumentParser(prog="python -m review.users",
                                 description="Manage the review app's caseworker accounts.")
    ap.add_argument("--file", type=Path, help="users file (default: settings / INTAKE_HOME/users.json)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="create a user or reset their password and departments")
    add.add_argument("username")
    add.add_argument("--department", action="append", default=[], choices=known,
                     help="a department whose documents the user reviews (repeatable)")
    add.add_argument("--admin", action="store_true", help="sees all departments")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    sub.add_parser("list", help="list users and their departments")
    args = ap.parse_args(argv)

    path = args.file or users_path(load_settings())
    try:
        if args.cmd == "list":
            for u in load_users(path).values():
                role = "admin" if u.admin else "caseworker"
                print(f"{u.username}\t{role}\t{', '.join(u.departments)}")
            return 0
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass(f"Password for {args.username}: ")
            if getpass.getpass("Repeat password: ") != password:
                print("error: the passwords differ; nothing was changed", file=sys.stderr)
                return 2
        user = add_user(path, args.username, password, args.department, args.admin)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"saved user {user.username} ({'admin' if user.admin else ', '.join(user.departments)}) "
          f"in {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
