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
        amount (float | None | str | Unset):
        received_on (datetime.date | None | Unset):
        method (None | PaymentMethod | Unset):
        reference (None | str | Unset):
        overpayment (bool | None | Unset):
        note (None | str | Unset):
    """

    amount: float | None | str | Unset = UNSET
    received_on: datetime.date | None | Unset = UNSET
    method: None | PaymentMethod | Unset = UNSET
    reference: None | str | Unset = UNSET
    overpayment: bool | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.date):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, PaymentMethod):
            method = self.method.value
        else:
            method = self.method

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        overpayment: bool | None | Unset
        if isinstance(self.overpayment, Unset):
            overpayment = UNSET
        else:
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

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_received_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_on_type_0 = datetime.date.fromisoformat(data)

                return received_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_on = _parse_received_on(d.pop("received_on", UNSET))

        def _parse_method(data: object) -> None | PaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = PaymentMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_overpayment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overpayment = _parse_overpayment(d.pop("overpayment", UNSET))

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
