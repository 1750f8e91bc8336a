from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatisticsCounts")


@_attrs_define
class StatisticsCounts:
    """
    Attributes:
        workdays (int): Working days (the rule and the holiday calendar).
        normal (int):
        late (int): Days late (late and left early counts in both).
        left_early (int):
        missing_punch (int):
        absent (int):
        on_leave (int):
        on_trip (int):
        rest_days_worked (int): Rest days with punches.
        late_minutes (int):
        early_minutes (int):
        worked_minutes (int):
    """

    workdays: int
    normal: int
    late: int
    left_early: int
    missing_punch: int
    absent: int
    on_leave: int
    on_trip: int
    rest_days_worked: int
    late_minutes: int
    early_minutes: int
    worked_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workdays = self.workdays

        normal = self.normal

        late = self.late

        left_early = self.left_early

        missing_punch = self.missing_punch

        absent = self.absent

        on_leave = self.on_leave

        on_trip = self.on_trip

        rest_days_worked = self.rest_days_worked

        late_minutes = self.late_minutes

        early_minutes = self.early_minutes

        worked_minutes = self.worked_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workdays": workdays,
                "normal": normal,
                "late": late,
                "left_early": left_early,
                "missing_punch": missing_punch,
                "absent": absent,
                "on_leave": on_leave,
                "on_trip": on_trip,
                "rest_days_worked": rest_days_worked,
                "late_minutes": late_minutes,
                "early_minutes": early_minutes,
                "worked_minutes": worked_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workdays = d.pop("workdays")

        normal = d.pop("normal")

        late = d.pop("late")

        left_early = d.pop("left_early")

        missing_punch = d.pop("missing_punch")

        absent = d.pop("absent")

        on_leave = d.pop("on_leave")

        on_trip = d.pop("on_trip")

        rest_days_worked = d.pop("rest_days_worked")

        late_minutes = d.pop("late_minutes")

        early_minutes = d.pop("early_minutes")

        worked_minutes = d.pop("worked_minutes")

        statistics_counts = cls(
            workdays=workdays,
            normal=normal,
            late=late,
            left_early=left_early,
            missing_punch=missing_punch,
            absent=absent,
            on_leave=on_leave,
            on_trip=on_trip,
            rest_days_worked=rest_days_worked,
            late_minutes=late_minutes,
            early_minutes=early_minutes,
            worked_minutes=worked_minutes,
        )

        statistics_counts.additional_properties = d
        return statistics_counts

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
