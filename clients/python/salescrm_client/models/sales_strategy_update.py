from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.strategy_product import StrategyProduct


T = TypeVar("T", bound="SalesStrategyUpdate")


@_attrs_define
class SalesStrategyUpdate:
    """
    Attributes:
        name (str | Unset):
        period_start (datetime.date | Unset):
        period_end (datetime.date | Unset):
        target_markets (list[str] | Unset):
        segments (list[str] | Unset):
        products (list[StrategyProduct] | Unset):
        competitive_situation (None | str | Unset):
        resources (None | str | Unset):
        description (None | str | Unset):
        owner_id (None | Unset | UUID):
    """

    name: str | Unset = UNSET
    period_start: datetime.date | Unset = UNSET
    period_end: datetime.date | Unset = UNSET
    target_markets: list[str] | Unset = UNSET
    segments: list[str] | Unset = UNSET
    products: list[StrategyProduct] | Unset = UNSET
    competitive_situation: None | str | Unset = UNSET
    resources: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        target_markets: list[str] | Unset = UNSET
        if not isinstance(self.target_markets, Unset):
            target_markets = self.target_markets

        segments: list[str] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        competitive_situation: None | str | Unset
        if isinstance(self.competitive_situation, Unset):
            competitive_situation = UNSET
        else:
            competitive_situation = self.competitive_situation

        resources: None | str | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        else:
            resources = self.resources

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if target_markets is not UNSET:
            field_dict["target_markets"] = target_markets
        if segments is not UNSET:
            field_dict["segments"] = segments
        if products is not UNSET:
            field_dict["products"] = products
        if competitive_situation is not UNSET:
            field_dict["competitive_situation"] = competitive_situation
        if resources is not UNSET:
            field_dict["resources"] = resources
        if description is not UNSET:
            field_dict["description"] = description
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.strategy_product import StrategyProduct  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        target_markets = cast(list[str], d.pop("target_markets", UNSET))

        segments = cast(list[str], d.pop("segments", UNSET))

        _products = d.pop("products", UNSET)
        products: list[StrategyProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = StrategyProduct.from_dict(products_item_data)

                products.append(products_item)

        def _parse_competitive_situation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        competitive_situation = _parse_competitive_situation(d.pop("competitive_situation", UNSET))

        def _parse_resources(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resources = _parse_resources(d.pop("resources", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        sales_strategy_update = cls(
            name=name,
            period_start=period_start,
            period_end=period_end,
            target_markets=target_markets,
            segments=segments,
            products=products,
            competitive_situation=competitive_situation,
            resources=resources,
            description=description,
            owner_id=owner_id,
        )

        return sales_strategy_update
