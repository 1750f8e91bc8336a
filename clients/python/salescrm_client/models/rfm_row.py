from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfm_segment import RfmSegment

T = TypeVar("T", bound="RfmRow")


@_attrs_define
class RfmRow:
    """
    Attributes:
        rfm_segment (RfmSegment): Where a customer's recency and frequency scores place it (``recompute.SEGMENTS``).
        currency (str): ISO 4217 code of the amounts
        customers (int): Customers in the segment
        monetary (str): Their payments received in the last 365 days
        average_recency_days (None | str): Average days since last purchase
        average_frequency (None | str): Average purchases in 365 days
    """

    rfm_segment: RfmSegment
    currency: str
    customers: int
    monetary: str
    average_recency_days: None | str
    average_frequency: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfm_segment = self.rfm_segment.value

        currency = self.currency

        customers = self.customers

        monetary = self.monetary

        average_recency_days: None | str
        average_recency_days = self.average_recency_days

        average_frequency: None | str
        average_frequency = self.average_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfm_segment": rfm_segment,
                "currency": currency,
                "customers": customers,
                "monetary": monetary,
                "average_recency_days": average_recency_days,
                "average_frequency": average_frequency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfm_segment = RfmSegment(d.pop("rfm_segment"))

        currency = d.pop("currency")

        customers = d.pop("customers")

        monetary = d.pop("monetary")

        def _parse_average_recency_days(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_recency_days = _parse_average_recency_days(d.pop("average_recency_days"))

        def _parse_average_frequency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_frequency = _parse_average_frequency(d.pop("average_frequency"))

        rfm_row = cls(
            rfm_segment=rfm_segment,
            currency=currency,
            customers=customers,
            monetary=monetary,
            average_recency_days=average_recency_days,
            average_frequency=average_frequency,
        )

        rfm_row.additional_properties = d
        return rfm_row

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
