from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_create_custom_fields_type_0 import ActivityCreateCustomFieldsType0


T = TypeVar("T", bound="ActivityCreate")


@_attrs_define
class ActivityCreate:
    """
    Attributes:
        type_ (str): An active activity type's code (call, visit, meeting …).
        subject (str):
        customer_id (UUID): A customer the caller may change (404 if unseen, 403 if only readable), or one the given
            deal speaks for: the caller may change the deal and its owner may change the customer.
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        custom_fields (ActivityCreateCustomFieldsType0 | None | Unset):
        channel (None | str | Unset): phone, wechat, email, in_person, video …
        direction (Direction | None | Unset):
        notes (None | str | Unset):
        occurred_at (datetime.datetime | None | Unset): Default: now.
        duration_minutes (int | None | Unset):
        outcome (None | str | Unset):
        contact_id (None | Unset | UUID): A contact of that customer.
        opportunity_id (None | Unset | UUID): A deal of that customer, which the caller may change.
        employee_ids (list[UUID] | Unset): Employees taking part.
        contact_ids (list[UUID] | Unset): Contacts taking part.
        next_follow_up_at (datetime.datetime | None | Unset): Creates a follow-up task for the caller, due then.
        captured_at (datetime.datetime | None | Unset):
        device_now (datetime.datetime | None | Unset):
    """

    type_: str
    subject: str
    customer_id: UUID
    id: None | Unset | UUID = UNSET
    custom_fields: ActivityCreateCustomFieldsType0 | None | Unset = UNSET
    channel: None | str | Unset = UNSET
    direction: Direction | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    occurred_at: datetime.datetime | None | Unset = UNSET
    duration_minutes: int | None | Unset = UNSET
    outcome: None | str | Unset = UNSET
    contact_id: None | Unset | UUID = UNSET
    opportunity_id: None | Unset | UUID = UNSET
    employee_ids: list[UUID] | Unset = UNSET
    contact_ids: list[UUID] | Unset = UNSET
    next_follow_up_at: datetime.datetime | None | Unset = UNSET
    captured_at: datetime.datetime | None | Unset = UNSET
    device_now: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_create_custom_fields_type_0 import ActivityCreateCustomFieldsType0  # noqa: PLC0415

        type_ = self.type_

        subject = self.subject

        customer_id = str(self.customer_id)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, ActivityCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, Direction):
            direction = self.direction.value
        else:
            direction = self.direction

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        duration_minutes: int | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        elif isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        opportunity_id: None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        elif isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        employee_ids: list[str] | Unset = UNSET
        if not isinstance(self.employee_ids, Unset):
            employee_ids = []
            for employee_ids_item_data in self.employee_ids:
                employee_ids_item = str(employee_ids_item_data)
                employee_ids.append(employee_ids_item)

        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = []
            for contact_ids_item_data in self.contact_ids:
                contact_ids_item = str(contact_ids_item_data)
                contact_ids.append(contact_ids_item)

        next_follow_up_at: None | str | Unset
        if isinstance(self.next_follow_up_at, Unset):
            next_follow_up_at = UNSET
        elif isinstance(self.next_follow_up_at, datetime.datetime):
            next_follow_up_at = self.next_follow_up_at.isoformat()
        else:
            next_follow_up_at = self.next_follow_up_at

        captured_at: None | str | Unset
        if isinstance(self.captured_at, Unset):
            captured_at = UNSET
        elif isinstance(self.captured_at, datetime.datetime):
            captured_at = self.captured_at.isoformat()
        else:
            captured_at = self.captured_at

        device_now: None | str | Unset
        if isinstance(self.device_now, Unset):
            device_now = UNSET
        elif isinstance(self.device_now, datetime.datetime):
            device_now = self.device_now.isoformat()
        else:
            device_now = self.device_now

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "subject": subject,
                "customer_id": customer_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if channel is not UNSET:
            field_dict["channel"] = channel
        if direction is not UNSET:
            field_dict["direction"] = direction
        if notes is not UNSET:
            field_dict["notes"] = notes
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if employee_ids is not UNSET:
            field_dict["employee_ids"] = employee_ids
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if next_follow_up_at is not UNSET:
            field_dict["next_follow_up_at"] = next_follow_up_at
        if captured_at is not UNSET:
            field_dict["captured_at"] = captured_at
        if device_now is not UNSET:
            field_dict["device_now"] = device_now

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_create_custom_fields_type_0 import ActivityCreateCustomFieldsType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        subject = d.pop("subject")

        customer_id = UUID(d.pop("customer_id"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_custom_fields(data: object) -> ActivityCreateCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = ActivityCreateCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityCreateCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_direction(data: object) -> Direction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = Direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Direction | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_occurred_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_at_type_0 = datetime.datetime.fromisoformat(data)

                return occurred_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurred_at = _parse_occurred_at(d.pop("occurred_at", UNSET))

        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_contact_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_id_type_0 = UUID(data)

                return contact_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_opportunity_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id", UNSET))

        _employee_ids = d.pop("employee_ids", UNSET)
        employee_ids: list[UUID] | Unset = UNSET
        if _employee_ids is not UNSET:
            employee_ids = []
            for employee_ids_item_data in _employee_ids:
                employee_ids_item = UUID(employee_ids_item_data)

                employee_ids.append(employee_ids_item)

        _contact_ids = d.pop("contact_ids", UNSET)
        contact_ids: list[UUID] | Unset = UNSET
        if _contact_ids is not UNSET:
            contact_ids = []
            for contact_ids_item_data in _contact_ids:
                contact_ids_item = UUID(contact_ids_item_data)

                contact_ids.append(contact_ids_item)

        def _parse_next_follow_up_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_follow_up_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_follow_up_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_follow_up_at = _parse_next_follow_up_at(d.pop("next_follow_up_at", UNSET))

        def _parse_captured_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                captured_at_type_0 = datetime.datetime.fromisoformat(data)

                return captured_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        captured_at = _parse_captured_at(d.pop("captured_at", UNSET))

        def _parse_device_now(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_now_type_0 = datetime.datetime.fromisoformat(data)

                return device_now_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        device_now = _parse_device_now(d.pop("device_now", UNSET))

        activity_create = cls(
            type_=type_,
            subject=subject,
            customer_id=customer_id,
            id=id,
            custom_fields=custom_fields,
            channel=channel,
            direction=direction,
            notes=notes,
            occurred_at=occurred_at,
            duration_minutes=duration_minutes,
            outcome=outcome,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            employee_ids=employee_ids,
            contact_ids=contact_ids,
            next_follow_up_at=next_follow_up_at,
            captured_at=captured_at,
            device_now=device_now,
        )

        return activity_create
