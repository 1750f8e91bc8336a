"""Authentication: login accounts, sessions (refresh-token families), login events, API keys."""
