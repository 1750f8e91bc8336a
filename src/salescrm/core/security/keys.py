"""The service secret when none is configured, and the keys derived from it.

A secret that was ever published (salescrm's old development default) signs nothing: anyone
could forge tokens with it. Left unset, a random secret is generated once and kept in a file only
the service's user can read, so restarts and every worker use the same one.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import os
import secrets
from pathlib import Path

MIN_SECRET_LENGTH = 32
#: Values that were published as a secret key; whoever has read them can sign tokens.
PUBLISHED_SECRET_KEYS = frozenset({"dev-only-insecure-secret-key-change-me"})
SECRET_FILE_NAME = ".salescrm-secret"  # noqa: S105 - a file name, not a secret


def load_or_create_secret(path: Path) -> str:
    """The secret kept in ``path``, generated there (mode 0600) if the file does not exist yet.

    Workers starting together agree on one: the file appears complete in one step (a hard link
    of a finished temporary file), and whoever loses the race reads the winner's.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(secrets.token_urlsafe(48) + "\n")
            with contextlib.suppress(FileExistsError):  # another worker was first
                os.link(draft, path)
        finally:
            draft.unlink(missing_ok=True)
    secret = path.read_text(encoding="utf-8").strip()
    if len(secret) < MIN_SECRET_LENGTH:
        raise ValueError(
            f"{path} holds no usable secret ({MIN_SECRET_LENGTH}+ characters); "
            "remove it to have one generated"
        )
    return secret


def derive_key(secret: str, purpose: str) -> bytes:
    """A key for one purpose only, so that no two uses of the secret share key material."""
    return hmac.new(secret.encode(), f"salescrm:{purpose}".encode(), hashlib.sha256).digest()


def is_loopback(host: str) -> bool:
    """Whether a listening address is reachable from this machine only (names other than
    ``localhost`` count as public: what they resolve to can change)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
