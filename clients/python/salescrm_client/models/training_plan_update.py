from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.training_kind import TrainingKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingPlanUpdate")


@_attrs_define
class TrainingPlanUpdate:
    """
    Attributes:
        title (str | Unset):
        objective (None | str | Unset):
        kind (TrainingKind | Unset):
        period_start (datetime.date | Unset):
        period_end (datetime.date | Unset):
        sales_plan_id (None | Unset | UUID):
        sales_strategy_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        description (None | str | Unset):
    """

    title: str | Unset = UNSET
    objective: None | str | Unset = UNSET
    kind: TrainingKind | Unset = UNSET
    period_start: datetime.date | Unset = UNSET
    period_end: datetime.date | Unset = UNSET
    sales_plan_id: None | Unset | UUID = UNSET
    sales_strategy_id: None | Unset | UUID = UNSET
    owner_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        objective: None | str | Unset
        if isinstance(self.objective, Unset):
            objective = UNSET
        else:
            objective = self.objective

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        sales_plan_id: None | str | Unset
        if isinstance(self.sales_plan_id, Unset):
            sales_plan_id = UNSET
        elif isinstance(self.sales_plan_id, UUID):
            sales_plan_id = str(self.sales_plan_id)
        else:
            sales_plan_id = self.sales_plan_id

        sales_strategy_id: None | str | Unset
        if isinstance(self.sales_strategy_id, Unset):
            sales_strategy_id = UNSET
        elif isinstance(self.sales_strategy_id, UUID):
            sales_strategy_id = str(self.sales_strategy_id)
        else:
            sales_strategy_id = self.sales_strategy_id

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
        if title is not UNSET:
            field_dict["title"] = title
        if objective is not UNSET:
            field_dict["objective"] = objective
        if kind is not UNSET:
            field_dict["kind"] = kind
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if sales_plan_id is not UNSET:
            field_dict["sales_plan_id"] = sales_plan_id
        if sales_strategy_id is not UNSET:
            field_dict["sales_strategy_id"] = sales_strategy_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        def _parse_objective(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objective = _parse_objective(d.pop("objective", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: TrainingKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = TrainingKind(_kind)

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

        def _parse_sales_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sales_plan_id_type_0 = UUID(data)

                return sales_plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        sales_plan_id = _parse_sales_plan_id(d.pop("sales_plan_id", UNSET))

        def _parse_sales_strategy_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sales_strategy_id_type_0 = UUID(data)

                return sales_strategy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        sales_strategy_id = _parse_sales_strategy_id(d.pop("sales_strategy_id", UNSET))

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

        training_plan_update = cls(
            title=title,
            objective=objective,
            kind=kind,
            period_start=period_start,
            period_end=period_end,
            sales_plan_id=sales_plan_id,
            sales_strategy_id=sales_strategy_id,
            owner_id=owner_id,
            description=description,
        )

        return training_plan_update
