from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_out_data_type_0 import EventOutDataType0


T = TypeVar("T", bound="EventOut")


@_attrs_define
class EventOut:
    """
    Attributes:
        id (UUID): The event's id; a webhook delivery's `webhook-id`.
        type_ (str): `<resource>.<verb>`; every type is listed by `GET /events/types`.
        resource (str):
        record_id (UUID):
        occurred_at (datetime.datetime):
        actor_type (str): `employee`, `api_key` or `system` (a job).
        actor_id (None | UUID):
        request_id (None | str): The request that made the change, if any.
        data (EventOutDataType0 | None): The record as the change committed it, as a reader without any restricted
            permission sees it (no costs or margins); null once the record is purged.
    """

    id: UUID
    type_: str
    resource: str
    record_id: UUID
    occurred_at: datetime.datetime
    actor_type: str
    actor_id: None | UUID
    request_id: None | str
    data: EventOutDataType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_out_data_type_0 import EventOutDataType0  # noqa: PLC0415

        id = str(self.id)

        type_ = self.type_

        resource = self.resource

        record_id = str(self.record_id)

        occurred_at = self.occurred_at.isoformat()

        actor_type = self.actor_type

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        request_id: None | str
        request_id = self.request_id

        data: dict[str, Any] | None
        if isinstance(self.data, EventOutDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "resource": resource,
                "record_id": record_id,
                "occurred_at": occurred_at,
                "actor_type": actor_type,
                "actor_id": actor_id,
                "request_id": request_id,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_out_data_type_0 import EventOutDataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = d.pop("type")

        resource = d.pop("resource")

        record_id = UUID(d.pop("record_id"))

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

        def _parse_data(data: object) -> EventOutDataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = EventOutDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventOutDataType0 | None, data)

        data = _parse_data(d.pop("data"))

        event_out = cls(
            id=id,
            type_=type_,
            resource=resource,
            record_id=record_id,
            occurred_at=occurred_at,
            actor_type=actor_type,
            actor_id=actor_id,
            request_id=request_id,
            data=data,
        )

        event_out.additional_properties = d
        return event_out

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
