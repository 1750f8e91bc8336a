from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    """
    Attributes:
        contract_id (UUID):
        amount (float | str):
        received_on (datetime.date):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        method (PaymentMethod | Unset):
        reference (None | str | Unset): The bank's or the bill's reference.
        overpayment (bool | Unset): Accept it although the received total then exceeds the contract amount (otherwise
            that is a 409). Default: False.
        note (None | str | Unset):
    """

    contract_id: UUID
    amount: float | str
    received_on: datetime.date
    id: None | Unset | UUID = UNSET
    method: PaymentMethod | Unset = UNSET
    reference: None | str | Unset = UNSET
    overpayment: bool | Unset = False
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contract_id = str(self.contract_id)

        amount: float | str
        amount = self.amount

        received_on = self.received_on.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

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

        field_dict.update(
            {
                "contract_id": contract_id,
                "amount": amount,
                "received_on": received_on,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        contract_id = UUID(d.pop("contract_id"))

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

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

        payment_create = cls(
            contract_id=contract_id,
            amount=amount,
            received_on=received_on,
            id=id,
            method=method,
            reference=reference,
            overpayment=overpayment,
            note=note,
        )

        return payment_create
