from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.product_life_cycle_stage import ProductLifeCycleStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="StrategyProduct")


@_attrs_define
class StrategyProduct:
    """A product (or a product line) the strategy counts on, and where it is in its life.

    Attributes:
        stage (ProductLifeCycleStage):
        product_id (None | Unset | UUID): A catalogue product.
        product_line (None | str | Unset):
        note (None | str | Unset):
    """

    stage: ProductLifeCycleStage
    product_id: None | Unset | UUID = UNSET
    product_line: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage.value

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UUID):
            product_id = str(self.product_id)
        else:
            product_id = self.product_id

        product_line: None | str | Unset
        if isinstance(self.product_line, Unset):
            product_line = UNSET
        else:
            product_line = self.product_line

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stage": stage,
            }
        )
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_line is not UNSET:
            field_dict["product_line"] = product_line
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage = ProductLifeCycleStage(d.pop("stage"))

        def _parse_product_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_id_type_0 = UUID(data)

                return product_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_product_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_line = _parse_product_line(d.pop("product_line", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        strategy_product = cls(
            stage=stage,
            product_id=product_id,
            product_line=product_line,
            note=note,
        )

        return strategy_product
