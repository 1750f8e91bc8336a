"""Realistic, repeatable deals for demos and benchmarks: competitors, opportunities with line
items and stage histories, won deals' contracts with payment plans, and payments received.

``DealFaker(rng)`` draws from its own ``random.Random``. It returns plain row dicts for the
tables (what the API would have written, amounts computed by the same ``price_line``), so a
seeder or a benchmark inserts them in bulk. Deal names follow what Chinese sales teams write:
the customer's short name + what is sold (``恒瑞精密 CRM 升级项目``); about a third of the deals
are open, the rest won or lost over the past eighteen months, lost ones with a reason and often
the competitor that won.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from salescrm.core.ids import new_id
from salescrm.core.search import search_document
from salescrm.customers.fake import Weighted
from salescrm.sales.service import price_line

#: name, website, strengths, weaknesses, products, price positioning, threat
COMPETITORS: list[tuple[str, str, str, str, str, str, str]] = [
    (
        "纷享销客",
        "https://www.fxiaoke.com",
        "连接型 CRM,渠道管理强",
        "定制成本高",
        "CRM、PRM",
        "comparable",
        "high",
    ),
    (
        "销售易",
        "https://www.xiaoshouyi.com",
        "移动端体验好,大客户案例多",
        "价格偏高",
        "CRM、PaaS",
        "premium",
        "high",
    ),
    (
        "用友",
        "https://www.yonyou.com",
        "财务一体化,品牌认知度高",
        "实施周期长",
        "ERP、CRM",
        "premium",
        "medium",
    ),
    (
        "金蝶",
        "https://www.kingdee.com",
        "中小企业覆盖广",
        "CRM 功能较浅",
        "云星辰、CRM",
        "comparable",
        "medium",
    ),
    ("悟空CRM", "https://www.5kcrm.com", "开源、价格低", "服务能力有限", "CRM", "budget", "medium"),
    (
        "Salesforce",
        "https://www.salesforce.com",
        "功能全面,生态丰富",
        "本地化与价格",
        "Sales Cloud",
        "premium",
        "low",
    ),
    (
        "八百客",
        "https://www.800app.com",
        "老牌 SaaS,行业模板多",
        "界面老旧",
        "CRM",
        "budget",
        "low",
    ),
    ("红圈", "https://www.hecom.cn", "外勤管理强", "产品线窄", "外勤、CRM", "comparable", "medium"),
]

_PROJECTS = [
    "CRM 升级项目",
    "销售管理系统采购",
    "移动销售平台",
    "客服中心建设",
    "数据分析平台",
    "门店数字化改造",
    "年度运维续约",
    "渠道管理系统",
    "服务器扩容",
    "培训与咨询服务",
]
_NEXT_STEPS = ["安排产品演示", "提交报价单", "约见决策人", "技术交流会", "商务谈判", "准备投标文件"]
_METHODS = Weighted(
    [("bank_transfer", 70), ("acceptance_bill", 15), ("wechat_pay", 5), ("alipay", 5), ("check", 5)]
)
_SOURCES = Weighted(
    [("referral", 30), ("website", 20), ("exhibition", 15), ("cold_call", 15), ("partner", 20)]
)
_OUTCOME = Weighted([("open", 35), ("won", 35), ("lost", 30)])
_ROLES = ["decision_maker", "economic_buyer", "technical_evaluator", "influencer", "champion"]


@dataclass(frozen=True)
class StageRef:
    id: uuid.UUID
    kind: str
    probability: int
    forecast_category: str


@dataclass(frozen=True)
class ProductRef:
    id: uuid.UUID
    name: str
    unit: str
    price: Decimal
    cost: Decimal


@dataclass(frozen=True)
class CustomerRef:
    id: uuid.UUID
    owner_id: uuid.UUID
    label: str  # the short name, or the name
    contact_ids: tuple[uuid.UUID, ...] = ()


@dataclass
class DealRows:
    """What one deal writes, table by table."""

    opportunity: dict[str, Any]
    contacts: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    competitors: list[dict[str, Any]] = field(default_factory=list)
    contract: dict[str, Any] | None = None
    contract_lines: list[dict[str, Any]] = field(default_factory=list)
    installments: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)


def _record(now: datetime) -> dict[str, Any]:
    return {"id": new_id(), "created_at": now, "updated_at": now, "version": 1, "deleted_at": None}


class DealFaker:
    def __init__(
        self,
        rng: random.Random,
        *,
        pipeline_id: uuid.UUID,
        stages: Sequence[StageRef],
        products: Sequence[ProductRef],
        loss_reasons: Sequence[uuid.UUID],
        competitors: Sequence[uuid.UUID],
        today: date,
        now: datetime | None = None,
        taken_numbers: set[str] | None = None,
    ) -> None:
        self.rng = rng
        self.pipeline_id = pipeline_id
        self.open_stages = [s for s in stages if s.kind == "open"]
        self.won = next(s for s in stages if s.kind == "won")
        self.lost = next(s for s in stages if s.kind == "lost")
        self.products = list(products)
        self.loss_reasons = list(loss_reasons)
        self.competitors = list(competitors)
        self.today = today
        #: Nothing happens after this moment (the end of ``today`` unless given): deals close,
        #: contracts are signed and payments arrive in the past; only plans lie ahead.
        self.now = now or datetime.combine(today, time.max, tzinfo=UTC)
        #: Contract numbers in use (HT<date>-<n>, as the API numbers them).
        self.taken = set(taken_numbers or ())

    def _moment(self, day: date) -> datetime:
        """A time in office hours on ``day``, but never after now."""
        seconds = self.rng.randint(9 * 3600, 18 * 3600)
        return min(datetime.combine(day, time(), tzinfo=UTC) + timedelta(seconds=seconds), self.now)

    def deal(self, customer: CustomerRef, *, with_contract: bool = True) -> DealRows:
        rng = self.rng
        created_day = self.today - timedelta(days=rng.randint(5, 540))
        created = self._moment(created_day)
        outcome = _OUTCOME.draw(rng)
        reached = rng.randint(0, len(self.open_stages) - 1)
        if outcome == "open" and created_day < self.today - timedelta(days=200):
            outcome = "lost" if rng.random() < 0.5 else "won"  # nothing stays open that long
        opportunity = {
            **_record(created),
            "name": f"{customer.label} {rng.choice(_PROJECTS)}",
            "type": "project" if rng.random() < 0.25 else "opportunity",
            "customer_id": customer.id,
            "owner_id": customer.owner_id,
            "source": _SOURCES.draw(rng),
            "pipeline_id": self.pipeline_id,
            "currency": "CNY",
            "next_step": rng.choice(_NEXT_STEPS) if outcome == "open" else None,
            "description": None,
            "loss_reason_id": None,
            "lost_to_competitor_id": None,
            "close_note": None,
            "closed_on": None,
            "closed_at": None,
        }
        rows = DealRows(opportunity)
        for n, contact_id in enumerate(customer.contact_ids[: rng.randint(1, 3)]):
            role = _ROLES[0] if n == 0 else rng.choice(_ROLES[1:])
            rows.contacts.append(
                {
                    "opportunity_id": opportunity["id"],
                    "contact_id": contact_id,
                    "role": role,
                    "position": n,
                }
            )
        amount, cost = Decimal("0.00"), Decimal("0.00")
        for product in rng.sample(self.products, rng.randint(1, min(3, len(self.products)))):
            quantity = Decimal(rng.choice((1, 1, 2, 3, 5, 10, 20)))
            discount = Decimal(rng.choice((0, 0, 5, 10, 15, 20)))
            priced = price_line(quantity, product.price, discount, product.cost)
            amount += priced["amount"]
            cost += priced["cost"]
            rows.lines.append(
                {
                    **_record(created),
                    "opportunity_id": opportunity["id"],
                    "product_id": product.id,
                    "name": product.name,
                    "unit": product.unit,
                    "quantity": quantity,
                    "unit_price": product.price,
                    "discount": discount,
                    "unit_cost": product.cost,
                    "description": None,
                    **priced,
                }
            )
        opportunity.update(
            amount=amount, cost=cost, margin=amount - cost, line_item_count=len(rows.lines)
        )
        # The way through the open stages, then the close.
        # The stages so far, within 120 days of the creation and not after now.
        span = min(timedelta(days=120), max(self.now - created, timedelta()))
        moments = sorted(created + span * rng.random() for _ in range(reached))
        path = [*self.open_stages[: reached + 1]]
        times = [created, *moments]
        if outcome != "open":
            close_day = min(times[-1].date() + timedelta(days=rng.randint(3, 90)), self.today)
            times.append(max(self._moment(close_day), times[-1]))
            path.append(self.won if outcome == "won" else self.lost)
        previous: StageRef | None = None
        for stage, moment in zip(path, times, strict=True):
            rows.history.append(
                {
                    "id": new_id(),
                    "created_at": moment,
                    "opportunity_id": opportunity["id"],
                    "changed_at": moment,
                    "actor_id": customer.owner_id,
                    "from_stage_id": previous.id if previous else None,
                    "to_stage_id": stage.id,
                    "from_status": "open" if previous else None,
                    "to_status": stage.kind,
                    "seconds_in_from_stage": (
                        int((moment - rows.history[-1]["changed_at"]).total_seconds())
                        if previous
                        else None
                    ),
                    "reason": None,
                }
            )
            previous = stage
        final = path[-1]
        opportunity.update(
            status=final.kind,
            stage_id=final.id,
            stage_entered_at=times[-1],
            probability=final.probability,
            forecast_category=final.forecast_category,
            expected_close_date=(
                times[-1].date()
                if outcome != "open"
                else self.today + timedelta(days=rng.randint(7, 150))
            ),
            updated_at=times[-1],
        )
        met = rng.sample(self.competitors, rng.choice((0, 1, 1, 2))) if self.competitors else []
        winner = None
        if outcome != "open":
            opportunity.update(closed_on=times[-1].date(), closed_at=times[-1])
        if outcome == "lost":
            opportunity["loss_reason_id"] = rng.choice(self.loss_reasons)
            if met and rng.random() < 0.7:
                winner = met[0]
                opportunity["lost_to_competitor_id"] = winner
        for competitor_id in met:
            status = "active"
            if outcome != "open":
                status = "won" if competitor_id == winner else "lost"
            price = quantize(amount * Decimal(rng.uniform(0.7, 1.2)))
            rows.competitors.append(
                {
                    **_record(created),
                    "opportunity_id": opportunity["id"],
                    "competitor_id": competitor_id,
                    "offer": "同类产品报价",
                    "price": price,
                    "our_strengths": "本地服务团队",
                    "our_weaknesses": None,
                    "status": status,
                    "notes": None,
                }
            )
        opportunity["search_text"] = search_document(
            [opportunity["name"], opportunity["next_step"]]
        )
        if outcome == "won" and with_contract:
            self._contract(rows, customer)
        return rows

    def _contract(self, rows: DealRows, customer: CustomerRef) -> None:
        rng, deal = self.rng, rows.opportunity
        sign = deal["closed_on"]
        n = 1
        while (number := f"HT{sign:%Y%m%d}-{n:03d}") in self.taken:
            n += 1
        self.taken.add(number)
        signed = self._moment(sign)
        contract = {
            **_record(signed),
            "number": number,
            "title": deal["name"],
            "opportunity_id": deal["id"],
            "customer_id": customer.id,
            "owner_id": customer.owner_id,
            "sign_date": sign,
            "start_date": sign,
            "end_date": sign + timedelta(days=365),
            "currency": "CNY",
            "amount": deal["amount"],
            "cost": deal["cost"],
            "margin": deal["margin"],
            "status": "active",
            "notes": None,
            "search_text": search_document([number, deal["name"]]),
        }
        rows.contract = contract
        for position, line in enumerate(rows.lines):
            rows.contract_lines.append(
                {
                    **{k: v for k, v in line.items() if k not in ("opportunity_id", "description")},
                    **_record(signed),
                    "contract_id": contract["id"],
                    "position": position,
                }
            )
        parts = rng.choice((1, 2, 3))
        amount = contract["amount"]
        shares = [quantize(amount / parts)] * (parts - 1)
        shares.append(amount - sum(shares, Decimal("0.00")))
        dues = [sign + timedelta(days=30 * i) for i in range(parts)]
        # Most customers pay what is due; some are late with the last part.
        paid_parts = sum(1 for due in dues if due < self.today and rng.random() < 0.85)
        received = Decimal("0.00")
        next_due = None
        for position, (due, share) in enumerate(zip(dues, shares, strict=True)):
            covered = share if position < paid_parts else Decimal("0.00")
            received += covered
            if covered < share and next_due is None:
                next_due = due
            rows.installments.append(
                {
                    **_record(signed),
                    "contract_id": contract["id"],
                    "position": position,
                    "due_date": due,
                    "amount": share,
                    "received": covered,
                    "note": None,
                }
            )
            if covered:
                on = min(due + timedelta(days=rng.randint(-5, 20)), self.today)
                rows.payments.append(
                    {
                        **_record(self._moment(max(on, sign))),
                        "contract_id": contract["id"],
                        "customer_id": customer.id,
                        "amount": covered,
                        "currency": "CNY",
                        "received_on": max(on, sign),
                        "method": _METHODS.draw(rng),
                        "reference": f"BK{rng.randrange(10**10):010d}",
                        "overpayment": False,
                        "note": None,
                        "recorded_by_id": None,
                    }
                )
        contract.update(received=received, next_due_date=next_due)


def quantize(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def competitor_rows(now: datetime) -> list[dict[str, Any]]:
    return [
        {
            **_record(now),
            "id": uuid.uuid5(uuid.NAMESPACE_URL, f"salescrm:demo:competitor:{name}"),
            "name": name,
            "website": website,
            "strengths": strengths,
            "weaknesses": weaknesses,
            "products": products,
            "price_positioning": positioning,
            "threat_level": threat,
            "notes": None,
            "search_text": search_document([name, products]),
        }
        for name, website, strengths, weaknesses, products, positioning, threat in COMPETITORS
    ]
