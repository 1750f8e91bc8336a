"""Where a webhook may be delivered: the address checks shared by saving a subscription and by
every delivery."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from salescrm.config import Environment, Settings


def private_networks_allowed(settings: Settings) -> bool:
    """Receivers on loopback, link-local or private addresses: refused in production unless
    ``SALESCRM_WEBHOOK_ALLOW_PRIVATE_NETWORKS`` says so (an ERP on the intranet)."""
    if settings.webhook_allow_private_networks is not None:
        return settings.webhook_allow_private_networks
    return settings.environment is not Environment.production


def _refused(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return bool(
        ip.is_loopback
        or ip.is_link_local
        or ip.is_private
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


async def check_destination(url: str, settings: Settings) -> str | None:
    """Why the URL may not receive deliveries (it resolves to a refused address, or not at
    all), or None. Checked when a subscription is saved and again before each delivery, so a
    name that later resolves elsewhere (DNS rebinding) is refused too."""
    if private_networks_allowed(settings):
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except OSError:
        return "unresolvable"
    if any(_refused(str(info[4][0])) for info in infos):
        return "private_address"
    return None
