from django.apps import AppConfig


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = "Agenda"

    def ready(self):
        from wagtail.signals import published

        from agenda.models import Event
        from agenda.tasks import event_published

        published.connect(event_published, sender=Event, dispatch_uid="agenda.event_published")
