from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallmentIn")


@_attrs_define
class InstallmentIn:
    """
    Attributes:
        due_date (datetime.date):
        amount (float | str):
        note (None | str | Unset):
    """

    due_date: datetime.date
    amount: float | str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date.isoformat()

        amount: float | str
        amount = self.amount

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "due_date": due_date,
                "amount": amount,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        installment_in = cls(
            due_date=due_date,
            amount=amount,
            note=note,
        )

        return installment_in
