from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_account_rules_out_match import KeyAccountRulesOutMatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_condition_out import RuleConditionOut


T = TypeVar("T", bound="KeyAccountRulesOut")


@_attrs_define
class KeyAccountRulesOut:
    """The stored rules; a policy that never had any reads as no conditions (matches no one).

    Attributes:
        match (KeyAccountRulesOutMatch | Unset):  Default: KeyAccountRulesOutMatch.ALL.
        conditions (list[RuleConditionOut] | Unset):
    """

    match: KeyAccountRulesOutMatch | Unset = KeyAccountRulesOutMatch.ALL
    conditions: list[RuleConditionOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match: str | Unset = UNSET
        if not isinstance(self.match, Unset):
            match = self.match.value

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match is not UNSET:
            field_dict["match"] = match
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_condition_out import RuleConditionOut  # noqa: PLC0415

        d = dict(src_dict)
        _match = d.pop("match", UNSET)
        match: KeyAccountRulesOutMatch | Unset
        if isinstance(_match, Unset):
            match = UNSET
        else:
            match = KeyAccountRulesOutMatch(_match)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[RuleConditionOut] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = RuleConditionOut.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        key_account_rules_out = cls(
            match=match,
            conditions=conditions,
        )

        key_account_rules_out.additional_properties = d
        return key_account_rules_out

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
