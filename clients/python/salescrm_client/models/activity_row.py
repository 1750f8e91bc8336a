from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityRow")


@_attrs_define
class ActivityRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        key (None | str): The type's code, the channel, or the author's employee id (null: none)
        label (None | str): The type's name, the channel, or the employee's name (null: none)
        activities (int): Activities that took place
        inbound (int): … of them started by the customer
        outbound (int): … of them started by us
    """

    period_start: datetime.date | None
    key: None | str
    label: None | str
    activities: int
    inbound: int
    outbound: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        key: None | str
        key = self.key

        label: None | str
        label = self.label

        activities = self.activities

        inbound = self.inbound

        outbound = self.outbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "key": key,
                "label": label,
                "activities": activities,
                "inbound": inbound,
                "outbound": outbound,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        activities = d.pop("activities")

        inbound = d.pop("inbound")

        outbound = d.pop("outbound")

        activity_row = cls(
            period_start=period_start,
            key=key,
            label=label,
            activities=activities,
            inbound=inbound,
            outbound=outbound,
        )

        activity_row.additional_properties = d
        return activity_row

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
