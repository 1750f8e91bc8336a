from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemCreate")


@_attrs_define
class LineItemCreate:
    """
    Attributes:
        product_id (UUID):
        quantity (float | str): More than 0, up to four decimal places; a string in JSON.
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        unit_price (float | None | str | Unset): Default: the product's list price (if in the deal's currency).
        discount (float | str | Unset): Percent off the unit price, 0 to 100. Default: 0.0.
        description (None | str | Unset):
    """

    product_id: UUID
    quantity: float | str
    id: None | Unset | UUID = UNSET
    unit_price: float | None | str | Unset = UNSET
    discount: float | str | Unset = 0.0
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        quantity: float | str
        quantity = self.quantity

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        unit_price: float | None | str | Unset
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

        field_dict.update(
            {
                "product_id": product_id,
                "quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        product_id = UUID(d.pop("product_id"))

        def _parse_quantity(data: object) -> float | str:
            return cast(float | str, data)

        quantity = _parse_quantity(d.pop("quantity"))

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

        def _parse_unit_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

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

        line_item_create = cls(
            product_id=product_id,
            quantity=quantity,
            id=id,
            unit_price=unit_price,
            discount=discount,
            description=description,
        )

        return line_item_create
