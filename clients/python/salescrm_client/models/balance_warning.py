from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_level import TargetLevel
from ..models.target_metric import TargetMetric

T = TypeVar("T", bound="BalanceWarning")


@_attrs_define
class BalanceWarning:
    """
    Attributes:
        parent_id (UUID):
        level (TargetLevel):
        metric (TargetMetric):
        value (str): The parent's value.
        children_total (str):
    """

    parent_id: UUID
    level: TargetLevel
    metric: TargetMetric
    value: str
    children_total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id = str(self.parent_id)

        level = self.level.value

        metric = self.metric.value

        value = self.value

        children_total = self.children_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_id": parent_id,
                "level": level,
                "metric": metric,
                "value": value,
                "children_total": children_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_id = UUID(d.pop("parent_id"))

        level = TargetLevel(d.pop("level"))

        metric = TargetMetric(d.pop("metric"))

        value = d.pop("value")

        children_total = d.pop("children_total")

        balance_warning = cls(
            parent_id=parent_id,
            level=level,
            metric=metric,
            value=value,
            children_total=children_total,
        )

        balance_warning.additional_properties = d
        return balance_warning

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
