from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.buying_role import BuyingRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_update_custom_fields import ContactUpdateCustomFields


T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """
    Attributes:
        custom_fields (ContactUpdateCustomFields | Unset): Custom fields by key (`GET /api/v1/custom-fields?resource=…`
            lists the definitions). Each value must fit its definition's type, options and bounds (422
            `custom_field_invalid` naming `custom_fields.<key>` otherwise); on an update only the keys sent change and
            `null` clears one.
        title (None | str | Unset):
        department (None | str | Unset):
        mobile (None | str | Unset):
        phone (None | str | Unset):
        email (None | str | Unset):
        wechat (None | str | Unset):
        birthday (datetime.date | None | Unset):
        buying_role (BuyingRole | None | Unset):
        is_primary (bool | Unset):
        notes (None | str | Unset):
        name (str | Unset):
        customer_id (UUID | Unset):
    """

    custom_fields: ContactUpdateCustomFields | Unset = UNSET
    title: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    wechat: None | str | Unset = UNSET
    birthday: datetime.date | None | Unset = UNSET
    buying_role: BuyingRole | None | Unset = UNSET
    is_primary: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    name: str | Unset = UNSET
    customer_id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        wechat: None | str | Unset
        if isinstance(self.wechat, Unset):
            wechat = UNSET
        else:
            wechat = self.wechat

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        buying_role: None | str | Unset
        if isinstance(self.buying_role, Unset):
            buying_role = UNSET
        elif isinstance(self.buying_role, BuyingRole):
            buying_role = self.buying_role.value
        else:
            buying_role = self.buying_role

        is_primary = self.is_primary

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        name = self.name

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if title is not UNSET:
            field_dict["title"] = title
        if department is not UNSET:
            field_dict["department"] = department
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if wechat is not UNSET:
            field_dict["wechat"] = wechat
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if buying_role is not UNSET:
            field_dict["buying_role"] = buying_role
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if notes is not UNSET:
            field_dict["notes"] = notes
        if name is not UNSET:
            field_dict["name"] = name
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_update_custom_fields import ContactUpdateCustomFields  # noqa: PLC0415

        d = dict(src_dict)
        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ContactUpdateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ContactUpdateCustomFields.from_dict(_custom_fields)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_wechat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wechat = _parse_wechat(d.pop("wechat", UNSET))

        def _parse_birthday(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birthday = _parse_birthday(d.pop("birthday", UNSET))

        def _parse_buying_role(data: object) -> BuyingRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                buying_role_type_0 = BuyingRole(data)

                return buying_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuyingRole | None | Unset, data)

        buying_role = _parse_buying_role(d.pop("buying_role", UNSET))

        is_primary = d.pop("is_primary", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        name = d.pop("name", UNSET)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        contact_update = cls(
            custom_fields=custom_fields,
            title=title,
            department=department,
            mobile=mobile,
            phone=phone,
            email=email,
            wechat=wechat,
            birthday=birthday,
            buying_role=buying_role,
            is_primary=is_primary,
            notes=notes,
            name=name,
            customer_id=customer_id,
        )

        return contact_update
