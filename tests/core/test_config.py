"""Production refuses to start with a default or short secret."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from salescrm.config import Environment, Settings
from salescrm.core.security.keys import PUBLISHED_SECRET_KEYS


def test_production_refuses_default_secret() -> None:
    with pytest.raises(ValidationError, match="SALESCRM_SECRET_KEY"):
        Settings(environment=Environment.production, secret_key=min(PUBLISHED_SECRET_KEYS))


def test_production_refuses_short_secret() -> None:
    with pytest.raises(ValidationError, match="at least 32"):
        Settings(environment=Environment.production, secret_key="short-secret")


def test_production_accepts_a_strong_secret_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SALESCRM_ENVIRONMENT", "production")
    monkeypatch.setenv("SALESCRM_SECRET_KEY", "k" * 48)
    monkeypatch.setenv("SALESCRM_DATABASE_URL", "postgresql+asyncpg://u@h/db")
    settings = Settings()
    assert settings.environment is Environment.production
    assert settings.database_url == "postgresql+asyncpg://u@h/db"
    assert not settings.is_sqlite


def test_development_default_is_a_sqlite_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SALESCRM_DATABASE_URL", raising=False)
    settings = Settings()
    assert settings.is_sqlite
    assert settings.database_url.endswith("salescrm.db")


def test_trusted_proxies_are_addresses_or_networks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SALESCRM_TRUSTED_PROXIES", '["10.0.0.0/8", "::1"]')
    assert [str(n) for n in Settings().trusted_proxies] == ["10.0.0.0/8", "::1/128"]
    assert Settings(trusted_proxies=[]).trusted_proxies == []
    with pytest.raises(ValidationError, match="trusted_proxies"):
        Settings(trusted_proxies=["10.0.0.1/8"])  # a typo fails at start, not silently
    with pytest.raises(ValidationError, match="remembered"):
        Settings(login_failure_window_seconds=3600, login_failure_memory_seconds=600)
