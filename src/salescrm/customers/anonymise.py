"""``POST /api/v1/contacts/{id}/anonymise`` and ``POST /api/v1/customers/{id}/anonymise``: a
person's information taken out of the CRM on their request (PIPL), the business kept.

What is replaced on the record, and what an anonymised record refuses afterwards, is
``customers.privacy``. In the same transaction, what is kept *about* the record elsewhere goes
too:

* its search text (rebuilt from the placeholder) and, for a customer, its duplicate-detection
  keys (removed: an anonymised record matches nobody);
* its **audit trail**: every entry's before and after values of the personal columns become
  ``已匿名`` (who changed which column when stays; ``core.audit.redact``). The anonymisation's
  own entry is action ``anonymise``, and after the redaction holds no personal value either;
* its **events** in the outbox: the personal fields of every stored payload are rewritten to the
  anonymised values (``core.events.restate``), so ``/events``, delta sync and webhook deliveries
  still pending or retried hand out no more of them. Deliveries already made cannot be taken
  back. The change itself is ``<resource>.updated`` plus ``<resource>.anonymised``;
* for a customer: the free text people wrote on its timeline (follow-up notes, the reasons of
  releases, transfers, stage changes, key-account marks) becomes ``已匿名``, its name in other
  customers' merge events becomes the placeholder, and so does its name in the notifications
  about it, in every inbox.

An individual customer's contacts are anonymised with it (deleted ones too): a person's customer
record and its contacts are that person, their relatives or assistants. A company is refused
(409 ``not_individual``): its information is not a person's; its contacts are anonymised one by
one. Deleted records can be anonymised (their tombstones keep the data until a purge).

Kept, and still pointing at the record: deals, contracts, payments, activities, tasks, visits,
files, shares, the timeline's entries themselves. The free text of activities, visits and tasks
that may mention the person is not searched through: each is changed by its writer like any
other record (see docs/customers.md).

Anonymising is idempotent: a second call answers 200 with the record as it is, changing nothing
but contacts added to an anonymised individual customer since, which it anonymises too.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from sqlalchemy import and_, or_, select

from salescrm.core import audit, events, geo
from salescrm.core.clock import utcnow
from salescrm.core.crud import IdPath, IfMatch
from salescrm.core.errors import Forbidden, error_responses
from salescrm.core.etag import Expected, check_version, etag, parse_if_match
from salescrm.core.openapi import response_headers
from salescrm.core.references import present_one
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.customers import schemas
from salescrm.customers.models import Contact, Customer, CustomerEvent, CustomerKind
from salescrm.customers.privacy import (
    ANONYMISED,
    CONTACT_FIELDS,
    CUSTOMER_FIELDS,
    NotAnIndividual,
    anonymised_values,
)
from salescrm.customers.repository import ContactRepository, CustomerRepository
from salescrm.platform.notifications import NotificationRepository

PERMISSION = "customer:anonymise"


class AnonymiseRepository(CustomerRepository):
    """The queries of an anonymisation: a customer's contacts and the timeline that names it."""

    async def contacts_of(self, customer_id: uuid.UUID) -> list[Contact]:
        """Every contact of the customer, tombstones included."""
        stmt = select(Contact).where(Contact.customer_id == customer_id)
        return list((await self.session.scalars(stmt.order_by(Contact.created_at))).all())

    async def apply(self, record: Any, values: Mapping[str, Any]) -> None:
        """Set the anonymised values. The caller's right to change the record was checked
        (the record in the path, or the customer whose contacts they are); nothing here moves
        it out of anyone's scope, so there is nothing to re-check."""
        for column, value in values.items():
            setattr(record, column, value)
        await self.flush()

    async def forget_mentions(self, customer_id: uuid.UUID, name: str) -> None:
        """The free text people wrote on the customer's timeline becomes ``已匿名``; other
        customers' merge events name it by ``name``."""
        key = str(customer_id)
        rows = await self.session.scalars(
            select(CustomerEvent).where(
                or_(
                    CustomerEvent.customer_id == customer_id,
                    and_(CustomerEvent.kind == "merged", CustomerEvent.from_value == key),
                    and_(CustomerEvent.kind == "merged_into", CustomerEvent.to_value == key),
                )
            )
        )
        for row in rows:
            if row.customer_id == customer_id:
                # People's words only: the pool rule's reasons (no actor) are generated.
                if row.reason and row.actor_id is not None:
                    row.reason = ANONYMISED
                continue
            field = "source_name" if row.kind == "merged" else "target_name"
            if field in (row.details or {}):
                row.details = {**row.details, field: name}
        await self.flush()


class AnonymiseService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.customers = AnonymiseRepository(ctx)
        self.contacts = ContactRepository(ctx)

    def _require(self) -> None:
        if not self.ctx.subject.can(PERMISSION):
            raise Forbidden("forbidden_action", permission=PERMISSION)

    async def customer(self, record_id: uuid.UUID, expected: Expected) -> Customer:
        self._require()
        customer = await self.customers.get_for_write(record_id, include_deleted=True)
        await self.customers.lock(customer)  # two anonymisations (or a change) queue
        check_version(customer.version, expected)
        if customer.kind != CustomerKind.individual:
            raise NotAnIndividual()
        if customer.anonymised_at is None:
            await self._anonymise_customer(customer)
        for contact in await self.customers.contacts_of(customer.id):
            if contact.anonymised_at is None:
                await self._anonymise_contact(contact)
        return customer

    async def contact(self, record_id: uuid.UUID, expected: Expected) -> Contact:
        self._require()
        contact = await self.contacts.get_for_write(record_id, include_deleted=True)
        await self.contacts.lock(contact)
        check_version(contact.version, expected)
        if contact.anonymised_at is None:
            await self._anonymise_contact(contact)
        return contact

    async def _anonymise_customer(self, customer: Customer) -> None:
        former_name = customer.name
        await self._replace(customer, CUSTOMER_FIELDS)
        await self.customers.replace_keys(customer.id, set())
        await self.customers.forget_mentions(customer.id, customer.name)
        await NotificationRepository(self.ctx).rename(
            "customer", customer.id, former_name, customer.name
        )

    async def _anonymise_contact(self, contact: Contact) -> None:
        await self._replace(contact, CONTACT_FIELDS)

    async def _replace(self, record: Customer | Contact, fields: tuple[str, ...]) -> None:
        """The record's personal fields, then what its trail and its events kept of them."""
        values = {**anonymised_values(record.id, fields), "anonymised_at": utcnow()}
        await self.customers.apply(record, values)
        session = self.ctx.session
        await audit.redact(
            session,
            resource=record.__resource__,
            record_id=record.id,
            keep={field: getattr(record, field) for field in fields},
            marker=ANONYMISED,
        )
        await events.restate(session, record, fields)
        await self.customers.flush()


# ----- HTTP ----------------------------------------------------------------------------------
CtxDep = Annotated[Ctx, Depends(get_ctx)]

_RULES = (
    "Requires `customer:anonymise` and the right to change the record (404 when absent or "
    "outside the caller's data scope, 403 for a read-only share); a deleted record can be "
    "anonymised too. Send `If-Match` with the ETag to act on the version you saw (412 when "
    "stale). Answers 200 with the record, `anonymised_at` set; a second call changes nothing "
    "and answers the same. The business records that reference it stay and keep pointing at "
    "it; the audit trail and the event outbox keep no personal value of it; the action is "
    "audited (`anonymise`) and published (`{resource}.anonymised`)."
)

customers = APIRouter(prefix="/customers", tags=["customers"], route_class=UnitOfWorkRoute)
contacts = APIRouter(prefix="/contacts", tags=["customers"], route_class=UnitOfWorkRoute)


@customers.post(
    "/{record_id}/anonymise",
    name="customers_anonymise",
    summary="Anonymise an individual customer and its contacts on the person's request (PIPL)",
    description=_RULES.format(resource="customer")
    + "\n\nOnly an individual customer (`kind` `individual`): a company is a 409 "
    "`not_individual` (anonymise its contacts instead). Its contacts, deleted ones included, "
    "are anonymised with it (each published as `contact.anonymised`); a second call "
    "anonymises contacts added since.",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403, 404, 409, 412, 422),
    },
)
async def anonymise_customer(
    record_id: IdPath, response: Response, ctx: CtxDep, if_match: IfMatch = None
) -> Any:
    customer = await AnonymiseService(ctx).customer(record_id, parse_if_match(if_match))
    response.headers["ETag"] = etag(customer.version)
    return await present_one(ctx, schemas.CustomerOut, customer)


@contacts.post(
    "/{record_id}/anonymise",
    name="contacts_anonymise",
    summary="Anonymise a contact on the person's request (PIPL)",
    description=_RULES.format(resource="contact"),
    response_model=schemas.ContactOut,
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403, 404, 412, 422),
    },
)
async def anonymise_contact(
    record_id: IdPath, response: Response, ctx: CtxDep, if_match: IfMatch = None
) -> Any:
    contact = await AnonymiseService(ctx).contact(record_id, parse_if_match(if_match))
    response.headers["ETag"] = etag(contact.version)
    return await present_one(ctx, schemas.ContactOut, contact)


routers: list[APIRouter] = [customers, contacts]
