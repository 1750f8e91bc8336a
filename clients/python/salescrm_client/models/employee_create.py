from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.employee_create_employment_status import EmployeeCreateEmploymentStatus
from ..models.gender import Gender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_create import AccountCreate


T = TypeVar("T", bound="EmployeeCreate")


@_attrs_define
class EmployeeCreate:
    """
    Attributes:
        employee_no (str):
        name (str):
        department_id (UUID):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        gender (Gender | None | Unset):
        mobile (None | str | Unset):
        email (None | str | Unset):
        position_id (None | Unset | UUID):
        manager_id (None | Unset | UUID):
        hire_date (datetime.date | None | Unset):
        employment_status (EmployeeCreateEmploymentStatus | Unset): A resignation is recorded as a staff change, never
            at creation. Default: EmployeeCreateEmploymentStatus.ACTIVE.
        is_sales (bool | Unset):  Default: False.
        role_ids (list[UUID] | Unset):
        account (AccountCreate | None | Unset): A login for the employee.
    """

    employee_no: str
    name: str
    department_id: UUID
    id: None | Unset | UUID = UNSET
    gender: Gender | None | Unset = UNSET
    mobile: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    position_id: None | Unset | UUID = UNSET
    manager_id: None | Unset | UUID = UNSET
    hire_date: datetime.date | None | Unset = UNSET
    employment_status: EmployeeCreateEmploymentStatus | Unset = EmployeeCreateEmploymentStatus.ACTIVE
    is_sales: bool | Unset = False
    role_ids: list[UUID] | Unset = UNSET
    account: AccountCreate | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_create import AccountCreate  # noqa: PLC0415

        employee_no = self.employee_no

        name = self.name

        department_id = str(self.department_id)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        position_id: None | str | Unset
        if isinstance(self.position_id, Unset):
            position_id = UNSET
        elif isinstance(self.position_id, UUID):
            position_id = str(self.position_id)
        else:
            position_id = self.position_id

        manager_id: None | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        elif isinstance(self.manager_id, UUID):
            manager_id = str(self.manager_id)
        else:
            manager_id = self.manager_id

        hire_date: None | str | Unset
        if isinstance(self.hire_date, Unset):
            hire_date = UNSET
        elif isinstance(self.hire_date, datetime.date):
            hire_date = self.hire_date.isoformat()
        else:
            hire_date = self.hire_date

        employment_status: str | Unset = UNSET
        if not isinstance(self.employment_status, Unset):
            employment_status = self.employment_status.value

        is_sales = self.is_sales

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = []
            for role_ids_item_data in self.role_ids:
                role_ids_item = str(role_ids_item_data)
                role_ids.append(role_ids_item)

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, AccountCreate):
            account = self.account.to_dict()
        else:
            account = self.account

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employee_no": employee_no,
                "name": name,
                "department_id": department_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if gender is not UNSET:
            field_dict["gender"] = gender
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if hire_date is not UNSET:
            field_dict["hire_date"] = hire_date
        if employment_status is not UNSET:
            field_dict["employment_status"] = employment_status
        if is_sales is not UNSET:
            field_dict["is_sales"] = is_sales
        if role_ids is not UNSET:
            field_dict["role_ids"] = role_ids
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_create import AccountCreate  # noqa: PLC0415

        d = dict(src_dict)
        employee_no = d.pop("employee_no")

        name = d.pop("name")

        department_id = UUID(d.pop("department_id"))

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

        def _parse_gender(data: object) -> Gender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_position_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_id_type_0 = UUID(data)

                return position_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        position_id = _parse_position_id(d.pop("position_id", UNSET))

        def _parse_manager_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manager_id_type_0 = UUID(data)

                return manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        manager_id = _parse_manager_id(d.pop("manager_id", UNSET))

        def _parse_hire_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hire_date_type_0 = datetime.date.fromisoformat(data)

                return hire_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        hire_date = _parse_hire_date(d.pop("hire_date", UNSET))

        _employment_status = d.pop("employment_status", UNSET)
        employment_status: EmployeeCreateEmploymentStatus | Unset
        if isinstance(_employment_status, Unset):
            employment_status = UNSET
        else:
            employment_status = EmployeeCreateEmploymentStatus(_employment_status)

        is_sales = d.pop("is_sales", UNSET)

        _role_ids = d.pop("role_ids", UNSET)
        role_ids: list[UUID] | Unset = UNSET
        if _role_ids is not UNSET:
            role_ids = []
            for role_ids_item_data in _role_ids:
                role_ids_item = UUID(role_ids_item_data)

                role_ids.append(role_ids_item)

        def _parse_account(data: object) -> AccountCreate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = AccountCreate.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountCreate | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        employee_create = cls(
            employee_no=employee_no,
            name=name,
            department_id=department_id,
            id=id,
            gender=gender,
            mobile=mobile,
            email=email,
            position_id=position_id,
            manager_id=manager_id,
            hire_date=hire_date,
            employment_status=employment_status,
            is_sales=is_sales,
            role_ids=role_ids,
            account=account,
        )

        return employee_create
