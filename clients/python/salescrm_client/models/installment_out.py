from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstallmentOut")


@_attrs_define
class InstallmentOut:
    """
    Attributes:
        id (UUID):
        due_date (datetime.date):
        amount (str):
        received (str): What the payments so far cover of it (in due order).
        note (None | str):
        outstanding (str):
        overdue (bool): Due before today and not fully paid.
    """

    id: UUID
    due_date: datetime.date
    amount: str
    received: str
    note: None | str
    outstanding: str
    overdue: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        due_date = self.due_date.isoformat()

        amount = self.amount

        received = self.received

        note: None | str
        note = self.note

        outstanding = self.outstanding

        overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "due_date": due_date,
                "amount": amount,
                "received": received,
                "note": note,
                "outstanding": outstanding,
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        amount = d.pop("amount")

        received = d.pop("received")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        outstanding = d.pop("outstanding")

        overdue = d.pop("overdue")

        installment_out = cls(
            id=id,
            due_date=due_date,
            amount=amount,
            received=received,
            note=note,
            outstanding=outstanding,
            overdue=overdue,
        )

        installment_out.additional_properties = d
        return installment_out

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
