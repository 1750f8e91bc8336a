from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commission_period_kind import CommissionPeriodKind
from ..models.statement_status import StatementStatus

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="CommissionPeriodOut")


@_attrs_define
class CommissionPeriodOut:
    """
    Attributes:
        plan_id (UUID):
        plan (None | Ref): The commission plan named by the id beside it: id and name (null if none).
        period_kind (CommissionPeriodKind):
        period_start (datetime.date):
        period_end (datetime.date):
        status (StatementStatus):
        statements (int):
        lines (int):
        total_commission (str): The statements' commission after the cap.
    """

    plan_id: UUID
    plan: None | Ref
    period_kind: CommissionPeriodKind
    period_start: datetime.date
    period_end: datetime.date
    status: StatementStatus
    statements: int
    lines: int
    total_commission: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        plan_id = str(self.plan_id)

        plan: dict[str, Any] | None
        if isinstance(self.plan, Ref):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        period_kind = self.period_kind.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        status = self.status.value

        statements = self.statements

        lines = self.lines

        total_commission = self.total_commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "plan": plan,
                "period_kind": period_kind,
                "period_start": period_start,
                "period_end": period_end,
                "status": status,
                "statements": statements,
                "lines": lines,
                "total_commission": total_commission,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
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

        period_kind = CommissionPeriodKind(d.pop("period_kind"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        status = StatementStatus(d.pop("status"))

        statements = d.pop("statements")

        lines = d.pop("lines")

        total_commission = d.pop("total_commission")

        commission_period_out = cls(
            plan_id=plan_id,
            plan=plan,
            period_kind=period_kind,
            period_start=period_start,
            period_end=period_end,
            status=status,
            statements=statements,
            lines=lines,
            total_commission=total_commission,
        )

        commission_period_out.additional_properties = d
        return commission_period_out

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
