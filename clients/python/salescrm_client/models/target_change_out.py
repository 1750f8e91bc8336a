from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_change_action import TargetChangeAction
from ..models.target_level import TargetLevel
from ..models.target_metric import TargetMetric

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="TargetChangeOut")


@_attrs_define
class TargetChangeOut:
    """
    Attributes:
        id (UUID):
        target_id (UUID):
        revision (int):
        action (TargetChangeAction):
        actor_id (None | UUID):
        actor (None | Ref): The employee named by the id beside it: id and name (null if none).
        at (datetime.datetime):
        from_value (None | str):
        to_value (None | str):
        level (TargetLevel):
        metric (TargetMetric):
        employee_id (None | UUID):
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        territory_id (None | UUID):
        territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        product_line (None | str):
    """

    id: UUID
    target_id: UUID
    revision: int
    action: TargetChangeAction
    actor_id: None | UUID
    actor: None | Ref
    at: datetime.datetime
    from_value: None | str
    to_value: None | str
    level: TargetLevel
    metric: TargetMetric
    employee_id: None | UUID
    employee: None | Ref
    department_id: None | UUID
    department: None | Ref
    territory_id: None | UUID
    territory: None | Ref
    product_line: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        target_id = str(self.target_id)

        revision = self.revision

        action = self.action.value

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor: dict[str, Any] | None
        if isinstance(self.actor, Ref):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        at = self.at.isoformat()

        from_value: None | str
        from_value = self.from_value

        to_value: None | str
        to_value = self.to_value

        level = self.level.value

        metric = self.metric.value

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

        product_line: None | str
        product_line = self.product_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target_id": target_id,
                "revision": revision,
                "action": action,
                "actor_id": actor_id,
                "actor": actor,
                "at": at,
                "from_value": from_value,
                "to_value": to_value,
                "level": level,
                "metric": metric,
                "employee_id": employee_id,
                "employee": employee,
                "department_id": department_id,
                "department": department,
                "territory_id": territory_id,
                "territory": territory,
                "product_line": product_line,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        target_id = UUID(d.pop("target_id"))

        revision = d.pop("revision")

        action = TargetChangeAction(d.pop("action"))

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_actor(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_0 = Ref.from_dict(data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        actor = _parse_actor(d.pop("actor"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_from_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_value = _parse_from_value(d.pop("from_value"))

        def _parse_to_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_value = _parse_to_value(d.pop("to_value"))

        level = TargetLevel(d.pop("level"))

        metric = TargetMetric(d.pop("metric"))

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

        def _parse_product_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_line = _parse_product_line(d.pop("product_line"))

        target_change_out = cls(
            id=id,
            target_id=target_id,
            revision=revision,
            action=action,
            actor_id=actor_id,
            actor=actor,
            at=at,
            from_value=from_value,
            to_value=to_value,
            level=level,
            metric=metric,
            employee_id=employee_id,
            employee=employee,
            department_id=department_id,
            department=department,
            territory_id=territory_id,
            territory=territory,
            product_line=product_line,
        )

        target_change_out.additional_properties = d
        return target_change_out

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
