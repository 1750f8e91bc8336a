from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_period_kind import PlanPeriodKind
from ..models.sales_plan_status import SalesPlanStatus

T = TypeVar("T", bound="PlanSummary")


@_attrs_define
class PlanSummary:
    """
    Attributes:
        id (UUID):
        name (str):
        period_kind (PlanPeriodKind):
        period_start (datetime.date):
        period_end (datetime.date):
        status (SalesPlanStatus):
        revision (int):
    """

    id: UUID
    name: str
    period_kind: PlanPeriodKind
    period_start: datetime.date
    period_end: datetime.date
    status: SalesPlanStatus
    revision: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        period_kind = self.period_kind.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        status = self.status.value

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "period_kind": period_kind,
                "period_start": period_start,
                "period_end": period_end,
                "status": status,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        period_kind = PlanPeriodKind(d.pop("period_kind"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        status = SalesPlanStatus(d.pop("status"))

        revision = d.pop("revision")

        plan_summary = cls(
            id=id,
            name=name,
            period_kind=period_kind,
            period_start=period_start,
            period_end=period_end,
            status=status,
            revision=revision,
        )

        plan_summary.additional_properties = d
        return plan_summary

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
