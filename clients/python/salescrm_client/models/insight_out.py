from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.abc_class import AbcClass
from ..models.rfm_segment import RfmSegment

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="InsightOut")


@_attrs_define
class InsightOut:
    """A customer's value figures as the last recompute left them (``computed_at``).

    Attributes:
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        owner_id (None | UUID): The customer's owner now (null: in a pool)
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        tier (None | str): The customer's tier now
        computed_at (datetime.datetime): When these figures were computed
        currency (str): The currency of every amount here (others left out)
        first_purchase_on (datetime.date | None): Day the first purchase was signed
        last_purchase_on (datetime.date | None): Day the last purchase was signed
        recency_days (int | None): Days since the last purchase
        frequency (int): Purchases signed in the last 365 days
        purchases (int): Purchases ever (live, not terminated contracts)
        monetary (str): Payments received in the last 365 days
        paid_total (str): Payments received ever
        revenue_12m (str): Amount of the purchases of the last 365 days
        r_score (int | None): Recency score 1–5 (5: most recent); null: none
        f_score (int | None): Frequency score 1–5 (5: most purchases)
        m_score (int | None): Monetary score 1–5 (5: most paid)
        rfm_segment (None | RfmSegment): Segment from the R and F scores
        abc_class (AbcClass | None): Pareto class of revenue_12m; null: none
        suggested_tier (None | str): The tier code the ABC class suggests
        lifetime_value (None | str): Paid so far plus the last 365 days' payments for two more years
        repeat_purchase (bool): Two purchases or more
        tenure_days (int | None): Days since the first purchase
    """

    customer_id: UUID
    customer: None | Ref
    owner_id: None | UUID
    owner: None | Ref
    tier: None | str
    computed_at: datetime.datetime
    currency: str
    first_purchase_on: datetime.date | None
    last_purchase_on: datetime.date | None
    recency_days: int | None
    frequency: int
    purchases: int
    monetary: str
    paid_total: str
    revenue_12m: str
    r_score: int | None
    f_score: int | None
    m_score: int | None
    rfm_segment: None | RfmSegment
    abc_class: AbcClass | None
    suggested_tier: None | str
    lifetime_value: None | str
    repeat_purchase: bool
    tenure_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

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

        tier: None | str
        tier = self.tier

        computed_at = self.computed_at.isoformat()

        currency = self.currency

        first_purchase_on: None | str
        if isinstance(self.first_purchase_on, datetime.date):
            first_purchase_on = self.first_purchase_on.isoformat()
        else:
            first_purchase_on = self.first_purchase_on

        last_purchase_on: None | str
        if isinstance(self.last_purchase_on, datetime.date):
            last_purchase_on = self.last_purchase_on.isoformat()
        else:
            last_purchase_on = self.last_purchase_on

        recency_days: int | None
        recency_days = self.recency_days

        frequency = self.frequency

        purchases = self.purchases

        monetary = self.monetary

        paid_total = self.paid_total

        revenue_12m = self.revenue_12m

        r_score: int | None
        r_score = self.r_score

        f_score: int | None
        f_score = self.f_score

        m_score: int | None
        m_score = self.m_score

        rfm_segment: None | str
        if isinstance(self.rfm_segment, RfmSegment):
            rfm_segment = self.rfm_segment.value
        else:
            rfm_segment = self.rfm_segment

        abc_class: None | str
        if isinstance(self.abc_class, AbcClass):
            abc_class = self.abc_class.value
        else:
            abc_class = self.abc_class

        suggested_tier: None | str
        suggested_tier = self.suggested_tier

        lifetime_value: None | str
        lifetime_value = self.lifetime_value

        repeat_purchase = self.repeat_purchase

        tenure_days: int | None
        tenure_days = self.tenure_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "customer": customer,
                "owner_id": owner_id,
                "owner": owner,
                "tier": tier,
                "computed_at": computed_at,
                "currency": currency,
                "first_purchase_on": first_purchase_on,
                "last_purchase_on": last_purchase_on,
                "recency_days": recency_days,
                "frequency": frequency,
                "purchases": purchases,
                "monetary": monetary,
                "paid_total": paid_total,
                "revenue_12m": revenue_12m,
                "r_score": r_score,
                "f_score": f_score,
                "m_score": m_score,
                "rfm_segment": rfm_segment,
                "abc_class": abc_class,
                "suggested_tier": suggested_tier,
                "lifetime_value": lifetime_value,
                "repeat_purchase": repeat_purchase,
                "tenure_days": tenure_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_tier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tier = _parse_tier(d.pop("tier"))

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        currency = d.pop("currency")

        def _parse_first_purchase_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_purchase_on_type_0 = datetime.date.fromisoformat(data)

                return first_purchase_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        first_purchase_on = _parse_first_purchase_on(d.pop("first_purchase_on"))

        def _parse_last_purchase_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_purchase_on_type_0 = datetime.date.fromisoformat(data)

                return last_purchase_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_purchase_on = _parse_last_purchase_on(d.pop("last_purchase_on"))

        def _parse_recency_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recency_days = _parse_recency_days(d.pop("recency_days"))

        frequency = d.pop("frequency")

        purchases = d.pop("purchases")

        monetary = d.pop("monetary")

        paid_total = d.pop("paid_total")

        revenue_12m = d.pop("revenue_12m")

        def _parse_r_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        r_score = _parse_r_score(d.pop("r_score"))

        def _parse_f_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        f_score = _parse_f_score(d.pop("f_score"))

        def _parse_m_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        m_score = _parse_m_score(d.pop("m_score"))

        def _parse_rfm_segment(data: object) -> None | RfmSegment:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rfm_segment_type_0 = RfmSegment(data)

                return rfm_segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RfmSegment, data)

        rfm_segment = _parse_rfm_segment(d.pop("rfm_segment"))

        def _parse_abc_class(data: object) -> AbcClass | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                abc_class_type_0 = AbcClass(data)

                return abc_class_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbcClass | None, data)

        abc_class = _parse_abc_class(d.pop("abc_class"))

        def _parse_suggested_tier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        suggested_tier = _parse_suggested_tier(d.pop("suggested_tier"))

        def _parse_lifetime_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lifetime_value = _parse_lifetime_value(d.pop("lifetime_value"))

        repeat_purchase = d.pop("repeat_purchase")

        def _parse_tenure_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        tenure_days = _parse_tenure_days(d.pop("tenure_days"))

        insight_out = cls(
            customer_id=customer_id,
            customer=customer,
            owner_id=owner_id,
            owner=owner,
            tier=tier,
            computed_at=computed_at,
            currency=currency,
            first_purchase_on=first_purchase_on,
            last_purchase_on=last_purchase_on,
            recency_days=recency_days,
            frequency=frequency,
            purchases=purchases,
            monetary=monetary,
            paid_total=paid_total,
            revenue_12m=revenue_12m,
            r_score=r_score,
            f_score=f_score,
            m_score=m_score,
            rfm_segment=rfm_segment,
            abc_class=abc_class,
            suggested_tier=suggested_tier,
            lifetime_value=lifetime_value,
            repeat_purchase=repeat_purchase,
            tenure_days=tenure_days,
        )

        insight_out.additional_properties = d
        return insight_out

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
