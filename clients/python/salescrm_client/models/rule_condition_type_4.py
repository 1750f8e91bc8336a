from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_condition_type_4_op import RuleConditionType4Op

T = TypeVar("T", bound="RuleConditionType4")


@_attrs_define
class RuleConditionType4:
    """
    Attributes:
        metric (Literal['deal_count_12m']):
        op (RuleConditionType4Op):
        value (int):
    """

    metric: Literal["deal_count_12m"]
    op: RuleConditionType4Op
    value: int
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
        metric = cast(Literal["deal_count_12m"], d.pop("metric"))
        if metric != "deal_count_12m":
            raise ValueError(f"metric must match const 'deal_count_12m', got '{metric}'")

        op = RuleConditionType4Op(d.pop("op"))

        value = d.pop("value")

        rule_condition_type_4 = cls(
            metric=metric,
            op=op,
            value=value,
        )

        rule_condition_type_4.additional_properties = d
        return rule_condition_type_4

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
