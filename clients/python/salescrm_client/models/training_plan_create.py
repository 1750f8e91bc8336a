from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.training_kind import TrainingKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingPlanCreate")


@_attrs_define
class TrainingPlanCreate:
    """
    Attributes:
        title (str):
        period_start (datetime.date):
        period_end (datetime.date):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        objective (None | str | Unset):
        kind (TrainingKind | Unset):
        sales_plan_id (None | Unset | UUID): The sales plan it serves.
        sales_strategy_id (None | Unset | UUID): The strategy it serves.
        owner_id (None | Unset | UUID): Who answers for it. Default: caller.
        description (None | str | Unset):
    """

    title: str
    period_start: datetime.date
    period_end: datetime.date
    id: None | Unset | UUID = UNSET
    objective: None | str | Unset = UNSET
    kind: TrainingKind | Unset = UNSET
    sales_plan_id: None | Unset | UUID = UNSET
    sales_strategy_id: None | Unset | UUID = UNSET
    owner_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        objective: None | str | Unset
        if isinstance(self.objective, Unset):
            objective = UNSET
        else:
            objective = self.objective

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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

        field_dict.update(
            {
                "title": title,
                "period_start": period_start,
                "period_end": period_end,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if objective is not UNSET:
            field_dict["objective"] = objective
        if kind is not UNSET:
            field_dict["kind"] = kind
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
        title = d.pop("title")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

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

        training_plan_create = cls(
            title=title,
            period_start=period_start,
            period_end=period_end,
            id=id,
            objective=objective,
            kind=kind,
            sales_plan_id=sales_plan_id,
            sales_strategy_id=sales_strategy_id,
            owner_id=owner_id,
            description=description,
        )

        return training_plan_create
