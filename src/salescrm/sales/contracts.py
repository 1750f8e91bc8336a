"""Contracts (合同) and payments received (回款): what performance counts as sold and collected.

A contract is made from a won deal: its customer, currency, amount and line items (with their
costs, for the margin) are the deal's, and stay as signed. Its payment plan is a list of
instalments adding up to the amount (by default all of it due on the sign date); it may be
replaced while the amounts still add up. Payments fill the instalments in due order; the
contract keeps what was received, and the due date of the first instalment not fully paid, so
that "outstanding" and "overdue" are plain, indexed conditions.

A payment that would take the received total past the contract amount is a 409 unless flagged
``overpayment``; past ``MONEY_MAX`` it is a 422 even so (what a contract holds stays within the
money bounds, like every amount). Payments of one contract are serialised on the contract's
row (PostgreSQL), so two at once cannot both pass the check.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar

from pydantic import BaseModel

from salescrm.core.clock import utcnow
from salescrm.core.db.types import MONEY_MAX, within_money_bounds
from salescrm.core.errors import ValidationFailed, unknown_reference
from salescrm.core.etag import Expected
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx
from salescrm.sales.exceptions import (
    ContractHasPayments,
    ContractTerminated,
    OpportunityNotWon,
    Overpayment,
)
from salescrm.sales.models import (
    PRICED_COLUMNS,
    Contract,
    ContractLineItem,
    ContractStatus,
    Installment,
    Opportunity,
    OpportunityStatus,
    Payment,
)
from salescrm.sales.repository import (
    ContractRepository,
    LineItemRepository,
    PaymentRepository,
)

ZERO = Decimal("0.00")


def allocate(installments: Sequence[Installment], received: Decimal) -> Any:
    """Fill the instalments in due order with what was received; the due date of the first
    one left short (None when everything is paid)."""
    left = received
    next_due = None
    for installment in installments:
        share = min(installment.amount, max(left, ZERO))
        installment.received = share
        left -= share
        if next_due is None and share < installment.amount:
            next_due = installment.due_date
    return next_due


def _plan_error(message: str) -> ValidationFailed:
    return ValidationFailed.field(["body", "payment_plan"], message, "plan_total")


class ContractService(CrudService[Contract]):
    repository = ContractRepository
    permission = "contract"
    refusals: ClassVar = {
        "create": {409: "409 `opportunity_not_won` unless the deal is won."},
        "delete": {409: "409 `contract_has_payments` while payments are recorded against it."},
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.contracts: ContractRepository = self.repo  # type: ignore[assignment]

    async def _number(self, sign_date: Any) -> str:
        prefix = f"HT{sign_date:%Y%m%d}-"
        await self.contracts.lock_number(prefix)
        taken = set(await self.contracts.numbers_like(prefix))
        n = len(taken) + 1
        while f"{prefix}{n:03d}" in taken:
            n += 1
        return f"{prefix}{n:03d}"

    def _plan(self, amount: Decimal, plan: list[dict[str, Any]]) -> list[Installment]:
        total = sum((i["amount"] for i in plan), ZERO)
        if total != amount:
            raise _plan_error(
                f"The instalments add up to {total:.2f}, the contract to {amount:.2f}"
            )
        return [Installment(position=n, **item) for n, item in enumerate(plan)]

    async def create(self, payload: BaseModel) -> tuple[Contract, bool]:
        self.require("write")
        values = payload.model_dump(exclude_unset=True)
        self._owner_rules(values)
        client_id = values.get("id")
        if client_id is not None and (found := await self.repo.replay(client_id)) is not None:
            return await self.contracts.reload(found), False  # a repeated offline create
        # The deal, which the caller must be able to change; its customer is checked with it
        # when the contract is written (``ContractRepository.links``).
        deal: Opportunity = (await self.repo.check_links(values)).parents["opportunity_id"]
        if deal.status != OpportunityStatus.won.value:
            raise OpportunityNotWon(status=deal.status)
        if not within_money_bounds(deal.amount, deal.cost or ZERO):
            raise ValidationFailed.field(  # a deal written before the bounds were enforced
                ["body", "opportunity_id"],
                f"The deal's amount or cost passes {MONEY_MAX}; correct its line items first",
                "money_bounds",
            )
        lines = await LineItemRepository(self.ctx).of(deal.id)
        plan = values.pop("payment_plan", None)
        values.update(
            customer_id=deal.customer_id,
            currency=deal.currency,
            amount=deal.amount,
            cost=deal.cost if lines else None,
            margin=deal.margin if lines else None,
            status=ContractStatus.active.value,
        )
        values.setdefault("title", deal.name)
        if not values.get("number"):
            values["number"] = await self._number(values["sign_date"])
        if plan is None:
            plan = [{"due_date": values["sign_date"], "amount": deal.amount}]
        installments = self._plan(deal.amount, plan)
        values["next_due_date"] = allocate(installments, ZERO)
        contract, created = await self.repo.create(values)
        if not created:
            return await self.contracts.reload(contract), False
        for installment in installments:
            installment.contract_id = contract.id
        self.contracts.add_parts(
            [
                *(
                    ContractLineItem(
                        contract_id=contract.id,
                        position=n,
                        **{k: getattr(line, k) for k in PRICED_COLUMNS},
                    )
                    for n, line in enumerate(lines)
                ),
                *installments,
            ]
        )
        await self.repo.flush()
        return await self.contracts.reload(contract), True

    async def update(
        self, record_id: uuid.UUID, payload: BaseModel, expected: Expected
    ) -> Contract:
        self.require("write")
        contract = await self.repo.get_for_write(record_id)
        await self.repo.check_current(contract, expected)
        changes = payload.model_dump(exclude_unset=True)
        plan = changes.pop("payment_plan", None)
        if "owner_id" in changes and changes["owner_id"] != contract.owner_id:
            self._owner_rules(changes, contract)
            await self.repo.ensure_owner_scope(contract)
        start = changes.get("start_date", contract.start_date)
        end = changes.get("end_date", contract.end_date)
        if start and end and end < start:
            raise ValidationFailed.field(["body", "end_date"], "end_date is before start_date")
        if plan is not None:
            await self.contracts.lock(contract)
            installments = self._plan(contract.amount, plan)
            for installment in installments:
                installment.contract_id = contract.id
            for old in await self.contracts.live_installments(contract.id):
                old.deleted_at = utcnow()
            changes["next_due_date"] = allocate(installments, contract.received)
            self.contracts.add_parts(installments)
        contract = await self.repo.update(contract, changes, expected)
        return await self.contracts.reload(contract)

    async def prepare_delete(self, record: Contract) -> None:
        count = await PaymentRepository(self.ctx).count_for(record.id)
        if count:
            raise ContractHasPayments(count=count)

    async def restore(self, record_id: uuid.UUID) -> Contract:
        return await self.contracts.reload(await super().restore(record_id))

    async def refresh_received(self, contract: Contract) -> None:
        """What was received, spread over the plan (after every payment change)."""
        received = await self.contracts.received_total(contract.id)
        installments = await self.contracts.live_installments(contract.id)
        next_due = allocate(installments, received)
        await self.repo.update(contract, {"received": received, "next_due_date": next_due}, None)


class PaymentService(CrudService[Payment]):
    repository = PaymentRepository
    permission = "payment"
    refusals: ClassVar = {
        "create": {
            409: "409 `contract_terminated` for a terminated contract; 409 `overpayment` when "
            "the contract's payments would pass its amount and `overpayment` is not set."
        },
        **{
            operation: {
                409: "409 `overpayment` when the contract's payments would pass its amount "
                "and `overpayment` is not set."
            }
            for operation in ("update", "restore")
        },
    }

    async def _contract(self, contract_id: uuid.UUID) -> Contract:
        """The payment's contract, which the caller must be able to change (422 otherwise),
        locked so that payments of one contract are checked one after another."""
        contracts = ContractRepository(self.ctx)
        contract = await contracts.find_writable(contract_id)
        if contract is None:
            raise unknown_reference(["body", "contract_id"], "contract")
        await contracts.lock(contract)
        return contract

    async def _check_total(
        self,
        contract: Contract,
        change: Decimal,
        overpayment: bool,
        loc: Sequence[str] = ("body", "amount"),
    ) -> None:
        """The received total after ``change``: within the money bounds (422 at ``loc``), and
        not past the contract amount unless flagged (409)."""
        received = await ContractRepository(self.ctx).received_total(contract.id)
        total = received + change
        if not within_money_bounds(total):
            raise ValidationFailed.field(
                list(loc),
                f"Payments received would come to {total:.2f}; an amount is at most {MONEY_MAX}",
                "money_bounds",
            )
        if total > contract.amount and not overpayment:
            raise Overpayment(total=f"{total:.2f}", amount=f"{contract.amount:.2f}")

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        contract = await self._contract(values["contract_id"])
        if contract.status == ContractStatus.terminated.value:
            raise ContractTerminated()
        await self._check_total(contract, values["amount"], values.get("overpayment", False))
        values.update(
            customer_id=contract.customer_id,
            currency=contract.currency,
            recorded_by_id=self.ctx.subject.id,
        )
        self._contract_row = contract
        return values

    async def prepare_update(self, record: Payment, changes: dict[str, Any]) -> dict[str, Any]:
        contract = await self._contract(record.contract_id)
        amount = changes.get("amount", record.amount)
        flagged = changes.get("overpayment", record.overpayment)
        if amount is None or flagged is None:
            return changes  # the repository refuses the null
        await self._check_total(contract, amount - record.amount, flagged)
        self._contract_row = contract
        return changes

    async def prepare_delete(self, record: Payment) -> None:
        self._contract_row = await self._contract(record.contract_id)

    async def prepare_restore(self, record: Payment) -> None:
        contract = await self._contract(record.contract_id)
        await self._check_total(
            contract, record.amount, record.overpayment, loc=("payment", "amount")
        )
        self._contract_row = contract

    async def after_write(self, record: Payment) -> None:
        await ContractService(self.ctx).refresh_received(self._contract_row)
