"""Realistic activity histories for the demo: calls, WeChat chats, visits, meetings with their
follow-up tasks, and the field visits behind the visit activities, as the API would write them.

``HistoryFaker.history(customer)`` returns the rows of one customer's history (activities,
participants, tasks, visits); ``salescrm.demo`` bulk-inserts them.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from salescrm.activities.service import distance_m
from salescrm.core.ids import new_id

#: (type, channel, weight, subjects)
_KINDS: list[tuple[str, str, int, tuple[str, ...]]] = [
    ("call", "phone", 38, ("电话沟通需求", "电话确认报价", "回访使用情况", "催促合同盖章")),
    ("im", "wechat", 20, ("微信发送产品资料", "微信确认会议时间", "微信答复技术问题")),
    ("visit", "in_person", 14, ("上门拜访", "现场调研", "上门演示方案")),
    ("email", "email", 10, ("邮件发送报价单", "邮件发送合同草案", "邮件回复需求清单")),
    ("meeting", "video", 8, ("方案评审会", "商务谈判会议", "项目启动会")),
    ("demo", "video", 4, ("产品在线演示", "试用环境演示")),
    ("proposal", "email", 3, ("提交解决方案", "提交投标文件")),
    ("reception", "in_person", 2, ("接待客户来访", "接待客户参观公司")),
    ("intelligence", "other", 1, ("了解到竞品报价", "竞品在客户处试点")),
]
_VISIT_MINUTES = (30, 60, 90)
_OUTCOMES = ("客户有意向", "需要内部讨论", "要求降价", "安排下次演示", "已发送资料", None)


@dataclass(frozen=True)
class CustomerRef:
    id: uuid.UUID
    owner_id: uuid.UUID
    contacts: tuple[uuid.UUID, ...]
    deals: tuple[uuid.UUID, ...]
    latitude: float | None
    longitude: float | None


@dataclass
class History:
    activities: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)

    @property
    def last_contact(self) -> datetime | None:
        return max((a["occurred_at"] for a in self.activities), default=None)


class HistoryFaker:
    def __init__(self, rng: random.Random, now: datetime, max_distance_m: float) -> None:
        self.rng = rng
        self.now = now
        self.max_distance_m = max_distance_m
        self.weights = [k[2] for k in _KINDS]

    def _record(self, at: datetime) -> dict[str, Any]:
        return {"id": new_id(), "created_at": at, "updated_at": at, "version": 1}

    def history(self, customer: CustomerRef, count: int) -> History:
        rows = History()
        for _ in range(count):
            self._activity(customer, rows)
        if self.rng.random() < 0.3:  # a visit planned for the coming days
            planned = self.now + timedelta(
                days=self.rng.randint(1, 14), hours=self.rng.randint(1, 8)
            )
            rows.visits.append(self._visit(customer, planned, None, "planned"))
        return rows

    def _activity(self, customer: CustomerRef, rows: History) -> None:
        rng = self.rng
        kind, channel, _, subjects = rng.choices(_KINDS, weights=self.weights)[0]
        at = self.now - timedelta(days=rng.randint(0, 180), minutes=rng.randint(0, 600))
        if kind == "visit":  # a completed visit was checked out of by now
            at = min(at, self.now - timedelta(minutes=max(_VISIT_MINUTES)))
        activity = {
            **self._record(at),
            "type": kind,
            "channel": channel,
            "direction": "outbound" if rng.random() < 0.8 else "inbound",
            "subject": rng.choice(subjects),
            "notes": None,
            "occurred_at": at,
            "duration_minutes": rng.choice((5, 10, 15, 30, 45, 60, 90)),
            "outcome": rng.choice(_OUTCOMES),
            "customer_id": customer.id,
            "contact_id": customer.contacts[0] if customer.contacts else None,
            "opportunity_id": (
                rng.choice(customer.deals) if customer.deals and rng.random() < 0.5 else None
            ),
            "author_id": customer.owner_id,
            "next_follow_up_at": None,
            "follow_up_task_id": None,
            "deleted_at": None,
        }
        rows.activities.append(activity)
        rows.participants.append(
            {"id": new_id(), "activity_id": activity["id"], "employee_id": customer.owner_id,
             "contact_id": None, "position": 0}
        )  # fmt: skip
        if kind == "visit":
            visit = self._visit(customer, at, activity["id"], "completed")
            rows.visits.append(visit)
        if rng.random() < 0.3:
            due = at + timedelta(days=rng.randint(1, 14))
            activity["next_follow_up_at"] = due
            task = self._task(customer, activity, due)
            activity["follow_up_task_id"] = task["id"]
            rows.tasks.append(task)

    def _task(
        self, customer: CustomerRef, activity: dict[str, Any], due: datetime
    ) -> dict[str, Any]:
        past = due < self.now
        status = "done" if past and self.rng.random() < 0.8 else "open"
        return {
            **self._record(activity["occurred_at"]),
            "subject": f"跟进：{activity['subject']}",
            "description": None,
            "owner_id": customer.owner_id,
            "due_at": due,
            "priority": self.rng.choice(("normal", "normal", "high", "low")),
            "status": status,
            "completed_at": due if status == "done" else None,
            "remind_at": due,
            "reminded_at": due if past else None,
            "customer_id": customer.id,
            "contact_id": activity["contact_id"],
            "opportunity_id": activity["opportunity_id"],
            "activity_id": activity["id"],
            "created_by_id": customer.owner_id,
            "deleted_at": None,
        }

    def _visit(
        self, customer: CustomerRef, at: datetime, activity_id: uuid.UUID | None, status: str
    ) -> dict[str, Any]:
        rng = self.rng
        visit: dict[str, Any] = {
            # Planned some days ahead, and never later than now.
            **self._record(min(at - timedelta(days=rng.randint(0, 3)), self.now)),
            "owner_id": customer.owner_id,
            "customer_id": customer.id,
            "contact_id": customer.contacts[0] if customer.contacts else None,
            "opportunity_id": None,
            "purpose": rng.choice(("上门拜访", "现场调研", "上门演示方案", "回访")),
            "planned_at": at,
            "planned_minutes": rng.choice(_VISIT_MINUTES),
            "status": status,
            "summary": None,
            "activity_id": activity_id,
            "check_in_flagged": False,
            "deleted_at": None,
        }
        for side in ("check_in", "check_out"):
            for part in ("at", "latitude", "longitude", "accuracy_m", "distance_m"):
                visit[f"{side}_{part}"] = None
        if status != "completed":
            return visit
        visit["check_in_at"] = at
        visit["check_out_at"] = at + timedelta(minutes=visit["planned_minutes"])
        if customer.latitude is not None and customer.longitude is not None:
            # Mostly at the door; now and then from the car park down the road, or far off.
            offset = rng.choice((0.0002, 0.0005, 0.001, 0.003, 0.02))
            lat, lon = customer.latitude + offset, customer.longitude - offset / 2
            metres = round(distance_m(customer.latitude, customer.longitude, lat, lon), 1)
            for side in ("check_in", "check_out"):
                visit[f"{side}_latitude"], visit[f"{side}_longitude"] = lat, lon
                visit[f"{side}_accuracy_m"] = float(rng.choice((5, 10, 20, 35)))
                visit[f"{side}_distance_m"] = metres
            visit["check_in_flagged"] = metres > self.max_distance_m
        return visit
