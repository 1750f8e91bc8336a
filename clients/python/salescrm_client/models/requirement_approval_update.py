from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requirement_form import RequirementForm


T = TypeVar("T", bound="RequirementApprovalUpdate")


@_attrs_define
class RequirementApprovalUpdate:
    """
    Attributes:
        type_ (Literal['requirement'] | Unset): requirement
        form (RequirementForm | Unset):
        title (str | Unset):
    """

    type_: Literal["requirement"] | Unset = UNSET
    form: RequirementForm | Unset = UNSET
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
        from ..models.requirement_form import RequirementForm  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["requirement"] | Unset, d.pop("type", UNSET))
        if type_ != "requirement" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'requirement', got '{type_}'")

        _form = d.pop("form", UNSET)
        form: RequirementForm | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = RequirementForm.from_dict(_form)

        title = d.pop("title", UNSET)

        requirement_approval_update = cls(
            type_=type_,
            form=form,
            title=title,
        )

        return requirement_approval_update
