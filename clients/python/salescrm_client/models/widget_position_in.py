from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetPositionIn")


@_attrs_define
class WidgetPositionIn:
    """
    Attributes:
        x (int | Unset): Column of the left edge (0–11). Default: 0.
        y (int | Unset): Row of the top edge. Default: 0.
        w (int | Unset): Width in columns (1–12). Default: 6.
        h (int | Unset): Height in rows. Default: 4.
    """

    x: int | Unset = 0
    y: int | Unset = 0
    w: int | Unset = 6
    h: int | Unset = 4

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        w = self.w

        h = self.h

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if w is not UNSET:
            field_dict["w"] = w
        if h is not UNSET:
            field_dict["h"] = h

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        w = d.pop("w", UNSET)

        h = d.pop("h", UNSET)

        widget_position_in = cls(
            x=x,
            y=y,
            w=w,
            h=h,
        )

        return widget_position_in
