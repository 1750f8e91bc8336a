from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCreate")


@_attrs_define
class ProductCreate:
    """
    Attributes:
        code (str): Unique among live products; letters, digits and . _ / -
        name (str):
        list_price (float | str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        category (None | str | Unset):
        unit (str | Unset):  Default: '件'.
        standard_cost (float | str | Unset): What one unit costs the company; a deal line's cost is copied from it.
            Setting it needs margin:read. Default: 0.0.
        currency (str | Unset): ISO 4217 code Default: 'CNY'.
        active (bool | Unset):  Default: True.
        description (None | str | Unset):
    """

    code: str
    name: str
    list_price: float | str
    id: None | Unset | UUID = UNSET
    category: None | str | Unset = UNSET
    unit: str | Unset = "件"
    standard_cost: float | str | Unset = 0.0
    currency: str | Unset = "CNY"
    active: bool | Unset = True
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        list_price: float | str
        list_price = self.list_price

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        unit = self.unit

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

        field_dict.update(
            {
                "code": code,
                "name": name,
                "list_price": list_price,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category
        if unit is not UNSET:
            field_dict["unit"] = unit
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
        code = d.pop("code")

        name = d.pop("name")

        def _parse_list_price(data: object) -> float | str:
            return cast(float | str, data)

        list_price = _parse_list_price(d.pop("list_price"))

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

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        unit = d.pop("unit", UNSET)

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

        product_create = cls(
            code=code,
            name=name,
            list_price=list_price,
            id=id,
            category=category,
            unit=unit,
            standard_cost=standard_cost,
            currency=currency,
            active=active,
            description=description,
        )

        return product_create
