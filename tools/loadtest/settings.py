"""Production settings, served over plain HTTP on 127.0.0.1 for `make loadtest`."""

from clbsite.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
ROOT_URLCONF = "tools.loadtest.urls"
# The load test logs in the same demo accounts many times at once.
AXES_ENABLED = False
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
