from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="BoardCheckIn")


@_attrs_define
class BoardCheckIn:
    """
    Attributes:
        visit_id (UUID):
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        check_in_at (datetime.datetime):
        check_out_at (datetime.datetime | None):
        purpose (str):
    """

    visit_id: UUID
    customer_id: UUID
    customer: None | Ref
    check_in_at: datetime.datetime
    check_out_at: datetime.datetime | None
    purpose: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        visit_id = str(self.visit_id)

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        check_in_at = self.check_in_at.isoformat()

        check_out_at: None | str
        if isinstance(self.check_out_at, datetime.datetime):
            check_out_at = self.check_out_at.isoformat()
        else:
            check_out_at = self.check_out_at

        purpose = self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visit_id": visit_id,
                "customer_id": customer_id,
                "customer": customer,
                "check_in_at": check_in_at,
                "check_out_at": check_out_at,
                "purpose": purpose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        visit_id = UUID(d.pop("visit_id"))

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

        check_in_at = datetime.datetime.fromisoformat(d.pop("check_in_at"))

        def _parse_check_out_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_out_at_type_0 = datetime.datetime.fromisoformat(data)

                return check_out_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        check_out_at = _parse_check_out_at(d.pop("check_out_at"))

        purpose = d.pop("purpose")

        board_check_in = cls(
            visit_id=visit_id,
            customer_id=customer_id,
            customer=customer,
            check_in_at=check_in_at,
            check_out_at=check_out_at,
            purpose=purpose,
        )

        board_check_in.additional_properties = d
        return board_check_in

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
