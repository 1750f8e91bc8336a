from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="HeadcountPlanOut")


@_attrs_define
class HeadcountPlanOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        department_id (UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        position_id (None | UUID):
        position (None | Ref): The position named by the id beside it: id and name (null if none).
        period_start (datetime.date):
        period_end (datetime.date):
        planned (int):
        note (None | str):
        actual (int | Unset): Employees of the department and its sub-departments (holding the position if one is set)
            employed at the period's end. Default: 0.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    department_id: UUID
    department: None | Ref
    position_id: None | UUID
    position: None | Ref
    period_start: datetime.date
    period_end: datetime.date
    planned: int
    note: None | str
    actual: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        department_id = str(self.department_id)

        department: dict[str, Any] | None
        if isinstance(self.department, Ref):
            department = self.department.to_dict()
        else:
            department = self.department

        position_id: None | str
        if isinstance(self.position_id, UUID):
            position_id = str(self.position_id)
        else:
            position_id = self.position_id

        position: dict[str, Any] | None
        if isinstance(self.position, Ref):
            position = self.position.to_dict()
        else:
            position = self.position

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        planned = self.planned

        note: None | str
        note = self.note

        actual = self.actual

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
                "position_id": position_id,
                "position": position,
                "period_start": period_start,
                "period_end": period_end,
                "planned": planned,
                "note": note,
            }
        )
        if actual is not UNSET:
            field_dict["actual"] = actual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        department_id = UUID(d.pop("department_id"))

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

        def _parse_position_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_id_type_0 = UUID(data)

                return position_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        position_id = _parse_position_id(d.pop("position_id"))

        def _parse_position(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = Ref.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        position = _parse_position(d.pop("position"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        planned = d.pop("planned")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        actual = d.pop("actual", UNSET)

        headcount_plan_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            department_id=department_id,
            department=department,
            position_id=position_id,
            position=position,
            period_start=period_start,
            period_end=period_end,
            planned=planned,
            note=note,
            actual=actual,
        )

        headcount_plan_out.additional_properties = d
        return headcount_plan_out

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
