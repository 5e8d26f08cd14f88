from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_delete, pre_delete


class MotionbankConfig(AppConfig):
    name = "motionbank"
    verbose_name = "Motiebank"

    def ready(self):
        from motionbank import member_mail
        from motionbank.files import delete_unused_files, remember_files
        from motionbank.models import Motion
        from motionbank.privacy import forget_uploader_on_delete

        # However a user is deleted, their motions stay, credited to nobody: also in the
        # revisions, so that approving a pending submission later still works.
        pre_delete.connect(
            forget_uploader_on_delete,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="motionbank.forget_uploader",
        )
        # A motion's original file goes with it, however it is deleted (files.py).
        pre_delete.connect(remember_files, sender=Motion, dispatch_uid="motionbank.files")
        post_delete.connect(delete_unused_files, sender=Motion, dispatch_uid="motionbank.files")
        # Approval and send-back mail written for members, instead of Wagtail's editor
        # notice (member_mail.py): connected before wagtail.admin connects its own.
        member_mail.connect()
