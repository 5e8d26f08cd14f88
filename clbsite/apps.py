from django.apps import AppConfig


class ClbsiteConfig(AppConfig):
    name = "clbsite"
    verbose_name = "CLB"

    def ready(self):
        from clbsite.pagecache import connect_signals

        connect_signals()
