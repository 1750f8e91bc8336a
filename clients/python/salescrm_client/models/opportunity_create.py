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
    from ..models.opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0


T = TypeVar("T", bound="OpportunityCreate")


@_attrs_define
class OpportunityCreate:
    """
    Attributes:
        name (str):
        customer_id (UUID):
        expected_close_date (datetime.date):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        custom_fields (None | OpportunityCreateCustomFieldsType0 | Unset):
        type_ (OpportunityType | Unset):
        contacts (list[ContactRoleIn] | Unset): The customer's contacts on the deal and their roles.
        owner_id (None | Unset | UUID): Defaults to the caller; someone else needs opportunity:assign.
        source (None | Source | Unset):
        pipeline_id (None | Unset | UUID): Default: the default pipeline.
        stage_id (None | Unset | UUID): An open stage of the pipeline; default: its first.
        probability (int | None | Unset): Default: the stage's.
        forecast_category (None | OpenForecast | Unset): Default: the stage's.
        next_step (None | str | Unset):
        description (None | str | Unset):
        currency (str | Unset): ISO 4217 code Default: 'CNY'.
        amount (float | None | str | Unset): Set by hand while the deal has no line items; then their sum.
    """

    name: str
    customer_id: UUID
    expected_close_date: datetime.date
    id: None | Unset | UUID = UNSET
    custom_fields: None | OpportunityCreateCustomFieldsType0 | Unset = UNSET
    type_: OpportunityType | Unset = UNSET
    contacts: list[ContactRoleIn] | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    source: None | Source | Unset = UNSET
    pipeline_id: None | Unset | UUID = UNSET
    stage_id: None | Unset | UUID = UNSET
    probability: int | None | Unset = UNSET
    forecast_category: None | OpenForecast | Unset = UNSET
    next_step: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    currency: str | Unset = "CNY"
    amount: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0  # noqa: PLC0415

        name = self.name

        customer_id = str(self.customer_id)

        expected_close_date = self.expected_close_date.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, OpportunityCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

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

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "customer_id": customer_id,
                "expected_close_date": expected_close_date,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if probability is not UNSET:
            field_dict["probability"] = probability
        if forecast_category is not UNSET:
            field_dict["forecast_category"] = forecast_category
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
        from ..models.opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        customer_id = UUID(d.pop("customer_id"))

        expected_close_date = datetime.date.fromisoformat(d.pop("expected_close_date"))

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

        def _parse_custom_fields(data: object) -> None | OpportunityCreateCustomFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = OpportunityCreateCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityCreateCustomFieldsType0 | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: OpportunityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OpportunityType(_type_)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactRoleIn] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactRoleIn.from_dict(contacts_item_data)

                contacts.append(contacts_item)

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

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        opportunity_create = cls(
            name=name,
            customer_id=customer_id,
            expected_close_date=expected_close_date,
            id=id,
            custom_fields=custom_fields,
            type_=type_,
            contacts=contacts,
            owner_id=owner_id,
            source=source,
            pipeline_id=pipeline_id,
            stage_id=stage_id,
            probability=probability,
            forecast_category=forecast_category,
            next_step=next_step,
            description=description,
            currency=currency,
            amount=amount,
        )

        return opportunity_create
