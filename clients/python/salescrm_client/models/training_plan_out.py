from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_kind import TrainingKind

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="TrainingPlanOut")


@_attrs_define
class TrainingPlanOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        title (str):
        objective (None | str):
        kind (TrainingKind):
        period_start (datetime.date):
        period_end (datetime.date):
        sales_plan_id (None | UUID):
        sales_plan (None | Ref): The sales plan named by the id beside it: id and name (null if none).
        sales_strategy_id (None | UUID):
        sales_strategy (None | Ref): The sales strategy named by the id beside it: id and name (null if none).
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        description (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    title: str
    objective: None | str
    kind: TrainingKind
    period_start: datetime.date
    period_end: datetime.date
    sales_plan_id: None | UUID
    sales_plan: None | Ref
    sales_strategy_id: None | UUID
    sales_strategy: None | Ref
    owner_id: None | UUID
    owner: None | Ref
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        title = self.title

        objective: None | str
        objective = self.objective

        kind = self.kind.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        sales_plan_id: None | str
        if isinstance(self.sales_plan_id, UUID):
            sales_plan_id = str(self.sales_plan_id)
        else:
            sales_plan_id = self.sales_plan_id

        sales_plan: dict[str, Any] | None
        if isinstance(self.sales_plan, Ref):
            sales_plan = self.sales_plan.to_dict()
        else:
            sales_plan = self.sales_plan

        sales_strategy_id: None | str
        if isinstance(self.sales_strategy_id, UUID):
            sales_strategy_id = str(self.sales_strategy_id)
        else:
            sales_strategy_id = self.sales_strategy_id

        sales_strategy: dict[str, Any] | None
        if isinstance(self.sales_strategy, Ref):
            sales_strategy = self.sales_strategy.to_dict()
        else:
            sales_strategy = self.sales_strategy

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "title": title,
                "objective": objective,
                "kind": kind,
                "period_start": period_start,
                "period_end": period_end,
                "sales_plan_id": sales_plan_id,
                "sales_plan": sales_plan,
                "sales_strategy_id": sales_strategy_id,
                "sales_strategy": sales_strategy,
                "owner_id": owner_id,
                "owner": owner,
                "description": description,
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

        title = d.pop("title")

        def _parse_objective(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        objective = _parse_objective(d.pop("objective"))

        kind = TrainingKind(d.pop("kind"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        def _parse_sales_plan_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sales_plan_id_type_0 = UUID(data)

                return sales_plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sales_plan_id = _parse_sales_plan_id(d.pop("sales_plan_id"))

        def _parse_sales_plan(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sales_plan_type_0 = Ref.from_dict(data)

                return sales_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        sales_plan = _parse_sales_plan(d.pop("sales_plan"))

        def _parse_sales_strategy_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sales_strategy_id_type_0 = UUID(data)

                return sales_strategy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sales_strategy_id = _parse_sales_strategy_id(d.pop("sales_strategy_id"))

        def _parse_sales_strategy(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sales_strategy_type_0 = Ref.from_dict(data)

                return sales_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        sales_strategy = _parse_sales_strategy(d.pop("sales_strategy"))

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

        training_plan_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            title=title,
            objective=objective,
            kind=kind,
            period_start=period_start,
            period_end=period_end,
            sales_plan_id=sales_plan_id,
            sales_plan=sales_plan,
            sales_strategy_id=sales_strategy_id,
            sales_strategy=sales_strategy,
            owner_id=owner_id,
            owner=owner,
            description=description,
        )

        training_plan_out.additional_properties = d
        return training_plan_out

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
