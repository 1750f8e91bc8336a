"""The webhook receiver the integration tests deliver to."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from tests.integrations.support import Receiver


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    hook = Receiver()
    server = await asyncio.start_server(hook.handle, "127.0.0.1", 0)
    hook.port = server.sockets[0].getsockname()[1]
    async with server:
        yield hook
        server.close()
