from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="PaymentOut")


@_attrs_define
class PaymentOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        contract_id (UUID):
        contract (None | Ref): The contract named by the id beside it: id and name (null if none).
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        amount (str):
        currency (str):
        received_on (datetime.date):
        method (PaymentMethod):
        reference (None | str):
        overpayment (bool):
        note (None | str):
        recorded_by_id (None | UUID):
        recorded_by (None | Ref): The employee named by the id beside it: id and name (null if none).
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    contract_id: UUID
    contract: None | Ref
    customer_id: UUID
    customer: None | Ref
    amount: str
    currency: str
    received_on: datetime.date
    method: PaymentMethod
    reference: None | str
    overpayment: bool
    note: None | str
    recorded_by_id: None | UUID
    recorded_by: None | Ref
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        contract_id = str(self.contract_id)

        contract: dict[str, Any] | None
        if isinstance(self.contract, Ref):
            contract = self.contract.to_dict()
        else:
            contract = self.contract

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        amount = self.amount

        currency = self.currency

        received_on = self.received_on.isoformat()

        method = self.method.value

        reference: None | str
        reference = self.reference

        overpayment = self.overpayment

        note: None | str
        note = self.note

        recorded_by_id: None | str
        if isinstance(self.recorded_by_id, UUID):
            recorded_by_id = str(self.recorded_by_id)
        else:
            recorded_by_id = self.recorded_by_id

        recorded_by: dict[str, Any] | None
        if isinstance(self.recorded_by, Ref):
            recorded_by = self.recorded_by.to_dict()
        else:
            recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "contract_id": contract_id,
                "contract": contract,
                "customer_id": customer_id,
                "customer": customer,
                "amount": amount,
                "currency": currency,
                "received_on": received_on,
                "method": method,
                "reference": reference,
                "overpayment": overpayment,
                "note": note,
                "recorded_by_id": recorded_by_id,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        contract_id = UUID(d.pop("contract_id"))

        def _parse_contract(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contract_type_0 = Ref.from_dict(data)

                return contract_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        contract = _parse_contract(d.pop("contract"))

        customer_id = UUID(d.pop("customer_id"))

        def _parse_customer(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Ref.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        customer = _parse_customer(d.pop("customer"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        method = PaymentMethod(d.pop("method"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        overpayment = d.pop("overpayment")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_recorded_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_id_type_0 = UUID(data)

                return recorded_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        recorded_by_id = _parse_recorded_by_id(d.pop("recorded_by_id"))

        def _parse_recorded_by(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recorded_by_type_0 = Ref.from_dict(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        payment_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            contract_id=contract_id,
            contract=contract,
            customer_id=customer_id,
            customer=customer,
            amount=amount,
            currency=currency,
            received_on=received_on,
            method=method,
            reference=reference,
            overpayment=overpayment,
            note=note,
            recorded_by_id=recorded_by_id,
            recorded_by=recorded_by,
        )

        payment_out.additional_properties = d
        return payment_out

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
