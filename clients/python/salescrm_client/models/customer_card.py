from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_kind import CustomerKind
from ..models.customer_status import CustomerStatus
from ..models.stage import Stage

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="CustomerCard")


@_attrs_define
class CustomerCard:
    """A customer as embedded beside a record that names it (``expand=customer``): what a list
    row needs to show whose it is and how it stands, without the contact details.

        Attributes:
            id (UUID):
            name (str):
            kind (CustomerKind):
            tier (None | str):
            industry (None | str):
            province (None | str):
            city (None | str):
            stage (Stage): The life cycle: prospect → new → active → loyal, or at risk → churned (and back).
            status (CustomerStatus):
            key_account (bool):
            owner_id (None | UUID): None: the customer is in the public pool.
            owner (None | Ref): The employee named by the id beside it: id and name (null if none).
            last_follow_up_at (datetime.datetime | None):
    """

    id: UUID
    name: str
    kind: CustomerKind
    tier: None | str
    industry: None | str
    province: None | str
    city: None | str
    stage: Stage
    status: CustomerStatus
    key_account: bool
    owner_id: None | UUID
    owner: None | Ref
    last_follow_up_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        kind = self.kind.value

        tier: None | str
        tier = self.tier

        industry: None | str
        industry = self.industry

        province: None | str
        province = self.province

        city: None | str
        city = self.city

        stage = self.stage.value

        status = self.status.value

        key_account = self.key_account

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

        last_follow_up_at: None | str
        if isinstance(self.last_follow_up_at, datetime.datetime):
            last_follow_up_at = self.last_follow_up_at.isoformat()
        else:
            last_follow_up_at = self.last_follow_up_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "tier": tier,
                "industry": industry,
                "province": province,
                "city": city,
                "stage": stage,
                "status": status,
                "key_account": key_account,
                "owner_id": owner_id,
                "owner": owner,
                "last_follow_up_at": last_follow_up_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        kind = CustomerKind(d.pop("kind"))

        def _parse_tier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tier = _parse_tier(d.pop("tier"))

        def _parse_industry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry = _parse_industry(d.pop("industry"))

        def _parse_province(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        province = _parse_province(d.pop("province"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        stage = Stage(d.pop("stage"))

        status = CustomerStatus(d.pop("status"))

        key_account = d.pop("key_account")

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

        def _parse_last_follow_up_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_follow_up_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_follow_up_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_follow_up_at = _parse_last_follow_up_at(d.pop("last_follow_up_at"))

        customer_card = cls(
            id=id,
            name=name,
            kind=kind,
            tier=tier,
            industry=industry,
            province=province,
            city=city,
            stage=stage,
            status=status,
            key_account=key_account,
            owner_id=owner_id,
            owner=owner,
            last_follow_up_at=last_follow_up_at,
        )

        customer_card.additional_properties = d
        return customer_card

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
