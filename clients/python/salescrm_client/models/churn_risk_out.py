from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel

if TYPE_CHECKING:
    from ..models.churn_reason_out import ChurnReasonOut
    from ..models.ref import Ref


T = TypeVar("T", bound="ChurnRiskOut")


@_attrs_define
class ChurnRiskOut:
    """
    Attributes:
        customer_id (UUID): The customer
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        owner_id (None | UUID): The customer's owner
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        score (int): 0 to 100: the sum of the reasons' weights, at most 100
        level (RiskLevel):
        reasons (list[ChurnReasonOut]): Why, the heaviest first
        computed_at (datetime.datetime): When the score was computed
    """

    customer_id: UUID
    customer: None | Ref
    owner_id: None | UUID
    owner: None | Ref
    score: int
    level: RiskLevel
    reasons: list[ChurnReasonOut]
    computed_at: datetime.datetime
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

        score = self.score

        level = self.level.value

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        computed_at = self.computed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "customer": customer,
                "owner_id": owner_id,
                "owner": owner,
                "score": score,
                "level": level,
                "reasons": reasons,
                "computed_at": computed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.churn_reason_out import ChurnReasonOut  # noqa: PLC0415
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

        score = d.pop("score")

        level = RiskLevel(d.pop("level"))

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = ChurnReasonOut.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        churn_risk_out = cls(
            customer_id=customer_id,
            customer=customer,
            owner_id=owner_id,
            owner=owner,
            score=score,
            level=level,
            reasons=reasons,
            computed_at=computed_at,
        )

        churn_risk_out.additional_properties = d
        return churn_risk_out

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
