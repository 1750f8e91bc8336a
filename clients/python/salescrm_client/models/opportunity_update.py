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


T = TypeVar("T", bound="OpportunityUpdate")


@_attrs_define
class OpportunityUpdate:
    """
    Attributes:
        name (None | str | Unset):
        type_ (None | OpportunityType | Unset):
        customer_id (None | Unset | UUID):
        contacts (list[ContactRoleIn] | None | Unset):
        owner_id (None | Unset | UUID):
        source (None | Source | Unset):
        pipeline_id (None | Unset | UUID): Moving to another pipeline needs one of its open stages (or its first).
        stage_id (None | Unset | UUID): Another open stage; won and lost go through /win and /lose.
        stage_reason (None | str | Unset): Why the stage changes (in the history).
        probability (int | None | Unset):
        forecast_category (None | OpenForecast | Unset):
        expected_close_date (datetime.date | None | Unset):
        next_step (None | str | Unset):
        description (None | str | Unset):
        currency (None | str | Unset): Only while there are no line items.
        amount (float | None | str | Unset): Only while there are no line items.
    """

    name: None | str | Unset = UNSET
    type_: None | OpportunityType | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    contacts: list[ContactRoleIn] | None | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    source: None | Source | Unset = UNSET
    pipeline_id: None | Unset | UUID = UNSET
    stage_id: None | Unset | UUID = UNSET
    stage_reason: None | str | Unset = UNSET
    probability: int | None | Unset = UNSET
    forecast_category: None | OpenForecast | Unset = UNSET
    expected_close_date: datetime.date | None | Unset = UNSET
    next_step: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    amount: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OpportunityType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

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

        pipeline_id: None | str | Unset
        if isinstance(self.pipeline_id, Unset):
            pipeline_id = UNSET
        elif isinstance(self.pipeline_id, UUID):
            pipeline_id = str(self.pipeline_id)
        else:
            pipeline_id = self.pipeline_id

        stage_id: None | str | Unset
        if isinstance(self.stage_id, Unset):
            stage_id = UNSET
        elif isinstance(self.stage_id, UUID):
            stage_id = str(self.stage_id)
        else:
            stage_id = self.stage_id

        stage_reason: None | str | Unset
        if isinstance(self.stage_reason, Unset):
            stage_reason = UNSET
        else:
            stage_reason = self.stage_reason

        probability: int | None | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        else:
            probability = self.probability

        forecast_category: None | str | Unset
        if isinstance(self.forecast_category, Unset):
            forecast_category = UNSET
        elif isinstance(self.forecast_category, OpenForecast):
            forecast_category = self.forecast_category.value
        else:
            forecast_category = self.forecast_category

        expected_close_date: None | str | Unset
        if isinstance(self.expected_close_date, Unset):
            expected_close_date = UNSET
        elif isinstance(self.expected_close_date, datetime.date):
            expected_close_date = self.expected_close_date.isoformat()
        else:
            expected_close_date = self.expected_close_date

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

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | OpportunityType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OpportunityType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        def _parse_pipeline_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pipeline_id_type_0 = UUID(data)

                return pipeline_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        pipeline_id = _parse_pipeline_id(d.pop("pipeline_id", UNSET))

        def _parse_stage_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_id_type_0 = UUID(data)

                return stage_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        stage_id = _parse_stage_id(d.pop("stage_id", UNSET))

        def _parse_stage_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage_reason = _parse_stage_reason(d.pop("stage_reason", UNSET))

        def _parse_probability(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probability = _parse_probability(d.pop("probability", UNSET))

        def _parse_forecast_category(data: object) -> None | OpenForecast | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forecast_category_type_0 = OpenForecast(data)

                return forecast_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenForecast | Unset, data)

        forecast_category = _parse_forecast_category(d.pop("forecast_category", UNSET))

        def _parse_expected_close_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_close_date_type_0 = datetime.date.fromisoformat(data)

                return expected_close_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_close_date = _parse_expected_close_date(d.pop("expected_close_date", UNSET))

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

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        opportunity_update = cls(
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
