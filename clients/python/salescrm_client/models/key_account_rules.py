from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.key_account_rules_match import KeyAccountRulesMatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_condition import RuleCondition


T = TypeVar("T", bound="KeyAccountRules")


@_attrs_define
class KeyAccountRules:
    """
    Attributes:
        match (KeyAccountRulesMatch | Unset):  Default: KeyAccountRulesMatch.ALL.
        conditions (list[RuleCondition] | Unset):
    """

    match: KeyAccountRulesMatch | Unset = KeyAccountRulesMatch.ALL
    conditions: list[RuleCondition] | Unset = UNSET

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

        field_dict.update({})
        if match is not UNSET:
            field_dict["match"] = match
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_condition import RuleCondition  # noqa: PLC0415

        d = dict(src_dict)
        _match = d.pop("match", UNSET)
        match: KeyAccountRulesMatch | Unset
        if isinstance(_match, Unset):
            match = UNSET
        else:
            match = KeyAccountRulesMatch(_match)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[RuleCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = RuleCondition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        key_account_rules = cls(
            match=match,
            conditions=conditions,
        )

        return key_account_rules
