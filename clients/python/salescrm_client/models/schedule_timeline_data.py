from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_kind import ScheduleKind

T = TypeVar("T", bound="ScheduleTimelineData")


@_attrs_define
class ScheduleTimelineData:
    """
    Attributes:
        schedule_kind (ScheduleKind):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        location (None | str):
        opportunity_id (None | UUID):
    """

    schedule_kind: ScheduleKind
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    location: None | str
    opportunity_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_kind = self.schedule_kind.value

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        location: None | str
        location = self.location

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_kind": schedule_kind,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "location": location,
                "opportunity_id": opportunity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule_kind = ScheduleKind(d.pop("schedule_kind"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

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

        schedule_timeline_data = cls(
            schedule_kind=schedule_kind,
            starts_at=starts_at,
            ends_at=ends_at,
            location=location,
            opportunity_id=opportunity_id,
        )

        schedule_timeline_data.additional_properties = d
        return schedule_timeline_data

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
