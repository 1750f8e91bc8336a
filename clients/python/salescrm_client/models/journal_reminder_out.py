from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="JournalReminderOut")


@_attrs_define
class JournalReminderOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        daily_at (None | str):
        weekly_day (int | None):
        enabled (bool):
        reminded_on (datetime.date | None):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    department_id: None | UUID
    department: None | Ref
    daily_at: None | str
    weekly_day: int | None
    enabled: bool
    reminded_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        department: dict[str, Any] | None
        if isinstance(self.department, Ref):
            department = self.department.to_dict()
        else:
            department = self.department

        daily_at: None | str
        daily_at = self.daily_at

        weekly_day: int | None
        weekly_day = self.weekly_day

        enabled = self.enabled

        reminded_on: None | str
        if isinstance(self.reminded_on, datetime.date):
            reminded_on = self.reminded_on.isoformat()
        else:
            reminded_on = self.reminded_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "department_id": department_id,
                "department": department,
                "daily_at": daily_at,
                "weekly_day": weekly_day,
                "enabled": enabled,
                "reminded_on": reminded_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_department_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        department_id = _parse_department_id(d.pop("department_id"))

        def _parse_department(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = Ref.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        department = _parse_department(d.pop("department"))

        def _parse_daily_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        daily_at = _parse_daily_at(d.pop("daily_at"))

        def _parse_weekly_day(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        weekly_day = _parse_weekly_day(d.pop("weekly_day"))

        enabled = d.pop("enabled")

        def _parse_reminded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reminded_on_type_0 = datetime.date.fromisoformat(data)

                return reminded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reminded_on = _parse_reminded_on(d.pop("reminded_on"))

        journal_reminder_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            department_id=department_id,
            department=department,
            daily_at=daily_at,
            weekly_day=weekly_day,
            enabled=enabled,
            reminded_on=reminded_on,
        )

        journal_reminder_out.additional_properties = d
        return journal_reminder_out

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
