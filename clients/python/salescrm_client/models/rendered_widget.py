from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rendered_widget_statistic import RenderedWidgetStatistic

if TYPE_CHECKING:
    from ..models.abc_report import AbcReport
    from ..models.activities_report import ActivitiesReport
    from ..models.approvals_report import ApprovalsReport
    from ..models.attendance_report import AttendanceReport
    from ..models.churn_risk_report import ChurnRiskReport
    from ..models.contracts_report import ContractsReport
    from ..models.deal_size_report import DealSizeReport
    from ..models.follow_up_gaps_report import FollowUpGapsReport
    from ..models.forecast_report import ForecastReport
    from ..models.funnel_report import FunnelReport
    from ..models.journals_report import JournalsReport
    from ..models.lifecycle_report import LifecycleReport
    from ..models.loyalty_report import LoyaltyReport
    from ..models.new_customers_report import NewCustomersReport
    from ..models.payments_report import PaymentsReport
    from ..models.pool_flows_report import PoolFlowsReport
    from ..models.receivables_report import ReceivablesReport
    from ..models.rendered_widget_filters import RenderedWidgetFilters
    from ..models.rfm_report import RfmReport
    from ..models.sales_cycle_report import SalesCycleReport
    from ..models.sales_report import SalesReport
    from ..models.targets_report import TargetsReport
    from ..models.value_report import ValueReport
    from ..models.velocity_report import VelocityReport
    from ..models.visits_report import VisitsReport
    from ..models.widget_error import WidgetError
    from ..models.widget_position import WidgetPosition
    from ..models.win_rate_report import WinRateReport


T = TypeVar("T", bound="RenderedWidget")


@_attrs_define
class RenderedWidget:
    """
    Attributes:
        key (str): Unique within the dashboard.
        title (str): The widget's title, else its statistic's.
        statistic (RenderedWidgetStatistic): The statistic's name (`/api/v1/analytics/<name>`).
        filters (RenderedWidgetFilters): The statistic's parameters as saved (normalised: defaults left out).
        position (WidgetPosition):
        result (AbcReport | ActivitiesReport | ApprovalsReport | AttendanceReport | ChurnRiskReport | ContractsReport |
            DealSizeReport | FollowUpGapsReport | ForecastReport | FunnelReport | JournalsReport | LifecycleReport |
            LoyaltyReport | NewCustomersReport | None | PaymentsReport | PoolFlowsReport | ReceivablesReport | RfmReport |
            SalesCycleReport | SalesReport | TargetsReport | ValueReport | VelocityReport | VisitsReport | WinRateReport):
            The statistic's report for the caller (null when `error` says why not), told apart by its `statistic` field.
        error (None | WidgetError): Why there is no result: the problem the statistic answered.
    """

    key: str
    title: str
    statistic: RenderedWidgetStatistic
    filters: RenderedWidgetFilters
    position: WidgetPosition
    result: (
        AbcReport
        | ActivitiesReport
        | ApprovalsReport
        | AttendanceReport
        | ChurnRiskReport
        | ContractsReport
        | DealSizeReport
        | FollowUpGapsReport
        | ForecastReport
        | FunnelReport
        | JournalsReport
        | LifecycleReport
        | LoyaltyReport
        | NewCustomersReport
        | None
        | PaymentsReport
        | PoolFlowsReport
        | ReceivablesReport
        | RfmReport
        | SalesCycleReport
        | SalesReport
        | TargetsReport
        | ValueReport
        | VelocityReport
        | VisitsReport
        | WinRateReport
    )
    error: None | WidgetError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.abc_report import AbcReport  # noqa: PLC0415
        from ..models.activities_report import ActivitiesReport  # noqa: PLC0415
        from ..models.approvals_report import ApprovalsReport  # noqa: PLC0415
        from ..models.attendance_report import AttendanceReport  # noqa: PLC0415
        from ..models.churn_risk_report import ChurnRiskReport  # noqa: PLC0415
        from ..models.contracts_report import ContractsReport  # noqa: PLC0415
        from ..models.deal_size_report import DealSizeReport  # noqa: PLC0415
        from ..models.follow_up_gaps_report import FollowUpGapsReport  # noqa: PLC0415
        from ..models.forecast_report import ForecastReport  # noqa: PLC0415
        from ..models.funnel_report import FunnelReport  # noqa: PLC0415
        from ..models.journals_report import JournalsReport  # noqa: PLC0415
        from ..models.lifecycle_report import LifecycleReport  # noqa: PLC0415
        from ..models.loyalty_report import LoyaltyReport  # noqa: PLC0415
        from ..models.new_customers_report import NewCustomersReport  # noqa: PLC0415
        from ..models.payments_report import PaymentsReport  # noqa: PLC0415
        from ..models.pool_flows_report import PoolFlowsReport  # noqa: PLC0415
        from ..models.receivables_report import ReceivablesReport  # noqa: PLC0415
        from ..models.rfm_report import RfmReport  # noqa: PLC0415
        from ..models.sales_cycle_report import SalesCycleReport  # noqa: PLC0415
        from ..models.sales_report import SalesReport  # noqa: PLC0415
        from ..models.targets_report import TargetsReport  # noqa: PLC0415
        from ..models.value_report import ValueReport  # noqa: PLC0415
        from ..models.velocity_report import VelocityReport  # noqa: PLC0415
        from ..models.visits_report import VisitsReport  # noqa: PLC0415
        from ..models.widget_error import WidgetError  # noqa: PLC0415
        from ..models.win_rate_report import WinRateReport  # noqa: PLC0415

        key = self.key

        title = self.title

        statistic = self.statistic.value

        filters = self.filters.to_dict()

        position = self.position.to_dict()

        result: dict[str, Any] | None
        if isinstance(self.result, AbcReport):
            result = self.result.to_dict()
        elif isinstance(self.result, ActivitiesReport):
            result = self.result.to_dict()
        elif isinstance(self.result, ApprovalsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, AttendanceReport):
            result = self.result.to_dict()
        elif isinstance(self.result, ChurnRiskReport):
            result = self.result.to_dict()
        elif isinstance(self.result, ContractsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, ValueReport):
            result = self.result.to_dict()
        elif isinstance(self.result, DealSizeReport):
            result = self.result.to_dict()
        elif isinstance(self.result, FollowUpGapsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, ForecastReport):
            result = self.result.to_dict()
        elif isinstance(self.result, FunnelReport):
            result = self.result.to_dict()
        elif isinstance(self.result, JournalsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, LifecycleReport):
            result = self.result.to_dict()
        elif isinstance(self.result, LoyaltyReport):
            result = self.result.to_dict()
        elif isinstance(self.result, NewCustomersReport):
            result = self.result.to_dict()
        elif isinstance(self.result, PaymentsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, VelocityReport):
            result = self.result.to_dict()
        elif isinstance(self.result, PoolFlowsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, ReceivablesReport):
            result = self.result.to_dict()
        elif isinstance(self.result, RfmReport):
            result = self.result.to_dict()
        elif isinstance(self.result, SalesReport):
            result = self.result.to_dict()
        elif isinstance(self.result, SalesCycleReport):
            result = self.result.to_dict()
        elif isinstance(self.result, TargetsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, VisitsReport):
            result = self.result.to_dict()
        elif isinstance(self.result, WinRateReport):
            result = self.result.to_dict()
        else:
            result = self.result

        error: dict[str, Any] | None
        if isinstance(self.error, WidgetError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "statistic": statistic,
                "filters": filters,
                "position": position,
                "result": result,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abc_report import AbcReport  # noqa: PLC0415
        from ..models.activities_report import ActivitiesReport  # noqa: PLC0415
        from ..models.approvals_report import ApprovalsReport  # noqa: PLC0415
        from ..models.attendance_report import AttendanceReport  # noqa: PLC0415
        from ..models.churn_risk_report import ChurnRiskReport  # noqa: PLC0415
        from ..models.contracts_report import ContractsReport  # noqa: PLC0415
        from ..models.deal_size_report import DealSizeReport  # noqa: PLC0415
        from ..models.follow_up_gaps_report import FollowUpGapsReport  # noqa: PLC0415
        from ..models.forecast_report import ForecastReport  # noqa: PLC0415
        from ..models.funnel_report import FunnelReport  # noqa: PLC0415
        from ..models.journals_report import JournalsReport  # noqa: PLC0415
        from ..models.lifecycle_report import LifecycleReport  # noqa: PLC0415
        from ..models.loyalty_report import LoyaltyReport  # noqa: PLC0415
        from ..models.new_customers_report import NewCustomersReport  # noqa: PLC0415
        from ..models.payments_report import PaymentsReport  # noqa: PLC0415
        from ..models.pool_flows_report import PoolFlowsReport  # noqa: PLC0415
        from ..models.receivables_report import ReceivablesReport  # noqa: PLC0415
        from ..models.rendered_widget_filters import RenderedWidgetFilters  # noqa: PLC0415
        from ..models.rfm_report import RfmReport  # noqa: PLC0415
        from ..models.sales_cycle_report import SalesCycleReport  # noqa: PLC0415
        from ..models.sales_report import SalesReport  # noqa: PLC0415
        from ..models.targets_report import TargetsReport  # noqa: PLC0415
        from ..models.value_report import ValueReport  # noqa: PLC0415
        from ..models.velocity_report import VelocityReport  # noqa: PLC0415
        from ..models.visits_report import VisitsReport  # noqa: PLC0415
        from ..models.widget_error import WidgetError  # noqa: PLC0415
        from ..models.widget_position import WidgetPosition  # noqa: PLC0415
        from ..models.win_rate_report import WinRateReport  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        statistic = RenderedWidgetStatistic(d.pop("statistic"))

        filters = RenderedWidgetFilters.from_dict(d.pop("filters"))

        position = WidgetPosition.from_dict(d.pop("position"))

        def _parse_result(
            data: object,
        ) -> (
            AbcReport
            | ActivitiesReport
            | ApprovalsReport
            | AttendanceReport
            | ChurnRiskReport
            | ContractsReport
            | DealSizeReport
            | FollowUpGapsReport
            | ForecastReport
            | FunnelReport
            | JournalsReport
            | LifecycleReport
            | LoyaltyReport
            | NewCustomersReport
            | None
            | PaymentsReport
            | PoolFlowsReport
            | ReceivablesReport
            | RfmReport
            | SalesCycleReport
            | SalesReport
            | TargetsReport
            | ValueReport
            | VelocityReport
            | VisitsReport
            | WinRateReport
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_0 = AbcReport.from_dict(data)

                return result_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_1 = ActivitiesReport.from_dict(data)

                return result_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_2 = ApprovalsReport.from_dict(data)

                return result_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_3 = AttendanceReport.from_dict(data)

                return result_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_4 = ChurnRiskReport.from_dict(data)

                return result_type_0_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_5 = ContractsReport.from_dict(data)

                return result_type_0_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_6 = ValueReport.from_dict(data)

                return result_type_0_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_7 = DealSizeReport.from_dict(data)

                return result_type_0_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_8 = FollowUpGapsReport.from_dict(data)

                return result_type_0_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_9 = ForecastReport.from_dict(data)

                return result_type_0_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_10 = FunnelReport.from_dict(data)

                return result_type_0_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_11 = JournalsReport.from_dict(data)

                return result_type_0_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_12 = LifecycleReport.from_dict(data)

                return result_type_0_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_13 = LoyaltyReport.from_dict(data)

                return result_type_0_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_14 = NewCustomersReport.from_dict(data)

                return result_type_0_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_15 = PaymentsReport.from_dict(data)

                return result_type_0_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_16 = VelocityReport.from_dict(data)

                return result_type_0_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_17 = PoolFlowsReport.from_dict(data)

                return result_type_0_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_18 = ReceivablesReport.from_dict(data)

                return result_type_0_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_19 = RfmReport.from_dict(data)

                return result_type_0_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_20 = SalesReport.from_dict(data)

                return result_type_0_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_21 = SalesCycleReport.from_dict(data)

                return result_type_0_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_22 = TargetsReport.from_dict(data)

                return result_type_0_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_23 = VisitsReport.from_dict(data)

                return result_type_0_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_24 = WinRateReport.from_dict(data)

                return result_type_0_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbcReport
                | ActivitiesReport
                | ApprovalsReport
                | AttendanceReport
                | ChurnRiskReport
                | ContractsReport
                | DealSizeReport
                | FollowUpGapsReport
                | ForecastReport
                | FunnelReport
                | JournalsReport
                | LifecycleReport
                | LoyaltyReport
                | NewCustomersReport
                | None
                | PaymentsReport
                | PoolFlowsReport
                | ReceivablesReport
                | RfmReport
                | SalesCycleReport
                | SalesReport
                | TargetsReport
                | ValueReport
                | VelocityReport
                | VisitsReport
                | WinRateReport,
                data,
            )

        result = _parse_result(d.pop("result"))

        def _parse_error(data: object) -> None | WidgetError:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = WidgetError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WidgetError, data)

        error = _parse_error(d.pop("error"))

        rendered_widget = cls(
            key=key,
            title=title,
            statistic=statistic,
            filters=filters,
            position=position,
            result=result,
            error=error,
        )

        rendered_widget.additional_properties = d
        return rendered_widget

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
