"""The data-scope predicate: which rows of an owned resource a subject may see or change.

One SQL expression, built once per query from the subject, and applied by the repository to
every read, list, count and write of every owned resource:

    owner = :me
    OR owner IN (SELECT id FROM employees WHERE manager_path LIKE :my_chain || '%')   -- reports
    OR owner IN (SELECT id FROM employees WHERE department_id = :dept)                -- department
    OR owner IN (SELECT id FROM employees WHERE department_id IN
                   (SELECT id FROM departments WHERE id = :dept OR path LIKE :dept_chain || '%'))
    OR id IN (SELECT record_id FROM record_shares
              WHERE resource = :resource AND deleted_at IS NULL
                AND (employee_id = :me OR department_id = :dept) [AND access = 'write'])

Only the parts for the subject's scopes are emitted; ``all`` emits nothing. The hierarchies are
materialized paths, so no recursion runs per query.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, or_, select

from salescrm.core.permissions.catalog import DataScope
from salescrm.core.permissions.subject import Subject
from salescrm.org.models import Department, Employee, RecordShare


def owner_clauses(subject: Subject, owner: Any) -> list[ColumnElement[bool]]:
    me = subject.id
    if me is None:
        return []
    clauses: list[ColumnElement[bool]] = [owner == me]
    if DataScope.subordinates in subject.scopes:
        chain = f"{subject.manager_path}{me.hex}/%"
        clauses.append(owner.in_(select(Employee.id).where(Employee.manager_path.like(chain))))
    if subject.department_id is not None:
        if DataScope.department in subject.scopes:
            clauses.append(
                owner.in_(
                    select(Employee.id).where(Employee.department_id == subject.department_id)
                )
            )
        if DataScope.department_tree in subject.scopes:
            subtree = select(Department.id).where(
                or_(
                    Department.id == subject.department_id,
                    Department.path.like(f"{subject.department_path}{subject.department_id.hex}/%"),
                )
            )
            clauses.append(
                owner.in_(select(Employee.id).where(Employee.department_id.in_(subtree)))
            )
    return clauses


def share_clause(
    subject: Subject, resource: str, record_id: Any, *, write: bool
) -> ColumnElement[bool] | None:
    if subject.id is None:
        return None
    grantee = RecordShare.employee_id == subject.id
    if subject.department_id is not None:
        grantee = or_(grantee, RecordShare.department_id == subject.department_id)
    shared = select(RecordShare.record_id).where(
        RecordShare.resource == resource, RecordShare.deleted_at.is_(None), grantee
    )
    if write:
        shared = shared.where(RecordShare.access == "write")
    return record_id.in_(shared)  # type: ignore[no-any-return]


def scope_predicate(
    subject: Subject, *, owner: Any, resource: str, record_id: Any, write: bool = False
) -> ColumnElement[bool] | None:
    """None when the subject sees every row; otherwise the predicate to AND into the query."""
    if subject.sees_everything:
        return None
    clauses = owner_clauses(subject, owner)
    shared = share_clause(subject, resource, record_id, write=write)
    if shared is not None:
        clauses.append(shared)
    return or_(*clauses) if clauses else false()
