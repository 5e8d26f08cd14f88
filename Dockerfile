# The site's image for compose.yaml (a local cluster for someone with Docker; see
# docs/search.md, "Moving to Elasticsearch or OpenSearch"). Not built or run in CI.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml constraints.txt ./
RUN python -m pip install --no-cache-dir -c constraints.txt .
COPY . .
RUN SECRET_KEY=build-only DATABASE_URL=sqlite:////tmp/build.sqlite3 ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput --settings=clbsite.settings.production -v0
EXPOSE 8000
CMD ["gunicorn", "clbsite.wsgi", "--workers", "3", "--bind", "0.0.0.0:8000", "--timeout", "60"]
