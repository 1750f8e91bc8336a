from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalTypeUpdate")


@_attrs_define
class ApprovalTypeUpdate:
    """
    Attributes:
        enabled (bool | Unset):
        threshold (float | None | str | Unset):
        remind_after_hours (int | None | Unset):
    """

    enabled: bool | Unset = UNSET
    threshold: float | None | str | Unset = UNSET
    remind_after_hours: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        threshold: float | None | str | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        remind_after_hours: int | None | Unset
        if isinstance(self.remind_after_hours, Unset):
            remind_after_hours = UNSET
        else:
            remind_after_hours = self.remind_after_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if remind_after_hours is not UNSET:
            field_dict["remind_after_hours"] = remind_after_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_threshold(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        def _parse_remind_after_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remind_after_hours = _parse_remind_after_hours(d.pop("remind_after_hours", UNSET))

        approval_type_update = cls(
            enabled=enabled,
            threshold=threshold,
            remind_after_hours=remind_after_hours,
        )

        return approval_type_update
