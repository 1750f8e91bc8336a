from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

T = TypeVar("T", bound="TransitionCount")


@_attrs_define
class TransitionCount:
    """
    Attributes:
        from_stage (Stage): The life cycle: prospect → new → active → loyal, or at risk → churned (and back).
        to_stage (Stage): The life cycle: prospect → new → active → loyal, or at risk → churned (and back).
        rule (str): The rule: first_purchase, repeat_purchase, loyalty, purchase_after_risk, inactive_at_risk or
            inactive_churned
        customers (int): How many customers moved so
    """

    from_stage: Stage
    to_stage: Stage
    rule: str
    customers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_stage = self.from_stage.value

        to_stage = self.to_stage.value

        rule = self.rule

        customers = self.customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_stage": from_stage,
                "to_stage": to_stage,
                "rule": rule,
                "customers": customers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_stage = Stage(d.pop("from_stage"))

        to_stage = Stage(d.pop("to_stage"))

        rule = d.pop("rule")

        customers = d.pop("customers")

        transition_count = cls(
            from_stage=from_stage,
            to_stage=to_stage,
            rule=rule,
            customers=customers,
        )

        transition_count.additional_properties = d
        return transition_count

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
