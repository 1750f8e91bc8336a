"""What only a real server shows (``salescrm serve``, uvicorn, a socket): the header limit of
the HTTP parser and the app together, and the docs pages rendered by a browser under their
Content-Security-Policy."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import TEST_SECRET
from tests.core.test_database_outage import _free_port
from tests.core.test_hardening import assert_secured

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
async def served(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    folder = tmp_path_factory.mktemp("served")
    port = _free_port()
    env = {
        **os.environ,
        "SALESCRM_DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'served.db'}",
        "SALESCRM_SECRET_KEY": TEST_SECRET,
        "SALESCRM_FILES_DIR": str(folder / "files"),
        "SALESCRM_JOBS_ENABLED": "false",
        "SALESCRM_LOG_LEVEL": "WARNING",
    }
    log = (folder / "server.log").open("wb")
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "salescrm.cli",
        "serve",
        "--port",
        str(port),
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base) as http:
            for _ in range(300):
                if process.returncode is not None:
                    raise AssertionError(f"the server exited; see {folder / 'server.log'}")
                try:
                    if (await http.get("/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        await process.wait()
        log.close()


async def test_a_64_kib_header_is_refused_by_the_real_server(served: str) -> None:
    async with httpx.AsyncClient(base_url=served) as http:
        refused = await http.get("/api/v1/products", headers={"X-Padding": "p" * 64 * 1024})
        assert refused.status_code in (400, 431), refused.text
        if refused.status_code == 431:
            assert refused.json()["code"] == "headers_too_large"
            assert_secured(refused)
        assert (await http.get("/healthz")).status_code == 200  # and the server is fine


async def test_security_headers_over_the_wire(served: str) -> None:
    async with httpx.AsyncClient(base_url=served) as http:
        for path in ("/healthz", "/api/v1/products", "/openapi.json"):
            response = await http.get(path)
            assert_secured(response)
            assert "server" not in response.headers


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (apt: chromium)")
@pytest.mark.parametrize(
    ("page", "rendered"), [("/docs", "opblock-summary"), ("/redoc", "operation/")]
)
def test_the_docs_pages_render_in_a_browser_under_their_policy(
    served: str, tmp_path: Path, page: str, rendered: str
) -> None:
    """Headless Chromium loads the page and runs its scripts: the rendered DOM lists the
    operations, and the console reports no script or style the policy refused (ReDoc's
    "powered by" logo, an image from the internet, is the one thing refused, as it should be)."""
    assert CHROMIUM is not None
    result = subprocess.run(  # noqa: S603 - a fixed program on our own page
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path}",
            "--virtual-time-budget=15000",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            f"{served}{page}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.count(rendered) > 100, result.stderr[-2000:]
    refusals = [
        line
        for line in result.stderr.splitlines()
        if "Content Security Policy" in line and "cdn.redoc.ly" not in line
    ]
    assert refusals == []
