from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_source import LineSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="CommissionLineOut")


@_attrs_define
class CommissionLineOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        statement_id (UUID):
        source (LineSource):
        contract_id (UUID):
        contract (None | Ref): The contract named by the id beside it: id and name (null if none).
        payment_id (None | UUID): The payment (basis payments_received).
        number (str): The contract's number.
        day (datetime.date): The contract's sign date or the payment's date.
        amount (str): The contract's or the payment's amount.
        rate_percent (str): The rate of the band the running total ends in.
        commission (str): What the line adds to the statement's commission before the cap.
        margin (None | str | Unset): Its margin (margin plans; a payment's share of its contract's). Present only for
            callers holding margin:read.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    statement_id: UUID
    source: LineSource
    contract_id: UUID
    contract: None | Ref
    payment_id: None | UUID
    number: str
    day: datetime.date
    amount: str
    rate_percent: str
    commission: str
    margin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        statement_id = str(self.statement_id)

        source = self.source.value

        contract_id = str(self.contract_id)

        contract: dict[str, Any] | None
        if isinstance(self.contract, Ref):
            contract = self.contract.to_dict()
        else:
            contract = self.contract

        payment_id: None | str
        if isinstance(self.payment_id, UUID):
            payment_id = str(self.payment_id)
        else:
            payment_id = self.payment_id

        number = self.number

        day = self.day.isoformat()

        amount = self.amount

        rate_percent = self.rate_percent

        commission = self.commission

        margin: None | str | Unset
        if isinstance(self.margin, Unset):
            margin = UNSET
        else:
            margin = self.margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "statement_id": statement_id,
                "source": source,
                "contract_id": contract_id,
                "contract": contract,
                "payment_id": payment_id,
                "number": number,
                "day": day,
                "amount": amount,
                "rate_percent": rate_percent,
                "commission": commission,
            }
        )
        if margin is not UNSET:
            field_dict["margin"] = margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        statement_id = UUID(d.pop("statement_id"))

        source = LineSource(d.pop("source"))

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

        def _parse_payment_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_id_type_0 = UUID(data)

                return payment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        payment_id = _parse_payment_id(d.pop("payment_id"))

        number = d.pop("number")

        day = datetime.date.fromisoformat(d.pop("day"))

        amount = d.pop("amount")

        rate_percent = d.pop("rate_percent")

        commission = d.pop("commission")

        def _parse_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin = _parse_margin(d.pop("margin", UNSET))

        commission_line_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            statement_id=statement_id,
            source=source,
            contract_id=contract_id,
            contract=contract,
            payment_id=payment_id,
            number=number,
            day=day,
            amount=amount,
            rate_percent=rate_percent,
            commission=commission,
            margin=margin,
        )

        commission_line_out.additional_properties = d
        return commission_line_out

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
