from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.leave_kind import LeaveKind

T = TypeVar("T", bound="LeaveForm")


@_attrs_define
class LeaveForm:
    """
    Attributes:
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        leave_kind (LeaveKind):
        reason (str):
    """

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    leave_kind: LeaveKind
    reason: str

    def to_dict(self) -> dict[str, Any]:
        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        leave_kind = self.leave_kind.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "starts_at": starts_at,
                "ends_at": ends_at,
                "leave_kind": leave_kind,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        leave_kind = LeaveKind(d.pop("leave_kind"))

        reason = d.pop("reason")

        leave_form = cls(
            starts_at=starts_at,
            ends_at=ends_at,
            leave_kind=leave_kind,
            reason=reason,
        )

        return leave_form
