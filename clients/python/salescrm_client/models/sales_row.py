from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesRow")


@_attrs_define
class SalesRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (group_by=period)
        group_id (None | UUID): The department, employee, product or customer (none for group_by=period, and for
            contracts without an owner)
        group_name (None | str): Its name
        currency (str): ISO 4217 code of the amounts
        contracts (int): Contracts signed (with a line of the product)
        quantity (str): Sum of the line quantities (of the product)
        amount (str): Amount signed (of the product's lines)
        margin (None | str | Unset): Gross margin: the sum of the known margins (none if none is known). Present only
            for callers holding margin:read.
        cost_known (bool | None | Unset): Every contract (line) counted has a known cost, so the margin is whole.
            Present only for callers holding margin:read.
    """

    period_start: datetime.date | None
    group_id: None | UUID
    group_name: None | str
    currency: str
    contracts: int
    quantity: str
    amount: str
    margin: None | str | Unset = UNSET
    cost_known: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        group_id: None | str
        if isinstance(self.group_id, UUID):
            group_id = str(self.group_id)
        else:
            group_id = self.group_id

        group_name: None | str
        group_name = self.group_name

        currency = self.currency

        contracts = self.contracts

        quantity = self.quantity

        amount = self.amount

        margin: None | str | Unset
        if isinstance(self.margin, Unset):
            margin = UNSET
        else:
            margin = self.margin

        cost_known: bool | None | Unset
        if isinstance(self.cost_known, Unset):
            cost_known = UNSET
        else:
            cost_known = self.cost_known

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "group_id": group_id,
                "group_name": group_name,
                "currency": currency,
                "contracts": contracts,
                "quantity": quantity,
                "amount": amount,
            }
        )
        if margin is not UNSET:
            field_dict["margin"] = margin
        if cost_known is not UNSET:
            field_dict["cost_known"] = cost_known

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        def _parse_group_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_id_type_0 = UUID(data)

                return group_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        group_id = _parse_group_id(d.pop("group_id"))

        def _parse_group_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_name = _parse_group_name(d.pop("group_name"))

        currency = d.pop("currency")

        contracts = d.pop("contracts")

        quantity = d.pop("quantity")

        amount = d.pop("amount")

        def _parse_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin = _parse_margin(d.pop("margin", UNSET))

        def _parse_cost_known(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cost_known = _parse_cost_known(d.pop("cost_known", UNSET))

        sales_row = cls(
            period_start=period_start,
            group_id=group_id,
            group_name=group_name,
            currency=currency,
            contracts=contracts,
            quantity=quantity,
            amount=amount,
            margin=margin,
            cost_known=cost_known,
        )

        sales_row.additional_properties = d
        return sales_row

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
