from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CommissionPeriodIn")


@_attrs_define
class CommissionPeriodIn:
    """
    Attributes:
        plan_id (UUID):
        period_start (datetime.date): The first day of the period: a month's 1st, or a quarter's (1 January, April, July
            or October) — otherwise 422 `period_start_misaligned`.
    """

    plan_id: UUID
    period_start: datetime.date

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        period_start = self.period_start.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan_id": plan_id,
                "period_start": period_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = UUID(d.pop("plan_id"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        commission_period_in = cls(
            plan_id=plan_id,
            period_start=period_start,
        )

        return commission_period_in
