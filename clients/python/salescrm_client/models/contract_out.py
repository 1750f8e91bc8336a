from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_status import ContractStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_line_item_out import ContractLineItemOut
    from ..models.customer_card import CustomerCard
    from ..models.installment_out import InstallmentOut
    from ..models.ref import Ref


T = TypeVar("T", bound="ContractOut")


@_attrs_define
class ContractOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        number (str):
        title (str):
        opportunity_id (UUID):
        opportunity (None | Ref): The opportunity named by the id beside it: id and name (null if none).
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        sign_date (datetime.date):
        start_date (datetime.date | None):
        end_date (datetime.date | None):
        currency (str):
        amount (str):
        received (str): Payments received so far.
        outstanding (str): Amount not received yet (the receivable).
        next_due_date (datetime.date | None): The earliest instalment not fully paid.
        status (ContractStatus):
        notes (None | str):
        line_items (list[ContractLineItemOut]):
        payment_plan (list[InstallmentOut]):
        overdue (bool): Some instalment is past due and not fully paid.
        overdue_amount (str): What is past due and not received.
        customer_details (CustomerCard | None | Unset): Only with `expand=customer`, and only when the caller may open
            the record.
        cost (None | str | Unset): Present only for callers holding margin:read.
        margin (None | str | Unset): Present only for callers holding margin:read.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    number: str
    title: str
    opportunity_id: UUID
    opportunity: None | Ref
    customer_id: UUID
    customer: None | Ref
    owner_id: None | UUID
    owner: None | Ref
    sign_date: datetime.date
    start_date: datetime.date | None
    end_date: datetime.date | None
    currency: str
    amount: str
    received: str
    outstanding: str
    next_due_date: datetime.date | None
    status: ContractStatus
    notes: None | str
    line_items: list[ContractLineItemOut]
    payment_plan: list[InstallmentOut]
    overdue: bool
    overdue_amount: str
    customer_details: CustomerCard | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    margin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_card import CustomerCard  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        number = self.number

        title = self.title

        opportunity_id = str(self.opportunity_id)

        opportunity: dict[str, Any] | None
        if isinstance(self.opportunity, Ref):
            opportunity = self.opportunity.to_dict()
        else:
            opportunity = self.opportunity

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

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

        sign_date = self.sign_date.isoformat()

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        currency = self.currency

        amount = self.amount

        received = self.received

        outstanding = self.outstanding

        next_due_date: None | str
        if isinstance(self.next_due_date, datetime.date):
            next_due_date = self.next_due_date.isoformat()
        else:
            next_due_date = self.next_due_date

        status = self.status.value

        notes: None | str
        notes = self.notes

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        payment_plan = []
        for payment_plan_item_data in self.payment_plan:
            payment_plan_item = payment_plan_item_data.to_dict()
            payment_plan.append(payment_plan_item)

        overdue = self.overdue

        overdue_amount = self.overdue_amount

        customer_details: dict[str, Any] | None | Unset
        if isinstance(self.customer_details, Unset):
            customer_details = UNSET
        elif isinstance(self.customer_details, CustomerCard):
            customer_details = self.customer_details.to_dict()
        else:
            customer_details = self.customer_details

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        margin: None | str | Unset
        if isinstance(self.margin, Unset):
            margin = UNSET
        else:
            margin = self.margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "number": number,
                "title": title,
                "opportunity_id": opportunity_id,
                "opportunity": opportunity,
                "customer_id": customer_id,
                "customer": customer,
                "owner_id": owner_id,
                "owner": owner,
                "sign_date": sign_date,
                "start_date": start_date,
                "end_date": end_date,
                "currency": currency,
                "amount": amount,
                "received": received,
                "outstanding": outstanding,
                "next_due_date": next_due_date,
                "status": status,
                "notes": notes,
                "line_items": line_items,
                "payment_plan": payment_plan,
                "overdue": overdue,
                "overdue_amount": overdue_amount,
            }
        )
        if customer_details is not UNSET:
            field_dict["customer_details"] = customer_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if margin is not UNSET:
            field_dict["margin"] = margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_line_item_out import ContractLineItemOut  # noqa: PLC0415
        from ..models.customer_card import CustomerCard  # noqa: PLC0415
        from ..models.installment_out import InstallmentOut  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        number = d.pop("number")

        title = d.pop("title")

        opportunity_id = UUID(d.pop("opportunity_id"))

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

        customer_id = UUID(d.pop("customer_id"))

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

        sign_date = datetime.date.fromisoformat(d.pop("sign_date"))

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        currency = d.pop("currency")

        amount = d.pop("amount")

        received = d.pop("received")

        outstanding = d.pop("outstanding")

        def _parse_next_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_date_type_0 = datetime.date.fromisoformat(data)

                return next_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_due_date = _parse_next_due_date(d.pop("next_due_date"))

        status = ContractStatus(d.pop("status"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = ContractLineItemOut.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        payment_plan = []
        _payment_plan = d.pop("payment_plan")
        for payment_plan_item_data in _payment_plan:
            payment_plan_item = InstallmentOut.from_dict(payment_plan_item_data)

            payment_plan.append(payment_plan_item)

        overdue = d.pop("overdue")

        overdue_amount = d.pop("overdue_amount")

        def _parse_customer_details(data: object) -> CustomerCard | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_details_type_0 = CustomerCard.from_dict(data)

                return customer_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerCard | None | Unset, data)

        customer_details = _parse_customer_details(d.pop("customer_details", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin = _parse_margin(d.pop("margin", UNSET))

        contract_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            number=number,
            title=title,
            opportunity_id=opportunity_id,
            opportunity=opportunity,
            customer_id=customer_id,
            customer=customer,
            owner_id=owner_id,
            owner=owner,
            sign_date=sign_date,
            start_date=start_date,
            end_date=end_date,
            currency=currency,
            amount=amount,
            received=received,
            outstanding=outstanding,
            next_due_date=next_due_date,
            status=status,
            notes=notes,
            line_items=line_items,
            payment_plan=payment_plan,
            overdue=overdue,
            overdue_amount=overdue_amount,
            customer_details=customer_details,
            cost=cost,
            margin=margin,
        )

        contract_out.additional_properties = d
        return contract_out

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
