from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.rule_condition_op import RuleConditionOp

T = TypeVar("T", bound="RuleCondition")


@_attrs_define
class RuleCondition:
    """
    Attributes:
        metric (str): A registered key-account metric (see GET /customer-policy docs): strategic, annual_revenue,
            tier_rank, contact_count, size, stage.
        op (RuleConditionOp):
        value (Any): A number, a boolean, a string, or a list for 'in'.
    """

    metric: str
    op: RuleConditionOp
    value: Any

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        op = self.op.value

        value = self.value

        field_dict: dict[str, Any] = {}

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
        metric = d.pop("metric")

        op = RuleConditionOp(d.pop("op"))

        value = d.pop("value")

        rule_condition = cls(
            metric=metric,
            op=op,
            value=value,
        )

        return rule_condition
