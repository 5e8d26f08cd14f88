"""Send the newsletter issues whose time has come, and resume sendings that stalled
(newsletter.sending): run from cron every five minutes (docs/operations.md)."""

from django.core.management.base import BaseCommand

from newsletter.sending import send_due


class Command(BaseCommand):
    help = "Send the newsletter issues that are due, and resume interrupted sendings."

    def handle(self, *args, **options):
        dispatches, results = send_due()
        totals = {"sent": 0, "skipped": 0, "failed": 0}
        waiting = 0
        for result in results:
            if result.is_finished and result.return_value:
                for key, value in result.return_value.items():
                    totals[key] += value
            else:
                waiting += 1
        self.stdout.write(
            f"{len(dispatches)} nummers aan de beurt, {len(results)} batches "
            f"({waiting} nog bij de taakverwerker). Verstuurd: {totals['sent']}, "
            f"al eerder verstuurd: {totals['skipped']}, "
            f"mislukt (volgende keer opnieuw): {totals['failed']}."
        )
