from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_condition_out_op import RuleConditionOutOp

T = TypeVar("T", bound="RuleConditionOut")


@_attrs_define
class RuleConditionOut:
    """A stored condition. The metric is any name: rules stored before a metric was withdrawn
    still read back (screening answers 409 on them, pointing at the policy).

        Attributes:
            metric (str):
            op (RuleConditionOutOp):
            value (bool | float | int | list[bool | float | int | str] | str): A number, a boolean, a string, or a list of
                them for 'in'.
    """

    metric: str
    op: RuleConditionOutOp
    value: bool | float | int | list[bool | float | int | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        op = self.op.value

        value: bool | float | int | list[bool | float | int | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_4_item_data in self.value:
                value_type_4_item: bool | float | int | str
                value_type_4_item = value_type_4_item_data
                value.append(value_type_4_item)

        else:
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
        metric = d.pop("metric")

        op = RuleConditionOutOp(d.pop("op"))

        def _parse_value(data: object) -> bool | float | int | list[bool | float | int | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_4 = []
                _value_type_4 = data
                for value_type_4_item_data in _value_type_4:

                    def _parse_value_type_4_item(data: object) -> bool | float | int | str:
                        return cast(bool | float | int | str, data)

                    value_type_4_item = _parse_value_type_4_item(value_type_4_item_data)

                    value_type_4.append(value_type_4_item)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | int | list[bool | float | int | str] | str, data)

        value = _parse_value(d.pop("value"))

        rule_condition_out = cls(
            metric=metric,
            op=op,
            value=value,
        )

        rule_condition_out.additional_properties = d
        return rule_condition_out

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
