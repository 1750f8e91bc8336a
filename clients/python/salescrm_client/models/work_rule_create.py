from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkRuleCreate")


@_attrs_define
class WorkRuleCreate:
    """
    Attributes:
        name (str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        department_id (None | Unset | UUID): None: the company's default rule (one at most).
        start_time (str | Unset): HH:MM Default: '09:00'.
        end_time (str | Unset): HH:MM Default: '18:00'.
        grace_minutes (int | Unset): Late or early within it is normal. Default: 0.
        flexible_minutes (int | Unset): Arrive up to this much later, and leave as much later. Default: 0.
        workdays (list[int] | Unset):
        follows_holidays (bool | Unset): Public holidays are off and adjusted working days (调休) worked. Default: True.
    """

    name: str
    id: None | Unset | UUID = UNSET
    department_id: None | Unset | UUID = UNSET
    start_time: str | Unset = "09:00"
    end_time: str | Unset = "18:00"
    grace_minutes: int | Unset = 0
    flexible_minutes: int | Unset = 0
    workdays: list[int] | Unset = UNSET
    follows_holidays: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        start_time = self.start_time

        end_time = self.end_time

        grace_minutes = self.grace_minutes

        flexible_minutes = self.flexible_minutes

        workdays: list[int] | Unset = UNSET
        if not isinstance(self.workdays, Unset):
            workdays = self.workdays

        follows_holidays = self.follows_holidays

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
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
        name = d.pop("name")

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

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        grace_minutes = d.pop("grace_minutes", UNSET)

        flexible_minutes = d.pop("flexible_minutes", UNSET)

        workdays = cast(list[int], d.pop("workdays", UNSET))

        follows_holidays = d.pop("follows_holidays", UNSET)

        work_rule_create = cls(
            name=name,
            id=id,
            department_id=department_id,
            start_time=start_time,
            end_time=end_time,
            grace_minutes=grace_minutes,
            flexible_minutes=flexible_minutes,
            workdays=workdays,
            follows_holidays=follows_holidays,
        )

        return work_rule_create
