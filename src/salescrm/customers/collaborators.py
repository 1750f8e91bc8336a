"""Collaborators (协作人): employees besides the owner who see a customer, or also change it.

They are record shares of the customer (``org.sharing.RecordMembers``), so the same scope
predicate that serves every query lets them in; managing them needs the right to change the
customer rather than ``share:manage``.
"""

from __future__ import annotations

from salescrm.customers.repository import CustomerRepository
from salescrm.org.sharing import RecordMembers


class CollaboratorService(RecordMembers):
    resource = "customer"
    repository = CustomerRepository
    read_permission = "customer:read"
    manage_permission = "customer:write"
    noun = "collaborator"
