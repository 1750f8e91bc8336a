"""The caller of a request.

Every repository and service receives the subject; the data-scope predicate built from it
(``core.permissions.scope``) is the single place where row visibility is decided.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from salescrm.core.permissions.catalog import ALL, DataScope

SubjectKind = Literal["anonymous", "system", "employee", "api_key"]


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    #: The employee acting (for an API key: the employee who created it).
    id: uuid.UUID | None = None
    permissions: frozenset[str] = field(default_factory=frozenset)
    scopes: frozenset[DataScope] = field(default_factory=frozenset)
    department_id: uuid.UUID | None = None
    #: The department's ancestor path; its subtree is ``department_path + department_id.hex``.
    department_path: str = "/"
    #: The employee's manager chain; their reports are under ``manager_path + id.hex``.
    manager_path: str = "/"
    session_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None

    def can(self, permission: str) -> bool:
        return ALL in self.permissions or permission in self.permissions

    @property
    def sees_everything(self) -> bool:
        return self.kind == "system" or DataScope.all in self.scopes

    @property
    def principal(self) -> str:
        """A stable key for per-caller state (idempotency keys, rate limits)."""
        if self.api_key_id:
            return f"api_key:{self.api_key_id}"
        return f"{self.kind}:{self.id}" if self.id else self.kind


ANONYMOUS = Subject(kind="anonymous")
SYSTEM = Subject(kind="system", permissions=frozenset({ALL}), scopes=frozenset({DataScope.all}))


#: Loads what an employee may do, as if they were calling: registered by ``auth`` (which knows
#: roles and departments), so that core rules can ask about someone other than the caller.
SubjectLoader = Callable[[Any, uuid.UUID], Awaitable[Subject | None]]
_loaders: list[SubjectLoader] = []


def register_subject_loader(loader: SubjectLoader) -> None:
    _loaders[:] = [loader]


async def subject_of(session: Any, employee_id: uuid.UUID) -> Subject | None:
    """The subject an employee would be today (their roles' permissions and scopes, their
    department and manager chain); None for someone who has left or been deleted, or when no
    loader is registered (then nobody speaks for anybody: the stricter answer)."""
    if not _loaders:
        return None
    return await _loaders[0](session, employee_id)
