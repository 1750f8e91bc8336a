from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction

T = TypeVar("T", bound="ActivityOut")


@_attrs_define
class ActivityOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        type_ (str):
        channel (None | str):
        direction (Direction | None):
        subject (str):
        notes (None | str):
        occurred_at (datetime.datetime):
        duration_minutes (int | None):
        outcome (None | str):
        customer_id (UUID):
        contact_id (None | UUID):
        opportunity_id (None | UUID):
        author_id (None | UUID):
        employee_ids (list[UUID]):
        contact_ids (list[UUID]):
        next_follow_up_at (datetime.datetime | None):
        follow_up_task_id (None | UUID):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    type_: str
    channel: None | str
    direction: Direction | None
    subject: str
    notes: None | str
    occurred_at: datetime.datetime
    duration_minutes: int | None
    outcome: None | str
    customer_id: UUID
    contact_id: None | UUID
    opportunity_id: None | UUID
    author_id: None | UUID
    employee_ids: list[UUID]
    contact_ids: list[UUID]
    next_follow_up_at: datetime.datetime | None
    follow_up_task_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        type_ = self.type_

        channel: None | str
        channel = self.channel

        direction: None | str
        if isinstance(self.direction, Direction):
            direction = self.direction.value
        else:
            direction = self.direction

        subject = self.subject

        notes: None | str
        notes = self.notes

        occurred_at = self.occurred_at.isoformat()

        duration_minutes: int | None
        duration_minutes = self.duration_minutes

        outcome: None | str
        outcome = self.outcome

        customer_id = str(self.customer_id)

        contact_id: None | str
        if isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        author_id: None | str
        if isinstance(self.author_id, UUID):
            author_id = str(self.author_id)
        else:
            author_id = self.author_id

        employee_ids = []
        for employee_ids_item_data in self.employee_ids:
            employee_ids_item = str(employee_ids_item_data)
            employee_ids.append(employee_ids_item)

        contact_ids = []
        for contact_ids_item_data in self.contact_ids:
            contact_ids_item = str(contact_ids_item_data)
            contact_ids.append(contact_ids_item)

        next_follow_up_at: None | str
        if isinstance(self.next_follow_up_at, datetime.datetime):
            next_follow_up_at = self.next_follow_up_at.isoformat()
        else:
            next_follow_up_at = self.next_follow_up_at

        follow_up_task_id: None | str
        if isinstance(self.follow_up_task_id, UUID):
            follow_up_task_id = str(self.follow_up_task_id)
        else:
            follow_up_task_id = self.follow_up_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "type": type_,
                "channel": channel,
                "direction": direction,
                "subject": subject,
                "notes": notes,
                "occurred_at": occurred_at,
                "duration_minutes": duration_minutes,
                "outcome": outcome,
                "customer_id": customer_id,
                "contact_id": contact_id,
                "opportunity_id": opportunity_id,
                "author_id": author_id,
                "employee_ids": employee_ids,
                "contact_ids": contact_ids,
                "next_follow_up_at": next_follow_up_at,
                "follow_up_task_id": follow_up_task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        type_ = d.pop("type")

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_direction(data: object) -> Direction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = Direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Direction | None, data)

        direction = _parse_direction(d.pop("direction"))

        subject = d.pop("subject")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_duration_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        customer_id = UUID(d.pop("customer_id"))

        def _parse_contact_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_id_type_0 = UUID(data)

                return contact_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_opportunity_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id"))

        def _parse_author_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_id_type_0 = UUID(data)

                return author_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        author_id = _parse_author_id(d.pop("author_id"))

        employee_ids = []
        _employee_ids = d.pop("employee_ids")
        for employee_ids_item_data in _employee_ids:
            employee_ids_item = UUID(employee_ids_item_data)

            employee_ids.append(employee_ids_item)

        contact_ids = []
        _contact_ids = d.pop("contact_ids")
        for contact_ids_item_data in _contact_ids:
            contact_ids_item = UUID(contact_ids_item_data)

            contact_ids.append(contact_ids_item)

        def _parse_next_follow_up_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_follow_up_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_follow_up_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_follow_up_at = _parse_next_follow_up_at(d.pop("next_follow_up_at"))

        def _parse_follow_up_task_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_task_id_type_0 = UUID(data)

                return follow_up_task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        follow_up_task_id = _parse_follow_up_task_id(d.pop("follow_up_task_id"))

        activity_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            type_=type_,
            channel=channel,
            direction=direction,
            subject=subject,
            notes=notes,
            occurred_at=occurred_at,
            duration_minutes=duration_minutes,
            outcome=outcome,
            customer_id=customer_id,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            author_id=author_id,
            employee_ids=employee_ids,
            contact_ids=contact_ids,
            next_follow_up_at=next_follow_up_at,
            follow_up_task_id=follow_up_task_id,
        )

        activity_out.additional_properties = d
        return activity_out

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
