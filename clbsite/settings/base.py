"""
Settings shared by every environment.

This module is safe for production on its own: DEBUG is off and every secret is read
from the environment, so a missing SECRET_KEY stops start-up. Only ``dev.py`` relaxes
it. Every environment variable is listed in docs/environment.md.
"""

from pathlib import Path

import environ

from clbsite.settings.search import search_backends_from_env

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

DEBUG = False
DEMO_CONTENT_ALLOWED = False
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "clbsite",
    "home",
    "research",
    "motionbank",
    "agenda",
    "news",
    "newsletter",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Django's page cache: stores on the way out, answers in FetchFromCache (clbsite/caching.py).
    "django.middleware.cache.UpdateCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "clbsite.caching.PageCacheFetchMiddleware",
]

ROOT_URLCONF = "clbsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "clbsite.wsgi.application"


def database(config, conn_max_age):
    """The default database from its URL's settings (``env.db()``), with the site's own.

    Connections: Django's persistent connections (CONN_MAX_AGE), checked before reuse, so
    a connection the server dropped is replaced instead of failing a request. Each
    gunicorn sync worker serves one request at a time, so one connection per worker is
    the pool (docs/operations.md)."""
    return {
        **config,
        "ATOMIC_REQUESTS": False,
        "CONN_MAX_AGE": conn_max_age,
        "CONN_HEALTH_CHECKS": True,
    }


# Database: an SQLite file next to manage.py unless DATABASE_URL says otherwise.
DATABASES = {
    "default": database(
        env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        env.int("CONN_MAX_AGE", default=0),
    ),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Sessions in the database, read through the default cache (Redis in production).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Internationalisation: a Dutch site, written with translation tags so English can follow.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static and media files. Static files are served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "static")))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail
# Mail goes through clbsite.mail.ResilientEmailBackend, which delivers with
# EMAIL_DELIVERY_BACKEND and logs (never raises) when the mail server fails.
EMAIL_BACKEND = "clbsite.mail.ResilientEmailBackend"
EMAIL_DELIVERY_BACKEND = env.str(
    "EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="CLB <noreply@clb.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Caching (docs/operations.md). "default": sessions (cached_db), rate limits, related
# motions. "pages": full public pages for anonymous visitors, through Django's cache
# middleware (clbsite/caching.py), emptied whenever an editor changes something they
# show, so it must not share a Redis database with "default". Production uses Redis
# (django-redis); a Redis that is down makes pages slower, never an error.
CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://"),
    "pages": env.cache("PAGE_CACHE_URL", default="locmemcache://pages"),
}


def resilient_redis(caches):
    """A Redis that is down or slow answers as an empty cache (logged), within 0.5 s."""
    for config in caches.values():
        if config["BACKEND"] == "django_redis.cache.RedisCache":
            config["OPTIONS"] = {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                **config.get("OPTIONS", {}),
            }
    return caches


CACHES = resilient_redis(CACHES)
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS
CACHE_MIDDLEWARE_KEY_PREFIX = "clb"

# Background tasks (django-tasks). Production runs them through the database backend
# and its worker (`manage.py db_worker`); see docs/search.md.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Login throttling (django-axes): lock out a username+address after repeated failures.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
# The client's address as the reverse proxy gives it (home/ratelimit.py), so lockouts and
# login records see the real address rather than the proxy's.
AXES_CLIENT_IP_CALLABLE = "home.ratelimit.client_ip"

# How many reverse proxies in front of the site add the client's address to
# X-Forwarded-For. 0 (nothing in front): the header is ignored, so nobody can spoof it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Rate limits (home/ratelimit.py), counted in the default cache: per kind of key, at most
# this many attempts in this many seconds. Wrong passwords on Wagtail's page and document
# password forms, per address and per restriction; password-reset requests, per address
# and per e-mail address (whether or not it has an account).
RATE_LIMITS = {
    "password_form": {"address": (10, 15 * 60), "restriction": (50, 15 * 60)},
    "password_reset": {"address": (10, 60 * 60), "email": (3, 60 * 60)},
    # "Reageer" on a motion (motionbank/replies.py): messages per member an hour.
    "motion_reply": {"member": (5, 60 * 60)},
    # Signing up for the newsletter (newsletter/views.py): per address and per e-mail address.
    "newsletter": {"address": (10, 60 * 60), "email": (3, 60 * 60)},
}

# Wagtail
WAGTAIL_SITE_NAME = "Centrum voor Lokaal Bestuur"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_USER_TIME_ZONES = ["Europe/Amsterdam"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILEMBEDS_FINDERS = []
WAGTAILSEARCH_HITS_MAX_AGE = 14

# Search: the database backend by default, Elasticsearch when ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends_from_env(env, DATABASES["default"])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # One line per request to the search engine otherwise.
        "opensearch": {"level": "WARNING"},
        "elastic_transport.transport": {"level": "WARNING"},
    },
}

# Agenda (see docs/agenda.md)
AGENDA_EVENTS_PER_PAGE = 20
AGENDA_FEED_PAST_DAYS = 31  # feeds keep events of the last month, so calendars keep them too
AGENDA_FEED_MAX_EVENTS = 500
AGENDA_FEED_REFRESH_HOURS = 6  # REFRESH-INTERVAL and X-PUBLISHED-TTL of the feeds
AGENDA_UID_DOMAIN = "clb.nl"  # iCalendar UIDs: <uuid>@clb.nl, never change it once published
# Registrations on the site are deleted this many days after their event ended
# (manage.py delete_old_registrations, daily from cron; docs/operations.md).
REGISTRATION_RETENTION_DAYS = env.int("REGISTRATION_RETENTION_DAYS", default=90)

# Newsletter (docs/newsletter.md): subscribers per task of the worker when an issue is sent.
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=100)

# Motion bank
# Largest file a member may upload with a motion (PDF or .docx), in bytes.
MOTION_UPLOAD_MAX_BYTES = env.int("MOTION_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024)

# Content-Security-Policy (django-csp 4.0). Every public page loads only our own
# scripts, styles and images: no inline <script>, no style="" attributes, no other
# origins, and the site cannot be framed. Keep templates that way: scripts and styles go
# in clbsite/static/. The Wagtail admin needs inline scripts and styles, so /admin/ is
# left out (it keeps Django's X-Frame-Options). Documents served by Wagtail carry their
# own stricter policy (default-src 'none'), which the middleware leaves alone. Wagtail's
# preview goes through this policy too; clbsite.preview lets the admin (and only the
# admin's own origin) frame it: frame-ancestors 'self' and X-Frame-Options SAMEORIGIN.
# tests/browser/test_csp*.py check the header and that no page breaks it.
INSTALLED_APPS = [*INSTALLED_APPS, "csp"]
MIDDLEWARE = [
    *MIDDLEWARE,
    "csp.middleware.CSPMiddleware",
    "clbsite.preview.PreviewFramingMiddleware",  # after CSP and X-Frame-Options: sees it first
]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

# Access, privacy and login throttling
# Wagtail's page privacy ("logged-in people only") and its own front-end login view use
# the site's Dutch login page, not Wagtail's bare one. See docs/operations.md.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "registration/login.html"
