from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.expense_category import ExpenseCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetCreate")


@_attrs_define
class BudgetCreate:
    """
    Attributes:
        name (str):
        period_start (datetime.date):
        period_end (datetime.date):
        category (ExpenseCategory):
        amount (float | str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        department_id (None | Unset | UUID): The department it is for (with its sub-departments); or territory_id.
        territory_id (None | Unset | UUID): The territory it is for (with its sub-territories); or department_id.
        currency (str | Unset): ISO 4217 code Default: 'CNY'.
        alert_share (float | str | Unset): The percent of the amount whose crossing alerts the owner (default 80).
            Default: 80.0.
        owner_id (None | Unset | UUID): Who is alerted. Default: the caller.
        description (None | str | Unset):
    """

    name: str
    period_start: datetime.date
    period_end: datetime.date
    category: ExpenseCategory
    amount: float | str
    id: None | Unset | UUID = UNSET
    department_id: None | Unset | UUID = UNSET
    territory_id: None | Unset | UUID = UNSET
    currency: str | Unset = "CNY"
    alert_share: float | str | Unset = 80.0
    owner_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        category = self.category.value

        amount: float | str
        amount = self.amount

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        territory_id: None | str | Unset
        if isinstance(self.territory_id, Unset):
            territory_id = UNSET
        elif isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        currency = self.currency

        alert_share: float | str | Unset
        if isinstance(self.alert_share, Unset):
            alert_share = UNSET
        else:
            alert_share = self.alert_share

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "period_start": period_start,
                "period_end": period_end,
                "category": category,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if territory_id is not UNSET:
            field_dict["territory_id"] = territory_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if alert_share is not UNSET:
            field_dict["alert_share"] = alert_share
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        category = ExpenseCategory(d.pop("category"))

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

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

        def _parse_department_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_territory_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                territory_id_type_0 = UUID(data)

                return territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        territory_id = _parse_territory_id(d.pop("territory_id", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_alert_share(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        alert_share = _parse_alert_share(d.pop("alert_share", UNSET))

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        budget_create = cls(
            name=name,
            period_start=period_start,
            period_end=period_end,
            category=category,
            amount=amount,
            id=id,
            department_id=department_id,
            territory_id=territory_id,
            currency=currency,
            alert_share=alert_share,
            owner_id=owner_id,
            description=description,
        )

        return budget_create
