from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductUpdate")


@_attrs_define
class ProductUpdate:
    """
    Attributes:
        code (str | Unset): Unique among live products; letters, digits and . _ / -
        name (str | Unset):
        category (None | str | Unset):
        unit (str | Unset):
        list_price (float | str | Unset):
        standard_cost (float | str | Unset): What one unit costs the company; a deal line's cost is copied from it.
            Setting it needs margin:read.
        currency (str | Unset): ISO 4217 code
        active (bool | Unset):
        description (None | str | Unset):
    """

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    category: None | str | Unset = UNSET
    unit: str | Unset = UNSET
    list_price: float | str | Unset = UNSET
    standard_cost: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    active: bool | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        unit = self.unit

        list_price: float | str | Unset
        if isinstance(self.list_price, Unset):
            list_price = UNSET
        else:
            list_price = self.list_price

        standard_cost: float | str | Unset
        if isinstance(self.standard_cost, Unset):
            standard_cost = UNSET
        else:
            standard_cost = self.standard_cost

        currency = self.currency

        active = self.active

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if unit is not UNSET:
            field_dict["unit"] = unit
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if standard_cost is not UNSET:
            field_dict["standard_cost"] = standard_cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        unit = d.pop("unit", UNSET)

        def _parse_list_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        list_price = _parse_list_price(d.pop("list_price", UNSET))

        def _parse_standard_cost(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        standard_cost = _parse_standard_cost(d.pop("standard_cost", UNSET))

        currency = d.pop("currency", UNSET)

        active = d.pop("active", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        product_update = cls(
            code=code,
            name=name,
            category=category,
            unit=unit,
            list_price=list_price,
            standard_cost=standard_cost,
            currency=currency,
            active=active,
            description=description,
        )

        return product_update
