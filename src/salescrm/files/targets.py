"""The records files can be attached to, and how access to each is decided: the one registry.

An attachment is as visible as its record and as changeable: reading, listing and downloading
need ``<permission>:read`` and the record inside the caller's read scope (404 otherwise, as the
record's own ``GET`` answers), uploading and deleting need ``<permission>:write`` and the record
inside the write scope. The record's own repository decides the scope, so an attachment can never
be more open than what it is attached to. A new kind of record joins with one line below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from salescrm.activities.repository import ActivityRepository, TaskRepository, VisitRepository
from salescrm.core.repository import ReadRepository
from salescrm.customers.merge import register_record_link
from salescrm.customers.repository import ContactRepository, CustomerRepository
from salescrm.files.models import Attachment
from salescrm.sales.repository import ContractRepository, OpportunityRepository


@dataclass(frozen=True)
class Target:
    #: The name clients send as ``resource`` (``customer``).
    name: str
    #: The record's repository: its ``readable()`` / ``writable()`` are the record's scope.
    repository: type[ReadRepository[Any]]
    #: The function-permission prefix (``customer`` → ``customer:read`` / ``customer:write``).
    permission: str


TARGETS: dict[str, Target] = {}


def register(
    name: str, repository: type[ReadRepository[Any]], *, permission: str | None = None
) -> None:
    """Let files be attached to records of ``name``, with that resource's own access rules."""
    TARGETS[name] = Target(name, repository, permission or name)


register("customer", CustomerRepository)
register("contact", ContactRepository)
register("opportunity", OpportunityRepository)
register("contract", ContractRepository)
register("activity", ActivityRepository)
register("task", TaskRepository)
#: A visit's photos.
register("visit", VisitRepository)

# A merged-away customer's files move to the customer it was merged into.
register_record_link(Attachment)
