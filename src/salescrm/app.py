"""``create_app()``: settings, database, middleware, error handlers and every router."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from salescrm import __version__
from salescrm.activities.router import routers as activity_routers
from salescrm.auth.api_keys import router as api_keys_router
from salescrm.auth.router import routers as auth_routers
from salescrm.auth.service import Authenticator
from salescrm.catalog.router import router as products_router
from salescrm.config import Environment, Settings, get_settings
from salescrm.core import clock, health, problem_types
from salescrm.core.custom_fields.router import router as custom_fields_router
from salescrm.core.db.engine import Database
from salescrm.core.errors import install_error_handlers
from salescrm.core.middleware import RequestContextMiddleware, TrustedProxyMiddleware
from salescrm.core.openapi import build_openapi
from salescrm.core.queue import Worker
from salescrm.core.routing import HeadAsGet, shield_fixed_paths
from salescrm.core.security.headers import DocsPagePolicy, common_headers
from salescrm.customers.router import routers as customer_routers
from salescrm.files.router import routers as file_routers
from salescrm.integrations import sync
from salescrm.integrations.router import routers as integration_routers
from salescrm.jobs import JOBS
from salescrm.org.router import routers as org_routers
from salescrm.planning.router import routers as planning_routers
from salescrm.platform import events, imports, labels, notifications
from salescrm.platform.audit import router as audit_router
from salescrm.sales.router import routers as sales_routers
from salescrm.work.router import routers as work_routers

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
#: The file-upload endpoints, whose bodies may reach ``max_upload_bytes``.
UPLOAD_PATHS = (f"{API_PREFIX}/imports",)
#: Attachment uploads: a body may hold one file of ``file_max_bytes`` plus the form around it.
FILES_PATH = f"{API_PREFIX}/files"
FORM_OVERHEAD_BYTES = 64 * 1024
#: Where the Swagger UI and ReDoc assets (installed with ``fastapi-offline``) are served: the
#: docs pages load nothing from another host, so they work on an intranet without internet.
DOCS_ASSETS_PATH = "/docs/assets"
#: The docs pages ``fastapi-offline`` serves (its defaults): pages, with a policy of their own.
DOCS_PAGES = ("/docs", "/redoc", "/docs/oauth2-redirect")
#: Responses of at least this many bytes are gzipped for clients that send
#: ``Accept-Encoding: gzip``; below it the saving does not pay for the work.
GZIP_MINIMUM_BYTES = 1000
#: zlib's own default: most of level 9's saving on JSON at a fraction of its CPU.
GZIP_LEVEL = 6
#: Formats that are compressed already (Office files are ZIP archives): gzip would only cost CPU.
PRECOMPRESSED_MEDIA_TYPES = (
    *DEFAULT_EXCLUDED_CONTENT_TYPES,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
)
#: Paths whose middle part is a credential (a calendar feed's secret URL): never logged.
SECRET_PATHS = (re.compile(rf"({API_PREFIX}/calendar/)[^/]+(\.ics)"),)
#: Response headers a browser client may read across origins.
CORS_EXPOSED_HEADERS = [
    "ETag",
    "Location",
    "X-Request-ID",
    "Idempotent-Replayed",
    "Retry-After",
    "Content-Disposition",
]

DESCRIPTION = """\
Sales-management and CRM backend for web, mobile and integrations.

Every error is an RFC 9457 `application/problem+json` document with a stable `code`;
`title` and `detail` follow `Accept-Language` (English or Simplified Chinese).
Lists use cursor pagination (`limit`, `cursor`, `sort`, `q`); single records carry an `ETag`
that `PATCH` and `DELETE` honour through `If-Match`; `POST` honours `Idempotency-Key`.
"""

TAGS = [
    {
        "name": "auth",
        "description": "Login, token refresh, logout, the caller, login history, API keys.",
    },
    {"name": "org", "description": "Departments, positions, employees, roles, sharing."},
    {"name": "catalog", "description": "Products: codes, list prices, standard costs."},
    {
        "name": "customers",
        "description": "Customers, contacts, tiers, data rules, the public pool, key accounts, "
        "imports and exports.",
    },
    {
        "name": "sales",
        "description": "Pipelines and stages, opportunities and projects with line items, "
        "margins, teams and stage history, competitors and win/loss analysis, contracts and "
        "payments received.",
    },
    {
        "name": "activities",
        "description": "Activity types, activities, tasks and reminders, field visits with "
        "check-in and check-out, customer and deal timelines, calendar feeds.",
    },
    {
        "name": "work",
        "description": "Work management: approval requests of every type (leave, business "
        "trips, expenses, requirements, discounts, customer transfers) with their chains, "
        "rules, delegations and type settings; schedules; salesperson statuses and the team "
        "board; attendance with work rules and the holiday calendar (调休); work journals.",
    },
    {
        "name": "planning",
        "description": "Sales organisation and planning: territories and their assignment "
        "rules, headcount plans, recruitment requisitions, branch offices and partners, expense "
        "budgets, sales strategies, plans and targets with allocation and revisions, training, "
        "commission plans and statements.",
    },
    {
        "name": "analytics",
        "description": "Statistics over every domain in the caller's data scope with one "
        "filter set, each also as CSV or XLSX; customer value (RFM, ABC, lifetime value, "
        "loyalty), life cycle and churn risk with its reasons; dashboards (docs/analytics.md).",
    },
    {
        "name": "files",
        "description": "Attachments of customers, contacts, deals, contracts, activities, "
        "tasks and visits: upload, download, delete, as the record allows.",
    },
    {"name": "platform", "description": "Audit trail and other cross-cutting resources."},
    {
        "name": "integrations",
        "description": "The event outbox: every committed change as an event, the catalogue of "
        "event types, and webhooks that deliver them signed (docs/integrations.md).",
    },
    {"name": "health", "description": "Probes and problem-type documentation."},
]


def _operation_id(route: APIRoute) -> str:
    return route.name


def api_router() -> APIRouter:
    # Imported once every context's routers are: a statistic imports other contexts' modules,
    # and the first CRUD router of a model publishes its events (``core.crud._publish``), so the
    # customers' own router must come before, e.g., the key-account candidates' list.
    from salescrm.analytics import router as analytics

    api = APIRouter(prefix=API_PREFIX)
    for router in [
        *auth_routers,
        api_keys_router,
        *org_routers,
        products_router,
        *customer_routers,
        *sales_routers,
        *activity_routers,
        *work_routers,
        *planning_routers,
        *analytics.build(),
        *file_routers,
        *imports.routers,
        *notifications.routers,
        *labels.routers,
        audit_router,
        custom_fields_router,
        *events.routers,
        *integration_routers,
        *sync.routers,
    ]:
        api.include_router(router)
    return api


def create_app(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or get_settings()
    clock.set_business_timezone(settings.timezone)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = database is None
        if (warning := settings.public_base_url_warning) is not None:
            log.warning(warning, extra={"setting": "SALESCRM_PUBLIC_BASE_URL"})
        app.state.database = database or Database.for_settings(settings)
        worker = Worker(JOBS, app.state.database, settings) if settings.jobs_enabled else None
        if worker is not None:
            await worker.start()
        try:
            yield
        finally:
            if worker is not None:
                await worker.stop()
            if owned:
                await app.state.database.dispose()

    app = FastAPIOffline(
        static_url=DOCS_ASSETS_PATH,
        # Swagger UI would ask an online validator about the spec: nothing leaves the network.
        swagger_ui_parameters={"validatorUrl": None},
        title="salescrm",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    app.state.settings = settings
    app.state.authenticator = Authenticator(settings)
    if database is not None:
        app.state.database = database
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(problem_types.router)
    app.include_router(api_router())
    # Last, over the whole table: /tasks/overdue is not a /tasks/{record_id} for any method.
    shield_fixed_paths(app.routes)

    def openapi() -> dict[str, Any]:
        return build_openapi(app)

    app.openapi = openapi  # type: ignore[method-assign]
    # Innermost: the docs pages' policy is computed from the page as written, before gzip.
    app.add_middleware(DocsPagePolicy, paths=DOCS_PAGES)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=CORS_EXPOSED_HEADERS,
        )
    # Inside the request context, which stamps X-Request-ID on the compressed answer too;
    # streamed exports stay streamed (compressed chunk by chunk, without Content-Length).
    app.add_middleware(
        GZipMiddleware,
        minimum_size=GZIP_MINIMUM_BYTES,
        compresslevel=GZIP_LEVEL,
        exclude_content_types=PRECOMPRESSED_MEDIA_TYPES,
    )
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        upload_paths=UPLOAD_PATHS,
        max_upload_bytes=settings.max_upload_bytes,
        path_limits={FILES_PATH: settings.file_max_bytes + FORM_OVERHEAD_BYTES},
        security_headers=common_headers(hsts=settings.environment is Environment.production),
        max_header_bytes=settings.max_header_bytes,
        secret_paths=SECRET_PATHS,
    )
    # Outside what stamps and compresses answers: a HEAD gets exactly the GET's headers.
    app.add_middleware(HeadAsGet)
    if settings.trusted_proxies:  # outermost: everything inside sees the client's address
        app.add_middleware(TrustedProxyMiddleware, proxies=settings.trusted_proxies)
    return app
