from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_plan_form import SalesPlanForm


T = TypeVar("T", bound="SalesPlanApprovalUpdate")


@_attrs_define
class SalesPlanApprovalUpdate:
    """
    Attributes:
        type_ (Literal['sales_plan'] | Unset): sales_plan
        form (SalesPlanForm | Unset): A sales plan (``/api/v1/sales-plans``) and its targets put to the approval chain:
            approved, the plan's current revision is locked and its targets take effect.
        title (str | Unset):
    """

    type_: Literal["sales_plan"] | Unset = UNSET
    form: SalesPlanForm | Unset = UNSET
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
        from ..models.sales_plan_form import SalesPlanForm  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["sales_plan"] | Unset, d.pop("type", UNSET))
        if type_ != "sales_plan" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'sales_plan', got '{type_}'")

        _form = d.pop("form", UNSET)
        form: SalesPlanForm | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = SalesPlanForm.from_dict(_form)

        title = d.pop("title", UNSET)

        sales_plan_approval_update = cls(
            type_=type_,
            form=form,
            title=title,
        )

        return sales_plan_approval_update
