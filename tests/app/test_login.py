"""Passwords are stored slow-hashed; old lines still work and are upgraded; failures are throttled."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kfp_assistant.app import login
from kfp_assistant.errors import ConfigError


def test_scrypt_hash_verifies_and_salts() -> None:
    hashed = login.hash_password("hemligt")
    assert hashed.startswith(f"scrypt${login.SCRYPT_N}$") and not login.is_outdated(hashed)
    assert login.verify_password("hemligt", hashed) and not login.verify_password("Hemligt", hashed)
    assert login.hash_password("hemligt") != hashed
    assert not login.verify_password("x", "scrypt$garbled") and not login.verify_password("x", "plain")


def test_legacy_sha256_line_is_upgraded_at_login(tmp_path: Path) -> None:
    legacy = "sha256$salt$" + hashlib.sha256(b"saltgammalt").hexdigest()
    users = tmp_path / "users.txt"
    users.write_text(f"# team\nanna:{legacy}\nbo:{login.hash_password('bo-lösen')}\n", encoding="utf-8")
    file = login.UsersFile(users)
    assert not file.check("anna", "fel")
    assert login.read_users(users)["anna"] == legacy  # a wrong password rewrites nothing
    assert file.check("anna", "gammalt")
    upgraded = login.read_users(users)["anna"]
    assert upgraded.startswith("scrypt$") and login.verify_password("gammalt", upgraded)
    assert users.read_text(encoding="utf-8").startswith("# team\n") and file.check("bo", "bo-lösen")
    assert not file.check("okänd", "gammalt")


def test_missing_or_empty_users_file_refuses_to_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        login.UsersFile(tmp_path / "saknas.txt")
    empty = tmp_path / "tom.txt"
    empty.write_text("# nobody yet\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no user lines"):
        login.UsersFile(empty)


def test_set_user_replaces_one_line(tmp_path: Path) -> None:
    users = tmp_path / "users.txt"
    login.set_user(users, "anna", "h1")
    login.set_user(users, "bo", "h2")
    login.set_user(users, "anna", "h3")
    assert login.read_users(users) == {"anna": "h3", "bo": "h2"}
    with pytest.raises(ConfigError):
        login.set_user(users, "a:b", "h")


def test_throttle_per_user_and_per_address() -> None:
    now = [1000.0]
    throttle = login.LoginThrottle(clock=lambda: now[0])
    for _ in range(login.FREE_FAILURES):
        assert throttle.wait("anna", "10.0.0.1") == 0
        throttle.failed("anna", "10.0.0.1")
    assert throttle.wait("anna", "10.0.0.1") == login.BASE_DELAY
    assert throttle.wait("anna", "10.0.0.2") == login.BASE_DELAY  # the user name is throttled anywhere
    assert throttle.wait("bo", "10.0.0.1") == login.BASE_DELAY  # and the address for any name
    assert throttle.wait("bo", "10.0.0.2") == 0
    now[0] += login.BASE_DELAY
    assert throttle.wait("anna", "10.0.0.1") == 0
    throttle.failed("anna", "10.0.0.1")
    assert throttle.wait("anna", "10.0.0.1") == 2 * login.BASE_DELAY  # each further failure doubles it
    now[0] += login.WINDOW + 2 * login.BASE_DELAY
    assert throttle.wait("anna", "10.0.0.1") == 0  # failures older than the window are forgotten
    throttle.failed("bo", "10.0.0.3")
    throttle.succeeded("bo", "10.0.0.3")
    assert throttle.wait("bo", "10.0.0.3") == 0
