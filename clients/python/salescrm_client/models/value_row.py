from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.abc_class import AbcClass

T = TypeVar("T", bound="ValueRow")


@_attrs_define
class ValueRow:
    """
    Attributes:
        rank (int): 1 for the most valuable
        customer_id (UUID): The customer
        customer_name (str): Its name
        currency (str): ISO 4217 code of the amounts
        lifetime_value (str): Paid so far plus two more years at the pace of the last 365 days
        paid_total (str): Paid so far
        monetary (str): Paid in the last 365 days
        abc_class (AbcClass | None): Its ABC class
    """

    rank: int
    customer_id: UUID
    customer_name: str
    currency: str
    lifetime_value: str
    paid_total: str
    monetary: str
    abc_class: AbcClass | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        customer_id = str(self.customer_id)

        customer_name = self.customer_name

        currency = self.currency

        lifetime_value = self.lifetime_value

        paid_total = self.paid_total

        monetary = self.monetary

        abc_class: None | str
        if isinstance(self.abc_class, AbcClass):
            abc_class = self.abc_class.value
        else:
            abc_class = self.abc_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "customer_id": customer_id,
                "customer_name": customer_name,
                "currency": currency,
                "lifetime_value": lifetime_value,
                "paid_total": paid_total,
                "monetary": monetary,
                "abc_class": abc_class,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rank = d.pop("rank")

        customer_id = UUID(d.pop("customer_id"))

        customer_name = d.pop("customer_name")

        currency = d.pop("currency")

        lifetime_value = d.pop("lifetime_value")

        paid_total = d.pop("paid_total")

        monetary = d.pop("monetary")

        def _parse_abc_class(data: object) -> AbcClass | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                abc_class_type_0 = AbcClass(data)

                return abc_class_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbcClass | None, data)

        abc_class = _parse_abc_class(d.pop("abc_class"))

        value_row = cls(
            rank=rank,
            customer_id=customer_id,
            customer_name=customer_name,
            currency=currency,
            lifetime_value=lifetime_value,
            paid_total=paid_total,
            monetary=monetary,
            abc_class=abc_class,
        )

        value_row.additional_properties = d
        return value_row

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
