from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessTripForm")


@_attrs_define
class BusinessTripForm:
    """
    Attributes:
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        destination (str):
        purpose (str):
        customer_id (None | Unset | UUID): The customer visited, if one.
    """

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    destination: str
    purpose: str
    customer_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        destination = self.destination

        purpose = self.purpose

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "starts_at": starts_at,
                "ends_at": ends_at,
                "destination": destination,
                "purpose": purpose,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        destination = d.pop("destination")

        purpose = d.pop("purpose")

        def _parse_customer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_id_type_0 = UUID(data)

                return customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        business_trip_form = cls(
            starts_at=starts_at,
            ends_at=ends_at,
            destination=destination,
            purpose=purpose,
            customer_id=customer_id,
        )

        return business_trip_form
