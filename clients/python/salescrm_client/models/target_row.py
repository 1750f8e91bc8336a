from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actual_unavailable import ActualUnavailable
from ..models.sales_plan_status import SalesPlanStatus
from ..models.target_level import TargetLevel
from ..models.target_metric import TargetMetric

T = TypeVar("T", bound="TargetRow")


@_attrs_define
class TargetRow:
    """
    Attributes:
        target_id (UUID): The target
        plan_id (UUID): Its plan
        plan_name (str): The plan's name
        plan_status (SalesPlanStatus):
        period_start (datetime.date): First day of the plan's period (the actual's too)
        period_end (datetime.date): Last day of the plan's period
        level (TargetLevel):
        metric (TargetMetric):
        product_line (None | str): The product line it is for, if any
        employee_id (None | UUID): The employee (employee level)
        employee_name (None | str): The employee's name
        department_id (None | UUID): The department (department, team)
        department_name (None | str): The department's name
        territory_id (None | UUID): The territory (territory level)
        territory_name (None | str): The territory's name
        currency (None | str): ISO 4217 code of a money metric's target and actual (the plan's); none for counted
            metrics
        target (str): The target's value
        actual (None | str): What was achieved in the plan's period (none: see `unavailable`)
        attainment (None | str): actual ÷ target × 100, two places (none when the target is 0 or no actual)
        unavailable (ActualUnavailable | None): Why there is no actual
    """

    target_id: UUID
    plan_id: UUID
    plan_name: str
    plan_status: SalesPlanStatus
    period_start: datetime.date
    period_end: datetime.date
    level: TargetLevel
    metric: TargetMetric
    product_line: None | str
    employee_id: None | UUID
    employee_name: None | str
    department_id: None | UUID
    department_name: None | str
    territory_id: None | UUID
    territory_name: None | str
    currency: None | str
    target: str
    actual: None | str
    attainment: None | str
    unavailable: ActualUnavailable | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_id = str(self.target_id)

        plan_id = str(self.plan_id)

        plan_name = self.plan_name

        plan_status = self.plan_status.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        level = self.level.value

        metric = self.metric.value

        product_line: None | str
        product_line = self.product_line

        employee_id: None | str
        if isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        employee_name: None | str
        employee_name = self.employee_name

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        department_name: None | str
        department_name = self.department_name

        territory_id: None | str
        if isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        territory_name: None | str
        territory_name = self.territory_name

        currency: None | str
        currency = self.currency

        target = self.target

        actual: None | str
        actual = self.actual

        attainment: None | str
        attainment = self.attainment

        unavailable: None | str
        if isinstance(self.unavailable, ActualUnavailable):
            unavailable = self.unavailable.value
        else:
            unavailable = self.unavailable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_id": target_id,
                "plan_id": plan_id,
                "plan_name": plan_name,
                "plan_status": plan_status,
                "period_start": period_start,
                "period_end": period_end,
                "level": level,
                "metric": metric,
                "product_line": product_line,
                "employee_id": employee_id,
                "employee_name": employee_name,
                "department_id": department_id,
                "department_name": department_name,
                "territory_id": territory_id,
                "territory_name": territory_name,
                "currency": currency,
                "target": target,
                "actual": actual,
                "attainment": attainment,
                "unavailable": unavailable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_id = UUID(d.pop("target_id"))

        plan_id = UUID(d.pop("plan_id"))

        plan_name = d.pop("plan_name")

        plan_status = SalesPlanStatus(d.pop("plan_status"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        level = TargetLevel(d.pop("level"))

        metric = TargetMetric(d.pop("metric"))

        def _parse_product_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_line = _parse_product_line(d.pop("product_line"))

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

        def _parse_employee_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_name = _parse_employee_name(d.pop("employee_name"))

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

        def _parse_department_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        department_name = _parse_department_name(d.pop("department_name"))

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

        def _parse_territory_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        territory_name = _parse_territory_name(d.pop("territory_name"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        target = d.pop("target")

        def _parse_actual(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual = _parse_actual(d.pop("actual"))

        def _parse_attainment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attainment = _parse_attainment(d.pop("attainment"))

        def _parse_unavailable(data: object) -> ActualUnavailable | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unavailable_type_0 = ActualUnavailable(data)

                return unavailable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActualUnavailable | None, data)

        unavailable = _parse_unavailable(d.pop("unavailable"))

        target_row = cls(
            target_id=target_id,
            plan_id=plan_id,
            plan_name=plan_name,
            plan_status=plan_status,
            period_start=period_start,
            period_end=period_end,
            level=level,
            metric=metric,
            product_line=product_line,
            employee_id=employee_id,
            employee_name=employee_name,
            department_id=department_id,
            department_name=department_name,
            territory_id=territory_id,
            territory_name=territory_name,
            currency=currency,
            target=target,
            actual=actual,
            attainment=attainment,
            unavailable=unavailable,
        )

        target_row.additional_properties = d
        return target_row

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
