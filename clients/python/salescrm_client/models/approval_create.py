from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

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


T = TypeVar("T", bound="ApprovalCreate")


@_attrs_define
class ApprovalCreate:
    """A request of a type, with that type's form; it is submitted at once.

    Attributes:
        type_ (ApprovalType): A kind of request: its form, its chain and its effect are declared in code.
        form (AttendanceCorrectionForm | BusinessTripForm | CustomerTransferForm | DiscountForm | ExpenseForm |
            LeaveForm | RequirementForm): The form of `type` (one of the forms below).
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        title (None | str | Unset): Default: made from the type and the form.
        owner_id (None | Unset | UUID): The applicant. Default: the caller; someone else needs `approval:assign`.
    """

    type_: ApprovalType
    form: (
        AttendanceCorrectionForm
        | BusinessTripForm
        | CustomerTransferForm
        | DiscountForm
        | ExpenseForm
        | LeaveForm
        | RequirementForm
    )
    id: None | Unset | UUID = UNSET
    title: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_trip_form import BusinessTripForm  # noqa: PLC0415
        from ..models.customer_transfer_form import CustomerTransferForm  # noqa: PLC0415
        from ..models.discount_form import DiscountForm  # noqa: PLC0415
        from ..models.expense_form import ExpenseForm  # noqa: PLC0415
        from ..models.leave_form import LeaveForm  # noqa: PLC0415
        from ..models.requirement_form import RequirementForm  # noqa: PLC0415

        type_ = self.type_.value

        form: dict[str, Any]
        if isinstance(self.form, LeaveForm):
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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "form": form,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

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
        type_ = ApprovalType(d.pop("type"))

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
        ):
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

        form = _parse_form(d.pop("form"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        approval_create = cls(
            type_=type_,
            form=form,
            id=id,
            title=title,
            owner_id=owner_id,
        )

        return approval_create
