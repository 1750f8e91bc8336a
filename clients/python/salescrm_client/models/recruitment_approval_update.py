from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recruitment_form import RecruitmentForm


T = TypeVar("T", bound="RecruitmentApprovalUpdate")


@_attrs_define
class RecruitmentApprovalUpdate:
    """
    Attributes:
        type_ (Literal['recruitment'] | Unset): recruitment
        form (RecruitmentForm | Unset): A recruitment requisition (``/api/v1/requisitions``) put to the approval chain:
            approved,
            the requisition is open for HR to fill.
        title (str | Unset):
    """

    type_: Literal["recruitment"] | Unset = UNSET
    form: RecruitmentForm | Unset = UNSET
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
        from ..models.recruitment_form import RecruitmentForm  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["recruitment"] | Unset, d.pop("type", UNSET))
        if type_ != "recruitment" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'recruitment', got '{type_}'")

        _form = d.pop("form", UNSET)
        form: RecruitmentForm | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = RecruitmentForm.from_dict(_form)

        title = d.pop("title", UNSET)

        recruitment_approval_update = cls(
            type_=type_,
            form=form,
            title=title,
        )

        return recruitment_approval_update
