from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.correction_punch import CorrectionPunch

T = TypeVar("T", bound="AttendanceCorrectionForm")


@_attrs_define
class AttendanceCorrectionForm:
    """A punch the applicant missed: approved, it is added and the day computed again.

    Attributes:
        punch (CorrectionPunch):
        at (datetime.datetime): When they arrived or left: not in the future.
        reason (str):
    """

    punch: CorrectionPunch
    at: datetime.datetime
    reason: str

    def to_dict(self) -> dict[str, Any]:
        punch = self.punch.value

        at = self.at.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "punch": punch,
                "at": at,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        punch = CorrectionPunch(d.pop("punch"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        reason = d.pop("reason")

        attendance_correction_form = cls(
            punch=punch,
            at=at,
            reason=reason,
        )

        return attendance_correction_form
