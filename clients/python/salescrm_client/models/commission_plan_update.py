from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.commission_basis import CommissionBasis
from ..models.commission_measure import CommissionMeasure
from ..models.commission_period_kind import CommissionPeriodKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tier_in import TierIn


T = TypeVar("T", bound="CommissionPlanUpdate")


@_attrs_define
class CommissionPlanUpdate:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        basis (CommissionBasis | Unset):
        measure (CommissionMeasure | Unset):
        period_kind (CommissionPeriodKind | Unset):
        currency (str | Unset): ISO 4217 code
        tiers (list[TierIn] | Unset): Bands of quota attainment in ascending order, from 0 %, contiguous, the last open.
            Each rate applies to the part of the total inside its band (marginal). Overlapping bands: 422 `tier_overlap`; a
            gap: 422 `tier_gap`.
        cap (float | None | str | Unset):
        default_quota (float | str | Unset):
        employee_ids (list[UUID] | Unset):
        department_ids (list[UUID] | Unset):
        effective_from (datetime.date | Unset):
        effective_to (datetime.date | None | Unset):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    basis: CommissionBasis | Unset = UNSET
    measure: CommissionMeasure | Unset = UNSET
    period_kind: CommissionPeriodKind | Unset = UNSET
    currency: str | Unset = UNSET
    tiers: list[TierIn] | Unset = UNSET
    cap: float | None | str | Unset = UNSET
    default_quota: float | str | Unset = UNSET
    employee_ids: list[UUID] | Unset = UNSET
    department_ids: list[UUID] | Unset = UNSET
    effective_from: datetime.date | Unset = UNSET
    effective_to: datetime.date | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        basis: str | Unset = UNSET
        if not isinstance(self.basis, Unset):
            basis = self.basis.value

        measure: str | Unset = UNSET
        if not isinstance(self.measure, Unset):
            measure = self.measure.value

        period_kind: str | Unset = UNSET
        if not isinstance(self.period_kind, Unset):
            period_kind = self.period_kind.value

        currency = self.currency

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        cap: float | None | str | Unset
        if isinstance(self.cap, Unset):
            cap = UNSET
        else:
            cap = self.cap

        default_quota: float | str | Unset
        if isinstance(self.default_quota, Unset):
            default_quota = UNSET
        else:
            default_quota = self.default_quota

        employee_ids: list[str] | Unset = UNSET
        if not isinstance(self.employee_ids, Unset):
            employee_ids = []
            for employee_ids_item_data in self.employee_ids:
                employee_ids_item = str(employee_ids_item_data)
                employee_ids.append(employee_ids_item)

        department_ids: list[str] | Unset = UNSET
        if not isinstance(self.department_ids, Unset):
            department_ids = []
            for department_ids_item_data in self.department_ids:
                department_ids_item = str(department_ids_item_data)
                department_ids.append(department_ids_item)

        effective_from: str | Unset = UNSET
        if not isinstance(self.effective_from, Unset):
            effective_from = self.effective_from.isoformat()

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if basis is not UNSET:
            field_dict["basis"] = basis
        if measure is not UNSET:
            field_dict["measure"] = measure
        if period_kind is not UNSET:
            field_dict["period_kind"] = period_kind
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if cap is not UNSET:
            field_dict["cap"] = cap
        if default_quota is not UNSET:
            field_dict["default_quota"] = default_quota
        if employee_ids is not UNSET:
            field_dict["employee_ids"] = employee_ids
        if department_ids is not UNSET:
            field_dict["department_ids"] = department_ids
        if effective_from is not UNSET:
            field_dict["effective_from"] = effective_from
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tier_in import TierIn  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _basis = d.pop("basis", UNSET)
        basis: CommissionBasis | Unset
        if isinstance(_basis, Unset):
            basis = UNSET
        else:
            basis = CommissionBasis(_basis)

        _measure = d.pop("measure", UNSET)
        measure: CommissionMeasure | Unset
        if isinstance(_measure, Unset):
            measure = UNSET
        else:
            measure = CommissionMeasure(_measure)

        _period_kind = d.pop("period_kind", UNSET)
        period_kind: CommissionPeriodKind | Unset
        if isinstance(_period_kind, Unset):
            period_kind = UNSET
        else:
            period_kind = CommissionPeriodKind(_period_kind)

        currency = d.pop("currency", UNSET)

        _tiers = d.pop("tiers", UNSET)
        tiers: list[TierIn] | Unset = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = TierIn.from_dict(tiers_item_data)

                tiers.append(tiers_item)

        def _parse_cap(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cap = _parse_cap(d.pop("cap", UNSET))

        def _parse_default_quota(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        default_quota = _parse_default_quota(d.pop("default_quota", UNSET))

        _employee_ids = d.pop("employee_ids", UNSET)
        employee_ids: list[UUID] | Unset = UNSET
        if _employee_ids is not UNSET:
            employee_ids = []
            for employee_ids_item_data in _employee_ids:
                employee_ids_item = UUID(employee_ids_item_data)

                employee_ids.append(employee_ids_item)

        _department_ids = d.pop("department_ids", UNSET)
        department_ids: list[UUID] | Unset = UNSET
        if _department_ids is not UNSET:
            department_ids = []
            for department_ids_item_data in _department_ids:
                department_ids_item = UUID(department_ids_item_data)

                department_ids.append(department_ids_item)

        _effective_from = d.pop("effective_from", UNSET)
        effective_from: datetime.date | Unset
        if isinstance(_effective_from, Unset):
            effective_from = UNSET
        else:
            effective_from = datetime.date.fromisoformat(_effective_from)

        def _parse_effective_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_to = _parse_effective_to(d.pop("effective_to", UNSET))

        active = d.pop("active", UNSET)

        commission_plan_update = cls(
            name=name,
            description=description,
            basis=basis,
            measure=measure,
            period_kind=period_kind,
            currency=currency,
            tiers=tiers,
            cap=cap,
            default_quota=default_quota,
            employee_ids=employee_ids,
            department_ids=department_ids,
            effective_from=effective_from,
            effective_to=effective_to,
            active=active,
        )

        return commission_plan_update
