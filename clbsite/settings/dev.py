"""Development settings: `make run`. Never use these on a server."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")

from .base import *  # noqa: F403
from .base import env

DEBUG = True
ALLOWED_HOSTS = ["*"]
EMAIL_DELIVERY_BACKEND = env.str(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# The demo runs without a task worker: tasks run in the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DEMO_CONTENT_ALLOWED = True
# runserver serves static files itself in development.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
# Editors previewing the demo see their changes at once; no page cache in development.
PAGE_CACHE_SECONDS = CACHE_MIDDLEWARE_SECONDS = 0
