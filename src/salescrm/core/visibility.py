"""Field-level visibility: some fields of a record are shown only to callers holding a permission.

Costs and margins are the first such fields (``margin:read``): a sales rep sees a deal's amount
but not what it costs the company. An output model declares them with ``restricted(permission)``
(a computed one with ``restricted_property(permission)``); serialization leaves such a field out
of the JSON — absent, not null — unless the request's caller holds the permission. The caller is
read from ``current_subject``, which the unit of work sets for every authenticated request; with
no caller (a background job) restricted fields are left out, so forgetting to set it fails closed.

The hiding is Pydantic's own field-level ``exclude_if``, not a model serializer: a wrap
``model_serializer`` returning ``Any`` erases the model's serialization schema, and the OpenAPI
document then shows every model holding such a field as ``{}`` (a generated client types a deal
as ``unknown``). With ``exclude_if`` every field keeps its type, and Pydantic documents a field
that may be left out as not required; ``x-requires-permission`` names the permission.

The audit trail holds the same values column by column; ``restrict_columns`` registers them so
that ``/audit-events`` hides them by the same rule.

Whoever may not see a value may not set it either (a cost written blind is a cost probed): input
models mark such fields with ``restricted_input(permission, default)``, and the generic service
refuses a request that sends one without the permission (``settable``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from pydantic import BaseModel, Field, computed_field
from pydantic.fields import ComputedFieldInfo, FieldInfo

from salescrm.core.permissions.subject import Subject

#: The caller of the request being served (set by ``core.uow.get_ctx``).
current_subject: ContextVar[Subject | None] = ContextVar("current_subject", default=None)

MARK = "x-requires-permission"

_P = TypeVar("_P")
_V = TypeVar("_V")


def _hidden_without(permission: str) -> Callable[[Any], bool]:
    """An ``exclude_if``: leave the value out unless the current caller holds ``permission``."""

    def hidden(_value: Any) -> bool:
        return not may_see(permission)

    return hidden


def restricted(permission: str, **kwargs: Any) -> Any:
    """A ``Field`` shown only to callers holding ``permission`` (documented in the schema)."""
    description = kwargs.pop("description", "")
    return Field(
        None,
        description=f"{description} {_present_only(permission)}".strip(),
        json_schema_extra={MARK: permission},
        exclude_if=_hidden_without(permission),
        **kwargs,
    )


def restricted_property(permission: str, description: str = "") -> Callable[[_P], _P]:
    """``computed_field`` for a property shown only to callers holding ``permission``."""
    return computed_field(
        description=f"{description} {_present_only(permission)}".strip(),
        json_schema_extra={MARK: permission},
        exclude_if=_hidden_without(permission),
    )


def _present_only(permission: str) -> str:
    return f"Present only for callers holding {permission}."


def restricted_input(permission: str, default: Any, **kwargs: Any) -> Any:
    """A request ``Field`` only callers holding ``permission`` may send (403 otherwise)."""
    description = kwargs.pop("description", "")
    note = f"Setting it needs {permission}."
    return Field(
        default,
        description=f"{description} {note}".strip(),
        json_schema_extra={MARK: permission},
        **kwargs,
    )


def required_to_set(payload: BaseModel) -> set[str]:
    """The permissions the fields sent in ``payload`` need (``restricted_input``)."""
    marks = _marks(dict(type(payload).model_fields))
    return {marks[name] for name in payload.model_fields_set if name in marks}


def may_see(permission: str) -> bool:
    subject = current_subject.get()
    return subject is not None and subject.can(permission)


def _marks(fields: dict[str, FieldInfo | ComputedFieldInfo]) -> dict[str, str]:
    found = {}
    for name, info in fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and isinstance(extra.get(MARK), str):
            found[name] = str(extra[MARK])
    return found


#: resource -> {column: permission}: audited columns shown only with the permission.
RESTRICTED_COLUMNS: dict[str, dict[str, str]] = {}


def restrict_columns(resource: str, permission: str, *columns: str) -> None:
    RESTRICTED_COLUMNS.setdefault(resource, {}).update(dict.fromkeys(columns, permission))


def visible_changes(resource: str, changes: dict[str, _V]) -> dict[str, _V]:
    """An audit entry's changes without the columns the caller may not see."""
    hidden = RESTRICTED_COLUMNS.get(resource)
    if not hidden:
        return changes
    return {k: v for k, v in changes.items() if k not in hidden or may_see(hidden[k])}
