from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_event_out_action import AuditEventOutAction

if TYPE_CHECKING:
    from ..models.audit_event_out_changes import AuditEventOutChanges


T = TypeVar("T", bound="AuditEventOut")


@_attrs_define
class AuditEventOut:
    """
    Attributes:
        id (UUID):
        occurred_at (datetime.datetime):
        actor_type (str):
        actor_id (None | UUID):
        request_id (None | str):
        resource (str):
        record_id (UUID):
        action (AuditEventOutAction):
        changes (AuditEventOutChanges): Changed fields as [before, after]; fields the caller may not see on the record
            itself (costs and margins without margin:read) are left out, and an update that changed nothing else is not
            listed to them.
    """

    id: UUID
    occurred_at: datetime.datetime
    actor_type: str
    actor_id: None | UUID
    request_id: None | str
    resource: str
    record_id: UUID
    action: AuditEventOutAction
    changes: AuditEventOutChanges
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        occurred_at = self.occurred_at.isoformat()

        actor_type = self.actor_type

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        request_id: None | str
        request_id = self.request_id

        resource = self.resource

        record_id = str(self.record_id)

        action = self.action.value

        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "actor_type": actor_type,
                "actor_id": actor_id,
                "request_id": request_id,
                "resource": resource,
                "record_id": record_id,
                "action": action,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_out_changes import AuditEventOutChanges  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        actor_type = d.pop("actor_type")

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        resource = d.pop("resource")

        record_id = UUID(d.pop("record_id"))

        action = AuditEventOutAction(d.pop("action"))

        changes = AuditEventOutChanges.from_dict(d.pop("changes"))

        audit_event_out = cls(
            id=id,
            occurred_at=occurred_at,
            actor_type=actor_type,
            actor_id=actor_id,
            request_id=request_id,
            resource=resource,
            record_id=record_id,
            action=action,
            changes=changes,
        )

        audit_event_out.additional_properties = d
        return audit_event_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
