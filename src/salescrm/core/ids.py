"""Time-ordered identifiers (UUID version 7): sortable, index-friendly, safe to mint on clients."""

import uuid

from uuid_utils import compat


def new_id() -> uuid.UUID:
    """A fresh UUIDv7 as a standard-library ``uuid.UUID``."""
    return compat.uuid7()
