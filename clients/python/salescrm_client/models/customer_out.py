from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_size import CompanySize
from ..models.coord_system import CoordSystem
from ..models.customer_kind import CustomerKind
from ..models.customer_status import CustomerStatus
from ..models.source import Source
from ..models.stage import Stage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_out_custom_fields import CustomerOutCustomFields
    from ..models.ref import Ref


T = TypeVar("T", bound="CustomerOut")


@_attrs_define
class CustomerOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        kind (CustomerKind):
        name (str):
        short_name (None | str):
        credit_code (None | str):
        industry (None | str):
        size (CompanySize | None):
        source (None | Source):
        channel (None | str):
        region (None | str):
        territory_text (None | str): The free-text sales area (片区) as written before territories were records; kept as
            written. The territory itself is `territory_id`.
        territory_id (None | UUID): Its sales territory.
        territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        province (None | str):
        city (None | str):
        district (None | str):
        address (None | str):
        latitude (float | None): In the system `coord_system` names (WGS-84 unless asked otherwise).
        longitude (float | None): In the system `coord_system` names (WGS-84 unless asked otherwise).
        phones (list[str]):
        email (None | str):
        website (None | str):
        tier (None | str):
        stage (Stage): The life cycle: prospect → new → active → loyal, or at risk → churned (and back).
        stage_changed_at (datetime.datetime):
        key_account (bool):
        key_account_since (datetime.datetime | None):
        strategic (bool):
        annual_revenue (None | str):
        tags (list[str]):
        remarks (None | str):
        status (CustomerStatus):
        owner_id (None | UUID): None: the customer is in the public pool.
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        owned_since (datetime.datetime | None):
        last_follow_up_at (datetime.datetime | None):
        anonymised_at (datetime.datetime | None): When its personal information was anonymised on request (PIPL), or
            null. Its personal fields then hold a placeholder name and nothing else, and refuse other values (409
            `anonymised`).
        pool_id (None | UUID): Its public pool (null: the default pool): where it is while it has no owner; owned, the
            pool whose rules apply and to which it returns.
        pool (None | Ref): The customer pool named by the id beside it: id and name (null if none).
        released_at (datetime.datetime | None): When it was last released or returned to a pool.
        coord_system (CoordSystem): The datum a coordinate is in.
        custom_fields (CustomerOutCustomFields | Unset): Custom field values by key. Values of archived fields are still
            shown; a field with no value is absent.
        contacts_masked (bool | Unset): True when read from a pool that masks contact details until a claim: phones,
            e-mail and street address are then shown partly (138****5678). Default: False.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    kind: CustomerKind
    name: str
    short_name: None | str
    credit_code: None | str
    industry: None | str
    size: CompanySize | None
    source: None | Source
    channel: None | str
    region: None | str
    territory_text: None | str
    territory_id: None | UUID
    territory: None | Ref
    province: None | str
    city: None | str
    district: None | str
    address: None | str
    latitude: float | None
    longitude: float | None
    phones: list[str]
    email: None | str
    website: None | str
    tier: None | str
    stage: Stage
    stage_changed_at: datetime.datetime
    key_account: bool
    key_account_since: datetime.datetime | None
    strategic: bool
    annual_revenue: None | str
    tags: list[str]
    remarks: None | str
    status: CustomerStatus
    owner_id: None | UUID
    owner: None | Ref
    owned_since: datetime.datetime | None
    last_follow_up_at: datetime.datetime | None
    anonymised_at: datetime.datetime | None
    pool_id: None | UUID
    pool: None | Ref
    released_at: datetime.datetime | None
    coord_system: CoordSystem
    custom_fields: CustomerOutCustomFields | Unset = UNSET
    contacts_masked: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        kind = self.kind.value

        name = self.name

        short_name: None | str
        short_name = self.short_name

        credit_code: None | str
        credit_code = self.credit_code

        industry: None | str
        industry = self.industry

        size: None | str
        if isinstance(self.size, CompanySize):
            size = self.size.value
        else:
            size = self.size

        source: None | str
        if isinstance(self.source, Source):
            source = self.source.value
        else:
            source = self.source

        channel: None | str
        channel = self.channel

        region: None | str
        region = self.region

        territory_text: None | str
        territory_text = self.territory_text

        territory_id: None | str
        if isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        territory: dict[str, Any] | None
        if isinstance(self.territory, Ref):
            territory = self.territory.to_dict()
        else:
            territory = self.territory

        province: None | str
        province = self.province

        city: None | str
        city = self.city

        district: None | str
        district = self.district

        address: None | str
        address = self.address

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        phones = self.phones

        email: None | str
        email = self.email

        website: None | str
        website = self.website

        tier: None | str
        tier = self.tier

        stage = self.stage.value

        stage_changed_at = self.stage_changed_at.isoformat()

        key_account = self.key_account

        key_account_since: None | str
        if isinstance(self.key_account_since, datetime.datetime):
            key_account_since = self.key_account_since.isoformat()
        else:
            key_account_since = self.key_account_since

        strategic = self.strategic

        annual_revenue: None | str
        annual_revenue = self.annual_revenue

        tags = self.tags

        remarks: None | str
        remarks = self.remarks

        status = self.status.value

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

        owned_since: None | str
        if isinstance(self.owned_since, datetime.datetime):
            owned_since = self.owned_since.isoformat()
        else:
            owned_since = self.owned_since

        last_follow_up_at: None | str
        if isinstance(self.last_follow_up_at, datetime.datetime):
            last_follow_up_at = self.last_follow_up_at.isoformat()
        else:
            last_follow_up_at = self.last_follow_up_at

        anonymised_at: None | str
        if isinstance(self.anonymised_at, datetime.datetime):
            anonymised_at = self.anonymised_at.isoformat()
        else:
            anonymised_at = self.anonymised_at

        pool_id: None | str
        if isinstance(self.pool_id, UUID):
            pool_id = str(self.pool_id)
        else:
            pool_id = self.pool_id

        pool: dict[str, Any] | None
        if isinstance(self.pool, Ref):
            pool = self.pool.to_dict()
        else:
            pool = self.pool

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        coord_system = self.coord_system.value

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        contacts_masked = self.contacts_masked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "kind": kind,
                "name": name,
                "short_name": short_name,
                "credit_code": credit_code,
                "industry": industry,
                "size": size,
                "source": source,
                "channel": channel,
                "region": region,
                "territory_text": territory_text,
                "territory_id": territory_id,
                "territory": territory,
                "province": province,
                "city": city,
                "district": district,
                "address": address,
                "latitude": latitude,
                "longitude": longitude,
                "phones": phones,
                "email": email,
                "website": website,
                "tier": tier,
                "stage": stage,
                "stage_changed_at": stage_changed_at,
                "key_account": key_account,
                "key_account_since": key_account_since,
                "strategic": strategic,
                "annual_revenue": annual_revenue,
                "tags": tags,
                "remarks": remarks,
                "status": status,
                "owner_id": owner_id,
                "owner": owner,
                "owned_since": owned_since,
                "last_follow_up_at": last_follow_up_at,
                "anonymised_at": anonymised_at,
                "pool_id": pool_id,
                "pool": pool,
                "released_at": released_at,
                "coord_system": coord_system,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if contacts_masked is not UNSET:
            field_dict["contacts_masked"] = contacts_masked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_out_custom_fields import CustomerOutCustomFields  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        kind = CustomerKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_short_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_name = _parse_short_name(d.pop("short_name"))

        def _parse_credit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        credit_code = _parse_credit_code(d.pop("credit_code"))

        def _parse_industry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry = _parse_industry(d.pop("industry"))

        def _parse_size(data: object) -> CompanySize | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = CompanySize(data)

                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanySize | None, data)

        size = _parse_size(d.pop("size"))

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

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        def _parse_territory_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        territory_text = _parse_territory_text(d.pop("territory_text"))

        def _parse_territory_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                territory_id_type_0 = UUID(data)

                return territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        territory_id = _parse_territory_id(d.pop("territory_id"))

        def _parse_territory(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                territory_type_0 = Ref.from_dict(data)

                return territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        territory = _parse_territory(d.pop("territory"))

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

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        phones = cast(list[str], d.pop("phones"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_tier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tier = _parse_tier(d.pop("tier"))

        stage = Stage(d.pop("stage"))

        stage_changed_at = datetime.datetime.fromisoformat(d.pop("stage_changed_at"))

        key_account = d.pop("key_account")

        def _parse_key_account_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                key_account_since_type_0 = datetime.datetime.fromisoformat(data)

                return key_account_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        key_account_since = _parse_key_account_since(d.pop("key_account_since"))

        strategic = d.pop("strategic")

        def _parse_annual_revenue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        annual_revenue = _parse_annual_revenue(d.pop("annual_revenue"))

        tags = cast(list[str], d.pop("tags"))

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remarks = _parse_remarks(d.pop("remarks"))

        status = CustomerStatus(d.pop("status"))

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

        def _parse_owned_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owned_since_type_0 = datetime.datetime.fromisoformat(data)

                return owned_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        owned_since = _parse_owned_since(d.pop("owned_since"))

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

        def _parse_anonymised_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anonymised_at_type_0 = datetime.datetime.fromisoformat(data)

                return anonymised_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        anonymised_at = _parse_anonymised_at(d.pop("anonymised_at"))

        def _parse_pool_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pool_id_type_0 = UUID(data)

                return pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        pool_id = _parse_pool_id(d.pop("pool_id"))

        def _parse_pool(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pool_type_0 = Ref.from_dict(data)

                return pool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        pool = _parse_pool(d.pop("pool"))

        def _parse_released_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        released_at = _parse_released_at(d.pop("released_at"))

        coord_system = CoordSystem(d.pop("coord_system"))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CustomerOutCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomerOutCustomFields.from_dict(_custom_fields)

        contacts_masked = d.pop("contacts_masked", UNSET)

        customer_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            kind=kind,
            name=name,
            short_name=short_name,
            credit_code=credit_code,
            industry=industry,
            size=size,
            source=source,
            channel=channel,
            region=region,
            territory_text=territory_text,
            territory_id=territory_id,
            territory=territory,
            province=province,
            city=city,
            district=district,
            address=address,
            latitude=latitude,
            longitude=longitude,
            phones=phones,
            email=email,
            website=website,
            tier=tier,
            stage=stage,
            stage_changed_at=stage_changed_at,
            key_account=key_account,
            key_account_since=key_account_since,
            strategic=strategic,
            annual_revenue=annual_revenue,
            tags=tags,
            remarks=remarks,
            status=status,
            owner_id=owner_id,
            owner=owner,
            owned_since=owned_since,
            last_follow_up_at=last_follow_up_at,
            anonymised_at=anonymised_at,
            pool_id=pool_id,
            pool=pool,
            released_at=released_at,
            coord_system=coord_system,
            custom_fields=custom_fields,
            contacts_masked=contacts_masked,
        )

        customer_out.additional_properties = d
        return customer_out

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
