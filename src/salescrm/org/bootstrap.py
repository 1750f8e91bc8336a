"""The first administrator, so that an empty database can be logged into."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.auth.models import Account
from salescrm.config import Settings
from salescrm.core.security.passwords import PasswordHasher
from salescrm.org.models import Department, Employee, EmployeeRole, Role


@dataclass(frozen=True)
class Admin:
    employee: Employee
    username: str
    password: str


ROOT_CODE = "HQ"


async def company_root(session: AsyncSession) -> Department:
    """The top of the department tree (the oldest live root); created if there is none."""
    root = await session.scalar(
        select(Department)
        .where(Department.parent_id.is_(None), Department.deleted_at.is_(None))
        .order_by(Department.created_at)
        .limit(1)
    )
    if root is None:
        root = Department(name="总公司", kind="company", code=ROOT_CODE, path="/")
        session.add(root)
        await session.flush()
    return root


async def has_accounts(session: AsyncSession) -> bool:
    return bool(await session.scalar(select(func.count()).select_from(Account)))


async def create_admin(
    session: AsyncSession,
    settings: Settings,
    *,
    username: str,
    password: str | None = None,
    name: str = "系统管理员",
) -> Admin:
    """An employee with the built-in admin role and a login; the company root if none exists.

    Without a password a random one is generated (and returned, to be shown once).
    """
    username = username.strip().lower()
    if await session.scalar(select(Account.id).where(Account.username == username)):
        raise ValueError(f"the username {username!r} is taken")
    password = password or secrets.token_urlsafe(12)
    root = await company_root(session)
    role = await session.scalar(select(Role).where(Role.code == "admin", Role.deleted_at.is_(None)))
    if role is None:
        raise RuntimeError("the built-in admin role is missing: run `salescrm migrate`")
    taken = set((await session.scalars(select(Employee.employee_no))).all())
    number = next(f"ADMIN{n:02d}" for n in range(1, 1000) if f"ADMIN{n:02d}" not in taken)
    employee = Employee(employee_no=number, name=name, department_id=root.id)
    session.add(employee)
    await session.flush()
    session.add(EmployeeRole(employee_id=employee.id, role_id=role.id))
    session.add(
        Account(
            employee_id=employee.id,
            username=username,
            password_hash=await PasswordHasher.for_settings(settings).hash_async(password),
        )
    )
    await session.flush()
    return Admin(employee=employee, username=username, password=password)
