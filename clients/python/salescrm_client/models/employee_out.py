from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_status import EmploymentStatus
from ..models.gender import Gender

if TYPE_CHECKING:
    from ..models.account_out import AccountOut
    from ..models.ref import Ref
    from ..models.role_ref import RoleRef


T = TypeVar("T", bound="EmployeeOut")


@_attrs_define
class EmployeeOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        employee_no (str):
        name (str):
        gender (Gender | None):
        mobile (None | str):
        email (None | str):
        department_id (UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        position_id (None | UUID):
        position (None | Ref): The position named by the id beside it: id and name (null if none).
        manager_id (None | UUID):
        manager (None | Ref): The employee named by the id beside it: id and name (null if none).
        hire_date (datetime.date | None):
        employment_status (EmploymentStatus):
        is_sales (bool):
        resigned_on (datetime.date | None):
        roles (list[RoleRef]):
        account (AccountOut | None):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    employee_no: str
    name: str
    gender: Gender | None
    mobile: None | str
    email: None | str
    department_id: UUID
    department: None | Ref
    position_id: None | UUID
    position: None | Ref
    manager_id: None | UUID
    manager: None | Ref
    hire_date: datetime.date | None
    employment_status: EmploymentStatus
    is_sales: bool
    resigned_on: datetime.date | None
    roles: list[RoleRef]
    account: AccountOut | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_out import AccountOut  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        employee_no = self.employee_no

        name = self.name

        gender: None | str
        if isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        mobile: None | str
        mobile = self.mobile

        email: None | str
        email = self.email

        department_id = str(self.department_id)

        department: dict[str, Any] | None
        if isinstance(self.department, Ref):
            department = self.department.to_dict()
        else:
            department = self.department

        position_id: None | str
        if isinstance(self.position_id, UUID):
            position_id = str(self.position_id)
        else:
            position_id = self.position_id

        position: dict[str, Any] | None
        if isinstance(self.position, Ref):
            position = self.position.to_dict()
        else:
            position = self.position

        manager_id: None | str
        if isinstance(self.manager_id, UUID):
            manager_id = str(self.manager_id)
        else:
            manager_id = self.manager_id

        manager: dict[str, Any] | None
        if isinstance(self.manager, Ref):
            manager = self.manager.to_dict()
        else:
            manager = self.manager

        hire_date: None | str
        if isinstance(self.hire_date, datetime.date):
            hire_date = self.hire_date.isoformat()
        else:
            hire_date = self.hire_date

        employment_status = self.employment_status.value

        is_sales = self.is_sales

        resigned_on: None | str
        if isinstance(self.resigned_on, datetime.date):
            resigned_on = self.resigned_on.isoformat()
        else:
            resigned_on = self.resigned_on

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        account: dict[str, Any] | None
        if isinstance(self.account, AccountOut):
            account = self.account.to_dict()
        else:
            account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "employee_no": employee_no,
                "name": name,
                "gender": gender,
                "mobile": mobile,
                "email": email,
                "department_id": department_id,
                "department": department,
                "position_id": position_id,
                "position": position,
                "manager_id": manager_id,
                "manager": manager,
                "hire_date": hire_date,
                "employment_status": employment_status,
                "is_sales": is_sales,
                "resigned_on": resigned_on,
                "roles": roles,
                "account": account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_out import AccountOut  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415
        from ..models.role_ref import RoleRef  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        employee_no = d.pop("employee_no")

        name = d.pop("name")

        def _parse_gender(data: object) -> Gender | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None, data)

        gender = _parse_gender(d.pop("gender"))

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        department_id = UUID(d.pop("department_id"))

        def _parse_department(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = Ref.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        department = _parse_department(d.pop("department"))

        def _parse_position_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_id_type_0 = UUID(data)

                return position_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        position_id = _parse_position_id(d.pop("position_id"))

        def _parse_position(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = Ref.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        position = _parse_position(d.pop("position"))

        def _parse_manager_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manager_id_type_0 = UUID(data)

                return manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        manager_id = _parse_manager_id(d.pop("manager_id"))

        def _parse_manager(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                manager_type_0 = Ref.from_dict(data)

                return manager_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        manager = _parse_manager(d.pop("manager"))

        def _parse_hire_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hire_date_type_0 = datetime.date.fromisoformat(data)

                return hire_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        hire_date = _parse_hire_date(d.pop("hire_date"))

        employment_status = EmploymentStatus(d.pop("employment_status"))

        is_sales = d.pop("is_sales")

        def _parse_resigned_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resigned_on_type_0 = datetime.date.fromisoformat(data)

                return resigned_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        resigned_on = _parse_resigned_on(d.pop("resigned_on"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = RoleRef.from_dict(roles_item_data)

            roles.append(roles_item)

        def _parse_account(data: object) -> AccountOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = AccountOut.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountOut | None, data)

        account = _parse_account(d.pop("account"))

        employee_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            employee_no=employee_no,
            name=name,
            gender=gender,
            mobile=mobile,
            email=email,
            department_id=department_id,
            department=department,
            position_id=position_id,
            position=position,
            manager_id=manager_id,
            manager=manager,
            hire_date=hire_date,
            employment_status=employment_status,
            is_sales=is_sales,
            resigned_on=resigned_on,
            roles=roles,
            account=account,
        )

        employee_out.additional_properties = d
        return employee_out

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
