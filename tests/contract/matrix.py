"""The permission matrix: who sees and changes what, proved over HTTP for every resource.

``build_org`` creates, through the API, a sales department with two teams:

    company root
    ├── Sales (director D, sales_director: department_tree)
    │   ├── Team A: manager M1 (sales_manager: subordinates); reps R1, R2 (sales_rep: own);
    │   │           V, reporting to M1, holds a custom role with the *department* scope
    │   └── Team B: manager M2; reps R3, R4
    └── Service: S (service_agent: own)

plus the bootstrapped administrator (``all``). Managers and the director also get a "writer" role
(scope ``own``, so it widens nothing) holding the resource's write permissions, so the matrix
can tell 404 (outside the scope) from 403 (a missing function).

A resource joins by subclassing ``PermissionMatrix``: owned resources say how to create a record
owned by a given person; unowned ones are readable and writable by function permission alone.

The organisation is built through the API once per test process and grant list; later tests
get the same rows back with one insert per table (``_replay``): about 30 requests and nine
logins become a few milliseconds, across the 200-odd tests that start from it.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

import httpx
from sqlalchemy import Table, func, select

from salescrm.models import metadata
from tests.conftest import TestDatabase, http_client, login

#: Collection paths that joined the matrix (checked by tests/test_meta.py).
MATRIX_PATHS: set[str] = set()

PEOPLE = ("D", "M1", "M2", "R1", "R2", "R3", "R4", "V", "S")
VIEWERS = ("admin", *PEOPLE)

#: What each viewer's data scope covers among PEOPLE's records (the specification of the scopes).
VISIBLE: dict[str, set[str]] = {
    "admin": set(PEOPLE),  # all
    "D": {"D", "M1", "M2", "R1", "R2", "R3", "R4", "V"},  # department tree of Sales
    "M1": {"M1", "R1", "R2", "V"},  # own + reports, transitively
    "M2": {"M2", "R3", "R4"},
    "R1": {"R1"},  # own
    "R2": {"R2"},
    "R3": {"R3"},
    "R4": {"R4"},
    "V": {"M1", "R1", "R2", "V"},  # department: everyone in Team A
    "S": {"S"},
}
WRITERS = {"admin", "D", "M1", "M2"}


@dataclass
class Org:
    ids: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    departments: dict[str, str] = field(default_factory=dict)
    permissions: dict[str, set[str]] = field(default_factory=dict)


async def _role_id(admin: httpx.AsyncClient, code: str) -> str:
    items = (await admin.get("/api/v1/roles", params={"q": code})).json()["items"]
    return next(r["id"] for r in items if r["code"] == code)


#: Per test database and grant list: the Org the first build made, and the rows it added.
_BUILT: dict[tuple[str, tuple[str, ...]], tuple[Org, list[tuple[Table, list[dict[str, Any]]]]]] = {}


async def build_org(
    app: Any,
    admin: httpx.AsyncClient,
    db: TestDatabase,
    writer_permissions: list[str],
    *,
    replay: bool = False,
) -> Org:
    """The organisation above, with ``writer_permissions`` in the writers' role.

    With ``replay`` (the matrices below), the first build per test database and grant list
    goes through the API and keeps the rows it added; later ones insert those rows again (the
    same ids, tokens and audit trail), unless the organisation is already there. Tests of the
    event outbox and delta sync build through the API every time: their cursors and the
    process's state follow ids and times that a replay would repeat across tests."""
    key = (db.url, tuple(writer_permissions))
    built = _BUILT.get(key) if replay else None
    if built is not None and await _replay(db, *built):
        return copy.deepcopy(built[0])
    fresh = replay and built is None and await _counts(db) == _baseline_counts(db)
    org = await _build_org(app, admin, db, writer_permissions)
    if fresh:
        _BUILT[key] = (copy.deepcopy(org), await _added_rows(db))
    return org


def _baseline_counts(db: TestDatabase) -> list[int]:
    return [len(db.baseline.get(t.name, [])) for t in metadata.sorted_tables]


async def _counts(db: TestDatabase) -> list[int]:
    """Every table's row count, in one statement."""
    counts = [select(func.count()).select_from(t).scalar_subquery() for t in metadata.sorted_tables]
    async with db.database.engine.connect() as connection:
        return list((await connection.execute(select(*counts))).one())


async def _added_rows(db: TestDatabase) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The rows of each table that the baseline does not hold (by primary key)."""
    added = []
    async with db.database.engine.connect() as connection:
        for table in metadata.sorted_tables:
            keys = [c.name for c in table.primary_key.columns]
            known = {tuple(r[k] for k in keys) for r in db.baseline.get(table.name, [])}
            # In key order, parents before children (UUIDv7 ids and ``seq`` grow with time):
            # a department's parent and an employee's manager are inserted first.
            ordered = select(table).order_by(*table.primary_key.columns)
            rows = [dict(r) for r in (await connection.execute(ordered)).mappings()]
            new = [r for r in rows if tuple(r[k] for k in keys) not in known]
            if new:
                added.append((table, new))
    return added


async def _replay(
    db: TestDatabase, org: Org, added: list[tuple[Table, list[dict[str, Any]]]]
) -> bool:
    """Insert the organisation's rows again; False when it is already there."""
    departments = next(t for t, _ in added if t.name == "departments")
    async with db.database.engine.begin() as connection:
        there = select(departments.c.id).where(
            departments.c.id == uuid.UUID(org.departments["sales"])
        )
        if (await connection.execute(there)).first() is not None:
            return False
        for table, rows in added:
            await connection.execute(table.insert(), rows)
    return True


async def _build_org(
    app: Any, admin: httpx.AsyncClient, db: TestDatabase, writer_permissions: list[str]
) -> Org:
    org = Org(ids={"admin": db.admin_id})

    async def department(key: str, name: str, parent: str) -> None:
        response = await admin.post("/api/v1/departments", json={"name": name, "parent_id": parent})
        assert response.status_code == 201, response.text
        org.departments[key] = response.json()["id"]

    await department("sales", "销售部", db.root_department_id)
    await department("team_a", "销售一组", org.departments["sales"])
    await department("team_b", "销售二组", org.departments["sales"])
    await department("service", "客服部", db.root_department_id)

    async def role(code: str, permissions: list[str], scope: str) -> str:
        response = await admin.post(
            "/api/v1/roles",
            json={"code": code, "name": code, "permissions": permissions, "data_scope": scope},
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    roles = {
        code: await _role_id(admin, code)
        for code in ("sales_director", "sales_manager", "sales_rep", "service_agent")
    }
    roles["dept_viewer"] = await role(
        "matrix_dept_viewer", ["employee:read", "department:read"], "department"
    )
    roles["writer"] = await role("matrix_writer", writer_permissions, "own")

    plan = [  # key, department, manager, roles
        ("D", "sales", None, ["sales_director", "writer"]),
        ("M1", "team_a", "D", ["sales_manager", "writer"]),
        ("M2", "team_b", "D", ["sales_manager", "writer"]),
        ("R1", "team_a", "M1", ["sales_rep"]),
        ("R2", "team_a", "M1", ["sales_rep"]),
        ("R3", "team_b", "M2", ["sales_rep"]),
        ("R4", "team_b", "M2", ["sales_rep"]),
        ("V", "team_a", "M1", ["dept_viewer"]),
        ("S", "service", None, ["service_agent"]),
    ]
    for key, dept, manager, role_codes in plan:
        response = await admin.post(
            "/api/v1/employees",
            json={
                "employee_no": f"MX-{key}",
                "name": f"矩阵{key}",
                "department_id": org.departments[dept],
                "manager_id": org.ids[manager] if manager else None,
                "role_ids": [roles[c] for c in role_codes],
                "account": {"username": f"matrix.{key.lower()}", "password": f"password-{key}"},
            },
        )
        assert response.status_code == 201, response.text
        org.ids[key] = response.json()["id"]
    org.tokens["admin"] = db.admin_token
    for key in PEOPLE:
        org.tokens[key] = await login(app, f"matrix.{key.lower()}", f"password-{key}")
    for key in VIEWERS:
        async with http_client(app, org.tokens[key]) as http:
            org.permissions[key] = set((await http.get("/api/v1/auth/me")).json()["permissions"])
    return org


def holds(org: Org, viewer: str, permission: str) -> bool:
    return "*" in org.permissions[viewer] or permission in org.permissions[viewer]


class _Matrix:
    """What every matrix declares: the resource, its function permissions, an update."""

    resource: ClassVar[str]  # "employee": the permission prefix and the share resource name
    update_payload: ClassVar[dict[str, Any]]
    #: The function permissions the matrix checks; they default to ``<resource>:<action>``.
    read_permission: ClassVar[str | None] = None
    write_permission: ClassVar[str | None] = None
    delete_permission: ClassVar[str | None] = None

    def permission(self, action: str) -> str:
        given: str | None = getattr(self, f"{action}_permission")
        return given or f"{self.resource}:{action}"

    @property
    def write_grants(self) -> list[str]:
        return [self.permission("write"), self.permission("delete")]


class PermissionMatrix(_Matrix):
    path: ClassVar[str]
    owned: ClassVar[bool] = True
    #: Records whose deletion the matrix may try (leaves, for hierarchies).
    deletable: ClassVar[tuple[str, ...]] = ("R1", "R3", "S")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "path" in cls.__dict__:
            MATRIX_PATHS.add(cls.path)

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        """A record owned by ``owner`` (for unowned resources: any record)."""
        raise NotImplementedError

    # ----- helpers ---------------------------------------------------------------------------
    async def setup(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> tuple[Org, dict[str, str]]:
        org = await build_org(app, client, db, self.write_grants, replay=True)
        records = {owner: await self.create_record(client, org, owner) for owner in PEOPLE}
        return org, records

    def in_scope(self, viewer: str) -> set[str]:
        """The records the viewer's data scope covers (all of them for unowned resources);
        whether the viewer may read or write them is the separate, functional question."""
        return VISIBLE[viewer] if self.owned else set(PEOPLE)

    async def listed(self, http: httpx.AsyncClient) -> set[str]:
        ids: set[str] = set()
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 200, **({"cursor": cursor} if cursor else {})}
            page = (await http.get(self.path, params=params)).json()
            ids.update(item["id"] for item in page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                return ids

    # ----- the matrix ------------------------------------------------------------------------
    async def test_list_and_get_follow_the_scope(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        org, records = await self.setup(app, client, db)
        by_id = {record_id: owner for owner, record_id in records.items()}
        for viewer in VIEWERS:
            visible = self.in_scope(viewer)
            async with http_client(app, org.tokens[viewer]) as http:
                if not holds(org, viewer, self.permission("read")):
                    assert (await http.get(self.path)).status_code == 403, viewer
                    response = await http.get(f"{self.path}/{records['R1']}")
                    assert response.status_code == 403, viewer
                    continue
                seen = {by_id[i] for i in await self.listed(http) if i in by_id}
                assert seen == visible, (viewer, sorted(seen), sorted(visible))
                total = (await http.get(self.path, params={"include_total": "true"})).json()
                assert total["total"] >= len(visible), viewer
                for owner, record_id in records.items():
                    response = await http.get(f"{self.path}/{record_id}")
                    expected = 200 if owner in visible else 404
                    assert response.status_code == expected, (viewer, owner, response.text)

    async def test_update_and_delete_follow_scope_and_function(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        org, records = await self.setup(app, client, db)
        for viewer in VIEWERS:
            visible = self.in_scope(viewer)
            can_write = holds(org, viewer, self.permission("write"))
            async with http_client(app, org.tokens[viewer]) as http:
                for owner, record_id in records.items():
                    response = await http.patch(
                        f"{self.path}/{record_id}", json=self.update_payload
                    )
                    expected = (200 if owner in visible else 404) if can_write else 403
                    assert response.status_code == expected, (viewer, owner, response.text)
        # Deletion last: deleting an employee ends their sessions.
        for viewer in ("R1", "M1", "M2", "D"):
            visible = self.in_scope(viewer)
            can_delete = holds(org, viewer, self.permission("delete"))
            async with http_client(app, org.tokens[viewer]) as http:
                for owner in self.deletable:
                    response = await http.delete(f"{self.path}/{records[owner]}")
                    expected = (204 if owner in visible else 404) if can_delete else 403
                    assert response.status_code == expected, (viewer, owner, response.text)
                    if response.status_code == 204:
                        restored = await client.post(f"{self.path}/{records[owner]}/restore")
                        assert restored.status_code == 200, restored.text


class OwnedMatrix(PermissionMatrix):
    """Adds sharing: a share widens exactly the grantee's scope, read or write as given."""

    async def test_sharing_widens_the_scope(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        org, records = await self.setup(app, client, db)
        target = records["R3"]  # outside M1's, R1's and V's scope
        url = f"{self.path}/{target}"
        async with (
            http_client(app, org.tokens["M1"]) as m1,
            http_client(app, org.tokens["R1"]) as r1,
            http_client(app, org.tokens["V"]) as v,
        ):
            assert (await m1.get(url)).status_code == 404
            # M1 cannot share what M1 cannot change.
            refused = await m1.post(
                "/api/v1/record-shares",
                json={"resource": self.resource, "record_id": target, "employee_id": org.ids["R1"]},
            )
            # A record the body names outside the caller's scope: 422, as if absent.
            assert refused.status_code == 422, refused.text
            error = refused.json()["errors"][0]
            assert (error["loc"], error["type"]) == (["body", "record_id"], "not_found")
            # M2 (who may change R3's record) shares it with M1 for reading.
            async with http_client(app, org.tokens["M2"]) as m2:
                share = await m2.post(
                    "/api/v1/record-shares",
                    json={
                        "resource": self.resource,
                        "record_id": target,
                        "employee_id": org.ids["M1"],
                        "access": "read",
                    },
                )
                assert share.status_code == 201, share.text
            assert (await m1.get(url)).status_code == 200
            assert target in await self.listed(m1)
            read_only = await m1.patch(url, json=self.update_payload)
            assert read_only.status_code == 403
            assert (await r1.get(url)).status_code == 404  # nobody else gained anything
            # Upgrading the share to write lets M1 change it.
            upgraded = await client.post(
                "/api/v1/record-shares",
                json={
                    "resource": self.resource,
                    "record_id": target,
                    "employee_id": org.ids["M1"],
                    "access": "write",
                },
            )
            assert upgraded.status_code == 200, upgraded.text
            assert (await m1.patch(url, json=self.update_payload)).status_code == 200
            # A department share reaches everyone in that department.
            dept = await client.post(
                "/api/v1/record-shares",
                json={
                    "resource": self.resource,
                    "record_id": target,
                    "department_id": org.departments["team_a"],
                },
            )
            assert dept.status_code == 201, dept.text
            assert (await r1.get(url)).status_code == 200
            # V is in Team A too; without the read function the share cannot help.
            v_reads = holds(org, "V", self.permission("read"))
            assert (await v.get(url)).status_code == (200 if v_reads else 403)
            shares = (
                await client.get(
                    "/api/v1/record-shares", params={"resource": self.resource, "record_id": target}
                )
            ).json()["items"]
            assert len(shares) == 2
            # Revoking needs share:manage, which V lacks even for a record V can see.
            assert (await v.delete(f"/api/v1/record-shares/{shares[0]['id']}")).status_code == 403
            for item in shares:
                assert (
                    await client.delete(f"/api/v1/record-shares/{item['id']}")
                ).status_code == 204
            assert (await m1.get(url)).status_code == 404
            assert (await r1.get(url)).status_code == 404


class ChildMatrix(_Matrix):
    """A child collection (``/opportunities/{parent_id}/line-items``): its records are visible
    and writable exactly when their parent is. Each person's parent gets one child; every viewer
    lists each parent's collection, reads and changes each child."""

    #: The path template, registered as covered (``path`` is per parent).
    covers: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "covers" in cls.__dict__:
            MATRIX_PATHS.add(cls.covers)

    async def create_child(self, admin: httpx.AsyncClient, org: Org, owner: str) -> tuple[str, str]:
        """A parent owned by ``owner`` and one child of it: ``(collection path, child id)``."""
        raise NotImplementedError

    async def test_children_follow_their_parent(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        org = await build_org(app, client, db, self.write_grants, replay=True)
        children = {owner: await self.create_child(client, org, owner) for owner in PEOPLE}
        for viewer in VIEWERS:
            visible = VISIBLE[viewer]
            reads = holds(org, viewer, self.permission("read"))
            writes = holds(org, viewer, self.permission("write"))
            async with http_client(app, org.tokens[viewer]) as http:
                for owner, (collection, child_id) in children.items():
                    listed = await http.get(collection)
                    got = await http.get(f"{collection}/{child_id}")
                    changed = await http.patch(f"{collection}/{child_id}", json=self.update_payload)
                    if not reads:
                        assert (listed.status_code, got.status_code) == (403, 403), viewer
                        continue
                    expected = 200 if owner in visible else 404
                    assert listed.status_code == expected, (viewer, owner, listed.text)
                    assert got.status_code == expected, (viewer, owner, got.text)
                    if expected == 200:
                        assert [i["id"] for i in listed.json()["items"]] == [child_id]
                    want = (200 if owner in visible else 404) if writes else 403
                    assert changed.status_code == want, (viewer, owner, changed.text)


class ActionMatrix:
    """A record action (``POST /customers/{id}/anonymise``) on the matrix: every viewer tries it
    on every person's record, and gets 200 within their data scope, 404 outside it, and 403
    without the action's function permission (held here by the managers' and the director's
    "writer" role, scope ``own``, so it widens nothing). Every viewer acts on the same records,
    so the action must answer 200 again on a record it was done to (an idempotent action)."""

    collection: ClassVar[str]  # "/api/v1/customers"
    action: ClassVar[str]  # "anonymise"
    permission: ClassVar[str]  # "customer:anonymise"
    #: The request body, if the action takes one.
    body: ClassVar[dict[str, Any] | None] = None

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        """A record owned by ``owner`` (or by a parent ``owner`` owns)."""
        raise NotImplementedError

    async def test_the_action_follows_scope_and_function(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        org = await build_org(app, client, db, [self.permission], replay=True)
        records = {owner: await self.create_record(client, org, owner) for owner in PEOPLE}
        for viewer in VIEWERS:
            allowed = holds(org, viewer, self.permission)
            async with http_client(app, org.tokens[viewer]) as http:
                for owner, record_id in records.items():
                    url = f"{self.collection}/{record_id}/{self.action}"
                    response = await http.post(url, json=self.body)
                    expected = (200 if owner in VISIBLE[viewer] else 404) if allowed else 403
                    assert response.status_code == expected, (viewer, owner, response.text)
