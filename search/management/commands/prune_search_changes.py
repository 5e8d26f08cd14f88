import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from search.models import IndexChange


class Command(BaseCommand):
    help = (
        "Verwijdert oude regels uit het wijzigingslogboek van de zoekindex. Processen die "
        "langer niet zochten, laden hun zoekkolommen daarna volledig opnieuw."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=2, help="Bewaar wijzigingen van zoveel dagen (2)."
        )

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        newest = IndexChange.objects.order_by("-id").values_list("id", flat=True).first()
        # Always keep the newest row: processes compare it with what they saw last.
        deleted, _ = IndexChange.objects.filter(created_at__lt=cutoff).exclude(id=newest).delete()
        self.stdout.write(f"{deleted} oude wijzigingen verwijderd.")
