from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_condition_type_11_value_item import RuleConditionType11ValueItem

T = TypeVar("T", bound="RuleConditionType11")


@_attrs_define
class RuleConditionType11:
    """
    Attributes:
        metric (Literal['stage']):
        op (Literal['in']):
        value (list[RuleConditionType11ValueItem]):
    """

    metric: Literal["stage"]
    op: Literal["in"]
    value: list[RuleConditionType11ValueItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        op = self.op

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.value
            value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "op": op,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric = cast(Literal["stage"], d.pop("metric"))
        if metric != "stage":
            raise ValueError(f"metric must match const 'stage', got '{metric}'")

        op = cast(Literal["in"], d.pop("op"))
        if op != "in":
            raise ValueError(f"op must match const 'in', got '{op}'")

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = RuleConditionType11ValueItem(value_item_data)

            value.append(value_item)

        rule_condition_type_11 = cls(
            metric=metric,
            op=op,
            value=value,
        )

        rule_condition_type_11.additional_properties = d
        return rule_condition_type_11

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
