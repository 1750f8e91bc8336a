from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_condition_type_10_op import RuleConditionType10Op
from ..models.rule_condition_type_10_value import RuleConditionType10Value

T = TypeVar("T", bound="RuleConditionType10")


@_attrs_define
class RuleConditionType10:
    """
    Attributes:
        metric (Literal['stage']):
        op (RuleConditionType10Op):
        value (RuleConditionType10Value):
    """

    metric: Literal["stage"]
    op: RuleConditionType10Op
    value: RuleConditionType10Value
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        op = self.op.value

        value = self.value.value

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

        op = RuleConditionType10Op(d.pop("op"))

        value = RuleConditionType10Value(d.pop("value"))

        rule_condition_type_10 = cls(
            metric=metric,
            op=op,
            value=value,
        )

        rule_condition_type_10.additional_properties = d
        return rule_condition_type_10

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
