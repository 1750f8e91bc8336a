from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.buying_role import BuyingRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_out_custom_fields import ContactOutCustomFields
    from ..models.customer_card import CustomerCard
    from ..models.ref import Ref


T = TypeVar("T", bound="ContactOut")


@_attrs_define
class ContactOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        name (str):
        title (None | str):
        department (None | str):
        mobile (None | str):
        phone (None | str):
        phone_extension (None | str):
        email (None | str):
        wechat (None | str):
        birthday (datetime.date | None):
        buying_role (BuyingRole | None):
        is_primary (bool):
        notes (None | str):
        anonymised_at (datetime.datetime | None): When its personal information was anonymised on request (PIPL), or
            null. Its personal fields then hold a placeholder name and nothing else, and refuse other values (409
            `anonymised`).
        custom_fields (ContactOutCustomFields | Unset): Custom field values by key. Values of archived fields are still
            shown; a field with no value is absent.
        customer_details (CustomerCard | None | Unset): Only with `expand=customer`, and only when the caller may open
            the record.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    customer_id: UUID
    customer: None | Ref
    name: str
    title: None | str
    department: None | str
    mobile: None | str
    phone: None | str
    phone_extension: None | str
    email: None | str
    wechat: None | str
    birthday: datetime.date | None
    buying_role: BuyingRole | None
    is_primary: bool
    notes: None | str
    anonymised_at: datetime.datetime | None
    custom_fields: ContactOutCustomFields | Unset = UNSET
    customer_details: CustomerCard | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_card import CustomerCard  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        name = self.name

        title: None | str
        title = self.title

        department: None | str
        department = self.department

        mobile: None | str
        mobile = self.mobile

        phone: None | str
        phone = self.phone

        phone_extension: None | str
        phone_extension = self.phone_extension

        email: None | str
        email = self.email

        wechat: None | str
        wechat = self.wechat

        birthday: None | str
        if isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        buying_role: None | str
        if isinstance(self.buying_role, BuyingRole):
            buying_role = self.buying_role.value
        else:
            buying_role = self.buying_role

        is_primary = self.is_primary

        notes: None | str
        notes = self.notes

        anonymised_at: None | str
        if isinstance(self.anonymised_at, datetime.datetime):
            anonymised_at = self.anonymised_at.isoformat()
        else:
            anonymised_at = self.anonymised_at

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        customer_details: dict[str, Any] | None | Unset
        if isinstance(self.customer_details, Unset):
            customer_details = UNSET
        elif isinstance(self.customer_details, CustomerCard):
            customer_details = self.customer_details.to_dict()
        else:
            customer_details = self.customer_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "customer_id": customer_id,
                "customer": customer,
                "name": name,
                "title": title,
                "department": department,
                "mobile": mobile,
                "phone": phone,
                "phone_extension": phone_extension,
                "email": email,
                "wechat": wechat,
                "birthday": birthday,
                "buying_role": buying_role,
                "is_primary": is_primary,
                "notes": notes,
                "anonymised_at": anonymised_at,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer_details is not UNSET:
            field_dict["customer_details"] = customer_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_out_custom_fields import ContactOutCustomFields  # noqa: PLC0415
        from ..models.customer_card import CustomerCard  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

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

        name = d.pop("name")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        department = _parse_department(d.pop("department"))

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_phone_extension(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_extension = _parse_phone_extension(d.pop("phone_extension"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_wechat(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        wechat = _parse_wechat(d.pop("wechat"))

        def _parse_birthday(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birthday = _parse_birthday(d.pop("birthday"))

        def _parse_buying_role(data: object) -> BuyingRole | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                buying_role_type_0 = BuyingRole(data)

                return buying_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuyingRole | None, data)

        buying_role = _parse_buying_role(d.pop("buying_role"))

        is_primary = d.pop("is_primary")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_anonymised_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anonymised_at_type_0 = datetime.datetime.fromisoformat(data)

                return anonymised_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        anonymised_at = _parse_anonymised_at(d.pop("anonymised_at"))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ContactOutCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ContactOutCustomFields.from_dict(_custom_fields)

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

        contact_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            customer_id=customer_id,
            customer=customer,
            name=name,
            title=title,
            department=department,
            mobile=mobile,
            phone=phone,
            phone_extension=phone_extension,
            email=email,
            wechat=wechat,
            birthday=birthday,
            buying_role=buying_role,
            is_primary=is_primary,
            notes=notes,
            anonymised_at=anonymised_at,
            custom_fields=custom_fields,
            customer_details=customer_details,
        )

        contact_out.additional_properties = d
        return contact_out

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
