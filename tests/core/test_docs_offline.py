"""The API docs work on a network without internet (issue 13, item 6): Swagger UI and ReDoc
load every asset from this server, and the OAuth2 password flow still works from ``/docs``."""

from __future__ import annotations

import re

import httpx

from salescrm.app import DOCS_ASSETS_PATH
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER

#: What a page of FastAPI's defaults loads from elsewhere.
OUTSIDE = ("cdn.jsdelivr.net", "unpkg.com", "fonts.googleapis.com", "fastapi.tiangolo.com")


def references(html: str) -> list[str]:
    return re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)


async def test_docs_pages_and_their_assets_come_from_this_server(
    anon: httpx.AsyncClient,
) -> None:
    assets: set[str] = set()
    for page, needed in (
        ("/docs", {"swagger-ui-bundle.js", "swagger-ui.css"}),
        ("/redoc", {"redoc.standalone.js"}),
    ):
        response = await anon.get(page)
        assert response.status_code == 200, page
        assert response.headers["content-type"].startswith("text/html")
        html = response.text
        assert "http://" not in html, page
        assert "https://" not in html, page
        for host in OUTSIDE:
            assert host not in html, (page, host)
        refs = references(html)
        assert refs, page
        for ref in refs:
            assert ref.startswith(f"{DOCS_ASSETS_PATH}/"), (page, ref)
        assert {ref.rsplit("/", 1)[-1] for ref in refs} >= needed, page
        assets.update(refs)
    for asset in sorted(assets):
        response = await anon.get(asset)
        assert response.status_code == 200, asset
        assert len(response.content) > 1000, asset
    js = await anon.get(f"{DOCS_ASSETS_PATH}/swagger-ui-bundle.js")
    assert "javascript" in js.headers["content-type"]


async def test_swagger_ui_keeps_the_oauth2_password_flow(anon: httpx.AsyncClient) -> None:
    """The Authorize button posts the form to the token URL the spec names, on this server,
    and the redirect page Swagger UI needs is served."""
    page = (await anon.get("/docs")).text
    assert "oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect'" in page
    assert "url: '/openapi.json'" in page
    assert '"validatorUrl": null' in page  # no spec sent to an online validator
    redirect = await anon.get("/docs/oauth2-redirect")
    assert redirect.status_code == 200
    assert "https://" not in redirect.text
    assert "http://" not in redirect.text
    spec = (await anon.get("/openapi.json")).json()
    flows = spec["components"]["securitySchemes"]["OAuth2PasswordBearer"]["flows"]
    token_url = flows["password"]["tokenUrl"]
    assert token_url == "/api/v1/auth/token"
    tokens = await anon.post(token_url, data={"username": ADMIN_USER, "password": ADMIN_PASSWORD})
    assert tokens.status_code == 200
    assert tokens.json()["token_type"] == "bearer"
