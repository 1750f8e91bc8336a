from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChurnReasonOut")


@_attrs_define
class ChurnReasonOut:
    """
    Attributes:
        code (str): The signal: inactivity, falling_purchases, overdue_payments (later domains add their own)
        weight (int): The points it adds to the score
        value (int): What it measured: days inactive, the drop in percent, overdue payments
        currency (None | str): The currency of the amount it speaks of, if any
        amount (None | str): The amount it speaks of (overdue), if any
        text (str): The reason in words, in the caller's language
    """

    code: str
    weight: int
    value: int
    currency: None | str
    amount: None | str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        weight = self.weight

        value = self.value

        currency: None | str
        currency = self.currency

        amount: None | str
        amount = self.amount

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "weight": weight,
                "value": value,
                "currency": currency,
                "amount": amount,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        weight = d.pop("weight")

        value = d.pop("value")

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))

        text = d.pop("text")

        churn_reason_out = cls(
            code=code,
            weight=weight,
            value=value,
            currency=currency,
            amount=amount,
            text=text,
        )

        churn_reason_out.additional_properties = d
        return churn_reason_out

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
