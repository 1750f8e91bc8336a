"""Organisation rules: tree and chain integrity, role grants without escalation, logins."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from sqlalchemy.exc import IntegrityError

from salescrm.auth.models import Account
from salescrm.auth.service import AuthService
from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import (
    Conflict,
    Duplicate,
    Forbidden,
    NotFound,
    ValidationFailed,
    unknown_reference,
)
from salescrm.core.etag import Expected
from salescrm.core.permissions.catalog import ALL, DataScope, is_known
from salescrm.core.repository import PageResult
from salescrm.core.security.passwords import PasswordHasher
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx, begin_write
from salescrm.org import staff
from salescrm.org.models import Department, Employee, Position, Role, StaffChange, path_of
from salescrm.org.repository import (
    DepartmentRepository,
    EmployeeRepository,
    PositionRepository,
    RoleRepository,
    StaffChangeRepository,
)
from salescrm.org.schemas import AccountCreate, AccountUpdate, StaffChangeCreate

i18n.register_names(
    {
        "department": "部门",
        "position": "职位",
        "employee": "员工",
        "role": "角色",
        "account": "账号",
        "record_share": "共享",
        "staff_change": "人事变动",
    },
    {
        "employee_no": "工号",
        "username": "用户名",
        "parent_id": "上级部门",
        "manager_id": "直属上级",
    },
)


class AdministratorProtected(Forbidden):
    """Only administrators manage administrators: whoever changes an administrator's e-mail,
    manager or login could take their power."""

    code = detail_key = "administrator_protected"


i18n.register_titles({"administrator_protected": ("Administrator protected", "管理员受保护")})
i18n.register_details(
    {
        "administrator_protected": (
            "Only an administrator may change, delete, restore or manage the login of an "
            "administrator, or record staff changes for them.",
            "只有管理员可以修改、删除、恢复管理员,管理其账号或为其记录人事变动。",
        ),
        "department_not_empty": (
            "The department still has {members} employee(s) and {children} sub-department(s).",
            "该部门仍有 {members} 名员工和 {children} 个下级部门。",
        ),
        "position_in_use": (
            "{holders} employee(s) hold this position.",
            "仍有 {holders} 名员工担任该职位。",
        ),
        "role_in_use": (
            "{holders} employee(s) hold this role.",
            "仍有 {holders} 名员工拥有该角色。",
        ),
        "builtin_role": (
            "Built-in roles cannot be deleted or renamed.",
            "内置角色不能删除或修改编码。",
        ),
        "escalation": (
            "You cannot grant permissions you do not hold: {permissions}.",
            "不能授予自己没有的权限:{permissions}。",
        ),
        "self_grant": (
            "Only an administrator may change their own roles.",
            "只有管理员可以修改自己的角色。",
        ),
        "employee_resigned": (
            "The employee has resigned; no further changes can be recorded.",
            "该员工已离职,不能再记录变动。",
        ),
        "change_not_scheduled": (
            "Only a scheduled change can be cancelled; this one is {status}.",
            "只能取消待生效的变动,该变动状态为 {status}。",
        ),
        "schedule_needs_all_scope": (
            "Only someone whose data scope is 'all' may schedule a change for a later date.",
            "只有数据范围为“全部”的用户可以预约未来生效的变动。",
        ),
        "employee_heads_departments": (
            "The employee heads {departments} department(s); name new heads first.",
            "该员工仍是 {departments} 个部门的负责人,请先指定新的负责人。",
        ),
        "employee_has_reports": (
            "The employee still has {reports} direct report(s); reassign them first.",
            "该员工仍有 {reports} 名直接下属,请先调整其汇报关系。",
        ),
    }
)


def _invalid(field: str, message: str, kind: str = "value_error") -> ValidationFailed:
    return ValidationFailed.field(["body", field], message, kind)


#: The data scopes each scope includes (everyone sees their own records).
SCOPE_INCLUDES: dict[DataScope, frozenset[DataScope]] = {
    DataScope.all: frozenset(DataScope),
    DataScope.department_tree: frozenset(
        {DataScope.department_tree, DataScope.department, DataScope.own}
    ),
    DataScope.department: frozenset({DataScope.department, DataScope.own}),
    DataScope.subordinates: frozenset({DataScope.subordinates, DataScope.own}),
    DataScope.own: frozenset({DataScope.own}),
}


def check_grant(ctx: Ctx, permissions: set[str], scopes: set[str] | None = None) -> None:
    """Nobody hands out more than they hold (administrators hold ``*``): no permission they
    lack, and no data scope wider than their own (a wider scope is seeing rows one may not)."""
    if ctx.subject.can(ALL):
        return
    beyond = sorted(p for p in permissions if not ctx.subject.can(p))
    held = {DataScope.own}.union(*(SCOPE_INCLUDES[s] for s in ctx.subject.scopes))
    beyond += sorted(f"data_scope:{s}" for s in scopes or () if DataScope(s) not in held)
    if beyond:
        raise Forbidden("escalation", permissions=", ".join(beyond))


async def _roles_of(ctx: Ctx, employee_id: uuid.UUID) -> list[Role]:
    return await RoleRepository(ctx).live_by_ids(
        await EmployeeRepository(ctx).role_ids(employee_id)
    )


async def check_not_administrator(ctx: Ctx, employee_id: uuid.UUID) -> None:
    """Any change to an administrator (``*``) is for administrators: their e-mail is where a
    password reset goes, their manager and department decide who sees them, and a staff change
    can end their employment. 403 ``administrator_protected`` for everyone else."""
    if ctx.subject.can(ALL):
        return
    if any(ALL in role.permissions for role in await _roles_of(ctx, employee_id)):
        raise AdministratorProtected()


async def check_manageable(ctx: Ctx, employee_id: uuid.UUID) -> None:
    """Changing someone's roles, login or status, deleting or restoring them, is like granting
    what they hold: an administrator is managed by administrators only, and nobody manages
    someone whose data scope is wider than their own (who resets a password can act as its
    holder)."""
    if ctx.subject.can(ALL):
        return
    await check_not_administrator(ctx, employee_id)
    check_grant(ctx, set(), {r.data_scope for r in await _roles_of(ctx, employee_id)})


async def check_refs(ctx: Ctx, values: dict[str, Any]) -> None:
    """A department or position named in a write must exist (422 naming the field)."""
    if (
        "department_id" in values
        and await DepartmentRepository(ctx).live(values["department_id"]) is None
    ):
        raise unknown_reference(["body", "department_id"], "department")
    if (
        values.get("position_id") is not None
        and await PositionRepository(ctx).find(values["position_id"]) is None
    ):
        raise unknown_reference(["body", "position_id"], "position")


class DepartmentService(CrudService[Department]):
    refusals: ClassVar = {"delete": {409: "409 while it has employees or sub-departments."}}
    repository = DepartmentRepository
    permission = "department"
    repo: DepartmentRepository

    async def _parent_path(self, parent_id: uuid.UUID | None, moving: uuid.UUID | None) -> str:
        if parent_id is None:
            return "/"
        parent = await self.repo.live(parent_id)
        if parent is None:
            raise unknown_reference(["body", "parent_id"], "department")
        if moving is not None and (parent.id == moving or f"/{moving.hex}/" in parent.path):
            raise _invalid("parent_id", "A department cannot move under itself", "cycle")
        return path_of(parent.path, parent.id)

    async def _check_head(self, head_id: uuid.UUID | None) -> None:
        if head_id is not None and await EmployeeRepository(self.ctx).live(head_id) is None:
            raise unknown_reference(["body", "head_id"], "employee")

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        await self._check_head(values.get("head_id"))
        values["path"] = await self._parent_path(values.get("parent_id"), None)
        return values

    async def prepare_update(self, record: Department, changes: dict[str, Any]) -> dict[str, Any]:
        if "head_id" in changes:
            await self._check_head(changes["head_id"])
        if "parent_id" in changes and changes["parent_id"] != record.parent_id:
            new_path = await self._parent_path(changes["parent_id"], record.id)
            await self.repo.move_subtree(
                path_of(record.path, record.id), path_of(new_path, record.id)
            )
            changes["path"] = new_path
        return changes

    async def prepare_delete(self, record: Department) -> None:
        members = await self.repo.live_members(record.id)
        children = await self.repo.live_children(record.id)
        if members or children:
            raise Conflict("department_not_empty", members=members, children=children)


class PositionService(CrudService[Position]):
    repository = PositionRepository
    permission = "position"
    refusals: ClassVar = {"delete": {409: "409 while employees hold the position."}}
    repo: PositionRepository

    async def prepare_delete(self, record: Position) -> None:
        holders = await self.repo.holders(record.id)
        if holders:
            raise Conflict("position_in_use", holders=holders)


class RoleService(CrudService[Role]):
    repository = RoleRepository
    permission = "role"
    refusals: ClassVar = {
        "update": {409: "409 when the `code` of a built-in role would change."},
        "delete": {409: "409 for a built-in role, and while employees hold the role."},
    }
    repo: RoleRepository

    def _check_permissions(self, permissions: list[str]) -> list[str]:
        for index, permission in enumerate(permissions):
            if not is_known(permission):
                raise ValidationFailed.field(
                    ["body", "permissions", index], f"Unknown permission {permission!r}"
                )
        return sorted(set(permissions))

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values["permissions"] = self._check_permissions(values.get("permissions", []))
        scope = values.get("data_scope", DataScope.own)
        check_grant(self.ctx, set(values["permissions"]), {scope})
        values["builtin"] = False
        return values

    async def prepare_update(self, record: Role, changes: dict[str, Any]) -> dict[str, Any]:
        if record.builtin and "code" in changes and changes["code"] != record.code:
            raise Conflict("builtin_role")
        if changes.get("permissions") is not None:  # null is refused by the repository (422)
            changes["permissions"] = self._check_permissions(changes["permissions"])
        # Editing a role is granting it again, as it was and as it will be.
        check_grant(
            self.ctx,
            {*record.permissions, *(changes.get("permissions") or ())},
            {record.data_scope, changes.get("data_scope") or record.data_scope},
        )
        return changes

    async def prepare_delete(self, record: Role) -> None:
        if record.builtin:
            raise Conflict("builtin_role")
        holders = await self.repo.holders(record.id)
        if holders:
            raise Conflict("role_in_use", holders=holders)


class EmployeeService(CrudService[Employee]):
    repository = EmployeeRepository
    permission = "employee"
    refusals: ClassVar = {
        "delete": {409: "409 while the employee has direct reports or heads a department."}
    }
    repo: EmployeeRepository

    async def _roles(self, role_ids: list[uuid.UUID], target: uuid.UUID) -> list[uuid.UUID]:
        """Assigning existing roles is HR's job (``employee:assign_roles``). Defining a role is
        bounded by the definer's own permissions (``RoleService``); assigning one is bounded so:
        administrator power (``*``) only from administrators, no role to oneself, and no data
        scope wider than the assigner's."""
        self.require("assign_roles")
        unique = list(dict.fromkeys(role_ids))
        roles = await RoleRepository(self.ctx).live_by_ids(unique)
        found = {r.id for r in roles}
        for index, role_id in enumerate(unique):
            if role_id not in found:
                raise unknown_reference(["body", "role_ids", index], "role")
        if not self.ctx.subject.can(ALL):
            if target == self.ctx.subject.id:
                raise Forbidden("self_grant")
            check_grant(
                self.ctx,
                {ALL} & {p for r in roles for p in r.permissions},
                {r.data_scope for r in roles},
            )
        return unique

    # ----- create / update / delete --------------------------------------------------------
    async def create(self, payload: Any) -> tuple[Employee, bool]:
        self.require("write")
        values = payload.model_dump(exclude_unset=True)
        account = values.pop("account", None)
        role_ids = values.pop("role_ids", [])
        await check_refs(self.ctx, values)
        values["manager_path"] = await staff.StaffChanges(self.ctx).manager_path(
            None, values.get("manager_id")
        )
        employee, created = await self.repo.create(values)
        if not created:
            return await self.repo.reload(employee), False
        if role_ids:
            await self.repo.set_roles(employee.id, await self._roles(role_ids, employee.id))
        if account is not None:
            await self._create_account(employee, AccountCreate(**account))
        return await self.repo.reload(employee), True

    async def update(self, record_id: uuid.UUID, payload: Any, expected: Expected) -> Employee:
        self.require("write")
        employee = await self.repo.get_for_write(record_id)
        await check_not_administrator(self.ctx, employee.id)
        changes = payload.model_dump(exclude_unset=True)
        if "role_ids" in changes and changes["role_ids"] is None:
            raise _invalid("role_ids", "May not be null; send [] to remove every role")
        role_ids = changes.pop("role_ids", None)
        await check_refs(self.ctx, changes)
        if role_ids is not None or "employment_status" in changes:
            await check_manageable(self.ctx, employee.id)
        tracked = {k: changes.pop(k) for k in staff.TRACKED if k in changes}
        # One request, one UPDATE of the employee row (one version, one audit entry): the staff
        # change sets its fields first and the repository's flush writes them with the rest.
        with self.ctx.session.no_autoflush:
            if tracked:
                await staff.StaffChanges(self.ctx).record_immediate(employee, tracked, flush=False)
            employee = await self.repo.update(employee, changes, expected)
        if role_ids is not None:
            before = await self.repo.role_ids(employee.id)
            after = await self._roles(role_ids, employee.id)
            if set(before) != set(after):
                await self.repo.set_roles(employee.id, after)
                staff.audit_roles(self.ctx, employee, before, after)
                await self.repo.touch(employee)
        return await self.repo.reload(employee)

    async def prepare_delete(self, record: Employee) -> None:
        await check_manageable(self.ctx, record.id)
        reports = await self.repo.direct_reports(record.id)
        if reports:
            raise Conflict("employee_has_reports", reports=len(reports))
        headed = await DepartmentRepository(self.ctx).headed_by(record.id)
        if headed:
            raise Conflict("employee_heads_departments", departments=len(headed))
        await AuthService(self.ctx.session, self.ctx.settings).end_sessions(record.id, "deleted")

    async def prepare_restore(self, record: Employee) -> None:
        await check_manageable(self.ctx, record.id)  # undoing a delete is managing them too

    async def restore(self, record_id: uuid.UUID) -> Employee:
        return await self.repo.reload(await super().restore(record_id))

    async def own(self) -> Employee:
        """The caller's own record (``/auth/me``): always theirs to see, whatever their roles."""
        employee = await self.repo.live(self.ctx.subject.id) if self.ctx.subject.id else None
        if employee is None:
            raise NotFound(resource="employee", id=str(self.ctx.subject.id))
        return await self.repo.reload(employee)

    # ----- login account -------------------------------------------------------------------
    async def _create_account(
        self, employee: Employee, data: AccountCreate, password_hash: str | None = None
    ) -> Account:
        self.require("manage_account")
        hasher = PasswordHasher.for_settings(self.ctx.settings)
        account = Account(
            employee_id=employee.id,
            username=data.username,
            password_hash=password_hash or await hasher.hash_async(data.password),
            enabled=data.enabled,
        )
        self.ctx.session.add(account)
        await self._flush_account()
        return account

    async def _flush_account(self) -> None:
        try:
            await self.ctx.session.flush()
        except IntegrityError as exc:
            raise Duplicate(
                resource="account", field="username", extensions={"field": "username"}
            ) from exc

    async def set_account(self, employee_id: uuid.UUID, data: AccountUpdate) -> Employee:
        """The new password is hashed before SQLite's write lock is taken (the route is
        ``writes_late``): a hash takes a tenth of a second that no other writer should wait."""
        self.require("manage_account")
        hasher = PasswordHasher.for_settings(self.ctx.settings)
        password_hash = None if data.password is None else await hasher.hash_async(data.password)
        await begin_write(self.ctx.session)
        employee = await self.repo.get_for_write(employee_id)
        await check_manageable(self.ctx, employee.id)
        account = employee.account
        if account is None:
            if data.username is None or data.password is None:
                raise _invalid("username", "A new login needs a username and a password", "missing")
            await self._create_account(
                employee,
                AccountCreate(
                    username=data.username,
                    password=data.password,
                    enabled=True if data.enabled is None else data.enabled,
                ),
                password_hash,
            )
            await self.repo.touch(employee)
            return await self.repo.reload(employee)
        auth = AuthService(self.ctx.session, self.ctx.settings)
        if data.username is not None:
            account.username = data.username
        if password_hash is not None:
            account.password_hash = password_hash
            account.password_changed_at = utcnow()
            await auth.end_sessions(employee.id, "password_reset")
        if data.enabled is not None:
            account.enabled = data.enabled
            if not data.enabled:
                await auth.end_sessions(employee.id, "disabled")
        await self._flush_account()
        await self.repo.touch(employee)  # the login is part of the employee's representation
        return await self.repo.reload(employee)


class StaffChangeService:
    """``/employees/{id}/changes``: the dated history of one employee."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = StaffChangeRepository(ctx)
        self.employees = EmployeeRepository(ctx)

    def require(self, action: str) -> None:
        if not self.ctx.subject.can(f"staff_change:{action}"):
            raise Forbidden("forbidden_action", permission=f"staff_change:{action}")

    async def list(self, employee_id: uuid.UUID, params: Any) -> PageResult[StaffChange]:
        self.require("read")
        await self.employees.get(employee_id)
        return await self.repo.list(params, where=[StaffChange.employee_id == employee_id])

    async def create(self, employee_id: uuid.UUID, payload: StaffChangeCreate) -> StaffChange:
        self.require("write")
        employee = await self.employees.get_for_write(employee_id)
        await check_not_administrator(self.ctx, employee.id)
        data = payload.model_dump(exclude_unset=True, exclude={"kind", "effective_date", "reason"})
        successor_id = data.pop("successor_id", None)
        changes = {k: v for k, v in data.items() if v is not None}
        required = {
            "transfer": ("department_id", "manager_id"),
            "promotion": ("position_id",),
            "position_change": ("position_id",),
            "status_change": ("employment_status",),
            "resignation": (),
        }[payload.kind.value]
        if required and not any(k in changes for k in required):
            raise _invalid(required[0], f"A {payload.kind.value} needs {' or '.join(required)}")
        if changes.get("employment_status") == "resigned" and payload.kind.value != "resignation":
            raise _invalid("employment_status", "Record a resignation with kind=resignation")
        await check_refs(self.ctx, changes)
        if "employment_status" in changes or payload.kind.value == "resignation":
            await check_manageable(self.ctx, employee.id)
        if successor_id is not None:
            # A hand-over changes the manager of the leaver's reports (7g: an administrator's
            # is for administrators). What a scheduled one moves is checked again on its date.
            moved = await staff.StaffChanges(self.ctx).moved_by_hand_over(employee, successor_id)
            for report in moved:
                await check_not_administrator(self.ctx, report.id)
        effective_date = payload.effective_date or utcnow().date()
        if effective_date > utcnow().date() and not self.ctx.subject.sees_everything:
            # A scheduled change is applied later by the system, where the caller's scope can no
            # longer be checked: only someone who sees everyone may schedule one.
            raise Forbidden("schedule_needs_all_scope")
        if successor_id is not None and await self.employees.find_writable(successor_id) is None:
            raise unknown_reference(["body", "successor_id"], "active employee")
        change = await staff.StaffChanges(self.ctx).schedule(
            employee,
            kind=payload.kind.value,
            effective_date=effective_date,
            changes=changes,
            successor_id=successor_id,
            reason=payload.reason,
        )
        if change.status == "applied":
            # The same re-check as a PATCH: the employee (and, after a hand-over, the successor)
            # must stay within what the caller may manage.
            await self.employees.ensure_writable(employee)
            if successor_id is not None:
                successor = await self.employees.live(successor_id)
                if successor is not None:
                    await self.employees.ensure_writable(successor)
        return change

    async def cancel(self, employee_id: uuid.UUID, change_id: uuid.UUID) -> StaffChange:
        self.require("write")
        change = await self.repo.get_for_write(change_id)
        if change.employee_id != employee_id:
            raise NotFound(resource="staff_change", id=str(change_id))
        await check_not_administrator(self.ctx, employee_id)
        return await staff.StaffChanges(self.ctx).cancel(change)
