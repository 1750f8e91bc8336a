from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.urgency import Urgency
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequirementForm")


@_attrs_define
class RequirementForm:
    """
    Attributes:
        subject (str):
        description (str):
        urgency (Urgency | Unset):
        customer_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
    """

    subject: str
    description: str
    urgency: Urgency | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    opportunity_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        description = self.description

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        opportunity_id: None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        elif isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subject": subject,
                "description": description,
            }
        )
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        description = d.pop("description")

        _urgency = d.pop("urgency", UNSET)
        urgency: Urgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Urgency(_urgency)

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

        def _parse_opportunity_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id", UNSET))

        requirement_form = cls(
            subject=subject,
            description=description,
            urgency=urgency,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
        )

        return requirement_form
