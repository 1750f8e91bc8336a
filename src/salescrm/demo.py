"""``salescrm seed-demo``: realistic zh-CN demo data for every resource that exists.

Each bounded context contributes a seeder; running the command again adds nothing twice (each
seeder keys its rows on a natural key: department code, position name, employee number, product
code). Every seeder draws from its own random generator, derived from the seed and its name, so
the data is repeatable and adding a seeder never changes what the others produce.

The organisation is a small sales company: a sales centre with two regions and three teams, plus
customer service, HR, finance and IT; 41 employees in a three-level reporting line (sales director
→ regional and team managers → representatives), each holding a built-in role and a login. Every
demo login shares the password ``DEMO_PASSWORD`` (documented in the README); it is never printed.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from pypinyin import lazy_pinyin
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.auth.models import Account
from salescrm.catalog.models import Product
from salescrm.config import Settings, get_settings
from salescrm.core.db.engine import Database
from salescrm.core.security.passwords import PasswordHasher
from salescrm.org.bootstrap import ROOT_CODE, company_root
from salescrm.org.models import Department, Employee, EmployeeRole, Position, Role, path_of

#: The password of every demo login (public: the README states it).
DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - a documented demo credential, not a secret
#: The code of the company root; an existing root (e.g. the first administrator's) is reused.
#: "Today" for generated hire dates, fixed so that the data does not depend on the clock.
_AS_OF = date(2026, 11, 1)
_EMAIL_DOMAIN = "example.com"

Seeder = Callable[[AsyncSession, random.Random, Settings], Awaitable[int]]

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


SEEDERS: dict[str, Seeder] = {
    "departments": _seed_departments,
    "positions": _seed_positions,
    "employees": _seed_employees,
    "products": _seed_products,
}


async def seed_demo(
    url: str, *, seed: int = 2026, settings: Settings | None = None
) -> dict[str, int]:
    """Seed every context in order, in one transaction; returns rows added per resource.

    ``settings`` (default: the process settings) sets the password-hashing cost of the logins.
    """
    settings = settings or get_settings()
    database = Database(url)
    counts: dict[str, int] = {}
    try:
        async with database.sessionmaker() as session:
            session.info["actor"] = ("system", None)
            for name, seeder in SEEDERS.items():
                rng = random.Random(f"{seed}:{name}")  # noqa: S311 - demo data, not security
                counts[name] = await seeder(session, rng, settings)
                await session.flush()
            await session.commit()
    finally:
        await database.dispose()
    return counts
