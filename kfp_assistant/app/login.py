"""App login: the users file, scrypt password hashes, and throttling of failed logins.

Users file lines are `user:scrypt$<n>$<r>$<p>$<salt>$<hash>` (hashlib.scrypt, standard library).
Lines in the old format `user:sha256$<salt>$<hex>` (one round of salted SHA-256, far too fast to
resist guessing) are still accepted, and rewritten as scrypt at that user's next successful login,
when the password is at hand; `kfp user NAME` writes new lines.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kfp_assistant.errors import ConfigError

# scrypt cost: 2^15 x 8 needs 32 MiB and takes about 0.1-0.4 s on this 2-core machine, so a guesser
# gets a few tries a second per core before throttling even starts (SHA-256 allowed ~935/s).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024
# Throttling: after FREE_FAILURES failed logins within WINDOW seconds, for one user name or from one
# address, each further try waits 2^k x BASE_DELAY seconds since the last failure, at most MAX_DELAY.
FREE_FAILURES = 5
WINDOW = 15 * 60.0
BASE_DELAY = 30.0
MAX_DELAY = 15 * 60.0


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    """A users-file hash, 'scrypt$n$r$p$salt$hash', with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=_MAXMEM, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True when the password matches a 'scrypt$…' or legacy 'sha256$salt$hex' hash."""
    parts = stored.split("$")
    try:
        if parts[0] == "scrypt" and len(parts) == 6:
            n, r, p = (int(x) for x in parts[1:4])
            salt, expected = _unb64(parts[4]), _unb64(parts[5])
            digest = hashlib.scrypt(
                password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=len(expected)
            )
            return hmac.compare_digest(digest, expected)
        if parts[0] == "sha256" and len(parts) == 3:
            legacy = hashlib.sha256((parts[1] + password).encode("utf-8")).hexdigest()
            return hmac.compare_digest(legacy, parts[2])
    except (ValueError, TypeError):  # a garbled line matches no password
        return False
    return False


def is_outdated(stored: str) -> bool:
    """True for hashes weaker than the current scrypt setting (legacy SHA-256, lower cost)."""
    parts = stored.split("$")
    if parts[0] != "scrypt" or len(parts) != 6:
        return True
    return not (parts[1].isdigit() and int(parts[1]) >= SCRYPT_N)


class UsersFile:
    """The users file named by KFP_AUTH, re-read when it changes on disk."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise ConfigError(
                f"KFP_AUTH names {path}, which does not exist; create it with `kfp user NAME --file {path}` "
                "or unset KFP_AUTH to run without login"
            )
        self.path = path
        self._lock = threading.Lock()
        self._stamp: tuple[float, int] | None = None
        self._users: dict[str, str] = {}
        if not self.users():
            raise ConfigError(
                f"{path} (KFP_AUTH) has no user lines; add one with `kfp user NAME --file {path}`"
            )

    def users(self) -> dict[str, str]:
        """User name -> stored hash, as the file says now (a missing file means no users)."""
        try:
            stat = self.path.stat()
        except OSError:
            return {}
        with self._lock:
            if self._stamp != (stat.st_mtime, stat.st_size):
                self._users = read_users(self.path)
                self._stamp = (stat.st_mtime, stat.st_size)
            return dict(self._users)

    def check(self, username: str, password: str) -> bool:
        """True for a right password; an outdated hash is rewritten as scrypt on the way."""
        stored = self.users().get(username)
        if stored is None:
            # Spend the same time as for a real user, so response time does not tell names apart.
            verify_password(password, _DUMMY_HASH)
            return False
        if not verify_password(password, stored):
            return False
        if is_outdated(stored):
            set_user(self.path, username, hash_password(password))
        return True


_DUMMY_HASH = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(b'0' * 16)}${_b64(b'0' * 32)}"


def read_users(users_file: Path) -> dict[str, str]:
    """User name -> hash from 'user:hash' lines; blank lines and '#' comments are skipped."""
    users = {}
    for line in users_file.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and ":" in line:
            user, hashed = line.split(":", 1)
            users[user.strip()] = hashed.strip()
    return users


def set_user(users_file: Path, username: str, hashed: str) -> None:
    """Add or replace a user's line; other lines and comments stay as they are. Written atomically."""
    if not username or ":" in username or username != username.strip():
        raise ConfigError(f"{username!r} cannot be a user name: no ':' and no spaces at either end")
    lines = users_file.read_text(encoding="utf-8").splitlines() if users_file.exists() else []
    entry = f"{username}:{hashed}"
    found = False
    for n, line in enumerate(lines):
        if not line.strip().startswith("#") and line.split(":", 1)[0].strip() == username:
            lines[n], found = entry, True
    if not found:
        lines.append(entry)
    tmp = users_file.with_name(f".{users_file.name}.{os.getpid()}.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, users_file)


@dataclass
class LoginThrottle:
    """Failed logins per user name and per address; says how long the next try must wait."""

    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, list[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _recent(self, key: str, now: float) -> list[float]:
        recent = [t for t in self._failures.get(key, []) if now - t < WINDOW]
        if recent:
            self._failures[key] = recent
        else:
            self._failures.pop(key, None)
        return recent

    def wait(self, username: str, address: str) -> float:
        """Seconds until a login for this user from this address may be tried; 0 means now."""
        now = self.clock()
        with self._lock:
            longest = 0.0
            for key in (f"user:{username.casefold()}", f"addr:{address}"):
                recent = self._recent(key, now)
                extra = len(recent) - FREE_FAILURES
                if extra >= 0:
                    delay = min(BASE_DELAY * 2**extra, MAX_DELAY)
                    longest = max(longest, recent[-1] + delay - now)
            return max(longest, 0.0)

    def failed(self, username: str, address: str) -> None:
        """Count a failed login against the user name and the address."""
        now = self.clock()
        with self._lock:
            for key in (f"user:{username.casefold()}", f"addr:{address}"):
                self._failures.setdefault(key, []).append(now)

    def succeeded(self, username: str, address: str) -> None:
        """A right password clears the user's failures from this address (not others' failures)."""
        with self._lock:
            self._failures.pop(f"user:{username.casefold()}", None)
            self._failures.pop(f"addr:{address}", None)
