"""``Idempotency-Key`` for POST: the same key and body replays the first response.

The key is stored with a fingerprint of the request and the response in the same transaction as
the work itself, so a replay can never disagree with what was committed. A concurrent second
request with the same key loses on the unique constraint and gets 409
``idempotency_in_progress`` (the unit of work maps the conflict at commit).

The fingerprint is an HMAC keyed from the service secret: a plain hash of a body that holds a
password would let whoever reads the table test guesses offline, fast. Endpoints whose requests
are credentials (log in, refresh, log out with a refresh token, change a password) are declared
``carries_secrets`` and keep nothing at all: a key sent to them is ignored.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, BinaryIO, TypeVar

from sqlalchemy import Integer, LargeBinary, String, UniqueConstraint, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base
from salescrm.core.errors import IdempotencyKeyReused, ValidationFailed
from salescrm.core.ids import new_id
from salescrm.core.schemas import NUL_ERROR, NUL_MESSAGE, contains_nul
from salescrm.core.security.keys import derive_key

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
_REPLAYED_HEADERS = ("content-type", "location", "etag", "content-language")
_CARRIES_SECRETS = "__salescrm_carries_secrets__"
#: Added to the description of each such operation, for client developers.
NOT_STORED_NOTE = (
    "`Idempotency-Key` is ignored here: the request carries credentials, so nothing of it is "
    "stored to be replayed."
)
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def carries_secrets(endpoint: Endpoint) -> Endpoint:
    """Declare that an endpoint's request body holds credentials (a password, a refresh token):
    the unit of work then neither fingerprints nor stores it, whatever ``Idempotency-Key`` says."""
    setattr(endpoint, _CARRIES_SECRETS, True)
    return endpoint


def stores_requests(endpoint: Callable[..., Any]) -> bool:
    return not getattr(endpoint, _CARRIES_SECRETS, False)


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("principal", "key"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    principal: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    headers: Mapped[str] = mapped_column(String(4000))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)


def read_key(request: Request) -> str | None:
    key = request.headers.get(HEADER)
    if key is None:
        return None
    if not key.strip() or len(key) > MAX_KEY_LENGTH:
        raise ValidationFailed.field(
            ["header", HEADER], f"Must be 1 to {MAX_KEY_LENGTH} characters", "string_too_long"
        )
    if contains_nul(key):
        raise ValidationFailed.field(["header", HEADER], NUL_MESSAGE, NUL_ERROR)
    return key


def _content_digest(file: BinaryIO) -> bytes:
    """SHA-256 of an uploaded file (spooled by Starlette), read in chunks, rewound after."""
    digest = hashlib.sha256()
    file.seek(0)
    while chunk := file.read(1 << 16):
        digest.update(chunk)
    file.seek(0)
    return digest.digest()


async def fingerprint(request: Request, secret: str) -> str:
    """A keyed digest of the request: equal requests match, and nobody without the service
    secret can test what a stored one was made from."""
    digest = hmac.new(derive_key(secret, "idempotency-fingerprint"), digestmod=hashlib.sha256)
    for part in (request.method, request.url.path, request.url.query):
        digest.update(part.encode() + b"\0")
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        # FastAPI has already parsed (and consumed) a form body; the parsed form is cached.
        form = await request.form()
        for name, value in sorted(form.multi_items(), key=lambda item: item[0]):
            text = value if isinstance(value, str) else f"file:{value.filename}:{value.size}"
            digest.update(f"{name}={text}".encode() + b"\0")
            if not isinstance(value, str):  # the same key with other content is another request
                digest.update(await run_in_threadpool(_content_digest, value.file))
    else:
        digest.update(await request.body())
    return digest.hexdigest()


async def replay(
    session: AsyncSession, *, principal: str, key: str, print_: str
) -> Response | None:
    """The stored response for this key, or None when the key is new (or expired)."""
    record = await session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.principal == principal, IdempotencyRecord.key == key
        )
    )
    if record is None:
        return None
    if record.expires_at <= utcnow():
        await session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.id == record.id))
        return None
    if record.fingerprint != print_:
        raise IdempotencyKeyReused()
    headers = json.loads(record.headers)
    headers["Idempotent-Replayed"] = "true"
    return Response(content=record.body, status_code=record.status_code, headers=headers)


def redact(request: Request, *fields: str) -> None:
    """Keep these top-level response fields (secrets: tokens, API keys) out of the stored
    replay; a replay answers them as null, since they are shown only once."""
    request.state.idempotency_redact = frozenset(fields)


def _redacted(body: bytes, fields: frozenset[str]) -> bytes:
    data = json.loads(body)
    if isinstance(data, dict):
        data.update({name: None for name in fields if name in data})
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def remember(
    session: AsyncSession,
    *,
    principal: str,
    key: str,
    print_: str,
    response: Response,
    ttl_seconds: int,
    redact_fields: frozenset[str] = frozenset(),
) -> None:
    headers = {k: v for k, v in response.headers.items() if k.lower() in _REPLAYED_HEADERS}
    body = bytes(response.body)
    if redact_fields:
        body = _redacted(body, redact_fields)
    now = utcnow()
    session.add(
        IdempotencyRecord(
            principal=principal,
            key=key,
            fingerprint=print_,
            status_code=response.status_code,
            headers=json.dumps(headers),
            body=body,
            created_at=now,
            expires_at=now + timedelta(seconds=ttl_seconds),
        )
    )
