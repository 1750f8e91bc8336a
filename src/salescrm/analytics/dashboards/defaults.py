"""The built-in home pages: a representative's, a manager's and a director's, in code.

They are what a caller sees before anyone saved a dashboard for them or their role, so every
deployment starts with a useful home page and an upgrade improves it. A widget whose statistic
is not registered (a domain not installed, or not yet written) is left out, so the definitions
can name every statistic the issue plans; its filters are checked when it is rendered like any
saved widget's (``tests/analytics/test_dashboards.py`` checks every registered one's).

Every widget reads the caller's own data scope: the same "sales by employee" is a rep's own
row, a manager's team and a director's department tree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from salescrm.analytics.dashboards.schemas import BuiltinDashboard
from salescrm.analytics.registry import STATISTICS

FilterValues = dict[str, str | int | bool | list[str] | None]


@dataclass(frozen=True)
class Place:
    x: int
    y: int
    w: int = 6
    h: int = 4


@dataclass(frozen=True)
class BuiltinWidget:
    key: str
    title: str
    statistic: str
    position: Place
    filters: FilterValues = field(default_factory=dict)

    def stored(self) -> dict[str, Any]:
        """As a saved dashboard keeps its widgets (``schemas.WidgetOut``)."""
        return {
            "key": self.key,
            "title": self.title,
            "statistic": self.statistic,
            "filters": dict(self.filters),
            "position": asdict(self.position),
        }


@dataclass(frozen=True)
class Builtin:
    kind: BuiltinDashboard
    name: str
    widgets: tuple[BuiltinWidget, ...]

    def available(self) -> list[BuiltinWidget]:
        """The widgets whose statistic is registered, in their order."""
        return [w for w in self.widgets if w.statistic in STATISTICS]


def _grid(widgets: Iterable[tuple[str, str, str, FilterValues]]) -> tuple[BuiltinWidget, ...]:
    """Two widgets a row, in the order given."""
    return tuple(
        BuiltinWidget(key, title, statistic, Place(x=(i % 2) * 6, y=(i // 2) * 4), filters)
        for i, (key, title, statistic, filters) in enumerate(widgets)
    )


MONTHLY: FilterValues = {"bucket": "month"}
QUARTERLY: FilterValues = {"bucket": "quarter"}

BUILTINS: dict[BuiltinDashboard, Builtin] = {
    BuiltinDashboard.rep: Builtin(
        BuiltinDashboard.rep,
        "我的销售看板",
        _grid(
            [
                ("my-forecast", "我的业绩预测", "forecast", {}),
                ("my-win-rate", "我的赢单率", "win-rate", {}),
                ("follow-up-gaps", "待跟进客户", "follow-up-gaps", {}),
                ("my-activities", "我的销售活动", "activities", {"group_by": "type"}),
                ("my-visits", "我的拜访(按月)", "visits", MONTHLY),
                ("my-payments", "我的回款(按月)", "payments", MONTHLY),
                ("my-churn-risk", "流失风险客户", "churn-risk", {}),
            ]
        ),
    ),
    BuiltinDashboard.manager: Builtin(
        BuiltinDashboard.manager,
        "团队销售看板",
        _grid(
            [
                ("team-funnel", "团队销售漏斗", "funnel", {}),
                ("team-win-rate", "团队赢单率(按月)", "win-rate", MONTHLY),
                ("sales-by-employee", "销售额(按员工)", "sales", {"group_by": "employee"}),
                ("team-forecast", "团队业绩预测", "forecast", {}),
                ("team-payments", "团队回款(按月)", "payments", MONTHLY),
                (
                    "receivables-by-employee",
                    "应收账款(按员工)",
                    "receivables",
                    {"group_by": "employee"},
                ),
                ("team-churn-risk", "流失风险客户", "churn-risk", {}),
                (
                    "activities-by-employee",
                    "销售活动(按员工)",
                    "activities",
                    {"group_by": "employee"},
                ),
                ("team-follow-up-gaps", "待跟进客户", "follow-up-gaps", {}),
            ]
        ),
    ),
    BuiltinDashboard.director: Builtin(
        BuiltinDashboard.director,
        "销售总览",
        _grid(
            [
                ("sales-by-department", "销售额(按部门)", "sales", {"group_by": "department"}),
                ("sales-by-quarter", "销售额(按季度)", "sales", QUARTERLY),
                ("forecast", "业绩预测", "forecast", {}),
                ("funnel", "销售漏斗", "funnel", {}),
                ("payments-by-quarter", "回款(按季度)", "payments", QUARTERLY),
                ("receivables", "应收账款及账龄", "receivables", {}),
                ("contracts", "合同(按季度)", "contracts", QUARTERLY),
                ("pipeline-velocity", "销售速度", "pipeline-velocity", {}),
                ("new-customers", "新客户(按季度)", "new-customers", QUARTERLY),
                ("abc", "客户 ABC 分级", "abc", {}),
                ("lifecycle", "客户生命周期", "lifecycle", {}),
                ("churn-risk", "流失风险", "churn-risk", {}),
            ]
        ),
    ),
}

#: The built-in roles from the most senior down, and the built-in home page each one gets;
#: a caller holding none of them gets the representative's (the smallest: their own work).
SENIORITY: tuple[tuple[str, BuiltinDashboard], ...] = (
    ("admin", BuiltinDashboard.director),
    ("sales_director", BuiltinDashboard.director),
    ("analyst", BuiltinDashboard.director),
    ("finance", BuiltinDashboard.director),
    ("sales_manager", BuiltinDashboard.manager),
    ("sales_rep", BuiltinDashboard.rep),
    ("service_agent", BuiltinDashboard.rep),
    ("hr", BuiltinDashboard.rep),
)
FALLBACK = BuiltinDashboard.rep


def seniority(code: str) -> int:
    """A built-in role's rank (0 the most senior); other roles after every built-in one."""
    for rank, (builtin, _) in enumerate(SENIORITY):
        if builtin == code:
            return rank
    return len(SENIORITY)


def builtin_for(codes: Iterable[str]) -> Builtin:
    """The built-in home page of the most senior built-in role among ``codes``."""
    by_code = dict(SENIORITY)
    held = sorted((c for c in codes if c in by_code), key=seniority)
    return BUILTINS[by_code[held[0]] if held else FALLBACK]
