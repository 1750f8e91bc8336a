from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentUpdate")


@_attrs_define
class PaymentUpdate:
    """
    Attributes:
        amount (float | str | Unset):
        received_on (datetime.date | Unset):
        method (PaymentMethod | Unset):
        reference (None | str | Unset):
        overpayment (bool | Unset):
        note (None | str | Unset):
    """

    amount: float | str | Unset = UNSET
    received_on: datetime.date | Unset = UNSET
    method: PaymentMethod | Unset = UNSET
    reference: None | str | Unset = UNSET
    overpayment: bool | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount: float | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        received_on: str | Unset = UNSET
        if not isinstance(self.received_on, Unset):
            received_on = self.received_on.isoformat()

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        overpayment = self.overpayment

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if method is not UNSET:
            field_dict["method"] = method
        if reference is not UNSET:
            field_dict["reference"] = reference
        if overpayment is not UNSET:
            field_dict["overpayment"] = overpayment
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        _received_on = d.pop("received_on", UNSET)
        received_on: datetime.date | Unset
        if isinstance(_received_on, Unset):
            received_on = UNSET
        else:
            received_on = datetime.date.fromisoformat(_received_on)

        _method = d.pop("method", UNSET)
        method: PaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PaymentMethod(_method)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        overpayment = d.pop("overpayment", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        payment_update = cls(
            amount=amount,
            received_on=received_on,
            method=method,
            reference=reference,
            overpayment=overpayment,
            note=note,
        )

        return payment_update
