from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.contract_status import ContractStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installment_in import InstallmentIn


T = TypeVar("T", bound="ContractUpdate")


@_attrs_define
class ContractUpdate:
    """
    Attributes:
        number (str | Unset):
        title (str | Unset):
        sign_date (datetime.date | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        payment_plan (list[InstallmentIn] | None | Unset):
        status (ContractStatus | Unset):
        owner_id (None | Unset | UUID):
        notes (None | str | Unset):
    """

    number: str | Unset = UNSET
    title: str | Unset = UNSET
    sign_date: datetime.date | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    payment_plan: list[InstallmentIn] | None | Unset = UNSET
    status: ContractStatus | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        title = self.title

        sign_date: str | Unset = UNSET
        if not isinstance(self.sign_date, Unset):
            sign_date = self.sign_date.isoformat()

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        payment_plan: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_plan, Unset):
            payment_plan = UNSET
        elif isinstance(self.payment_plan, list):
            payment_plan = []
            for payment_plan_type_0_item_data in self.payment_plan:
                payment_plan_type_0_item = payment_plan_type_0_item_data.to_dict()
                payment_plan.append(payment_plan_type_0_item)

        else:
            payment_plan = self.payment_plan

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if sign_date is not UNSET:
            field_dict["sign_date"] = sign_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if payment_plan is not UNSET:
            field_dict["payment_plan"] = payment_plan
        if status is not UNSET:
            field_dict["status"] = status
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.installment_in import InstallmentIn  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        _sign_date = d.pop("sign_date", UNSET)
        sign_date: datetime.date | Unset
        if isinstance(_sign_date, Unset):
            sign_date = UNSET
        else:
            sign_date = datetime.date.fromisoformat(_sign_date)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_payment_plan(data: object) -> list[InstallmentIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_plan_type_0 = []
                _payment_plan_type_0 = data
                for payment_plan_type_0_item_data in _payment_plan_type_0:
                    payment_plan_type_0_item = InstallmentIn.from_dict(payment_plan_type_0_item_data)

                    payment_plan_type_0.append(payment_plan_type_0_item)

                return payment_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstallmentIn] | None | Unset, data)

        payment_plan = _parse_payment_plan(d.pop("payment_plan", UNSET))

        _status = d.pop("status", UNSET)
        status: ContractStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContractStatus(_status)

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        contract_update = cls(
            number=number,
            title=title,
            sign_date=sign_date,
            start_date=start_date,
            end_date=end_date,
            payment_plan=payment_plan,
            status=status,
            owner_id=owner_id,
            notes=notes,
        )

        return contract_update
