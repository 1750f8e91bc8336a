"""The caller of a request.

Every repository and service receives the subject; the data-scope predicate built from it is the
single place where row visibility is decided. Until authentication lands, requests run as the
anonymous subject, which holds every permission.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

SubjectKind = Literal["anonymous", "system", "employee", "api_key"]
ALL = "*"


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    id: uuid.UUID | None = None
    permissions: frozenset[str] = field(default_factory=frozenset)

    def can(self, permission: str) -> bool:
        return ALL in self.permissions or permission in self.permissions

    @property
    def principal(self) -> str:
        """A stable key for per-caller state (idempotency keys, rate limits)."""
        return f"{self.kind}:{self.id}" if self.id else self.kind


ANONYMOUS = Subject(kind="anonymous", permissions=frozenset({ALL}))
SYSTEM = Subject(kind="system", permissions=frozenset({ALL}))
