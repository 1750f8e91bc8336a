from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.key_account_rules_match import KeyAccountRulesMatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_condition_type_0 import RuleConditionType0
    from ..models.rule_condition_type_1 import RuleConditionType1
    from ..models.rule_condition_type_2 import RuleConditionType2
    from ..models.rule_condition_type_3 import RuleConditionType3
    from ..models.rule_condition_type_4 import RuleConditionType4
    from ..models.rule_condition_type_5 import RuleConditionType5
    from ..models.rule_condition_type_6 import RuleConditionType6
    from ..models.rule_condition_type_7 import RuleConditionType7
    from ..models.rule_condition_type_8 import RuleConditionType8
    from ..models.rule_condition_type_9 import RuleConditionType9
    from ..models.rule_condition_type_10 import RuleConditionType10
    from ..models.rule_condition_type_11 import RuleConditionType11
    from ..models.rule_condition_type_12 import RuleConditionType12
    from ..models.rule_condition_type_13 import RuleConditionType13
    from ..models.rule_condition_type_14 import RuleConditionType14


T = TypeVar("T", bound="KeyAccountRules")


@_attrs_define
class KeyAccountRules:
    """
    Attributes:
        match (KeyAccountRulesMatch | Unset):  Default: KeyAccountRulesMatch.ALL.
        conditions (list[RuleConditionType0 | RuleConditionType1 | RuleConditionType10 | RuleConditionType11 |
            RuleConditionType12 | RuleConditionType13 | RuleConditionType14 | RuleConditionType2 | RuleConditionType3 |
            RuleConditionType4 | RuleConditionType5 | RuleConditionType6 | RuleConditionType7 | RuleConditionType8 |
            RuleConditionType9] | Unset):
    """

    match: KeyAccountRulesMatch | Unset = KeyAccountRulesMatch.ALL
    conditions: (
        list[
            RuleConditionType0
            | RuleConditionType1
            | RuleConditionType10
            | RuleConditionType11
            | RuleConditionType12
            | RuleConditionType13
            | RuleConditionType14
            | RuleConditionType2
            | RuleConditionType3
            | RuleConditionType4
            | RuleConditionType5
            | RuleConditionType6
            | RuleConditionType7
            | RuleConditionType8
            | RuleConditionType9
        ]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_condition_type_0 import RuleConditionType0  # noqa: PLC0415
        from ..models.rule_condition_type_1 import RuleConditionType1  # noqa: PLC0415
        from ..models.rule_condition_type_2 import RuleConditionType2  # noqa: PLC0415
        from ..models.rule_condition_type_3 import RuleConditionType3  # noqa: PLC0415
        from ..models.rule_condition_type_4 import RuleConditionType4  # noqa: PLC0415
        from ..models.rule_condition_type_5 import RuleConditionType5  # noqa: PLC0415
        from ..models.rule_condition_type_6 import RuleConditionType6  # noqa: PLC0415
        from ..models.rule_condition_type_7 import RuleConditionType7  # noqa: PLC0415
        from ..models.rule_condition_type_8 import RuleConditionType8  # noqa: PLC0415
        from ..models.rule_condition_type_9 import RuleConditionType9  # noqa: PLC0415
        from ..models.rule_condition_type_10 import RuleConditionType10  # noqa: PLC0415
        from ..models.rule_condition_type_11 import RuleConditionType11  # noqa: PLC0415
        from ..models.rule_condition_type_12 import RuleConditionType12  # noqa: PLC0415
        from ..models.rule_condition_type_13 import RuleConditionType13  # noqa: PLC0415

        match: str | Unset = UNSET
        if not isinstance(self.match, Unset):
            match = self.match.value

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item: dict[str, Any]
                if isinstance(conditions_item_data, RuleConditionType0):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType1):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType2):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType3):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType4):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType5):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType6):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType7):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType8):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType9):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType10):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType11):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType12):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, RuleConditionType13):
                    conditions_item = conditions_item_data.to_dict()
                else:
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
        from ..models.rule_condition_type_0 import RuleConditionType0  # noqa: PLC0415
        from ..models.rule_condition_type_1 import RuleConditionType1  # noqa: PLC0415
        from ..models.rule_condition_type_2 import RuleConditionType2  # noqa: PLC0415
        from ..models.rule_condition_type_3 import RuleConditionType3  # noqa: PLC0415
        from ..models.rule_condition_type_4 import RuleConditionType4  # noqa: PLC0415
        from ..models.rule_condition_type_5 import RuleConditionType5  # noqa: PLC0415
        from ..models.rule_condition_type_6 import RuleConditionType6  # noqa: PLC0415
        from ..models.rule_condition_type_7 import RuleConditionType7  # noqa: PLC0415
        from ..models.rule_condition_type_8 import RuleConditionType8  # noqa: PLC0415
        from ..models.rule_condition_type_9 import RuleConditionType9  # noqa: PLC0415
        from ..models.rule_condition_type_10 import RuleConditionType10  # noqa: PLC0415
        from ..models.rule_condition_type_11 import RuleConditionType11  # noqa: PLC0415
        from ..models.rule_condition_type_12 import RuleConditionType12  # noqa: PLC0415
        from ..models.rule_condition_type_13 import RuleConditionType13  # noqa: PLC0415
        from ..models.rule_condition_type_14 import RuleConditionType14  # noqa: PLC0415

        d = dict(src_dict)
        _match = d.pop("match", UNSET)
        match: KeyAccountRulesMatch | Unset
        if isinstance(_match, Unset):
            match = UNSET
        else:
            match = KeyAccountRulesMatch(_match)

        _conditions = d.pop("conditions", UNSET)
        conditions: (
            list[
                RuleConditionType0
                | RuleConditionType1
                | RuleConditionType10
                | RuleConditionType11
                | RuleConditionType12
                | RuleConditionType13
                | RuleConditionType14
                | RuleConditionType2
                | RuleConditionType3
                | RuleConditionType4
                | RuleConditionType5
                | RuleConditionType6
                | RuleConditionType7
                | RuleConditionType8
                | RuleConditionType9
            ]
            | Unset
        ) = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:

                def _parse_conditions_item(
                    data: object,
                ) -> (
                    RuleConditionType0
                    | RuleConditionType1
                    | RuleConditionType10
                    | RuleConditionType11
                    | RuleConditionType12
                    | RuleConditionType13
                    | RuleConditionType14
                    | RuleConditionType2
                    | RuleConditionType3
                    | RuleConditionType4
                    | RuleConditionType5
                    | RuleConditionType6
                    | RuleConditionType7
                    | RuleConditionType8
                    | RuleConditionType9
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_0 = RuleConditionType0.from_dict(data)

                        return componentsschemas_rule_condition_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_1 = RuleConditionType1.from_dict(data)

                        return componentsschemas_rule_condition_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_2 = RuleConditionType2.from_dict(data)

                        return componentsschemas_rule_condition_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_3 = RuleConditionType3.from_dict(data)

                        return componentsschemas_rule_condition_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_4 = RuleConditionType4.from_dict(data)

                        return componentsschemas_rule_condition_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_5 = RuleConditionType5.from_dict(data)

                        return componentsschemas_rule_condition_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_6 = RuleConditionType6.from_dict(data)

                        return componentsschemas_rule_condition_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_7 = RuleConditionType7.from_dict(data)

                        return componentsschemas_rule_condition_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_8 = RuleConditionType8.from_dict(data)

                        return componentsschemas_rule_condition_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_9 = RuleConditionType9.from_dict(data)

                        return componentsschemas_rule_condition_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_10 = RuleConditionType10.from_dict(data)

                        return componentsschemas_rule_condition_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_11 = RuleConditionType11.from_dict(data)

                        return componentsschemas_rule_condition_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_12 = RuleConditionType12.from_dict(data)

                        return componentsschemas_rule_condition_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_rule_condition_type_13 = RuleConditionType13.from_dict(data)

                        return componentsschemas_rule_condition_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_rule_condition_type_14 = RuleConditionType14.from_dict(data)

                    return componentsschemas_rule_condition_type_14

                conditions_item = _parse_conditions_item(conditions_item_data)

                conditions.append(conditions_item)

        key_account_rules = cls(
            match=match,
            conditions=conditions,
        )

        return key_account_rules
