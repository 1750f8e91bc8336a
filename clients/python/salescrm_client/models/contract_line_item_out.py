from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="ContractLineItemOut")


@_attrs_define
class ContractLineItemOut:
    """
    Attributes:
        product_id (UUID):
        product (None | Ref): The product named by the id beside it: id and name (null if none). Its name now; `name` is
            the product's name when the line was added.
        name (str):
        unit (str):
        quantity (str): More than 0, up to four decimal places; a string in JSON.
        unit_price (str):
        discount (str): Percent off the unit price, 0 to 100.
        amount (str): quantity × unit price × (1 − discount).
        id (UUID):
        unit_cost (None | str | Unset): The product's cost when added. Present only for callers holding margin:read.
        cost (None | str | Unset): quantity × unit cost. Present only for callers holding margin:read.
        margin (None | str | Unset): Amount minus cost. Present only for callers holding margin:read.
        cost_known (bool | None | Unset): False when quantity × unit cost passes the money bounds: cost and margin are
            then null (the line is accepted all the same). Present only for callers holding margin:read.
    """

    product_id: UUID
    product: None | Ref
    name: str
    unit: str
    quantity: str
    unit_price: str
    discount: str
    amount: str
    id: UUID
    unit_cost: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
    margin: None | str | Unset = UNSET
    cost_known: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        product_id = str(self.product_id)

        product: dict[str, Any] | None
        if isinstance(self.product, Ref):
            product = self.product.to_dict()
        else:
            product = self.product

        name = self.name

        unit = self.unit

        quantity = self.quantity

        unit_price = self.unit_price

        discount = self.discount

        amount = self.amount

        id = str(self.id)

        unit_cost: None | str | Unset
        if isinstance(self.unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = self.unit_cost

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        margin: None | str | Unset
        if isinstance(self.margin, Unset):
            margin = UNSET
        else:
            margin = self.margin

        cost_known: bool | None | Unset
        if isinstance(self.cost_known, Unset):
            cost_known = UNSET
        else:
            cost_known = self.cost_known

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "product": product,
                "name": name,
                "unit": unit,
                "quantity": quantity,
                "unit_price": unit_price,
                "discount": discount,
                "amount": amount,
                "id": id,
            }
        )
        if unit_cost is not UNSET:
            field_dict["unit_cost"] = unit_cost
        if cost is not UNSET:
            field_dict["cost"] = cost
        if margin is not UNSET:
            field_dict["margin"] = margin
        if cost_known is not UNSET:
            field_dict["cost_known"] = cost_known

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        product_id = UUID(d.pop("product_id"))

        def _parse_product(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = Ref.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        product = _parse_product(d.pop("product"))

        name = d.pop("name")

        unit = d.pop("unit")

        quantity = d.pop("quantity")

        unit_price = d.pop("unit_price")

        discount = d.pop("discount")

        amount = d.pop("amount")

        id = UUID(d.pop("id"))

        def _parse_unit_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_cost = _parse_unit_cost(d.pop("unit_cost", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin = _parse_margin(d.pop("margin", UNSET))

        def _parse_cost_known(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cost_known = _parse_cost_known(d.pop("cost_known", UNSET))

        contract_line_item_out = cls(
            product_id=product_id,
            product=product,
            name=name,
            unit=unit,
            quantity=quantity,
            unit_price=unit_price,
            discount=discount,
            amount=amount,
            id=id,
            unit_cost=unit_cost,
            cost=cost,
            margin=margin,
            cost_known=cost_known,
        )

        contract_line_item_out.additional_properties = d
        return contract_line_item_out

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
