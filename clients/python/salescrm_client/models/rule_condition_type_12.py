from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_condition_type_12_op import RuleConditionType12Op

T = TypeVar("T", bound="RuleConditionType12")


@_attrs_define
class RuleConditionType12:
    """
    Attributes:
        metric (Literal['strategic']):
        op (RuleConditionType12Op):
        value (bool):
    """

    metric: Literal["strategic"]
    op: RuleConditionType12Op
    value: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        op = self.op.value

        value = self.value

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
        metric = cast(Literal["strategic"], d.pop("metric"))
        if metric != "strategic":
            raise ValueError(f"metric must match const 'strategic', got '{metric}'")

        op = RuleConditionType12Op(d.pop("op"))

        value = d.pop("value")

        rule_condition_type_12 = cls(
            metric=metric,
            op=op,
            value=value,
        )

        rule_condition_type_12.additional_properties = d
        return rule_condition_type_12

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
