from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.target_level import TargetLevel
from ..models.target_metric import TargetMetric
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesTargetCreate")


@_attrs_define
class SalesTargetCreate:
    """
    Attributes:
        plan_id (UUID):
        level (TargetLevel):
        metric (TargetMetric):
        value (float | str): At least 0; whole units for counted metrics.
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        parent_id (None | Unset | UUID): The target it is a part of.
        territory_id (None | Unset | UUID): Level territory.
        department_id (None | Unset | UUID): Level department or team.
        employee_id (None | Unset | UUID): Level employee: they own it.
        product_line (None | str | Unset):
        weight (float | None | str | Unset): Its share in a weighted allocation.
        note (None | str | Unset):
        owner_id (None | Unset | UUID): Who answers for a target above the employee level (an employee the caller sees).
            Default: the plan's owner. An employee's target is the employee's.
    """

    plan_id: UUID
    level: TargetLevel
    metric: TargetMetric
    value: float | str
    id: None | Unset | UUID = UNSET
    parent_id: None | Unset | UUID = UNSET
    territory_id: None | Unset | UUID = UNSET
    department_id: None | Unset | UUID = UNSET
    employee_id: None | Unset | UUID = UNSET
    product_line: None | str | Unset = UNSET
    weight: float | None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        level = self.level.value

        metric = self.metric.value

        value: float | str
        value = self.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        territory_id: None | str | Unset
        if isinstance(self.territory_id, Unset):
            territory_id = UNSET
        elif isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        product_line: None | str | Unset
        if isinstance(self.product_line, Unset):
            product_line = UNSET
        else:
            product_line = self.product_line

        weight: float | None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan_id": plan_id,
                "level": level,
                "metric": metric,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if territory_id is not UNSET:
            field_dict["territory_id"] = territory_id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if product_line is not UNSET:
            field_dict["product_line"] = product_line
        if weight is not UNSET:
            field_dict["weight"] = weight
        if note is not UNSET:
            field_dict["note"] = note
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = UUID(d.pop("plan_id"))

        level = TargetLevel(d.pop("level"))

        metric = TargetMetric(d.pop("metric"))

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

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

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_territory_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                territory_id_type_0 = UUID(data)

                return territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        territory_id = _parse_territory_id(d.pop("territory_id", UNSET))

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

        def _parse_employee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

        def _parse_product_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_line = _parse_product_line(d.pop("product_line", UNSET))

        def _parse_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        sales_target_create = cls(
            plan_id=plan_id,
            level=level,
            metric=metric,
            value=value,
            id=id,
            parent_id=parent_id,
            territory_id=territory_id,
            department_id=department_id,
            employee_id=employee_id,
            product_line=product_line,
            weight=weight,
            note=note,
            owner_id=owner_id,
        )

        return sales_target_create
