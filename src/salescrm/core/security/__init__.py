"""Credentials: JWTs (``tokens``), password hashes (``passwords``) and API keys (``api_keys``)."""
