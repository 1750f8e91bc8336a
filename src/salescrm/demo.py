"""``salescrm seed-demo``: realistic zh-CN demo data for every resource that exists.

Each bounded context contributes a seeder; running the command again adds nothing twice.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.catalog.models import Product
from salescrm.core.db.engine import Database

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


async def _seed_products(session: AsyncSession, rng: random.Random) -> int:
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


SEEDERS: dict[str, Callable[[AsyncSession, random.Random], Awaitable[int]]] = {
    "products": _seed_products,
}


async def seed_demo(url: str, *, seed: int = 2026) -> dict[str, int]:
    """Seed every context in order, in one transaction; returns rows added per resource."""
    database = Database(url)
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    counts: dict[str, int] = {}
    try:
        async with database.sessionmaker() as session:
            session.info["actor"] = ("system", None)
            for name, seeder in SEEDERS.items():
                counts[name] = await seeder(session, rng)
                await session.flush()
            await session.commit()
    finally:
        await database.dispose()
    return counts
