"""Mail each member the new motions of their saved searches (motionbank.alerts): run from
cron, e.g. daily at 07:00 (docs/operations.md)."""

from django.core.management.base import BaseCommand

from motionbank.alerts import BATCH_SIZE, enqueue_due_batches


class Command(BaseCommand):
    help = "Mail members the new motions of their saved searches, one digest each."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"Members per task of the worker (default {BATCH_SIZE}).",
        )

    def handle(self, *args, batch_size, **options):
        ids, results = enqueue_due_batches(batch_size=max(1, batch_size))
        totals = {"sent": 0, "nothing": 0, "failed": 0}
        finished = 0
        for result in results:
            if result.is_finished and result.return_value:
                finished += 1
                for key, value in result.return_value.items():
                    totals[key] += value
        self.stdout.write(
            f"{len(ids)} leden met zoekopdrachten die aan de beurt zijn, "
            f"{len(results)} batches ({len(results) - finished} nog bij de taakverwerker). "
            f"Verstuurd: {totals['sent']}, niets nieuws: {totals['nothing']}, "
            f"mislukt (volgende keer opnieuw): {totals['failed']}."
        )
