from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.expense_category import ExpenseCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseForm")


@_attrs_define
class ExpenseForm:
    """
    Attributes:
        category (ExpenseCategory):
        amount (float | str):
        spent_on (datetime.date):
        description (str):
        currency (str | Unset): ISO 4217 code Default: 'CNY'.
        customer_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
    """

    category: ExpenseCategory
    amount: float | str
    spent_on: datetime.date
    description: str
    currency: str | Unset = "CNY"
    customer_id: None | Unset | UUID = UNSET
    opportunity_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        amount: float | str
        amount = self.amount

        spent_on = self.spent_on.isoformat()

        description = self.description

        currency = self.currency

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        opportunity_id: None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        elif isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "amount": amount,
                "spent_on": spent_on,
                "description": description,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ExpenseCategory(d.pop("category"))

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        spent_on = datetime.date.fromisoformat(d.pop("spent_on"))

        description = d.pop("description")

        currency = d.pop("currency", UNSET)

        def _parse_customer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_id_type_0 = UUID(data)

                return customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_opportunity_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id", UNSET))

        expense_form = cls(
            category=category,
            amount=amount,
            spent_on=spent_on,
            description=description,
            currency=currency,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
        )

        return expense_form
