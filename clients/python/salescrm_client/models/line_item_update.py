from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemUpdate")


@_attrs_define
class LineItemUpdate:
    """
    Attributes:
        quantity (float | str | Unset): More than 0, up to four decimal places; a string in JSON.
        unit_price (float | str | Unset):
        discount (float | str | Unset): Percent off the unit price, 0 to 100.
        description (None | str | Unset):
    """

    quantity: float | str | Unset = UNSET
    unit_price: float | str | Unset = UNSET
    discount: float | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        quantity: float | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        unit_price: float | str | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        discount: float | str | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quantity(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_unit_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        unit_price = _parse_unit_price(d.pop("unit_price", UNSET))

        def _parse_discount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        line_item_update = cls(
            quantity=quantity,
            unit_price=unit_price,
            discount=discount,
            description=description,
        )

        return line_item_update
