from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReceivablesRow")


@_attrs_define
class ReceivablesRow:
    """
    Attributes:
        group_id (None | UUID): The customer or the owner (none for group_by=total and unowned contracts)
        group_name (None | str): Its name
        currency (str): ISO 4217 code of the amounts
        contracts (int): Contracts with something outstanding
        outstanding (str): Everything not received yet, due or not
        not_due (str): Due after the as-of day
        days_0_30 (str): Due 0 to 30 days before the as-of day
        days_31_60 (str): Due 31 to 60 days before
        days_61_90 (str): Due 61 to 90 days before
        days_over_90 (str): Due more than 90 days before
    """

    group_id: None | UUID
    group_name: None | str
    currency: str
    contracts: int
    outstanding: str
    not_due: str
    days_0_30: str
    days_31_60: str
    days_61_90: str
    days_over_90: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id: None | str
        if isinstance(self.group_id, UUID):
            group_id = str(self.group_id)
        else:
            group_id = self.group_id

        group_name: None | str
        group_name = self.group_name

        currency = self.currency

        contracts = self.contracts

        outstanding = self.outstanding

        not_due = self.not_due

        days_0_30 = self.days_0_30

        days_31_60 = self.days_31_60

        days_61_90 = self.days_61_90

        days_over_90 = self.days_over_90

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "group_name": group_name,
                "currency": currency,
                "contracts": contracts,
                "outstanding": outstanding,
                "not_due": not_due,
                "days_0_30": days_0_30,
                "days_31_60": days_31_60,
                "days_61_90": days_61_90,
                "days_over_90": days_over_90,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        outstanding = d.pop("outstanding")

        not_due = d.pop("not_due")

        days_0_30 = d.pop("days_0_30")

        days_31_60 = d.pop("days_31_60")

        days_61_90 = d.pop("days_61_90")

        days_over_90 = d.pop("days_over_90")

        receivables_row = cls(
            group_id=group_id,
            group_name=group_name,
            currency=currency,
            contracts=contracts,
            outstanding=outstanding,
            not_due=not_due,
            days_0_30=days_0_30,
            days_31_60=days_31_60,
            days_61_90=days_61_90,
            days_over_90=days_over_90,
        )

        receivables_row.additional_properties = d
        return receivables_row

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
