from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_out_custom_fields import ActivityOutCustomFields
    from ..models.ref import Ref


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
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        contact_id (None | UUID):
        contact (None | Ref): The contact named by the id beside it: id and name (null if none).
        opportunity_id (None | UUID):
        opportunity (None | Ref): The opportunity named by the id beside it: id and name (null if none).
        author_id (None | UUID):
        author (None | Ref): The employee named by the id beside it: id and name (null if none).
        employee_ids (list[UUID]):
        contact_ids (list[UUID]):
        next_follow_up_at (datetime.datetime | None):
        follow_up_task_id (None | UUID):
        captured_at (datetime.datetime | None): When the device recorded it, if it said (offline work); `created_at` is
            when the server received it.
        clock_skew_seconds (int | None): The device's clock minus the server's when it was sent (null: unknown).
        clock_skew_flagged (bool): The device's clock was off by more than SALESCRM_CLOCK_SKEW_MAX_SECONDS.
        follow_up_task (None | Ref): The task named by the id beside it: id and name (null if none).
        custom_fields (ActivityOutCustomFields | Unset): Custom field values by key. Values of archived fields are still
            shown; a field with no value is absent.
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
    customer: None | Ref
    contact_id: None | UUID
    contact: None | Ref
    opportunity_id: None | UUID
    opportunity: None | Ref
    author_id: None | UUID
    author: None | Ref
    employee_ids: list[UUID]
    contact_ids: list[UUID]
    next_follow_up_at: datetime.datetime | None
    follow_up_task_id: None | UUID
    captured_at: datetime.datetime | None
    clock_skew_seconds: int | None
    clock_skew_flagged: bool
    follow_up_task: None | Ref
    custom_fields: ActivityOutCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

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

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        contact_id: None | str
        if isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        contact: dict[str, Any] | None
        if isinstance(self.contact, Ref):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        opportunity: dict[str, Any] | None
        if isinstance(self.opportunity, Ref):
            opportunity = self.opportunity.to_dict()
        else:
            opportunity = self.opportunity

        author_id: None | str
        if isinstance(self.author_id, UUID):
            author_id = str(self.author_id)
        else:
            author_id = self.author_id

        author: dict[str, Any] | None
        if isinstance(self.author, Ref):
            author = self.author.to_dict()
        else:
            author = self.author

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

        captured_at: None | str
        if isinstance(self.captured_at, datetime.datetime):
            captured_at = self.captured_at.isoformat()
        else:
            captured_at = self.captured_at

        clock_skew_seconds: int | None
        clock_skew_seconds = self.clock_skew_seconds

        clock_skew_flagged = self.clock_skew_flagged

        follow_up_task: dict[str, Any] | None
        if isinstance(self.follow_up_task, Ref):
            follow_up_task = self.follow_up_task.to_dict()
        else:
            follow_up_task = self.follow_up_task

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

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
                "customer": customer,
                "contact_id": contact_id,
                "contact": contact,
                "opportunity_id": opportunity_id,
                "opportunity": opportunity,
                "author_id": author_id,
                "author": author,
                "employee_ids": employee_ids,
                "contact_ids": contact_ids,
                "next_follow_up_at": next_follow_up_at,
                "follow_up_task_id": follow_up_task_id,
                "captured_at": captured_at,
                "clock_skew_seconds": clock_skew_seconds,
                "clock_skew_flagged": clock_skew_flagged,
                "follow_up_task": follow_up_task,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_out_custom_fields import ActivityOutCustomFields  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

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

        def _parse_customer(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Ref.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        customer = _parse_customer(d.pop("customer"))

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

        def _parse_contact(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Ref.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        contact = _parse_contact(d.pop("contact"))

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

        def _parse_opportunity(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opportunity_type_0 = Ref.from_dict(data)

                return opportunity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        opportunity = _parse_opportunity(d.pop("opportunity"))

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

        def _parse_author(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_0 = Ref.from_dict(data)

                return author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        author = _parse_author(d.pop("author"))

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

        def _parse_captured_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                captured_at_type_0 = datetime.datetime.fromisoformat(data)

                return captured_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        captured_at = _parse_captured_at(d.pop("captured_at"))

        def _parse_clock_skew_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        clock_skew_seconds = _parse_clock_skew_seconds(d.pop("clock_skew_seconds"))

        clock_skew_flagged = d.pop("clock_skew_flagged")

        def _parse_follow_up_task(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                follow_up_task_type_0 = Ref.from_dict(data)

                return follow_up_task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        follow_up_task = _parse_follow_up_task(d.pop("follow_up_task"))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ActivityOutCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ActivityOutCustomFields.from_dict(_custom_fields)

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
            customer=customer,
            contact_id=contact_id,
            contact=contact,
            opportunity_id=opportunity_id,
            opportunity=opportunity,
            author_id=author_id,
            author=author,
            employee_ids=employee_ids,
            contact_ids=contact_ids,
            next_follow_up_at=next_follow_up_at,
            follow_up_task_id=follow_up_task_id,
            captured_at=captured_at,
            clock_skew_seconds=clock_skew_seconds,
            clock_skew_flagged=clock_skew_flagged,
            follow_up_task=follow_up_task,
            custom_fields=custom_fields,
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
