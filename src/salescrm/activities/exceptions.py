"""The activity context's refusals, each with a stable ``code`` and its messages."""

from __future__ import annotations

from salescrm.core import i18n
from salescrm.core.errors import Conflict


class VisitNotPlanned(Conflict):
    code = detail_key = "visit_not_planned"


class VisitNotCheckedIn(Conflict):
    code = detail_key = "visit_not_checked_in"


class VisitClosed(Conflict):
    code = detail_key = "visit_closed"


i18n.register_titles(
    {
        "visit_not_planned": ("Visit not planned", "拜访不在计划状态"),
        "visit_not_checked_in": ("Not checked in", "尚未签到"),
        "visit_closed": ("Visit closed", "拜访已结束"),
    }
)
i18n.register_details(
    {
        "visit_not_planned": (
            "The visit is {status}: only a planned visit can be checked in or cancelled.",
            "该拜访状态为 {status},只有计划中的拜访可以签到或取消。",
        ),
        "visit_not_checked_in": (
            "The visit is {status}: check in before checking out.",
            "该拜访状态为 {status},请先签到再签退。",
        ),
        "visit_closed": (
            "The visit is {status}: only its summary can still change.",
            "该拜访已{status},只能修改总结。",
        ),
        "not_your_visit": (
            "Only the employee who makes the visit checks in and out.",
            "只有拜访人本人可以签到和签退。",
        ),
        "capture_too_old": (
            "It was captured more than {hours} hours ago: recording it needs {permission}.",
            "该记录采集于 {hours} 小时以前,补录需要 {permission} 权限。",
        ),
        "employees_only": (
            "Only an employee signed in as themselves can do this.",
            "只有以本人身份登录的员工可以执行此操作。",
        ),
    }
)
