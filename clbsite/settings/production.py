"""
Production settings. Every secret comes from the environment; start-up fails without
them. `manage.py check --deploy --settings=clbsite.settings.production` is clean.
"""

from .base import *  # noqa: F403
from .base import database, env

DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
# The public address for links in mail, feeds and the sitemap (home/siteurl.py); no
# default: `check --deploy` refuses it missing or local (clbsite.E003).
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="")
# No silent SQLite file in production: the database must be named.
DATABASES = {"default": database(env.db("DATABASE_URL"), env.int("CONN_MAX_AGE", 60))}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The documented setup has one reverse proxy (nginx) in front of gunicorn
# (docs/operations.md); its X-Forwarded-For names the client.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview: SAMEORIGIN (clbsite/preview.py)

# Background tasks run through the database and the worker: `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
