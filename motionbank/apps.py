from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import pre_delete


class MotionbankConfig(AppConfig):
    name = "motionbank"
    verbose_name = "Motiebank"

    def ready(self):
        from motionbank.privacy import forget_uploader_on_delete

        # However a user is deleted, their motions stay, credited to nobody: also in the
        # revisions, so that approving a pending submission later still works.
        pre_delete.connect(
            forget_uploader_on_delete,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="motionbank.forget_uploader",
        )
