from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_update_custom_fields import ActivityUpdateCustomFields


T = TypeVar("T", bound="ActivityUpdate")


@_attrs_define
class ActivityUpdate:
    """
    Attributes:
        custom_fields (ActivityUpdateCustomFields | Unset): Custom fields by key (`GET /api/v1/custom-fields?resource=…`
            lists the definitions). Each value must fit its definition's type, options and bounds (422
            `custom_field_invalid` naming `custom_fields.<key>` otherwise); on an update only the keys sent change and
            `null` clears one.
        type_ (str | Unset):
        channel (None | str | Unset):
        direction (Direction | None | Unset):
        subject (str | Unset):
        notes (None | str | Unset):
        occurred_at (datetime.datetime | Unset):
        duration_minutes (int | None | Unset):
        outcome (None | str | Unset):
        contact_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        employee_ids (list[UUID] | None | Unset):
        contact_ids (list[UUID] | None | Unset):
        next_follow_up_at (datetime.datetime | None | Unset): Creates the follow-up task, or moves the open one.
    """

    custom_fields: ActivityUpdateCustomFields | Unset = UNSET
    type_: str | Unset = UNSET
    channel: None | str | Unset = UNSET
    direction: Direction | None | Unset = UNSET
    subject: str | Unset = UNSET
    notes: None | str | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    duration_minutes: int | None | Unset = UNSET
    outcome: None | str | Unset = UNSET
    contact_id: None | Unset | UUID = UNSET
    opportunity_id: None | Unset | UUID = UNSET
    employee_ids: list[UUID] | None | Unset = UNSET
    contact_ids: list[UUID] | None | Unset = UNSET
    next_follow_up_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        type_ = self.type_

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

        subject = self.subject

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

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

        employee_ids: list[str] | None | Unset
        if isinstance(self.employee_ids, Unset):
            employee_ids = UNSET
        elif isinstance(self.employee_ids, list):
            employee_ids = []
            for employee_ids_type_0_item_data in self.employee_ids:
                employee_ids_type_0_item = str(employee_ids_type_0_item_data)
                employee_ids.append(employee_ids_type_0_item)

        else:
            employee_ids = self.employee_ids

        contact_ids: list[str] | None | Unset
        if isinstance(self.contact_ids, Unset):
            contact_ids = UNSET
        elif isinstance(self.contact_ids, list):
            contact_ids = []
            for contact_ids_type_0_item_data in self.contact_ids:
                contact_ids_type_0_item = str(contact_ids_type_0_item_data)
                contact_ids.append(contact_ids_type_0_item)

        else:
            contact_ids = self.contact_ids

        next_follow_up_at: None | str | Unset
        if isinstance(self.next_follow_up_at, Unset):
            next_follow_up_at = UNSET
        elif isinstance(self.next_follow_up_at, datetime.datetime):
            next_follow_up_at = self.next_follow_up_at.isoformat()
        else:
            next_follow_up_at = self.next_follow_up_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channel is not UNSET:
            field_dict["channel"] = channel
        if direction is not UNSET:
            field_dict["direction"] = direction
        if subject is not UNSET:
            field_dict["subject"] = subject
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_update_custom_fields import ActivityUpdateCustomFields  # noqa: PLC0415

        d = dict(src_dict)
        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ActivityUpdateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ActivityUpdateCustomFields.from_dict(_custom_fields)

        type_ = d.pop("type", UNSET)

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

        subject = d.pop("subject", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        if isinstance(_occurred_at, Unset):
            occurred_at = UNSET
        else:
            occurred_at = datetime.datetime.fromisoformat(_occurred_at)

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

        def _parse_employee_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                employee_ids_type_0 = []
                _employee_ids_type_0 = data
                for employee_ids_type_0_item_data in _employee_ids_type_0:
                    employee_ids_type_0_item = UUID(employee_ids_type_0_item_data)

                    employee_ids_type_0.append(employee_ids_type_0_item)

                return employee_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        employee_ids = _parse_employee_ids(d.pop("employee_ids", UNSET))

        def _parse_contact_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contact_ids_type_0 = []
                _contact_ids_type_0 = data
                for contact_ids_type_0_item_data in _contact_ids_type_0:
                    contact_ids_type_0_item = UUID(contact_ids_type_0_item_data)

                    contact_ids_type_0.append(contact_ids_type_0_item)

                return contact_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        contact_ids = _parse_contact_ids(d.pop("contact_ids", UNSET))

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

        activity_update = cls(
            custom_fields=custom_fields,
            type_=type_,
            channel=channel,
            direction=direction,
            subject=subject,
            notes=notes,
            occurred_at=occurred_at,
            duration_minutes=duration_minutes,
            outcome=outcome,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            employee_ids=employee_ids,
            contact_ids=contact_ids,
            next_follow_up_at=next_follow_up_at,
        )

        return activity_update
