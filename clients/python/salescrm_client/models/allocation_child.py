from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.target_level import TargetLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationChild")


@_attrs_define
class AllocationChild:
    """One part of the parent: its subject, and by the method its weight or its value; its own
    ``children`` are allocated from it in the same request, by the same method.

        Attributes:
            level (TargetLevel):
            territory_id (None | Unset | UUID):
            department_id (None | Unset | UUID):
            employee_id (None | Unset | UUID):
            product_line (None | str | Unset): Default: the parent's.
            weight (float | None | str | Unset): Method weights: its share (any scale).
            value (float | None | str | Unset): Method manual: its number.
            owner_id (None | Unset | UUID):
            children (list[AllocationChild] | None | Unset):
    """

    level: TargetLevel
    territory_id: None | Unset | UUID = UNSET
    department_id: None | Unset | UUID = UNSET
    employee_id: None | Unset | UUID = UNSET
    product_line: None | str | Unset = UNSET
    weight: float | None | str | Unset = UNSET
    value: float | None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    children: list[AllocationChild] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

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

        value: float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "level": level,
            }
        )
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
        if value is not UNSET:
            field_dict["value"] = value
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = TargetLevel(d.pop("level"))

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

        def _parse_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

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

        def _parse_children(data: object) -> list[AllocationChild] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = AllocationChild.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllocationChild] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        allocation_child = cls(
            level=level,
            territory_id=territory_id,
            department_id=department_id,
            employee_id=employee_id,
            product_line=product_line,
            weight=weight,
            value=value,
            owner_id=owner_id,
            children=children,
        )

        return allocation_child
