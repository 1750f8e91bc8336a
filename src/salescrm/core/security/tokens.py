"""All JWT code lives here, so the JWT library can be swapped in this one file.

python-jose with an explicit one-algorithm allow-list (HS256 with the service secret, or RS256
with a key pair through its cryptography backend). ``exp``, ``iat``, ``jti``, ``sub`` and the
token type are required; an access token is never accepted where a refresh token is expected,
nor the other way round.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from jose import JWTError, jwt

from salescrm.config import Settings
from salescrm.core.clock import utcnow
from salescrm.core.ids import new_id

TokenType = Literal["access", "refresh"]
ALLOWED_ALGORITHMS = frozenset({"HS256", "RS256"})
_REQUIRED = ("exp", "iat", "jti", "sub", "typ", "sid")


class InvalidTokenError(Exception):
    """The token is malformed, forged, expired, of the wrong type or algorithm."""


@dataclass(frozen=True)
class Claims:
    subject: uuid.UUID
    session_id: uuid.UUID
    token_id: uuid.UUID
    token_type: TokenType
    issued_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class IssuedToken:
    token: str
    claims: Claims


class TokenCodec:
    def __init__(self, settings: Settings) -> None:
        if settings.jwt_algorithm not in ALLOWED_ALGORITHMS:
            raise ValueError(f"unsupported JWT algorithm {settings.jwt_algorithm}")
        self.algorithm = settings.jwt_algorithm
        self.issuer = settings.jwt_issuer
        self._settings = settings
        #: (private, public) for RS256; HS256 reads the service secret when it first signs or
        #: verifies, so building the app (for its OpenAPI spec, say) generates no secret.
        self._key_pair: tuple[str, str] | None = None
        if self.algorithm == "RS256":
            if not (settings.jwt_private_key and settings.jwt_public_key):
                raise ValueError("RS256 needs a private and a public key")
            self._key_pair = (settings.jwt_private_key, settings.jwt_public_key)
        self.ttl: dict[TokenType, int] = {
            "access": settings.access_token_ttl_seconds,
            "refresh": settings.refresh_token_ttl_seconds,
        }

    def issue(self, *, subject: uuid.UUID, session_id: uuid.UUID, kind: TokenType) -> IssuedToken:
        now = utcnow().replace(microsecond=0)
        claims = Claims(
            subject=subject,
            session_id=session_id,
            token_id=new_id(),
            token_type=kind,
            issued_at=now,
            expires_at=now + timedelta(seconds=self.ttl[kind]),
        )
        payload = {
            "iss": self.issuer,
            "sub": str(subject),
            "sid": str(session_id),
            "jti": str(claims.token_id),
            "typ": kind,
            "iat": int(now.timestamp()),
            "exp": int(claims.expires_at.timestamp()),
        }
        key = self._key_pair[0] if self._key_pair else self._settings.secret
        token: str = jwt.encode(payload, key, algorithm=self.algorithm)
        return IssuedToken(token=token, claims=claims)

    def decode(self, token: str, expected: TokenType) -> Claims:
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") != self.algorithm:
                raise InvalidTokenError("algorithm not allowed")
            payload: dict[str, Any] = jwt.decode(
                token,
                self._key_pair[1] if self._key_pair else self._settings.secret,
                algorithms=[self.algorithm],
                issuer=self.issuer,
                options={
                    "require_exp": True,
                    "require_iat": True,
                    "require_sub": True,
                    "require_jti": True,
                    "verify_aud": False,
                },
            )
        except JWTError as exc:
            raise InvalidTokenError(str(exc)) from exc
        if any(payload.get(name) is None for name in _REQUIRED):
            raise InvalidTokenError("missing claim")
        if payload["typ"] != expected:
            raise InvalidTokenError("wrong token type")
        try:
            return Claims(
                subject=uuid.UUID(str(payload["sub"])),
                session_id=uuid.UUID(str(payload["sid"])),
                token_id=uuid.UUID(str(payload["jti"])),
                token_type=expected,
                issued_at=datetime.fromtimestamp(int(payload["iat"]), tz=utcnow().tzinfo),
                expires_at=datetime.fromtimestamp(int(payload["exp"]), tz=utcnow().tzinfo),
            )
        except (ValueError, TypeError) as exc:
            raise InvalidTokenError("malformed claim") from exc
