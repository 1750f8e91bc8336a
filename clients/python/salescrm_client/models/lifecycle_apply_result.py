from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transition_count import TransitionCount


T = TypeVar("T", bound="LifecycleApplyResult")


@_attrs_define
class LifecycleApplyResult:
    """
    Attributes:
        changed (int): Customers whose stage the rules changed
        transitions (list[TransitionCount]): The changes, per from and to stage
    """

    changed: int
    transitions: list[TransitionCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        transitions = []
        for transitions_item_data in self.transitions:
            transitions_item = transitions_item_data.to_dict()
            transitions.append(transitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
                "transitions": transitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transition_count import TransitionCount  # noqa: PLC0415

        d = dict(src_dict)
        changed = d.pop("changed")

        transitions = []
        _transitions = d.pop("transitions")
        for transitions_item_data in _transitions:
            transitions_item = TransitionCount.from_dict(transitions_item_data)

            transitions.append(transitions_item)

        lifecycle_apply_result = cls(
            changed=changed,
            transitions=transitions,
        )

        lifecycle_apply_result.additional_properties = d
        return lifecycle_apply_result

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
