from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_check_mode import PlanCheckMode
from ..models.plan_period_kind import PlanPeriodKind
from ..models.sales_plan_status import SalesPlanStatus

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="SalesPlanOut")


@_attrs_define
class SalesPlanOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        period_kind (PlanPeriodKind):
        period_start (datetime.date):
        period_end (datetime.date):
        strategy_id (None | UUID):
        strategy (None | Ref): The sales strategy named by the id beside it: id and name (null if none).
        status (SalesPlanStatus):
        revision (int): 1, then one more for every revision opened.
        check_mode (PlanCheckMode):
        currency (str):
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        description (None | str):
        approval_id (None | UUID): The current revision's approval request.
        approved_at (datetime.datetime | None):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    period_kind: PlanPeriodKind
    period_start: datetime.date
    period_end: datetime.date
    strategy_id: None | UUID
    strategy: None | Ref
    status: SalesPlanStatus
    revision: int
    check_mode: PlanCheckMode
    currency: str
    owner_id: None | UUID
    owner: None | Ref
    description: None | str
    approval_id: None | UUID
    approved_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        period_kind = self.period_kind.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        strategy_id: None | str
        if isinstance(self.strategy_id, UUID):
            strategy_id = str(self.strategy_id)
        else:
            strategy_id = self.strategy_id

        strategy: dict[str, Any] | None
        if isinstance(self.strategy, Ref):
            strategy = self.strategy.to_dict()
        else:
            strategy = self.strategy

        status = self.status.value

        revision = self.revision

        check_mode = self.check_mode.value

        currency = self.currency

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

        description: None | str
        description = self.description

        approval_id: None | str
        if isinstance(self.approval_id, UUID):
            approval_id = str(self.approval_id)
        else:
            approval_id = self.approval_id

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "period_kind": period_kind,
                "period_start": period_start,
                "period_end": period_end,
                "strategy_id": strategy_id,
                "strategy": strategy,
                "status": status,
                "revision": revision,
                "check_mode": check_mode,
                "currency": currency,
                "owner_id": owner_id,
                "owner": owner,
                "description": description,
                "approval_id": approval_id,
                "approved_at": approved_at,
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

        name = d.pop("name")

        period_kind = PlanPeriodKind(d.pop("period_kind"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        def _parse_strategy_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strategy_id_type_0 = UUID(data)

                return strategy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        strategy_id = _parse_strategy_id(d.pop("strategy_id"))

        def _parse_strategy(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                strategy_type_0 = Ref.from_dict(data)

                return strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        strategy = _parse_strategy(d.pop("strategy"))

        status = SalesPlanStatus(d.pop("status"))

        revision = d.pop("revision")

        check_mode = PlanCheckMode(d.pop("check_mode"))

        currency = d.pop("currency")

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

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_approval_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_id_type_0 = UUID(data)

                return approval_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approval_id = _parse_approval_id(d.pop("approval_id"))

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

        sales_plan_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            period_kind=period_kind,
            period_start=period_start,
            period_end=period_end,
            strategy_id=strategy_id,
            strategy=strategy,
            status=status,
            revision=revision,
            check_mode=check_mode,
            currency=currency,
            owner_id=owner_id,
            owner=owner,
            description=description,
            approval_id=approval_id,
            approved_at=approved_at,
        )

        sales_plan_out.additional_properties = d
        return sales_plan_out

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
