from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.schedule_kind import ScheduleKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleCreate")


@_attrs_define
class ScheduleCreate:
    """
    Attributes:
        title (str):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime): After `starts_at` (422 `range_reversed`).
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        kind (ScheduleKind | Unset):
        all_day (bool | Unset):  Default: False.
        location (None | str | Unset):
        notes (None | str | Unset):
        customer_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        attendee_ids (list[UUID] | Unset): Current employees taking part.
        owner_id (None | Unset | UUID): Whose schedule. Default: the caller; someone else needs `schedule:assign`.
    """

    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    id: None | Unset | UUID = UNSET
    kind: ScheduleKind | Unset = UNSET
    all_day: bool | Unset = False
    location: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    opportunity_id: None | Unset | UUID = UNSET
    attendee_ids: list[UUID] | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        all_day = self.all_day

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        opportunity_id: None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        elif isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        attendee_ids: list[str] | Unset = UNSET
        if not isinstance(self.attendee_ids, Unset):
            attendee_ids = []
            for attendee_ids_item_data in self.attendee_ids:
                attendee_ids_item = str(attendee_ids_item_data)
                attendee_ids.append(attendee_ids_item)

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if location is not UNSET:
            field_dict["location"] = location
        if notes is not UNSET:
            field_dict["notes"] = notes
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if attendee_ids is not UNSET:
            field_dict["attendee_ids"] = attendee_ids
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

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

        _kind = d.pop("kind", UNSET)
        kind: ScheduleKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ScheduleKind(_kind)

        all_day = d.pop("all_day", UNSET)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_customer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_id_type_0 = UUID(data)

                return customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

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

        _attendee_ids = d.pop("attendee_ids", UNSET)
        attendee_ids: list[UUID] | Unset = UNSET
        if _attendee_ids is not UNSET:
            attendee_ids = []
            for attendee_ids_item_data in _attendee_ids:
                attendee_ids_item = UUID(attendee_ids_item_data)

                attendee_ids.append(attendee_ids_item)

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        schedule_create = cls(
            title=title,
            starts_at=starts_at,
            ends_at=ends_at,
            id=id,
            kind=kind,
            all_day=all_day,
            location=location,
            notes=notes,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            attendee_ids=attendee_ids,
            owner_id=owner_id,
        )

        return schedule_create
