from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.open_forecast import OpenForecast
from ..models.opportunity_type import OpportunityType
from ..models.source import Source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_in import ContactRoleIn
    from ..models.opportunity_update_custom_fields import OpportunityUpdateCustomFields


T = TypeVar("T", bound="OpportunityUpdate")


@_attrs_define
class OpportunityUpdate:
    """
    Attributes:
        custom_fields (OpportunityUpdateCustomFields | Unset): Custom fields by key (`GET /api/v1/custom-
            fields?resource=…` lists the definitions). Each value must fit its definition's type, options and bounds (422
            `custom_field_invalid` naming `custom_fields.<key>` otherwise); on an update only the keys sent change and
            `null` clears one.
        name (str | Unset):
        type_ (OpportunityType | Unset):
        customer_id (UUID | Unset):
        contacts (list[ContactRoleIn] | None | Unset):
        owner_id (None | Unset | UUID):
        source (None | Source | Unset):
        pipeline_id (UUID | Unset): Moving to another pipeline needs one of its open stages (or its first).
        stage_id (UUID | Unset): Another open stage; won and lost go through /win and /lose.
        stage_reason (None | str | Unset): Why the stage changes (in the history).
        probability (int | Unset): Win probability in percent.
        forecast_category (OpenForecast | Unset): What a rep may forecast an open deal as; closed and omitted follow win
            and lose.
        expected_close_date (datetime.date | Unset):
        next_step (None | str | Unset):
        description (None | str | Unset):
        currency (str | Unset): Only while there are no line items.
        amount (float | str | Unset): Only while there are no line items.
    """

    custom_fields: OpportunityUpdateCustomFields | Unset = UNSET
    name: str | Unset = UNSET
    type_: OpportunityType | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    contacts: list[ContactRoleIn] | None | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    source: None | Source | Unset = UNSET
    pipeline_id: UUID | Unset = UNSET
    stage_id: UUID | Unset = UNSET
    stage_reason: None | str | Unset = UNSET
    probability: int | Unset = UNSET
    forecast_category: OpenForecast | Unset = UNSET
    expected_close_date: datetime.date | Unset = UNSET
    next_step: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, Source):
            source = self.source.value
        else:
            source = self.source

        pipeline_id: str | Unset = UNSET
        if not isinstance(self.pipeline_id, Unset):
            pipeline_id = str(self.pipeline_id)

        stage_id: str | Unset = UNSET
        if not isinstance(self.stage_id, Unset):
            stage_id = str(self.stage_id)

        stage_reason: None | str | Unset
        if isinstance(self.stage_reason, Unset):
            stage_reason = UNSET
        else:
            stage_reason = self.stage_reason

        probability = self.probability

        forecast_category: str | Unset = UNSET
        if not isinstance(self.forecast_category, Unset):
            forecast_category = self.forecast_category.value

        expected_close_date: str | Unset = UNSET
        if not isinstance(self.expected_close_date, Unset):
            expected_close_date = self.expected_close_date.isoformat()

        next_step: None | str | Unset
        if isinstance(self.next_step, Unset):
            next_step = UNSET
        else:
            next_step = self.next_step

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency = self.currency

        amount: float | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if source is not UNSET:
            field_dict["source"] = source
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if stage_id is not UNSET:
            field_dict["stage_id"] = stage_id
        if stage_reason is not UNSET:
            field_dict["stage_reason"] = stage_reason
        if probability is not UNSET:
            field_dict["probability"] = probability
        if forecast_category is not UNSET:
            field_dict["forecast_category"] = forecast_category
        if expected_close_date is not UNSET:
            field_dict["expected_close_date"] = expected_close_date
        if next_step is not UNSET:
            field_dict["next_step"] = next_step
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_in import ContactRoleIn  # noqa: PLC0415
        from ..models.opportunity_update_custom_fields import OpportunityUpdateCustomFields  # noqa: PLC0415

        d = dict(src_dict)
        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: OpportunityUpdateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = OpportunityUpdateCustomFields.from_dict(_custom_fields)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OpportunityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OpportunityType(_type_)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        def _parse_contacts(data: object) -> list[ContactRoleIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = ContactRoleIn.from_dict(contacts_type_0_item_data)

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContactRoleIn] | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

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

        def _parse_source(data: object) -> None | Source | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = Source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Source | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        _pipeline_id = d.pop("pipeline_id", UNSET)
        pipeline_id: UUID | Unset
        if isinstance(_pipeline_id, Unset):
            pipeline_id = UNSET
        else:
            pipeline_id = UUID(_pipeline_id)

        _stage_id = d.pop("stage_id", UNSET)
        stage_id: UUID | Unset
        if isinstance(_stage_id, Unset):
            stage_id = UNSET
        else:
            stage_id = UUID(_stage_id)

        def _parse_stage_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage_reason = _parse_stage_reason(d.pop("stage_reason", UNSET))

        probability = d.pop("probability", UNSET)

        _forecast_category = d.pop("forecast_category", UNSET)
        forecast_category: OpenForecast | Unset
        if isinstance(_forecast_category, Unset):
            forecast_category = UNSET
        else:
            forecast_category = OpenForecast(_forecast_category)

        _expected_close_date = d.pop("expected_close_date", UNSET)
        expected_close_date: datetime.date | Unset
        if isinstance(_expected_close_date, Unset):
            expected_close_date = UNSET
        else:
            expected_close_date = datetime.date.fromisoformat(_expected_close_date)

        def _parse_next_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_step = _parse_next_step(d.pop("next_step", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_amount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        opportunity_update = cls(
            custom_fields=custom_fields,
            name=name,
            type_=type_,
            customer_id=customer_id,
            contacts=contacts,
            owner_id=owner_id,
            source=source,
            pipeline_id=pipeline_id,
            stage_id=stage_id,
            stage_reason=stage_reason,
            probability=probability,
            forecast_category=forecast_category,
            expected_close_date=expected_close_date,
            next_step=next_step,
            description=description,
            currency=currency,
            amount=amount,
        )

        return opportunity_update
