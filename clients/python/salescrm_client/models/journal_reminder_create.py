from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalReminderCreate")


@_attrs_define
class JournalReminderCreate:
    """
    Attributes:
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        department_id (None | Unset | UUID): None: the company default.
        daily_at (None | str | Unset): None: no daily reminder. Default: '18:00'.
        weekly_day (int | None | Unset): None: no weekly reminder. Default: 5.
        enabled (bool | Unset):  Default: True.
    """

    id: None | Unset | UUID = UNSET
    department_id: None | Unset | UUID = UNSET
    daily_at: None | str | Unset = "18:00"
    weekly_day: int | None | Unset = 5
    enabled: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

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
        if id is not UNSET:
            field_dict["id"] = id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
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

        def _parse_department_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

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

        journal_reminder_create = cls(
            id=id,
            department_id=department_id,
            daily_at=daily_at,
            weekly_day=weekly_day,
            enabled=enabled,
        )

        return journal_reminder_create
