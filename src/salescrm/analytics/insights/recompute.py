"""Recomputing the stored insights of every customer, and the hook later analyses plug into.

``recompute_all`` first writes ``customer_insights`` (value: RFM, ABC, lifetime value) with one
set-based statement, then runs every step registered with ``register_step`` in registration
order, in the same transaction, so a step (churn risk, say) may read the fresh insights.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from salescrm.analytics.insights.compute import recompute_value
from salescrm.core.jobs import Job
from salescrm.core.uow import Ctx

Step = Callable[[Ctx], Awaitable[int]]

#: The registered steps by name, in registration order (a name registered again replaces its
#: step in place, so a module imported twice does not run twice).
_STEPS: dict[str, Step] = {}


def register_step(name: str, step: Step) -> None:
    """Run ``step`` after the value insights on every ``recompute_all``; it returns how many
    rows it wrote (reported per step by the recompute endpoint)."""
    if name == "value":
        raise ValueError("the step name 'value' is the value insights' own")
    _STEPS[name] = step


def steps() -> list[tuple[str, Step]]:
    """The registered steps, in the order they run."""
    return list(_STEPS.items())


async def recompute_all_steps(ctx: Ctx) -> dict[str, int]:
    """The value insights, then every registered step: rows written per step name."""
    counts = {"value": await recompute_value(ctx)}
    for name, step in steps():
        counts[name] = await step(ctx)
    return counts


async def recompute_all(ctx: Ctx) -> int:
    """Every customer's insights and every registered step; the job's count (rows written)."""
    return sum((await recompute_all_steps(ctx)).values())


#: The daily recompute (``salescrm.jobs`` lists it).
JOBS = [Job("recompute_customer_insights", 86_400, recompute_all)]
