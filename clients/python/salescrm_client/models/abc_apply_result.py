from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AbcApplyResult")


@_attrs_define
class AbcApplyResult:
    """
    Attributes:
        dry_run (bool): Nothing was changed
        changed (int): Customers whose tier was (or would be) set
        unchanged (int): Customers already in their suggested tier
        skipped (int): Customers left alone: no suggestion (no revenue in the last 365 days, no insight yet) or not
            changeable by the caller
        skipped_read_only (int): Of the skipped: not changeable by the caller
    """

    dry_run: bool
    changed: int
    unchanged: int
    skipped: int
    skipped_read_only: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        changed = self.changed

        unchanged = self.unchanged

        skipped = self.skipped

        skipped_read_only = self.skipped_read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dry_run": dry_run,
                "changed": changed,
                "unchanged": unchanged,
                "skipped": skipped,
                "skipped_read_only": skipped_read_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dry_run = d.pop("dry_run")

        changed = d.pop("changed")

        unchanged = d.pop("unchanged")

        skipped = d.pop("skipped")

        skipped_read_only = d.pop("skipped_read_only")

        abc_apply_result = cls(
            dry_run=dry_run,
            changed=changed,
            unchanged=unchanged,
            skipped=skipped,
            skipped_read_only=skipped_read_only,
        )

        abc_apply_result.additional_properties = d
        return abc_apply_result

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
