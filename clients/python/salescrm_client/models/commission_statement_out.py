from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commission_basis import CommissionBasis
from ..models.commission_measure import CommissionMeasure
from ..models.commission_period_kind import CommissionPeriodKind
from ..models.quota_source import QuotaSource
from ..models.statement_status import StatementStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="CommissionStatementOut")


@_attrs_define
class CommissionStatementOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        plan_id (UUID):
        plan (None | Ref): The commission plan named by the id beside it: id and name (null if none).
        employee_id (UUID): Whom it pays.
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        period_kind (CommissionPeriodKind):
        period_start (datetime.date):
        period_end (datetime.date):
        basis (CommissionBasis):
        measure (CommissionMeasure):
        currency (str):
        quota (str):
        quota_source (QuotaSource):
        total_amount (str): The lines' amounts (contracts or payments).
        attainment_percent (None | str): The measured total over the quota, in percent; null when the quota is 0.
        commission_before_cap (str):
        commission (str): After the cap: what is paid.
        capped (bool):
        line_count (int):
        status (StatementStatus):
        computed_at (datetime.datetime):
        approved_at (datetime.datetime | None):
        approved_by_id (None | UUID):
        approved_by (None | Ref): The employee named by the id beside it: id and name (null if none).
        total_margin (None | str | Unset): The lines' margins (margin plans; null otherwise). Present only for callers
            holding margin:read.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    plan_id: UUID
    plan: None | Ref
    employee_id: UUID
    employee: None | Ref
    period_kind: CommissionPeriodKind
    period_start: datetime.date
    period_end: datetime.date
    basis: CommissionBasis
    measure: CommissionMeasure
    currency: str
    quota: str
    quota_source: QuotaSource
    total_amount: str
    attainment_percent: None | str
    commission_before_cap: str
    commission: str
    capped: bool
    line_count: int
    status: StatementStatus
    computed_at: datetime.datetime
    approved_at: datetime.datetime | None
    approved_by_id: None | UUID
    approved_by: None | Ref
    total_margin: None | str | Unset = UNSET
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

        employee_id = str(self.employee_id)

        employee: dict[str, Any] | None
        if isinstance(self.employee, Ref):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        period_kind = self.period_kind.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        basis = self.basis.value

        measure = self.measure.value

        currency = self.currency

        quota = self.quota

        quota_source = self.quota_source.value

        total_amount = self.total_amount

        attainment_percent: None | str
        attainment_percent = self.attainment_percent

        commission_before_cap = self.commission_before_cap

        commission = self.commission

        capped = self.capped

        line_count = self.line_count

        status = self.status.value

        computed_at = self.computed_at.isoformat()

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approved_by_id: None | str
        if isinstance(self.approved_by_id, UUID):
            approved_by_id = str(self.approved_by_id)
        else:
            approved_by_id = self.approved_by_id

        approved_by: dict[str, Any] | None
        if isinstance(self.approved_by, Ref):
            approved_by = self.approved_by.to_dict()
        else:
            approved_by = self.approved_by

        total_margin: None | str | Unset
        if isinstance(self.total_margin, Unset):
            total_margin = UNSET
        else:
            total_margin = self.total_margin

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
                "employee_id": employee_id,
                "employee": employee,
                "period_kind": period_kind,
                "period_start": period_start,
                "period_end": period_end,
                "basis": basis,
                "measure": measure,
                "currency": currency,
                "quota": quota,
                "quota_source": quota_source,
                "total_amount": total_amount,
                "attainment_percent": attainment_percent,
                "commission_before_cap": commission_before_cap,
                "commission": commission,
                "capped": capped,
                "line_count": line_count,
                "status": status,
                "computed_at": computed_at,
                "approved_at": approved_at,
                "approved_by_id": approved_by_id,
                "approved_by": approved_by,
            }
        )
        if total_margin is not UNSET:
            field_dict["total_margin"] = total_margin

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

        employee_id = UUID(d.pop("employee_id"))

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

        period_kind = CommissionPeriodKind(d.pop("period_kind"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        basis = CommissionBasis(d.pop("basis"))

        measure = CommissionMeasure(d.pop("measure"))

        currency = d.pop("currency")

        quota = d.pop("quota")

        quota_source = QuotaSource(d.pop("quota_source"))

        total_amount = d.pop("total_amount")

        def _parse_attainment_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attainment_percent = _parse_attainment_percent(d.pop("attainment_percent"))

        commission_before_cap = d.pop("commission_before_cap")

        commission = d.pop("commission")

        capped = d.pop("capped")

        line_count = d.pop("line_count")

        status = StatementStatus(d.pop("status"))

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        def _parse_approved_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_by_id_type_0 = UUID(data)

                return approved_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approved_by_id = _parse_approved_by_id(d.pop("approved_by_id"))

        def _parse_approved_by(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approved_by_type_0 = Ref.from_dict(data)

                return approved_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_total_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_margin = _parse_total_margin(d.pop("total_margin", UNSET))

        commission_statement_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            plan_id=plan_id,
            plan=plan,
            employee_id=employee_id,
            employee=employee,
            period_kind=period_kind,
            period_start=period_start,
            period_end=period_end,
            basis=basis,
            measure=measure,
            currency=currency,
            quota=quota,
            quota_source=quota_source,
            total_amount=total_amount,
            attainment_percent=attainment_percent,
            commission_before_cap=commission_before_cap,
            commission=commission,
            capped=capped,
            line_count=line_count,
            status=status,
            computed_at=computed_at,
            approved_at=approved_at,
            approved_by_id=approved_by_id,
            approved_by=approved_by,
            total_margin=total_margin,
        )

        commission_statement_out.additional_properties = d
        return commission_statement_out

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
