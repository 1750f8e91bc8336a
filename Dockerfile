# syntax=docker/dockerfile:1
#
# salescrm API image: a multi-stage build that ships only a virtualenv with the salescrm wheel
# and its dependencies, run as the non-root user `salescrm` (uid 10001).
#
# Build:
#   docker build -t salescrm .
#
# Run on the embedded default (SQLite file in the /app/data volume):
#   docker run -d --name salescrm -p 8000:8000 -v salescrm-data:/app/data salescrm
#
# Run on PostgreSQL (in production always set a random secret key of 32+ characters):
#   docker run -d --name salescrm -p 8000:8000 \
#     -e SALESCRM_DATABASE_URL=postgresql+asyncpg://user:pass@host:5432/db \
#     -e SALESCRM_ENVIRONMENT=production \
#     -e SALESCRM_SECRET_KEY=... \
#     salescrm
#
# On start the container runs `salescrm serve`, which migrates the database to the latest
# schema and then serves HTTP on port 8000 (health: /healthz, API docs: /docs).
# Other one-off commands: `docker run --rm ... salescrm salescrm migrate` (or `seed-demo`).
# With SQLite keep one worker; a bind mount for /app/data must be writable by uid 10001.
#
# Background tasks run inside each server by default. On PostgreSQL they can run apart: start
# the servers with -e SALESCRM_JOBS_ENABLED=false and one or more task-queue workers from the
# same image, with the same environment:
#   docker run -d --name salescrm-worker -e SALESCRM_DATABASE_URL=... salescrm salescrm worker

ARG PYTHON_IMAGE=python:3.11-slim

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/venv && /opt/venv/bin/pip install --quiet --upgrade pip

WORKDIR /build

# Dependencies first, from pyproject.toml alone, so that this layer is reused while only
# the source changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > requirements.txt \
    && /opt/venv/bin/pip install --quiet -r requirements.txt

# The wheel: pyproject.toml maps migrations/ into it as salescrm/_migrations (hatch force-include).
COPY README.md alembic.ini ./
COPY src ./src
COPY migrations ./migrations
RUN pip wheel --quiet --no-deps -w /wheels . \
    && /opt/venv/bin/pip install --quiet --no-deps /wheels/salescrm-*.whl \
    && /opt/venv/bin/python -c "import importlib.resources as r; assert (r.files('salescrm') / '_migrations' / 'env.py').is_file(), 'migrations missing from the wheel'"

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    SALESCRM_DATABASE_URL=sqlite+aiosqlite:////app/data/salescrm.db

RUN groupadd --system --gid 10001 salescrm \
    && useradd --system --uid 10001 --gid salescrm --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin salescrm \
    && mkdir -p /app/data \
    && chown -R salescrm:salescrm /app

COPY --from=builder /opt/venv /opt/venv

WORKDIR /app
VOLUME ["/app/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

USER salescrm
CMD ["salescrm", "serve", "--host", "0.0.0.0", "--port", "8000"]
