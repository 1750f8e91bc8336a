"""``salescrm seed-demo``: realistic zh-CN demo data for every resource that exists.

Each bounded context contributes a seeder; running the command again adds nothing twice (each
seeder keys its rows on a natural key: department code, position name, employee number, product
code, demo customer number). Every seeder draws from its own random generator, derived from the
seed and its name, so the data is repeatable and adding a seeder never changes what the others
produce.

The organisation is a small sales company: a sales centre with two regions and three teams, plus
customer service, HR, finance and IT; 41 employees in a three-level reporting line (sales director
→ regional and team managers → representatives), each holding a built-in role and a login. Every
demo login shares the password ``DEMO_PASSWORD`` (documented in the README); it is never printed.

The sellers own 3,000 customers (``DEFAULT_DEMO_CUSTOMERS``; about 10% sit in the public pool),
mostly in their own region, with 1-3 contacts each, stage histories, key accounts, follow-ups in
the last 60 days and the keys duplicate detection compares (``customers.fake`` draws them). About
half have deals (``sales.fake``), about two thirds an activity history of the last six months with
visits, follow-up tasks and planned visits (``activities.fake``).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from pypinyin import lazy_pinyin
from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.activities.fake import CustomerRef as HistoryRef
from salescrm.activities.fake import History, HistoryFaker
from salescrm.activities.models import Activity, ActivityParticipant, Task, Visit
from salescrm.auth.models import Account
from salescrm.catalog.models import Product
from salescrm.config import Settings, get_settings
from salescrm.core.clock import utcnow
from salescrm.core.db.engine import Database
from salescrm.core.security.passwords import PasswordHasher
from salescrm.customers import rules
from salescrm.customers.fake import CustomerFaker
from salescrm.customers.models import Contact, Customer, CustomerEvent, CustomerMatchKey
from salescrm.org.bootstrap import ROOT_CODE, company_root
from salescrm.org.models import Department, Employee, EmployeeRole, Position, Role, path_of
from salescrm.sales import fake
from salescrm.sales import models as sales

#: The password of every demo login (public: the README states it).
DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - a documented demo credential, not a secret
#: The code of the company root; an existing root (e.g. the first administrator's) is reused.
#: "Today" for generated hire dates, fixed so that the data does not depend on the clock.
_AS_OF = date(2026, 11, 1)
_EMAIL_DOMAIN = "example.com"

Seeder = Callable[[AsyncSession, random.Random, Settings], Awaitable[int]]

#: The demo never lies about the future: every date and time it writes is at or before the
#: moment of seeding, except these plans ("table.column" → the status column and the statuses
#: in which the value is a plan, or None where it always is one). ``tests/core/test_cli.py``
#: checks every date and time column of every table against this list.
PLANS: dict[str, tuple[str, tuple[str, ...]] | None] = {
    # an open deal's expected close date
    "opportunities.expected_close_date": ("status", ("open",)),
    # an open task's due date and reminder time
    "tasks.due_at": ("status", ("open", "in_progress")),
    "tasks.remind_at": ("status", ("open", "in_progress")),
    # a visit still planned
    "visits.planned_at": ("status", ("planned",)),
    # when an activity said to follow up next (its follow-up task's due date)
    "activities.next_follow_up_at": None,
    # a contract's term and payment schedule
    "contracts.end_date": None,
    "contracts.next_due_date": None,
    "contract_installments.due_date": None,
}

# ----- products ------------------------------------------------------------------------------
# (category, unit, name, list price, cost ratio)
_PRODUCTS: list[tuple[str, str, str, int, float]] = [
    ("软件", "套", "销售管理系统 标准版", 19800, 0.25),
    ("软件", "套", "销售管理系统 专业版", 39800, 0.22),
    ("软件", "套", "客户关系管理系统 企业版", 88000, 0.20),
    ("软件", "用户/年", "移动销售助手 订阅", 1200, 0.15),
    ("软件", "用户/年", "在线客服坐席 订阅", 2400, 0.18),
    ("软件", "套", "数据分析报表模块", 15000, 0.20),
    ("服务", "人天", "实施服务", 2500, 0.55),
    ("服务", "人天", "定制开发", 3000, 0.60),
    ("服务", "次", "现场培训", 6000, 0.45),
    ("服务", "年", "年度运维服务", 12000, 0.40),
    ("服务", "年", "7×24 小时技术支持", 30000, 0.50),
    ("硬件", "台", "服务器 2U 机架式", 45000, 0.78),
    ("硬件", "台", "千兆交换机 48 口", 8600, 0.72),
    ("硬件", "台", "防火墙设备", 22000, 0.70),
    ("硬件", "台", "移动考勤终端", 1800, 0.65),
    ("硬件", "个", "NFC 工牌", 35, 0.50),
    ("耗材", "箱", "热敏打印纸", 180, 0.60),
    ("耗材", "盒", "条码标签", 95, 0.55),
    ("咨询", "项", "销售流程咨询", 50000, 0.40),
    ("咨询", "项", "销售团队绩效方案设计", 80000, 0.38),
]


async def _seed_products(session: AsyncSession, rng: random.Random, _settings: Settings) -> int:
    existing = set((await session.scalars(select(Product.code))).all())
    added = 0
    for index, (category, unit, name, price, ratio) in enumerate(_PRODUCTS, start=1):
        code = f"P{index:04d}"
        if code in existing:
            continue
        list_price = Decimal(price).quantize(Decimal("0.01"))
        jitter = Decimal(str(round(rng.uniform(0.95, 1.05), 3)))
        cost = (list_price * Decimal(str(ratio)) * jitter).quantize(Decimal("0.01"))
        session.add(
            Product(
                code=code,
                name=name,
                category=category,
                unit=unit,
                list_price=list_price,
                standard_cost=cost,
                currency="CNY",
                active=rng.random() > 0.05,
                description=f"{category}类产品:{name}",
            )
        )
        added += 1
    return added


# ----- departments ---------------------------------------------------------------------------
# (code, name, kind, parent code, description); parents come before their children.
_DEPARTMENTS: list[tuple[str, str, str, str, str]] = [
    ("SALES", "销售中心", "department", ROOT_CODE, "全国销售业务"),
    ("EAST", "华东大区", "region", "SALES", "上海、江苏、浙江、安徽"),
    ("EAST-SH1", "上海销售一部", "team", "EAST", "上海浦东及大客户"),
    ("EAST-SH2", "上海销售二部", "team", "EAST", "上海浦西及中小企业"),
    ("SOUTH", "华南大区", "region", "SALES", "广东、广西、福建、海南"),
    ("SOUTH-GZ", "广州销售部", "team", "SOUTH", "广州及珠三角"),
    ("CS", "客户服务部", "department", ROOT_CODE, "售后服务与客户支持"),
    ("HR", "人力资源部", "department", ROOT_CODE, "招聘、人事与培训"),
    ("FIN", "财务部", "department", ROOT_CODE, "价格、成本与回款"),
    ("IT", "信息技术部", "department", ROOT_CODE, "系统运维与经营数据分析"),
]


async def _departments_by_code(session: AsyncSession) -> dict[str, Department]:
    rows = await session.scalars(
        select(Department).where(Department.code.is_not(None), Department.deleted_at.is_(None))
    )
    return {d.code: d for d in rows.all() if d.code is not None}


async def _seed_departments(session: AsyncSession, _rng: random.Random, _s: Settings) -> int:
    root = await company_root(session)
    by_code = await _departments_by_code(session)
    by_code[ROOT_CODE] = root
    added = 1 if root in session.new else 0
    for order, (code, name, kind, parent_code, description) in enumerate(_DEPARTMENTS, start=1):
        if code in by_code:
            continue
        parent = by_code[parent_code]
        department = Department(
            code=code,
            name=name,
            kind=kind,
            parent_id=parent.id,
            path=path_of(parent.path, parent.id),
            sort_order=order * 10,
            description=description,
        )
        session.add(department)
        by_code[code] = department
        added += 1
    return added


# ----- positions -----------------------------------------------------------------------------
# (name, level, description)
_POSITIONS: list[tuple[str, int, str]] = [
    ("销售总监", 8, "负责全国销售目标与团队"),
    ("区域经理", 7, "负责一个大区的销售与大客户"),
    ("销售经理", 6, "带领一个销售团队"),
    ("高级销售代表", 3, "独立负责重点客户"),
    ("销售代表", 2, "开发与跟进客户"),
    ("客服专员", 2, "售后服务与工单处理"),
    ("HR专员", 3, "招聘、入离职与员工关系"),
    ("财务专员", 3, "报价审核、成本与回款"),
    ("数据分析师", 4, "经营数据与销售报表"),
    ("IT工程师", 4, "系统运维与账号管理"),
]


async def _seed_positions(session: AsyncSession, _rng: random.Random, _s: Settings) -> int:
    existing = set(
        (await session.scalars(select(Position.name).where(Position.deleted_at.is_(None)))).all()
    )
    added = 0
    for name, level, description in _POSITIONS:
        if name not in existing:
            session.add(Position(name=name, level=level, description=description))
            added += 1
    return added


# ----- employees -----------------------------------------------------------------------------
# Common surnames with their reading as a surname (pypinyin reads 曾 as "ceng", 单 as "dan").
_SURNAMES: list[tuple[str, str]] = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"),
    ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
    ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
    ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("潘", "pan"), ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"),
    ("叶", "ye"), ("程", "cheng"), ("苏", "su"), ("吕", "lv"), ("魏", "wei"),
    ("丁", "ding"), ("沈", "shen"), ("姚", "yao"), ("钟", "zhong"), ("方", "fang"),
]  # fmt: skip
# Given names as people are actually named (random character pairs read oddly).
_GIVEN_MALE = [
    "伟", "强", "磊", "军", "勇", "杰", "涛", "超", "明", "刚", "浩然",
    "子轩", "宇航", "俊杰", "志强", "建华", "文博", "海涛", "晓东", "鹏飞",
    "建国", "志明", "家豪", "天宇", "振华", "永强", "晨阳", "一鸣", "思远",
    "泽宇", "嘉伟", "立新", "海波", "明辉", "文杰", "浩宇", "俊峰", "子豪",
]  # fmt: skip
_GIVEN_FEMALE = [
    "芳", "娜", "敏", "静", "丽", "艳", "婷婷", "雪梅", "丽娟", "秀英",
    "晓燕", "欣怡", "雨涵", "梓涵", "诗琪", "佳怡", "思雨", "雅琴", "慧敏",
    "丽华", "玉兰", "春梅", "婉清", "梦瑶", "晓雯", "海燕", "佳琪", "静怡",
    "美玲", "颖",
]  # fmt: skip
#: Mobile prefixes of the three carriers (the rest of a number is eight random digits).
_MOBILE_PREFIXES = [
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
    "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "199",
]  # fmt: skip


@dataclass(frozen=True)
class _Slot:
    """One planned employee: where they sit and to whom they report (an earlier slot)."""

    department: str
    position: str
    role: str
    manager: int | None = None
    head: bool = False
    sales: bool = False


def _org_chart() -> list[_Slot]:
    slots: list[_Slot] = []

    def add(
        department: str,
        position: str,
        role: str,
        manager: int | None = None,
        *,
        head: bool = False,
        sales: bool = False,
    ) -> int:
        slots.append(_Slot(department, position, role, manager, head, sales))
        return len(slots) - 1

    director = add("SALES", "销售总监", "sales_director", head=True, sales=True)
    for region in ("EAST", "SOUTH"):
        regional = add(region, "区域经理", "sales_manager", director, head=True, sales=True)
        for _ in range(2):  # key accounts, handled at the regional level
            add(region, "高级销售代表", "sales_rep", regional, sales=True)
    for team, size in (("EAST-SH1", 7), ("EAST-SH2", 6), ("SOUTH-GZ", 6)):
        manager = add(team, "销售经理", "sales_manager", director, head=True, sales=True)
        for index in range(size):
            position = "高级销售代表" if index < 2 else "销售代表"
            add(team, position, "sales_rep", manager, sales=True)
    for department, position, role, size in (
        ("CS", "客服专员", "service_agent", 5),
        ("HR", "HR专员", "hr", 2),
        ("FIN", "财务专员", "finance", 2),
    ):
        lead = add(department, position, role, head=True)
        for _ in range(size - 1):
            add(department, position, role, lead)
    it_lead = add("IT", "IT工程师", "admin", head=True)
    for _ in range(2):
        add("IT", "数据分析师", "analyst", it_lead)
    return slots


@dataclass(frozen=True)
class _Person:
    employee_no: str
    name: str
    gender: str
    username_base: str
    mobile: str
    hire_date: date


#: Hire-date ranges (earliest, latest) by position.
_HIRED: dict[str, tuple[date, date]] = {
    "销售总监": (date(2015, 3, 1), date(2018, 12, 31)),
    "区域经理": (date(2016, 1, 1), date(2020, 6, 30)),
    "销售经理": (date(2017, 1, 1), date(2021, 12, 31)),
    "高级销售代表": (date(2018, 1, 1), date(2023, 6, 30)),
    "销售代表": (date(2021, 1, 1), date(2026, 9, 30)),
}
_HIRED_DEFAULT = (date(2017, 1, 1), date(2025, 12, 31))


def _people(rng: random.Random, slots: list[_Slot]) -> list[_Person]:
    """Names, mobiles and hire dates for every slot, drawn in a fixed order."""
    people: list[_Person] = []
    names: set[str] = set()
    mobiles: set[str] = set()
    for number, slot in enumerate(slots, start=1):
        gender = "male" if rng.random() < 0.55 else "female"
        given_names = _GIVEN_MALE if gender == "male" else _GIVEN_FEMALE
        while True:  # two employees never share a full name
            surname, surname_pinyin = rng.choice(_SURNAMES)
            given = rng.choice(given_names)
            if surname + given not in names:
                break
        names.add(surname + given)
        while True:
            mobile = f"+86{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
            if mobile not in mobiles:
                break
        mobiles.add(mobile)
        earliest, latest = _HIRED.get(slot.position, _HIRED_DEFAULT)
        hire_date = earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))
        hire_date = min(hire_date, utcnow().date())  # nobody was hired in the future
        people.append(
            _Person(
                employee_no=f"E{number:04d}",
                name=surname + given,
                gender=gender,
                username_base=surname_pinyin + "".join(lazy_pinyin(given)),
                mobile=mobile,
                hire_date=hire_date,
            )
        )
    return people


def _username(base: str, taken: set[str]) -> str:
    number = next(n for n in range(1, 1000) if f"{base}{n:02d}" not in taken)
    username = f"{base}{number:02d}"
    taken.add(username)
    return username


async def _seed_employees(session: AsyncSession, rng: random.Random, settings: Settings) -> int:
    """Employees with roles, logins and department heads; keyed on the employee number."""
    slots = _org_chart()
    people = _people(rng, slots)  # drawn in full every run, so the data never depends on state
    numbers = [p.employee_no for p in people]
    existing = {
        e.employee_no: e
        for e in (
            await session.scalars(select(Employee).where(Employee.employee_no.in_(numbers)))
        ).all()
    }
    departments = await _departments_by_code(session)
    positions = {
        p.name: p.id
        for p in (await session.scalars(select(Position).where(Position.deleted_at.is_(None))))
    }
    roles = {
        r.code: r.id for r in (await session.scalars(select(Role).where(Role.deleted_at.is_(None))))
    }
    taken = set((await session.scalars(select(Account.username))).all())
    # The password is public and shared, so one hash serves every demo login (Argon2id at the
    # configured cost takes a noticeable fraction of a second per hash).
    password_hash = (
        await PasswordHasher.for_settings(settings).hash_async(DEMO_PASSWORD)
        if len(existing) < len(slots)
        else ""
    )

    placed: list[Employee] = []
    added: list[tuple[Employee, _Slot, str]] = []
    for slot, person in zip(slots, people, strict=True):
        employee = existing.get(person.employee_no)
        if employee is None:
            manager = placed[slot.manager] if slot.manager is not None else None
            username = _username(person.username_base, taken)
            employee = Employee(
                employee_no=person.employee_no,
                name=person.name,
                gender=person.gender,
                mobile=person.mobile,
                email=f"{username}@{_EMAIL_DOMAIN}",
                department_id=departments[slot.department].id,
                position_id=positions.get(slot.position),
                manager_id=manager.id if manager else None,
                manager_path=path_of(manager.manager_path, manager.id) if manager else "/",
                hire_date=person.hire_date,
                employment_status=(
                    "probation" if (_AS_OF - person.hire_date).days < 183 else "active"
                ),
                is_sales=slot.sales,
            )
            session.add(employee)
            added.append((employee, slot, username))
        placed.append(employee)
        if slot.head:
            department = departments[slot.department]
            if department.head_id is None:
                department.head_id = employee.id
    # Employees first (managers before their reports), then what references them.
    await session.flush()
    for employee, slot, username in added:
        session.add(EmployeeRole(employee_id=employee.id, role_id=roles[slot.role]))
        session.add(
            Account(employee_id=employee.id, username=username, password_hash=password_hash)
        )
    return len(added)


# ----- customers -----------------------------------------------------------------------------
#: How many customers ``seed-demo`` creates (``seed_demo(customers=...)`` changes it).
DEFAULT_DEMO_CUSTOMERS = 3000
#: Demo customer ``n`` has a fixed id derived from ``n`` (its natural key), so a second run adds
#: nothing and a larger count adds only the customers after the existing ones.
_CUSTOMER_IDS = uuid.UUID("0c7a4f8e-3b1d-5e2a-9c6f-2d8b7e1a4c30")
#: The share of demo customers in the public pool (no owner).
_POOL_SHARE = 0.10
#: The sales regions' provinces, so that a region's people mostly own customers there.
_TERRITORIES: dict[str, tuple[str, ...]] = {
    "EAST": ("上海市", "江苏省", "浙江省", "安徽省"),
    "SOUTH": ("广东省", "广西壮族自治区", "福建省", "海南省"),
}
#: How many customers each kind of seller tends to hold, relative to a representative's.
_OWNER_WEIGHTS = {"销售总监": 0.3, "区域经理": 0.8, "销售经理": 0.9, "高级销售代表": 1.6}
#: The way a customer usually got to its stage; each step is one ``stage_changed`` event.
_STAGE_PATHS: dict[str, tuple[str, ...]] = {
    "prospect": ("prospect",),
    "new": ("prospect", "new"),
    "active": ("prospect", "new", "active"),
    "loyal": ("prospect", "new", "active", "loyal"),
    "at_risk": ("prospect", "new", "active", "at_risk"),
    "churned": ("prospect", "new", "active", "at_risk", "churned"),
}
_STAGE_REASONS = {
    "new": ("签订首单合同", "完成首次采购", "试用转正式"),
    "active": ("第二次下单", "续签年度合同", "追加采购"),
    "loyal": ("连续两年复购", "签订三年框架协议"),
    "at_risk": ("三个月未下单", "投诉未解决", "关键联系人离职"),
    "churned": ("已转用竞品", "公司业务调整,停止合作"),
}
_FOLLOW_UPS = (
    ("phone", "电话沟通采购计划"),
    ("visit", "上门拜访,演示新版本"),
    ("wechat", "微信发送报价单"),
    ("email", "邮件确认合同条款"),
    ("meeting", "线上会议,梳理需求"),
    ("visit", "陪同技术人员现场调研"),
)


@dataclass
class _Owner:
    id: uuid.UUID
    since: datetime  # hired (start of day, UTC)
    provinces: tuple[str, ...]


@dataclass
class _PlannedCustomer:
    number: int
    id: uuid.UUID
    data: dict[str, Any]
    contacts: list[dict[str, Any]]
    owner: _Owner | None
    created_at: datetime
    stage_times: list[datetime]
    follow_up: tuple[datetime, str, str] | None


async def _demo_owners(session: AsyncSession) -> tuple[list[_Owner], list[float]]:
    """The demo's sellers (by employee number) with how many customers each tends to hold."""
    slots = _org_chart()
    numbers = {f"E{n:04d}": slot for n, slot in enumerate(slots, start=1) if slot.sales}
    rows = await session.execute(
        select(Employee.employee_no, Employee.id, Employee.hire_date)
        .where(Employee.employee_no.in_(numbers), Employee.deleted_at.is_(None))
        .order_by(Employee.employee_no)
    )
    owners: list[_Owner] = []
    weights: list[float] = []
    for number, employee_id, hired in rows.all():
        slot = numbers[number]
        region = slot.department.split("-")[0]
        since = datetime.combine(hired or _AS_OF, time(), tzinfo=UTC)
        owners.append(_Owner(employee_id, since, _TERRITORIES.get(region, ())))
        weights.append(_OWNER_WEIGHTS.get(slot.position, 1.3))
    return owners, weights


def _plan_customers(
    rng: random.Random, count: int, owners: list[_Owner], weights: list[float], now: datetime
) -> list[_PlannedCustomer]:
    """Every demo customer, drawn in order, so that customer ``n`` never depends on ``count``
    or on what the database already holds."""
    faker = CustomerFaker(rng=rng)
    names: set[str] = set()
    planned: list[_PlannedCustomer] = []
    for number in range(1, count + 1):
        owner = (
            None if not owners or rng.random() < _POOL_SHARE else rng.choices(owners, weights)[0]
        )
        home = owner.provinces if owner and owner.provinces and rng.random() < 0.75 else None
        while True:  # duplicate detection would (rightly) flag two demo customers alike
            data = faker.customer(provinces=home)
            key = rules.name_key(data["name"])
            if key not in names:
                break
        names.add(key)
        customer_id = uuid.uuid5(_CUSTOMER_IDS, f"customer:{number}")
        contacts = faker.contacts(data, customer_id)
        created_at = now - timedelta(days=rng.uniform(3, 3 * 365))
        if owner is None:  # the pool holds leads nobody works on and customers gone quiet
            data["strategic"] = False  # key accounts are never left in the pool
            if data["stage"] in ("new", "active", "loyal"):
                data["stage"] = "prospect" if rng.random() < 0.6 else "at_risk"
        # Stage history: created as a prospect, then one step at a time up to today's stage.
        path = _STAGE_PATHS[data["stage"]]
        span = (now - created_at) * rng.uniform(0.4, 0.95)
        stage_times = [created_at + span * (i / max(len(path) - 1, 1)) for i in range(len(path))]
        follow_up: tuple[datetime, str, str] | None = None
        if owner is not None and rng.random() < 0.95:  # owners follow up: the pool's clock
            moment = max(now - timedelta(days=rng.uniform(0, 60)), stage_times[-1])
            follow_up = (min(moment, now), *rng.choice(_FOLLOW_UPS))
        elif owner is None and rng.random() < 0.6:  # back in the pool after going quiet
            moment = max(now - timedelta(days=rng.uniform(60, 240)), created_at)
            follow_up = (moment, *rng.choice(_FOLLOW_UPS))
        planned.append(
            _PlannedCustomer(
                number, customer_id, data, contacts, owner, created_at, stage_times, follow_up
            )
        )
    return planned


def _customer_rows(
    plan: _PlannedCustomer, rng: random.Random, now: datetime
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of one customer: itself, its contacts, its timeline and its match keys."""
    data, owner = plan.data, plan.owner
    created = plan.created_at
    owned_since = min(max(created, owner.since), now) if owner else None
    stage_changed_at = plan.stage_times[-1]
    follow_up_at = plan.follow_up[0] if plan.follow_up else None
    key_account_since = (
        created + (now - created) * rng.uniform(0.2, 0.8) if data["strategic"] else None
    )
    revenue = data.get("annual_revenue")
    values: dict[str, Any] = {
        "kind": data["kind"],
        "name": data["name"],
        "short_name": data.get("short_name"),
        "credit_code": data.get("credit_code"),
        "industry": data.get("industry"),
        "size": data.get("size"),
        "source": data.get("source"),
        "channel": data.get("channel"),
        "region": data.get("region"),
        "territory": None,
        "province": data.get("province"),
        "city": data.get("city"),
        "district": data.get("district"),
        "address": data.get("address"),
        "latitude": data.get("latitude"),
        "longitude": data.get("longitude"),
        "phones": data["phones"],
        "email": data.get("email"),
        "website": data.get("website"),
        "tier": data.get("tier"),
        "stage": data["stage"],
        "stage_changed_at": stage_changed_at,
        "key_account": bool(data["strategic"]),
        "key_account_since": key_account_since,
        "strategic": bool(data["strategic"]),
        "annual_revenue": Decimal(revenue) if revenue else None,
        "tags": data["tags"],
        "remarks": data.get("remarks"),
        "status": data["status"],
        "owner_id": owner.id if owner else None,
        "owned_since": owned_since,
        "last_follow_up_at": follow_up_at,
        "pool_warned_at": None,
        "pool_id": None,
        "released_by_id": None,
        "released_at": None,
        "merged_into_id": None,
    }
    # The model computes its search document (name, short name, codes, phones with pinyin).
    transient = Customer(**{k: v for k, v in values.items() if k in _SEARCHED_CUSTOMER})
    transient.refresh_search_text()
    updated = max(t for t in (created, stage_changed_at, follow_up_at, owned_since) if t)
    customer = {
        **values,
        "id": plan.id,
        "search_text": transient.search_text,
        "tag_index": transient.tag_index,
        "created_at": created,
        "updated_at": updated,
        "version": 1,
        "deleted_at": None,
    }
    actor = owner.id if owner else None
    contacts = []
    for index, contact in enumerate(plan.contacts):
        moment = created + (now - created) * (0 if index == 0 else rng.uniform(0.05, 0.6))
        row = {
            "id": uuid.uuid5(_CUSTOMER_IDS, f"contact:{plan.number}:{index}"),
            "customer_id": plan.id,
            "name": contact["name"],
            "title": contact.get("title"),
            "department": contact.get("department"),
            "mobile": contact.get("mobile"),
            "phone": contact.get("phone"),
            "phone_extension": None,
            "email": contact.get("email"),
            "wechat": contact.get("wechat"),
            "birthday": date.fromisoformat(contact["birthday"]) if "birthday" in contact else None,
            "buying_role": contact.get("buying_role"),
            "is_primary": contact["is_primary"],
            "notes": contact.get("notes"),
        }
        person = Contact(**{k: v for k, v in row.items() if k in _SEARCHED_CONTACT})
        person.refresh_search_text()
        contacts.append(
            {
                **row,
                "search_text": person.search_text,
                "created_at": moment,
                "updated_at": moment,
                "version": 1,
                "deleted_at": None,
            }
        )
    events: list[dict[str, Any]] = []

    def event(kind: str, at: datetime, **fields: Any) -> None:
        events.append(
            {
                "id": uuid.uuid5(_CUSTOMER_IDS, f"event:{plan.number}:{len(events)}"),
                "created_at": at,
                "customer_id": plan.id,
                "kind": kind,
                "from_value": fields.get("from_value"),
                "to_value": fields.get("to_value"),
                "reason": fields.get("reason"),
                "actor_id": actor,
                "details": fields.get("details", {}),
                "pool_id": None,
                "release_reason_id": fields.get("release_reason_id"),
                "converted_at": None,
            }
        )

    path = _STAGE_PATHS[data["stage"]]
    for step, (stage, at) in enumerate(zip(path, plan.stage_times, strict=True)):
        previous = path[step - 1] if step else None
        reasons = _STAGE_REASONS.get(stage)
        reason = rng.choice(reasons) if reasons and rng.random() < 0.7 else None
        event("stage_changed", at, from_value=previous, to_value=stage, reason=reason)
    if key_account_since is not None:
        event("key_account_marked", key_account_since, reason="战略客户")
    if plan.follow_up is not None:
        at, method, note = plan.follow_up
        event("follow_up", at, reason=note, details={"method": method})
    keys = rules.match_keys(
        name=data["name"],
        credit_code=data.get("credit_code"),
        phones=list(data["phones"]),
        email=data.get("email"),
    )
    match_keys = [{"customer_id": plan.id, "kind": k, "value": v} for k, v in sorted(keys)]
    return customer, contacts, events, match_keys


_SEARCHED_CUSTOMER = frozenset({"name", "short_name", "credit_code", "email", "phones", "tags"})
_SEARCHED_CONTACT = frozenset({"name", "title", "email", "wechat", "mobile", "phone"})


async def _seed_customers(
    session: AsyncSession,
    rng: random.Random,
    _settings: Settings,
    *,
    count: int = DEFAULT_DEMO_CUSTOMERS,
) -> int:
    """Customers of the demo sellers (about 10% in the public pool), 1-3 contacts each (one
    primary), stage history, key accounts, recent follow-ups and duplicate-detection keys.

    Bulk inserts (no ORM objects, so no audit entries: demo data was never "changed" by
    anyone); keyed on the demo customer number. Times are relative to now, so the demo looks
    current (follow-ups in the last 60 days) whenever it is seeded.
    """
    if count <= 0:
        return 0
    now = utcnow()
    owners, weights = await _demo_owners(session)
    planned = _plan_customers(rng, count, owners, weights, now)
    existing: set[uuid.UUID] = set()
    ids = [p.id for p in planned]
    for start in range(0, len(ids), 500):
        found = await session.scalars(
            select(Customer.id).where(Customer.id.in_(ids[start : start + 500]))
        )
        existing.update(found.all())
    rows: dict[str, list[dict[str, Any]]] = {
        "customers": [],
        "contacts": [],
        "events": [],
        "keys": [],
    }
    for plan in planned:
        if plan.id in existing:
            continue
        # The remaining details come from a generator of the customer's own, so that they
        # too are the same whatever else exists.
        own = random.Random(f"{plan.number}:{plan.id}")  # noqa: S311 - demo data
        customer, contacts, events, keys = _customer_rows(plan, own, now)
        rows["customers"].append(customer)
        rows["contacts"] += contacts
        rows["events"] += events
        rows["keys"] += keys
    for model, name in (
        (Customer, "customers"),
        (Contact, "contacts"),
        (CustomerEvent, "events"),
        (CustomerMatchKey, "keys"),
    ):
        batch = rows[name]
        for start in range(0, len(batch), 1000):
            # Core executemany on the table: the ORM's bulk path would insert row by row.
            table = cast(Table, model.__table__)
            await session.execute(insert(table), batch[start : start + 1000])
    return len(rows["customers"])


def customers_seeder(count: int) -> Seeder:
    """The customers seeder with another number of customers than the default."""

    async def seed(session: AsyncSession, rng: random.Random, settings: Settings) -> int:
        return await _seed_customers(session, rng, settings, count=count)

    return seed


# ----- deals, contracts and payments ----------------------------------------------------------
#: Share of the owned customers with a deal, and of those with a second one.
_DEAL_SHARE, _SECOND_DEAL_SHARE = 0.45, 0.25
_HISTORY_SHARE = 0.65


async def _seed_sales(session: AsyncSession, rng: random.Random, _settings: Settings) -> int:
    """Competitors, and deals for about half the owned customers that have none yet: line
    items from the catalogue, stage histories, contacts on the deal, competitors met, and for
    won deals a contract with its payment plan and the payments received so far.

    Bulk inserts like the customers (no audit entries); a customer that has a deal already gets
    none, so running it again adds nothing twice. Returns the number of deals added.
    """
    now = utcnow()
    competitors = fake.competitor_rows(now)
    known = set(
        (
            await session.scalars(
                select(sales.Competitor.id).where(
                    sales.Competitor.id.in_([c["id"] for c in competitors])
                )
            )
        ).all()
    )
    await _insert(session, sales.Competitor, [c for c in competitors if c["id"] not in known])
    pipeline = await session.scalar(
        select(sales.Pipeline).where(sales.Pipeline.is_default.is_(True))
    )
    products = (await session.scalars(select(Product).where(Product.code.like("P%")))).all()
    if pipeline is None or not products:
        return 0
    stages = (
        await session.scalars(
            select(sales.PipelineStage)
            .where(
                sales.PipelineStage.pipeline_id == pipeline.id,
                sales.PipelineStage.deleted_at.is_(None),
            )
            .order_by(sales.PipelineStage.position)
        )
    ).all()
    reasons = (await session.scalars(select(sales.LossReason.id))).all()
    faker = fake.DealFaker(
        rng,
        pipeline_id=pipeline.id,
        stages=[fake.StageRef(s.id, s.kind, s.probability, s.forecast_category) for s in stages],
        products=[
            fake.ProductRef(p.id, p.name, p.unit, p.list_price, p.standard_cost) for p in products
        ],
        loss_reasons=list(reasons),
        competitors=[c["id"] for c in competitors],
        today=now.date(),
        now=now,
        taken_numbers=set((await session.scalars(select(sales.Contract.number))).all()),
    )
    with_deals = set((await session.scalars(select(sales.Opportunity.customer_id))).all())
    customers = (
        await session.execute(
            select(Customer.id, Customer.owner_id, Customer.short_name, Customer.name)
            .where(Customer.owner_id.is_not(None), Customer.deleted_at.is_(None))
            .order_by(Customer.id)
        )
    ).all()
    contacts = await _contacts_by_customer(session)
    tables: dict[Any, list[dict[str, Any]]] = {
        model: []
        for model in (
            sales.Opportunity,
            sales.OpportunityContact,
            sales.OpportunityLineItem,
            sales.OpportunityStageChange,
            sales.OpportunityCompetitor,
            sales.Contract,
            sales.ContractLineItem,
            sales.Installment,
            sales.Payment,
        )
    }
    added = 0
    for customer_id, owner_id, short_name, name in customers:
        # Whether a customer has deals is its own draw: a second run picks the same ones.
        own = random.Random(f"deals:{customer_id}")  # noqa: S311 - demo data
        if customer_id in with_deals or owner_id is None or own.random() > _DEAL_SHARE:
            continue
        ref = fake.CustomerRef(
            customer_id, owner_id, short_name or name, tuple(contacts.get(customer_id, ()))
        )
        for _ in range(2 if own.random() < _SECOND_DEAL_SHARE else 1):
            rows = faker.deal(ref)
            added += 1
            tables[sales.Opportunity].append(rows.opportunity)
            tables[sales.OpportunityContact] += rows.contacts
            tables[sales.OpportunityLineItem] += rows.lines
            tables[sales.OpportunityStageChange] += rows.history
            tables[sales.OpportunityCompetitor] += rows.competitors
            if rows.contract is not None:
                tables[sales.Contract].append(rows.contract)
            tables[sales.ContractLineItem] += rows.contract_lines
            tables[sales.Installment] += rows.installments
            tables[sales.Payment] += rows.payments
    for model, batch in tables.items():
        await _insert(session, model, batch)
    return added


async def _seed_activities(session: AsyncSession, rng: random.Random, settings: Settings) -> int:
    """Activity histories for about two thirds of the owned customers that have none yet:
    calls, chats, visits (with their check-in and check-out), meetings, follow-up tasks (some
    overdue) and a few visits planned for the coming days. A customer's last follow-up moves
    to its latest activity, as recording one through the API does. Returns activities added."""
    now = utcnow()
    faker = HistoryFaker(rng, now, settings.visit_max_distance_m)
    with_history = set((await session.scalars(select(Activity.customer_id).distinct())).all())
    deals: dict[uuid.UUID, list[uuid.UUID]] = {}
    for customer_id, deal_id in await session.execute(
        select(sales.Opportunity.customer_id, sales.Opportunity.id).order_by(sales.Opportunity.id)
    ):
        deals.setdefault(customer_id, []).append(deal_id)
    contacts = await _contacts_by_customer(session)
    customers = (
        await session.execute(
            select(
                Customer.id,
                Customer.owner_id,
                Customer.latitude,
                Customer.longitude,
                Customer.last_follow_up_at,
            )
            .where(Customer.owner_id.is_not(None), Customer.deleted_at.is_(None))
            .order_by(Customer.id)
        )
    ).all()
    histories = History()
    follow_ups: list[dict[str, Any]] = []
    for customer_id, owner_id, latitude, longitude, last_follow_up in customers:
        own = random.Random(f"activities:{customer_id}")  # noqa: S311 - demo data
        if customer_id in with_history or owner_id is None or own.random() > _HISTORY_SHARE:
            continue
        ref = HistoryRef(
            customer_id, owner_id, tuple(contacts.get(customer_id, ())),
            tuple(deals.get(customer_id, ())), latitude, longitude,
        )  # fmt: skip
        rows = faker.history(ref, own.randint(2, 8))
        for name in ("activities", "participants", "tasks", "visits"):
            getattr(histories, name).extend(getattr(rows, name))
        latest = rows.last_contact
        if latest is not None and (last_follow_up is None or latest > last_follow_up):
            follow_ups.append({"customer": customer_id, "at": latest})
    await _insert(session, Activity, histories.activities)
    await _insert(session, ActivityParticipant, histories.participants)
    await _insert(session, Task, histories.tasks)
    await _insert(session, Visit, histories.visits)
    table = cast(Table, Customer.__table__)
    for start in range(0, len(follow_ups), 1000):
        await session.execute(
            update(table)
            .where(table.c.id == bindparam("customer"))
            .values(last_follow_up_at=bindparam("at"), pool_warned_at=None),
            follow_ups[start : start + 1000],
        )
    return len(histories.activities)


async def _contacts_by_customer(session: AsyncSession) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Each customer's live contacts, the primary one first."""
    contacts: dict[uuid.UUID, list[uuid.UUID]] = {}
    for customer_id, contact_id in await session.execute(
        select(Contact.customer_id, Contact.id)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.customer_id, Contact.is_primary.desc(), Contact.id)
    ):
        contacts.setdefault(customer_id, []).append(contact_id)
    return contacts


async def _insert(session: AsyncSession, model: Any, rows: list[dict[str, Any]]) -> None:
    table = cast(Table, model.__table__)
    for start in range(0, len(rows), 1000):
        await session.execute(insert(table), rows[start : start + 1000])


SEEDERS: dict[str, Seeder] = {
    "departments": _seed_departments,
    "positions": _seed_positions,
    "employees": _seed_employees,
    "products": _seed_products,
    "customers": _seed_customers,
    "sales": _seed_sales,
    "activities": _seed_activities,
}


async def seed_demo(
    url: str,
    *,
    seed: int = 2026,
    settings: Settings | None = None,
    customers: int = DEFAULT_DEMO_CUSTOMERS,
) -> dict[str, int]:
    """Seed every context in order, in one transaction; returns rows added per resource.

    ``settings`` (default: the process settings) sets the password-hashing cost of the logins;
    ``customers`` is how many demo customers there should be (0: none).
    """
    settings = settings or get_settings()
    seeders = dict(SEEDERS)
    if customers != DEFAULT_DEMO_CUSTOMERS:
        seeders["customers"] = customers_seeder(customers)
    database = Database(url)
    counts: dict[str, int] = {}
    try:
        async with database.sessionmaker() as session:
            session.info["actor"] = ("system", None)
            for name, seeder in seeders.items():
                rng = random.Random(f"{seed}:{name}")  # noqa: S311 - demo data, not security
                counts[name] = await seeder(session, rng, settings)
                await session.flush()
            await session.commit()
    finally:
        await database.dispose()
    return counts
