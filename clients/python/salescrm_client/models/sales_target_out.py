from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_level import TargetLevel
from ..models.target_metric import TargetMetric

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="SalesTargetOut")


@_attrs_define
class SalesTargetOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        plan_id (UUID):
        plan (None | Ref): The sales plan named by the id beside it: id and name (null if none).
        parent_id (None | UUID):
        level (TargetLevel):
        territory_id (None | UUID):
        territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        employee_id (None | UUID):
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        product_line (None | str):
        metric (TargetMetric):
        value (str):
        weight (None | str):
        note (None | str):
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    plan_id: UUID
    plan: None | Ref
    parent_id: None | UUID
    level: TargetLevel
    territory_id: None | UUID
    territory: None | Ref
    department_id: None | UUID
    department: None | Ref
    employee_id: None | UUID
    employee: None | Ref
    product_line: None | str
    metric: TargetMetric
    value: str
    weight: None | str
    note: None | str
    owner_id: None | UUID
    owner: None | Ref
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        plan_id = str(self.plan_id)

        plan: dict[str, Any] | None
        if isinstance(self.plan, Ref):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        level = self.level.value

        territory_id: None | str
        if isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        territory: dict[str, Any] | None
        if isinstance(self.territory, Ref):
            territory = self.territory.to_dict()
        else:
            territory = self.territory

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

        employee_id: None | str
        if isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        employee: dict[str, Any] | None
        if isinstance(self.employee, Ref):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        product_line: None | str
        product_line = self.product_line

        metric = self.metric.value

        value = self.value

        weight: None | str
        weight = self.weight

        note: None | str
        note = self.note

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "plan_id": plan_id,
                "plan": plan,
                "parent_id": parent_id,
                "level": level,
                "territory_id": territory_id,
                "territory": territory,
                "department_id": department_id,
                "department": department,
                "employee_id": employee_id,
                "employee": employee,
                "product_line": product_line,
                "metric": metric,
                "value": value,
                "weight": weight,
                "note": note,
                "owner_id": owner_id,
                "owner": owner,
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

        plan_id = UUID(d.pop("plan_id"))

        def _parse_plan(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plan_type_0 = Ref.from_dict(data)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        plan = _parse_plan(d.pop("plan"))

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        level = TargetLevel(d.pop("level"))

        def _parse_territory_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                territory_id_type_0 = UUID(data)

                return territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        territory_id = _parse_territory_id(d.pop("territory_id"))

        def _parse_territory(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                territory_type_0 = Ref.from_dict(data)

                return territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        territory = _parse_territory(d.pop("territory"))

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

        def _parse_employee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id"))

        def _parse_employee(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employee_type_0 = Ref.from_dict(data)

                return employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        employee = _parse_employee(d.pop("employee"))

        def _parse_product_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_line = _parse_product_line(d.pop("product_line"))

        metric = TargetMetric(d.pop("metric"))

        value = d.pop("value")

        def _parse_weight(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        weight = _parse_weight(d.pop("weight"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        sales_target_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            plan_id=plan_id,
            plan=plan,
            parent_id=parent_id,
            level=level,
            territory_id=territory_id,
            territory=territory,
            department_id=department_id,
            department=department,
            employee_id=employee_id,
            employee=employee,
            product_line=product_line,
            metric=metric,
            value=value,
            weight=weight,
            note=note,
            owner_id=owner_id,
            owner=owner,
        )

        sales_target_out.additional_properties = d
        return sales_target_out

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
