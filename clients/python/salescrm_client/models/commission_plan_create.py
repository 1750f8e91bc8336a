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


T = TypeVar("T", bound="CommissionPlanCreate")


@_attrs_define
class CommissionPlanCreate:
    """
    Attributes:
        name (str):
        basis (CommissionBasis):
        period_kind (CommissionPeriodKind):
        tiers (list[TierIn]): Bands of quota attainment in ascending order, from 0 %, contiguous, the last open. Each
            rate applies to the part of the total inside its band (marginal). Overlapping bands: 422 `tier_overlap`; a gap:
            422 `tier_gap`.
        default_quota (float | str): The quota of an employee with no target in an approved plan of the period.
        effective_from (datetime.date):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        description (None | str | Unset):
        measure (CommissionMeasure | Unset):
        currency (str | Unset): ISO 4217 code Default: 'CNY'.
        cap (float | None | str | Unset): The most commission one statement pays; null: no cap.
        employee_ids (list[UUID] | Unset):
        department_ids (list[UUID] | Unset): Everyone in these departments and those below them.
        effective_to (datetime.date | None | Unset): Null: open. Before `effective_from`: 422 `range_reversed`.
        active (bool | Unset):  Default: True.
    """

    name: str
    basis: CommissionBasis
    period_kind: CommissionPeriodKind
    tiers: list[TierIn]
    default_quota: float | str
    effective_from: datetime.date
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    measure: CommissionMeasure | Unset = UNSET
    currency: str | Unset = "CNY"
    cap: float | None | str | Unset = UNSET
    employee_ids: list[UUID] | Unset = UNSET
    department_ids: list[UUID] | Unset = UNSET
    effective_to: datetime.date | None | Unset = UNSET
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        basis = self.basis.value

        period_kind = self.period_kind.value

        tiers = []
        for tiers_item_data in self.tiers:
            tiers_item = tiers_item_data.to_dict()
            tiers.append(tiers_item)

        default_quota: float | str
        default_quota = self.default_quota

        effective_from = self.effective_from.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        measure: str | Unset = UNSET
        if not isinstance(self.measure, Unset):
            measure = self.measure.value

        currency = self.currency

        cap: float | None | str | Unset
        if isinstance(self.cap, Unset):
            cap = UNSET
        else:
            cap = self.cap

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

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "basis": basis,
                "period_kind": period_kind,
                "tiers": tiers,
                "default_quota": default_quota,
                "effective_from": effective_from,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if measure is not UNSET:
            field_dict["measure"] = measure
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cap is not UNSET:
            field_dict["cap"] = cap
        if employee_ids is not UNSET:
            field_dict["employee_ids"] = employee_ids
        if department_ids is not UNSET:
            field_dict["department_ids"] = department_ids
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tier_in import TierIn  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        basis = CommissionBasis(d.pop("basis"))

        period_kind = CommissionPeriodKind(d.pop("period_kind"))

        tiers = []
        _tiers = d.pop("tiers")
        for tiers_item_data in _tiers:
            tiers_item = TierIn.from_dict(tiers_item_data)

            tiers.append(tiers_item)

        def _parse_default_quota(data: object) -> float | str:
            return cast(float | str, data)

        default_quota = _parse_default_quota(d.pop("default_quota"))

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _measure = d.pop("measure", UNSET)
        measure: CommissionMeasure | Unset
        if isinstance(_measure, Unset):
            measure = UNSET
        else:
            measure = CommissionMeasure(_measure)

        currency = d.pop("currency", UNSET)

        def _parse_cap(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cap = _parse_cap(d.pop("cap", UNSET))

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

        commission_plan_create = cls(
            name=name,
            basis=basis,
            period_kind=period_kind,
            tiers=tiers,
            default_quota=default_quota,
            effective_from=effective_from,
            id=id,
            description=description,
            measure=measure,
            currency=currency,
            cap=cap,
            employee_ids=employee_ids,
            department_ids=department_ids,
            effective_to=effective_to,
            active=active,
        )

        return commission_plan_create
