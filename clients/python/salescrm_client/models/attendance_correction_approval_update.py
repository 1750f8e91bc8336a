from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendance_correction_form import AttendanceCorrectionForm


T = TypeVar("T", bound="AttendanceCorrectionApprovalUpdate")


@_attrs_define
class AttendanceCorrectionApprovalUpdate:
    """
    Attributes:
        type_ (Literal['attendance_correction'] | Unset): attendance_correction
        form (AttendanceCorrectionForm | Unset): A punch the applicant missed: approved, it is added and the day
            computed again.
        title (str | Unset):
    """

    type_: Literal["attendance_correction"] | Unset = UNSET
    form: AttendanceCorrectionForm | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form, Unset):
            form = self.form.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if form is not UNSET:
            field_dict["form"] = form
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendance_correction_form import AttendanceCorrectionForm  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["attendance_correction"] | Unset, d.pop("type", UNSET))
        if type_ != "attendance_correction" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'attendance_correction', got '{type_}'")

        _form = d.pop("form", UNSET)
        form: AttendanceCorrectionForm | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = AttendanceCorrectionForm.from_dict(_form)

        title = d.pop("title", UNSET)

        attendance_correction_approval_update = cls(
            type_=type_,
            form=form,
            title=title,
        )

        return attendance_correction_approval_update
