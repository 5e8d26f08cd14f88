from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from home.groups import ensure_groups

        # After the whole migrate run (the last app's signal), so every permission exists.
        post_migrate.connect(ensure_groups, dispatch_uid="home.ensure_groups")
