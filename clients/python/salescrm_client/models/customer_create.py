from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.company_size import CompanySize
from ..models.coord_system import CoordSystem
from ..models.customer_kind import CustomerKind
from ..models.customer_status import CustomerStatus
from ..models.source import Source
from ..models.stage import Stage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_create_custom_fields_type_0 import CustomerCreateCustomFieldsType0


T = TypeVar("T", bound="CustomerCreate")


@_attrs_define
class CustomerCreate:
    """
    Attributes:
        name (str):
        custom_fields (CustomerCreateCustomFieldsType0 | None | Unset):
        short_name (None | str | Unset):
        credit_code (None | str | Unset):
        industry (None | str | Unset):
        size (CompanySize | None | Unset):
        source (None | Source | Unset):
        channel (None | str | Unset):
        region (None | str | Unset):
        territory_text (None | str | Unset): The free-text sales area (片区) as written before territories were records;
            kept as written. The territory itself is `territory_id`.
        territory_id (None | Unset | UUID): Its sales territory (`/api/v1/territories`); 422 when no such territory
            exists. Not given: the first matching active territory rule places it, if any matches.
        province (None | str | Unset):
        city (None | str | Unset):
        district (None | str | Unset):
        address (None | str | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        email (None | str | Unset):
        website (None | str | Unset):
        tier (None | str | Unset):
        strategic (bool | None | Unset):
        annual_revenue (float | None | str | Unset):
        remarks (None | str | Unset):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        allow_duplicate (bool | Unset): Save even though duplicate detection matched (needs customer:force_duplicate);
            not stored. Default: False.
        kind (CustomerKind | Unset):
        phones (list[str] | Unset): Up to five numbers, normalised to E.164 (region CN).
        tags (list[str] | Unset):
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk → churned (and back).
        status (CustomerStatus | Unset):
        owner_id (None | Unset | UUID): Defaults to the caller; someone else (or none: the pool) needs customer:assign.
        pool_id (None | Unset | UUID): Its public pool (null: the default pool); setting it needs customer:assign. 422
            when no such pool exists.
    """

    name: str
    custom_fields: CustomerCreateCustomFieldsType0 | None | Unset = UNSET
    short_name: None | str | Unset = UNSET
    credit_code: None | str | Unset = UNSET
    industry: None | str | Unset = UNSET
    size: CompanySize | None | Unset = UNSET
    source: None | Source | Unset = UNSET
    channel: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    territory_text: None | str | Unset = UNSET
    territory_id: None | Unset | UUID = UNSET
    province: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    coord_system: CoordSystem | Unset = UNSET
    email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    tier: None | str | Unset = UNSET
    strategic: bool | None | Unset = UNSET
    annual_revenue: float | None | str | Unset = UNSET
    remarks: None | str | Unset = UNSET
    id: None | Unset | UUID = UNSET
    allow_duplicate: bool | Unset = False
    kind: CustomerKind | Unset = UNSET
    phones: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    stage: Stage | Unset = UNSET
    status: CustomerStatus | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    pool_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_create_custom_fields_type_0 import CustomerCreateCustomFieldsType0  # noqa: PLC0415

        name = self.name

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomerCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        credit_code: None | str | Unset
        if isinstance(self.credit_code, Unset):
            credit_code = UNSET
        else:
            credit_code = self.credit_code

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, CompanySize):
            size = self.size.value
        else:
            size = self.size

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, Source):
            source = self.source.value
        else:
            source = self.source

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        territory_text: None | str | Unset
        if isinstance(self.territory_text, Unset):
            territory_text = UNSET
        else:
            territory_text = self.territory_text

        territory_id: None | str | Unset
        if isinstance(self.territory_id, Unset):
            territory_id = UNSET
        elif isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        coord_system: str | Unset = UNSET
        if not isinstance(self.coord_system, Unset):
            coord_system = self.coord_system.value

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        strategic: bool | None | Unset
        if isinstance(self.strategic, Unset):
            strategic = UNSET
        else:
            strategic = self.strategic

        annual_revenue: float | None | str | Unset
        if isinstance(self.annual_revenue, Unset):
            annual_revenue = UNSET
        else:
            annual_revenue = self.annual_revenue

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        allow_duplicate = self.allow_duplicate

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        pool_id: None | str | Unset
        if isinstance(self.pool_id, Unset):
            pool_id = UNSET
        elif isinstance(self.pool_id, UUID):
            pool_id = str(self.pool_id)
        else:
            pool_id = self.pool_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if credit_code is not UNSET:
            field_dict["credit_code"] = credit_code
        if industry is not UNSET:
            field_dict["industry"] = industry
        if size is not UNSET:
            field_dict["size"] = size
        if source is not UNSET:
            field_dict["source"] = source
        if channel is not UNSET:
            field_dict["channel"] = channel
        if region is not UNSET:
            field_dict["region"] = region
        if territory_text is not UNSET:
            field_dict["territory_text"] = territory_text
        if territory_id is not UNSET:
            field_dict["territory_id"] = territory_id
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if address is not UNSET:
            field_dict["address"] = address
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if coord_system is not UNSET:
            field_dict["coord_system"] = coord_system
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website
        if tier is not UNSET:
            field_dict["tier"] = tier
        if strategic is not UNSET:
            field_dict["strategic"] = strategic
        if annual_revenue is not UNSET:
            field_dict["annual_revenue"] = annual_revenue
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if id is not UNSET:
            field_dict["id"] = id
        if allow_duplicate is not UNSET:
            field_dict["allow_duplicate"] = allow_duplicate
        if kind is not UNSET:
            field_dict["kind"] = kind
        if phones is not UNSET:
            field_dict["phones"] = phones
        if tags is not UNSET:
            field_dict["tags"] = tags
        if stage is not UNSET:
            field_dict["stage"] = stage
        if status is not UNSET:
            field_dict["status"] = status
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_create_custom_fields_type_0 import CustomerCreateCustomFieldsType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_custom_fields(data: object) -> CustomerCreateCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CustomerCreateCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerCreateCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        def _parse_credit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_code = _parse_credit_code(d.pop("credit_code", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        def _parse_size(data: object) -> CompanySize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = CompanySize(data)

                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanySize | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

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

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_territory_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        territory_text = _parse_territory_text(d.pop("territory_text", UNSET))

        def _parse_territory_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                territory_id_type_0 = UUID(data)

                return territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        territory_id = _parse_territory_id(d.pop("territory_id", UNSET))

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        _coord_system = d.pop("coord_system", UNSET)
        coord_system: CoordSystem | Unset
        if isinstance(_coord_system, Unset):
            coord_system = UNSET
        else:
            coord_system = CoordSystem(_coord_system)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_strategic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strategic = _parse_strategic(d.pop("strategic", UNSET))

        def _parse_annual_revenue(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        annual_revenue = _parse_annual_revenue(d.pop("annual_revenue", UNSET))

        def _parse_remarks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remarks = _parse_remarks(d.pop("remarks", UNSET))

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

        allow_duplicate = d.pop("allow_duplicate", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: CustomerKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = CustomerKind(_kind)

        phones = cast(list[str], d.pop("phones", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _stage = d.pop("stage", UNSET)
        stage: Stage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = Stage(_stage)

        _status = d.pop("status", UNSET)
        status: CustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerStatus(_status)

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

        def _parse_pool_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pool_id_type_0 = UUID(data)

                return pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        pool_id = _parse_pool_id(d.pop("pool_id", UNSET))

        customer_create = cls(
            name=name,
            custom_fields=custom_fields,
            short_name=short_name,
            credit_code=credit_code,
            industry=industry,
            size=size,
            source=source,
            channel=channel,
            region=region,
            territory_text=territory_text,
            territory_id=territory_id,
            province=province,
            city=city,
            district=district,
            address=address,
            latitude=latitude,
            longitude=longitude,
            coord_system=coord_system,
            email=email,
            website=website,
            tier=tier,
            strategic=strategic,
            annual_revenue=annual_revenue,
            remarks=remarks,
            id=id,
            allow_duplicate=allow_duplicate,
            kind=kind,
            phones=phones,
            tags=tags,
            stage=stage,
            status=status,
            owner_id=owner_id,
            pool_id=pool_id,
        )

        return customer_create
