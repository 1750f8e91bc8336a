from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_life_cycle_stage import ProductLifeCycleStage

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="StrategyProductOut")


@_attrs_define
class StrategyProductOut:
    """
    Attributes:
        product_id (None | UUID):
        product (None | Ref): The product named by the id beside it: id and name (null if none).
        product_line (None | str):
        stage (ProductLifeCycleStage):
        note (None | str):
    """

    product_id: None | UUID
    product: None | Ref
    product_line: None | str
    stage: ProductLifeCycleStage
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        product_id: None | str
        if isinstance(self.product_id, UUID):
            product_id = str(self.product_id)
        else:
            product_id = self.product_id

        product: dict[str, Any] | None
        if isinstance(self.product, Ref):
            product = self.product.to_dict()
        else:
            product = self.product

        product_line: None | str
        product_line = self.product_line

        stage = self.stage.value

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "product": product,
                "product_line": product_line,
                "stage": stage,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_product_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_id_type_0 = UUID(data)

                return product_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        product_id = _parse_product_id(d.pop("product_id"))

        def _parse_product(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = Ref.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        product = _parse_product(d.pop("product"))

        def _parse_product_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_line = _parse_product_line(d.pop("product_line"))

        stage = ProductLifeCycleStage(d.pop("stage"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        strategy_product_out = cls(
            product_id=product_id,
            product=product,
            product_line=product_line,
            stage=stage,
            note=note,
        )

        strategy_product_out.additional_properties = d
        return strategy_product_out

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
