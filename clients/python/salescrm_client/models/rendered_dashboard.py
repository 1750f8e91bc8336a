from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_head import DashboardHead
    from ..models.rendered_widget import RenderedWidget


T = TypeVar("T", bound="RenderedDashboard")


@_attrs_define
class RenderedDashboard:
    """
    Attributes:
        dashboard (DashboardHead): Which dashboard a render shows.
        widgets (list[RenderedWidget]): Each widget in the dashboard's order.
    """

    dashboard: DashboardHead
    widgets: list[RenderedWidget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboard = self.dashboard.to_dict()

        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dashboard": dashboard,
                "widgets": widgets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_head import DashboardHead  # noqa: PLC0415
        from ..models.rendered_widget import RenderedWidget  # noqa: PLC0415

        d = dict(src_dict)
        dashboard = DashboardHead.from_dict(d.pop("dashboard"))

        widgets = []
        _widgets = d.pop("widgets")
        for widgets_item_data in _widgets:
            widgets_item = RenderedWidget.from_dict(widgets_item_data)

            widgets.append(widgets_item)

        rendered_dashboard = cls(
            dashboard=dashboard,
            widgets=widgets,
        )

        rendered_dashboard.additional_properties = d
        return rendered_dashboard

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
