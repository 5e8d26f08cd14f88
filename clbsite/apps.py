from django.apps import AppConfig


class ClbsiteConfig(AppConfig):
    name = "clbsite"
    verbose_name = "CLB"

    def ready(self):
        from clbsite import checks  # noqa: F401  (registers the deploy checks)
        from clbsite.caching import connect_signals

        connect_signals()
