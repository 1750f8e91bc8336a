from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.plan_check_mode import PlanCheckMode
from ..models.plan_period_kind import PlanPeriodKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesPlanUpdate")


@_attrs_define
class SalesPlanUpdate:
    """
    Attributes:
        name (str | Unset):
        period_kind (PlanPeriodKind | Unset):
        period_start (datetime.date | Unset):
        period_end (datetime.date | Unset):
        strategy_id (None | Unset | UUID):
        check_mode (PlanCheckMode | Unset):
        currency (str | Unset): ISO 4217 code
        owner_id (None | Unset | UUID):
        description (None | str | Unset):
    """

    name: str | Unset = UNSET
    period_kind: PlanPeriodKind | Unset = UNSET
    period_start: datetime.date | Unset = UNSET
    period_end: datetime.date | Unset = UNSET
    strategy_id: None | Unset | UUID = UNSET
    check_mode: PlanCheckMode | Unset = UNSET
    currency: str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        period_kind: str | Unset = UNSET
        if not isinstance(self.period_kind, Unset):
            period_kind = self.period_kind.value

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        strategy_id: None | str | Unset
        if isinstance(self.strategy_id, Unset):
            strategy_id = UNSET
        elif isinstance(self.strategy_id, UUID):
            strategy_id = str(self.strategy_id)
        else:
            strategy_id = self.strategy_id

        check_mode: str | Unset = UNSET
        if not isinstance(self.check_mode, Unset):
            check_mode = self.check_mode.value

        currency = self.currency

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if period_kind is not UNSET:
            field_dict["period_kind"] = period_kind
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if strategy_id is not UNSET:
            field_dict["strategy_id"] = strategy_id
        if check_mode is not UNSET:
            field_dict["check_mode"] = check_mode
        if currency is not UNSET:
            field_dict["currency"] = currency
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _period_kind = d.pop("period_kind", UNSET)
        period_kind: PlanPeriodKind | Unset
        if isinstance(_period_kind, Unset):
            period_kind = UNSET
        else:
            period_kind = PlanPeriodKind(_period_kind)

        _period_start = d.pop("period_start", UNSET)
        period_start: datetime.date | Unset
        if isinstance(_period_start, Unset):
            period_start = UNSET
        else:
            period_start = datetime.date.fromisoformat(_period_start)

        _period_end = d.pop("period_end", UNSET)
        period_end: datetime.date | Unset
        if isinstance(_period_end, Unset):
            period_end = UNSET
        else:
            period_end = datetime.date.fromisoformat(_period_end)

        def _parse_strategy_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strategy_id_type_0 = UUID(data)

                return strategy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        strategy_id = _parse_strategy_id(d.pop("strategy_id", UNSET))

        _check_mode = d.pop("check_mode", UNSET)
        check_mode: PlanCheckMode | Unset
        if isinstance(_check_mode, Unset):
            check_mode = UNSET
        else:
            check_mode = PlanCheckMode(_check_mode)

        currency = d.pop("currency", UNSET)

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        sales_plan_update = cls(
            name=name,
            period_kind=period_kind,
            period_start=period_start,
            period_end=period_end,
            strategy_id=strategy_id,
            check_mode=check_mode,
            currency=currency,
            owner_id=owner_id,
            description=description,
        )

        return sales_plan_update
