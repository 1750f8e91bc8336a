from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_category import ForecastCategory
from ..models.opportunity_status import OpportunityStatus
from ..models.opportunity_type import OpportunityType
from ..models.source import Source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_out import ContactRoleOut
    from ..models.customer_card import CustomerCard
    from ..models.opportunity_out_custom_fields import OpportunityOutCustomFields
    from ..models.ref import Ref


T = TypeVar("T", bound="OpportunityOut")


@_attrs_define
class OpportunityOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        type_ (OpportunityType):
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        contacts (list[ContactRoleOut]):
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        source (None | Source):
        pipeline_id (UUID):
        pipeline (None | Ref): The pipeline named by the id beside it: id and name (null if none).
        stage_id (UUID):
        stage (None | Ref): The stage named by the id beside it: id and name (null if none).
        stage_entered_at (datetime.datetime):
        probability (int):
        forecast_category (ForecastCategory): Where a deal counts in a forecast; won deals are ``closed``, lost ones
            ``omitted``.
        expected_close_date (datetime.date):
        next_step (None | str):
        description (None | str):
        currency (str):
        amount (str):
        line_item_count (int):
        status (OpportunityStatus):
        closed_on (datetime.date | None):
        closed_at (datetime.datetime | None):
        loss_reason_id (None | UUID):
        loss_reason (None | Ref): The loss reason named by the id beside it: id and name (null if none).
        lost_to_competitor_id (None | UUID):
        lost_to_competitor (None | Ref): The competitor named by the id beside it: id and name (null if none).
        close_note (None | str):
        weighted_amount (str): Amount × probability: what the deal weighs in a forecast.
        custom_fields (OpportunityOutCustomFields | Unset): Custom field values by key. Values of archived fields are
            still shown; a field with no value is absent.
        customer_details (CustomerCard | None | Unset): Only with `expand=customer`, and only when the caller may open
            the record.
        cost (None | str | Unset): The line items' cost. Present only for callers holding margin:read.
        margin (None | str | Unset): Amount minus cost. Present only for callers holding margin:read.
        cost_known (bool | None | Unset): False when the deal has line items but their cost could not be recorded (a
            line's cost, or their sum, past the money bounds): cost and margin are then null. Present only for callers
            holding margin:read.
        margin_percent (None | str | Unset): Margin in percent of the amount. Present only for callers holding
            margin:read.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    type_: OpportunityType
    customer_id: UUID
    customer: None | Ref
    contacts: list[ContactRoleOut]
    owner_id: None | UUID
    owner: None | Ref
    source: None | Source
    pipeline_id: UUID
    pipeline: None | Ref
    stage_id: UUID
    stage: None | Ref
    stage_entered_at: datetime.datetime
    probability: int
    forecast_category: ForecastCategory
    expected_close_date: datetime.date
    next_step: None | str
    description: None | str
    currency: str
    amount: str
    line_item_count: int
    status: OpportunityStatus
    closed_on: datetime.date | None
    closed_at: datetime.datetime | None
    loss_reason_id: None | UUID
    loss_reason: None | Ref
    lost_to_competitor_id: None | UUID
    lost_to_competitor: None | Ref
    close_note: None | str
    weighted_amount: str
    custom_fields: OpportunityOutCustomFields | Unset = UNSET
    customer_details: CustomerCard | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    margin: None | str | Unset = UNSET
    cost_known: bool | None | Unset = UNSET
    margin_percent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_card import CustomerCard  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        type_ = self.type_.value

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        source: None | str
        if isinstance(self.source, Source):
            source = self.source.value
        else:
            source = self.source

        pipeline_id = str(self.pipeline_id)

        pipeline: dict[str, Any] | None
        if isinstance(self.pipeline, Ref):
            pipeline = self.pipeline.to_dict()
        else:
            pipeline = self.pipeline

        stage_id = str(self.stage_id)

        stage: dict[str, Any] | None
        if isinstance(self.stage, Ref):
            stage = self.stage.to_dict()
        else:
            stage = self.stage

        stage_entered_at = self.stage_entered_at.isoformat()

        probability = self.probability

        forecast_category = self.forecast_category.value

        expected_close_date = self.expected_close_date.isoformat()

        next_step: None | str
        next_step = self.next_step

        description: None | str
        description = self.description

        currency = self.currency

        amount = self.amount

        line_item_count = self.line_item_count

        status = self.status.value

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        loss_reason_id: None | str
        if isinstance(self.loss_reason_id, UUID):
            loss_reason_id = str(self.loss_reason_id)
        else:
            loss_reason_id = self.loss_reason_id

        loss_reason: dict[str, Any] | None
        if isinstance(self.loss_reason, Ref):
            loss_reason = self.loss_reason.to_dict()
        else:
            loss_reason = self.loss_reason

        lost_to_competitor_id: None | str
        if isinstance(self.lost_to_competitor_id, UUID):
            lost_to_competitor_id = str(self.lost_to_competitor_id)
        else:
            lost_to_competitor_id = self.lost_to_competitor_id

        lost_to_competitor: dict[str, Any] | None
        if isinstance(self.lost_to_competitor, Ref):
            lost_to_competitor = self.lost_to_competitor.to_dict()
        else:
            lost_to_competitor = self.lost_to_competitor

        close_note: None | str
        close_note = self.close_note

        weighted_amount = self.weighted_amount

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

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        margin: None | str | Unset
        if isinstance(self.margin, Unset):
            margin = UNSET
        else:
            margin = self.margin

        cost_known: bool | None | Unset
        if isinstance(self.cost_known, Unset):
            cost_known = UNSET
        else:
            cost_known = self.cost_known

        margin_percent: None | str | Unset
        if isinstance(self.margin_percent, Unset):
            margin_percent = UNSET
        else:
            margin_percent = self.margin_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "type": type_,
                "customer_id": customer_id,
                "customer": customer,
                "contacts": contacts,
                "owner_id": owner_id,
                "owner": owner,
                "source": source,
                "pipeline_id": pipeline_id,
                "pipeline": pipeline,
                "stage_id": stage_id,
                "stage": stage,
                "stage_entered_at": stage_entered_at,
                "probability": probability,
                "forecast_category": forecast_category,
                "expected_close_date": expected_close_date,
                "next_step": next_step,
                "description": description,
                "currency": currency,
                "amount": amount,
                "line_item_count": line_item_count,
                "status": status,
                "closed_on": closed_on,
                "closed_at": closed_at,
                "loss_reason_id": loss_reason_id,
                "loss_reason": loss_reason,
                "lost_to_competitor_id": lost_to_competitor_id,
                "lost_to_competitor": lost_to_competitor,
                "close_note": close_note,
                "weighted_amount": weighted_amount,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if customer_details is not UNSET:
            field_dict["customer_details"] = customer_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if margin is not UNSET:
            field_dict["margin"] = margin
        if cost_known is not UNSET:
            field_dict["cost_known"] = cost_known
        if margin_percent is not UNSET:
            field_dict["margin_percent"] = margin_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_out import ContactRoleOut  # noqa: PLC0415
        from ..models.customer_card import CustomerCard  # noqa: PLC0415
        from ..models.opportunity_out_custom_fields import OpportunityOutCustomFields  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        name = d.pop("name")

        type_ = OpportunityType(d.pop("type"))

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

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactRoleOut.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_source(data: object) -> None | Source:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = Source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Source, data)

        source = _parse_source(d.pop("source"))

        pipeline_id = UUID(d.pop("pipeline_id"))

        def _parse_pipeline(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pipeline_type_0 = Ref.from_dict(data)

                return pipeline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        pipeline = _parse_pipeline(d.pop("pipeline"))

        stage_id = UUID(d.pop("stage_id"))

        def _parse_stage(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stage_type_0 = Ref.from_dict(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        stage = _parse_stage(d.pop("stage"))

        stage_entered_at = datetime.datetime.fromisoformat(d.pop("stage_entered_at"))

        probability = d.pop("probability")

        forecast_category = ForecastCategory(d.pop("forecast_category"))

        expected_close_date = datetime.date.fromisoformat(d.pop("expected_close_date"))

        def _parse_next_step(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_step = _parse_next_step(d.pop("next_step"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        currency = d.pop("currency")

        amount = d.pop("amount")

        line_item_count = d.pop("line_item_count")

        status = OpportunityStatus(d.pop("status"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        def _parse_loss_reason_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                loss_reason_id_type_0 = UUID(data)

                return loss_reason_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        loss_reason_id = _parse_loss_reason_id(d.pop("loss_reason_id"))

        def _parse_loss_reason(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loss_reason_type_0 = Ref.from_dict(data)

                return loss_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        loss_reason = _parse_loss_reason(d.pop("loss_reason"))

        def _parse_lost_to_competitor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lost_to_competitor_id_type_0 = UUID(data)

                return lost_to_competitor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        lost_to_competitor_id = _parse_lost_to_competitor_id(d.pop("lost_to_competitor_id"))

        def _parse_lost_to_competitor(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lost_to_competitor_type_0 = Ref.from_dict(data)

                return lost_to_competitor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        lost_to_competitor = _parse_lost_to_competitor(d.pop("lost_to_competitor"))

        def _parse_close_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        close_note = _parse_close_note(d.pop("close_note"))

        weighted_amount = d.pop("weighted_amount")

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: OpportunityOutCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = OpportunityOutCustomFields.from_dict(_custom_fields)

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

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin = _parse_margin(d.pop("margin", UNSET))

        def _parse_cost_known(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cost_known = _parse_cost_known(d.pop("cost_known", UNSET))

        def _parse_margin_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin_percent = _parse_margin_percent(d.pop("margin_percent", UNSET))

        opportunity_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            type_=type_,
            customer_id=customer_id,
            customer=customer,
            contacts=contacts,
            owner_id=owner_id,
            owner=owner,
            source=source,
            pipeline_id=pipeline_id,
            pipeline=pipeline,
            stage_id=stage_id,
            stage=stage,
            stage_entered_at=stage_entered_at,
            probability=probability,
            forecast_category=forecast_category,
            expected_close_date=expected_close_date,
            next_step=next_step,
            description=description,
            currency=currency,
            amount=amount,
            line_item_count=line_item_count,
            status=status,
            closed_on=closed_on,
            closed_at=closed_at,
            loss_reason_id=loss_reason_id,
            loss_reason=loss_reason,
            lost_to_competitor_id=lost_to_competitor_id,
            lost_to_competitor=lost_to_competitor,
            close_note=close_note,
            weighted_amount=weighted_amount,
            custom_fields=custom_fields,
            customer_details=customer_details,
            cost=cost,
            margin=margin,
            cost_known=cost_known,
            margin_percent=margin_percent,
        )

        opportunity_out.additional_properties = d
        return opportunity_out

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
