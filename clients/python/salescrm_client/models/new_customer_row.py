from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewCustomerRow")


@_attrs_define
class NewCustomerRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        source (None | str): Where the customers came from (null: not recorded)
        source_label (None | str): The source's name
        customers (int): Customers created
    """

    period_start: datetime.date | None
    source: None | str
    source_label: None | str
    customers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        source: None | str
        source = self.source

        source_label: None | str
        source_label = self.source_label

        customers = self.customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "source": source,
                "source_label": source_label,
                "customers": customers,
            }
        )

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

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_source_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_label = _parse_source_label(d.pop("source_label"))

        customers = d.pop("customers")

        new_customer_row = cls(
            period_start=period_start,
            source=source,
            source_label=source_label,
            customers=customers,
        )

        new_customer_row.additional_properties = d
        return new_customer_row

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
