from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_status import ApprovalStatus
from ..models.approval_type import ApprovalType

if TYPE_CHECKING:
    from ..models.attendance_correction_form import AttendanceCorrectionForm
    from ..models.business_trip_form import BusinessTripForm
    from ..models.customer_transfer_form import CustomerTransferForm
    from ..models.discount_form import DiscountForm
    from ..models.expense_form import ExpenseForm
    from ..models.leave_form import LeaveForm
    from ..models.recruitment_form import RecruitmentForm
    from ..models.ref import Ref
    from ..models.requirement_form import RequirementForm
    from ..models.sales_plan_form import SalesPlanForm
    from ..models.step_out import StepOut


T = TypeVar("T", bound="ApprovalOut")


@_attrs_define
class ApprovalOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        type_ (ApprovalType): A kind of request: its form, its chain and its effect are declared in code.
        title (str):
        form (AttendanceCorrectionForm | BusinessTripForm | CustomerTransferForm | DiscountForm | ExpenseForm |
            LeaveForm | RecruitmentForm | RequirementForm | SalesPlanForm):
        owner_id (None | UUID): The applicant.
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        status (ApprovalStatus):
        round_ (int): 1, and one more each time it is submitted again.
        submitted_at (datetime.datetime):
        decided_at (datetime.datetime | None):
        applied_at (datetime.datetime | None): When an approved request took effect.
        amount (None | str): An expense's sum or a discount's percent.
        currency (None | str):
        starts_at (datetime.datetime | None): A leave's or a trip's period.
        ends_at (datetime.datetime | None):
        customer_id (None | UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        opportunity_id (None | UUID):
        opportunity (None | Ref): The opportunity named by the id beside it: id and name (null if none).
        current_step (int | None): The pending step's position.
        current_approver_id (None | UUID):
        current_approver (None | Ref): The employee named by the id beside it: id and name (null if none).
        chain (list[StepOut]): The current round's steps, in order.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    type_: ApprovalType
    title: str
    form: (
        AttendanceCorrectionForm
        | BusinessTripForm
        | CustomerTransferForm
        | DiscountForm
        | ExpenseForm
        | LeaveForm
        | RecruitmentForm
        | RequirementForm
        | SalesPlanForm
    )
    owner_id: None | UUID
    owner: None | Ref
    status: ApprovalStatus
    round_: int
    submitted_at: datetime.datetime
    decided_at: datetime.datetime | None
    applied_at: datetime.datetime | None
    amount: None | str
    currency: None | str
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    customer_id: None | UUID
    customer: None | Ref
    opportunity_id: None | UUID
    opportunity: None | Ref
    current_step: int | None
    current_approver_id: None | UUID
    current_approver: None | Ref
    chain: list[StepOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attendance_correction_form import AttendanceCorrectionForm  # noqa: PLC0415
        from ..models.business_trip_form import BusinessTripForm  # noqa: PLC0415
        from ..models.customer_transfer_form import CustomerTransferForm  # noqa: PLC0415
        from ..models.discount_form import DiscountForm  # noqa: PLC0415
        from ..models.expense_form import ExpenseForm  # noqa: PLC0415
        from ..models.leave_form import LeaveForm  # noqa: PLC0415
        from ..models.recruitment_form import RecruitmentForm  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415
        from ..models.requirement_form import RequirementForm  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        type_ = self.type_.value

        title = self.title

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
        elif isinstance(self.form, AttendanceCorrectionForm):
            form = self.form.to_dict()
        elif isinstance(self.form, RecruitmentForm):
            form = self.form.to_dict()
        else:
            form = self.form.to_dict()

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        status = self.status.value

        round_ = self.round_

        submitted_at = self.submitted_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        applied_at: None | str
        if isinstance(self.applied_at, datetime.datetime):
            applied_at = self.applied_at.isoformat()
        else:
            applied_at = self.applied_at

        amount: None | str
        amount = self.amount

        currency: None | str
        currency = self.currency

        starts_at: None | str
        if isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        customer_id: None | str
        if isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        opportunity: dict[str, Any] | None
        if isinstance(self.opportunity, Ref):
            opportunity = self.opportunity.to_dict()
        else:
            opportunity = self.opportunity

        current_step: int | None
        current_step = self.current_step

        current_approver_id: None | str
        if isinstance(self.current_approver_id, UUID):
            current_approver_id = str(self.current_approver_id)
        else:
            current_approver_id = self.current_approver_id

        current_approver: dict[str, Any] | None
        if isinstance(self.current_approver, Ref):
            current_approver = self.current_approver.to_dict()
        else:
            current_approver = self.current_approver

        chain = []
        for chain_item_data in self.chain:
            chain_item = chain_item_data.to_dict()
            chain.append(chain_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "type": type_,
                "title": title,
                "form": form,
                "owner_id": owner_id,
                "owner": owner,
                "status": status,
                "round": round_,
                "submitted_at": submitted_at,
                "decided_at": decided_at,
                "applied_at": applied_at,
                "amount": amount,
                "currency": currency,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "customer_id": customer_id,
                "customer": customer,
                "opportunity_id": opportunity_id,
                "opportunity": opportunity,
                "current_step": current_step,
                "current_approver_id": current_approver_id,
                "current_approver": current_approver,
                "chain": chain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendance_correction_form import AttendanceCorrectionForm  # noqa: PLC0415
        from ..models.business_trip_form import BusinessTripForm  # noqa: PLC0415
        from ..models.customer_transfer_form import CustomerTransferForm  # noqa: PLC0415
        from ..models.discount_form import DiscountForm  # noqa: PLC0415
        from ..models.expense_form import ExpenseForm  # noqa: PLC0415
        from ..models.leave_form import LeaveForm  # noqa: PLC0415
        from ..models.recruitment_form import RecruitmentForm  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415
        from ..models.requirement_form import RequirementForm  # noqa: PLC0415
        from ..models.sales_plan_form import SalesPlanForm  # noqa: PLC0415
        from ..models.step_out import StepOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        type_ = ApprovalType(d.pop("type"))

        title = d.pop("title")

        def _parse_form(
            data: object,
        ) -> (
            AttendanceCorrectionForm
            | BusinessTripForm
            | CustomerTransferForm
            | DiscountForm
            | ExpenseForm
            | LeaveForm
            | RecruitmentForm
            | RequirementForm
            | SalesPlanForm
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_6 = AttendanceCorrectionForm.from_dict(data)

                return form_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_type_7 = RecruitmentForm.from_dict(data)

                return form_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            form_type_8 = SalesPlanForm.from_dict(data)

            return form_type_8

        form = _parse_form(d.pop("form"))

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        status = ApprovalStatus(d.pop("status"))

        round_ = d.pop("round")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_applied_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applied_at_type_0 = datetime.datetime.fromisoformat(data)

                return applied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        applied_at = _parse_applied_at(d.pop("applied_at"))

        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_starts_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        starts_at = _parse_starts_at(d.pop("starts_at"))

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        def _parse_customer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_id_type_0 = UUID(data)

                return customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_customer(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Ref.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        customer = _parse_customer(d.pop("customer"))

        def _parse_opportunity_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id"))

        def _parse_opportunity(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opportunity_type_0 = Ref.from_dict(data)

                return opportunity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        opportunity = _parse_opportunity(d.pop("opportunity"))

        def _parse_current_step(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        current_step = _parse_current_step(d.pop("current_step"))

        def _parse_current_approver_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_approver_id_type_0 = UUID(data)

                return current_approver_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        current_approver_id = _parse_current_approver_id(d.pop("current_approver_id"))

        def _parse_current_approver(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_approver_type_0 = Ref.from_dict(data)

                return current_approver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        current_approver = _parse_current_approver(d.pop("current_approver"))

        chain = []
        _chain = d.pop("chain")
        for chain_item_data in _chain:
            chain_item = StepOut.from_dict(chain_item_data)

            chain.append(chain_item)

        approval_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            type_=type_,
            title=title,
            form=form,
            owner_id=owner_id,
            owner=owner,
            status=status,
            round_=round_,
            submitted_at=submitted_at,
            decided_at=decided_at,
            applied_at=applied_at,
            amount=amount,
            currency=currency,
            starts_at=starts_at,
            ends_at=ends_at,
            customer_id=customer_id,
            customer=customer,
            opportunity_id=opportunity_id,
            opportunity=opportunity,
            current_step=current_step,
            current_approver_id=current_approver_id,
            current_approver=current_approver,
            chain=chain,
        )

        approval_out.additional_properties = d
        return approval_out

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
