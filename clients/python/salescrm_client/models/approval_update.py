from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.approval_type import ApprovalType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendance_correction_form import AttendanceCorrectionForm
    from ..models.business_trip_form import BusinessTripForm
    from ..models.customer_transfer_form import CustomerTransferForm
    from ..models.discount_form import DiscountForm
    from ..models.expense_form import ExpenseForm
    from ..models.leave_form import LeaveForm
    from ..models.requirement_form import RequirementForm


T = TypeVar("T", bound="ApprovalUpdate")


@_attrs_define
class ApprovalUpdate:
    """While no approver has decided (or after it was returned for changes): a new title or
    form. A new form is sent with its request's `type`, which does not change.

        Attributes:
            type_ (ApprovalType | Unset): A kind of request: its form, its chain and its effect are declared in code.
            form (AttendanceCorrectionForm | BusinessTripForm | CustomerTransferForm | DiscountForm | ExpenseForm |
                LeaveForm | RequirementForm | Unset):
            title (str | Unset):
    """

    type_: ApprovalType | Unset = UNSET
    form: (
        AttendanceCorrectionForm
        | BusinessTripForm
        | CustomerTransferForm
        | DiscountForm
        | ExpenseForm
        | LeaveForm
        | RequirementForm
        | Unset
    ) = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_trip_form import BusinessTripForm  # noqa: PLC0415
        from ..models.customer_transfer_form import CustomerTransferForm  # noqa: PLC0415
        from ..models.discount_form import DiscountForm  # noqa: PLC0415
        from ..models.expense_form import ExpenseForm  # noqa: PLC0415
        from ..models.leave_form import LeaveForm  # noqa: PLC0415
        from ..models.requirement_form import RequirementForm  # noqa: PLC0415

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        form: dict[str, Any] | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, LeaveForm):
            form = self.form.to_dict()
        elif isinstance(self.form, BusinessTripForm):
            form = self.form.to_dict()
        elif isinstance(self.form, ExpenseForm):
            form = self.form.to_dict()
        elif isinstance(self.form, RequirementForm):
            form = self.form.to_dict()
        elif isinstance(self.form, DiscountForm):
            form = self.form.to_dict()
        elif isinstance(self.form, CustomerTransferForm):
            form = self.form.to_dict()
        else:
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
        from ..models.business_trip_form import BusinessTripForm  # noqa: PLC0415
        from ..models.customer_transfer_form import CustomerTransferForm  # noqa: PLC0415
        from ..models.discount_form import DiscountForm  # noqa: PLC0415
        from ..models.expense_form import ExpenseForm  # noqa: PLC0415
        from ..models.leave_form import LeaveForm  # noqa: PLC0415
        from ..models.requirement_form import RequirementForm  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ApprovalType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApprovalType(_type_)

        def _parse_form(
            data: object,
        ) -> (
            AttendanceCorrectionForm
            | BusinessTripForm
            | CustomerTransferForm
            | DiscountForm
            | ExpenseForm
            | LeaveForm
            | RequirementForm
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_0 = LeaveForm.from_dict(data)

                return form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_1 = BusinessTripForm.from_dict(data)

                return form_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_2 = ExpenseForm.from_dict(data)

                return form_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_3 = RequirementForm.from_dict(data)

                return form_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_4 = DiscountForm.from_dict(data)

                return form_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_5 = CustomerTransferForm.from_dict(data)

                return form_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            form_type_6 = AttendanceCorrectionForm.from_dict(data)

            return form_type_6

        form = _parse_form(d.pop("form", UNSET))

        title = d.pop("title", UNSET)

        approval_update = cls(
            type_=type_,
            form=form,
            title=title,
        )

        return approval_update
