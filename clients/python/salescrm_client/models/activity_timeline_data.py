from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction

T = TypeVar("T", bound="ActivityTimelineData")


@_attrs_define
class ActivityTimelineData:
    """
    Attributes:
        type_ (str): The activity type's code.
        type_name (str): The activity type's name.
        channel (None | str):
        direction (Direction | None):
        duration_minutes (int | None):
        outcome (None | str):
        contact_id (None | UUID):
        opportunity_id (None | UUID):
    """

    type_: str
    type_name: str
    channel: None | str
    direction: Direction | None
    duration_minutes: int | None
    outcome: None | str
    contact_id: None | UUID
    opportunity_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        type_name = self.type_name

        channel: None | str
        channel = self.channel

        direction: None | str
        if isinstance(self.direction, Direction):
            direction = self.direction.value
        else:
            direction = self.direction

        duration_minutes: int | None
        duration_minutes = self.duration_minutes

        outcome: None | str
        outcome = self.outcome

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "type_name": type_name,
                "channel": channel,
                "direction": direction,
                "duration_minutes": duration_minutes,
                "outcome": outcome,
                "contact_id": contact_id,
                "opportunity_id": opportunity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        type_name = d.pop("type_name")

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

        activity_timeline_data = cls(
            type_=type_,
            type_name=type_name,
            channel=channel,
            direction=direction,
            duration_minutes=duration_minutes,
            outcome=outcome,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
        )

        activity_timeline_data.additional_properties = d
        return activity_timeline_data

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
