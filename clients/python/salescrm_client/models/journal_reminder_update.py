from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalReminderUpdate")


@_attrs_define
class JournalReminderUpdate:
    """
    Attributes:
        daily_at (None | str | Unset):
        weekly_day (int | None | Unset):
        enabled (bool | Unset):
    """

    daily_at: None | str | Unset = UNSET
    weekly_day: int | None | Unset = UNSET
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        daily_at: None | str | Unset
        if isinstance(self.daily_at, Unset):
            daily_at = UNSET
        else:
            daily_at = self.daily_at

        weekly_day: int | None | Unset
        if isinstance(self.weekly_day, Unset):
            weekly_day = UNSET
        else:
            weekly_day = self.weekly_day

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if daily_at is not UNSET:
            field_dict["daily_at"] = daily_at
        if weekly_day is not UNSET:
            field_dict["weekly_day"] = weekly_day
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_daily_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        daily_at = _parse_daily_at(d.pop("daily_at", UNSET))

        def _parse_weekly_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_day = _parse_weekly_day(d.pop("weekly_day", UNSET))

        enabled = d.pop("enabled", UNSET)

        journal_reminder_update = cls(
            daily_at=daily_at,
            weekly_day=weekly_day,
            enabled=enabled,
        )

        return journal_reminder_update
