from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_holdings_resource import ResourceHoldingsResource

if TYPE_CHECKING:
    from ..models.holding_record import HoldingRecord


T = TypeVar("T", bound="ResourceHoldings")


@_attrs_define
class ResourceHoldings:
    """
    Attributes:
        resource (ResourceHoldingsResource):
        count (int): How many live records of this resource the employee owns that a hand-over moves (of tasks the open
            ones, of visits the planned ones).
        records (list[HoldingRecord]): The records, oldest first, at most `HOLDINGS_LIMIT` (500) of them.
        truncated (bool): True when `records` lists fewer than `count`.
    """

    resource: ResourceHoldingsResource
    count: int
    records: list[HoldingRecord]
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.value

        count = self.count

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "count": count,
                "records": records,
                "truncated": truncated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holding_record import HoldingRecord  # noqa: PLC0415

        d = dict(src_dict)
        resource = ResourceHoldingsResource(d.pop("resource"))

        count = d.pop("count")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = HoldingRecord.from_dict(records_item_data)

            records.append(records_item)

        truncated = d.pop("truncated")

        resource_holdings = cls(
            resource=resource,
            count=count,
            records=records,
            truncated=truncated,
        )

        resource_holdings.additional_properties = d
        return resource_holdings

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
