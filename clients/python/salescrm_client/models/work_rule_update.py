from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkRuleUpdate")


@_attrs_define
class WorkRuleUpdate:
    """
    Attributes:
        name (str | Unset):
        start_time (str | Unset): HH:MM
        end_time (str | Unset): HH:MM
        grace_minutes (int | Unset):
        flexible_minutes (int | Unset):
        workdays (list[int] | Unset):
        follows_holidays (bool | Unset):
    """

    name: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    grace_minutes: int | Unset = UNSET
    flexible_minutes: int | Unset = UNSET
    workdays: list[int] | Unset = UNSET
    follows_holidays: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        start_time = self.start_time

        end_time = self.end_time

        grace_minutes = self.grace_minutes

        flexible_minutes = self.flexible_minutes

        workdays: list[int] | Unset = UNSET
        if not isinstance(self.workdays, Unset):
            workdays = self.workdays

        follows_holidays = self.follows_holidays

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if grace_minutes is not UNSET:
            field_dict["grace_minutes"] = grace_minutes
        if flexible_minutes is not UNSET:
            field_dict["flexible_minutes"] = flexible_minutes
        if workdays is not UNSET:
            field_dict["workdays"] = workdays
        if follows_holidays is not UNSET:
            field_dict["follows_holidays"] = follows_holidays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        grace_minutes = d.pop("grace_minutes", UNSET)

        flexible_minutes = d.pop("flexible_minutes", UNSET)

        workdays = cast(list[int], d.pop("workdays", UNSET))

        follows_holidays = d.pop("follows_holidays", UNSET)

        work_rule_update = cls(
            name=name,
            start_time=start_time,
            end_time=end_time,
            grace_minutes=grace_minutes,
            flexible_minutes=flexible_minutes,
            workdays=workdays,
            follows_holidays=follows_holidays,
        )

        return work_rule_update
