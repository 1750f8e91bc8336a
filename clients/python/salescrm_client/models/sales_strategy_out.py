from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.strategy_product_out import StrategyProductOut


T = TypeVar("T", bound="SalesStrategyOut")


@_attrs_define
class SalesStrategyOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        period_start (datetime.date):
        period_end (datetime.date):
        target_markets (list[str]):
        segments (list[str]):
        products (list[StrategyProductOut]):
        competitive_situation (None | str):
        resources (None | str):
        description (None | str):
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    period_start: datetime.date
    period_end: datetime.date
    target_markets: list[str]
    segments: list[str]
    products: list[StrategyProductOut]
    competitive_situation: None | str
    resources: None | str
    description: None | str
    owner_id: None | UUID
    owner: None | Ref
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        target_markets = self.target_markets

        segments = self.segments

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        competitive_situation: None | str
        competitive_situation = self.competitive_situation

        resources: None | str
        resources = self.resources

        description: None | str
        description = self.description

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "period_start": period_start,
                "period_end": period_end,
                "target_markets": target_markets,
                "segments": segments,
                "products": products,
                "competitive_situation": competitive_situation,
                "resources": resources,
                "description": description,
                "owner_id": owner_id,
                "owner": owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415
        from ..models.strategy_product_out import StrategyProductOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        name = d.pop("name")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        target_markets = cast(list[str], d.pop("target_markets"))

        segments = cast(list[str], d.pop("segments"))

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = StrategyProductOut.from_dict(products_item_data)

            products.append(products_item)

        def _parse_competitive_situation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        competitive_situation = _parse_competitive_situation(d.pop("competitive_situation"))

        def _parse_resources(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resources = _parse_resources(d.pop("resources"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

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

        sales_strategy_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            period_start=period_start,
            period_end=period_end,
            target_markets=target_markets,
            segments=segments,
            products=products,
            competitive_situation=competitive_situation,
            resources=resources,
            description=description,
            owner_id=owner_id,
            owner=owner,
        )

        sales_strategy_out.additional_properties = d
        return sales_strategy_out

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
