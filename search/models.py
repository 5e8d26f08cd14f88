from django.db import models


class IndexChange(models.Model):
    """
    One write to the fast search index (search/fastindex): which object of which model
    was added, changed or removed. Every process reads the changes since its last look
    before a search and refreshes its in-memory columns for just those objects.
    Old rows are removed by ``manage.py prune_search_changes``.
    """

    model = models.CharField(max_length=100)
    object_id = models.BigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "wijziging in de zoekindex"
        verbose_name_plural = "wijzigingen in de zoekindex"

    def __str__(self):
        return f"{self.model} {self.object_id}"


class FastKey(models.Model):
    """
    The local key of an object whose primary key is not an integer (a UUID, a text),
    for the fast path's shared text tables (search/fastindex/keys.py). Objects with
    integer primary keys need none: their key is their id.
    """

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.CharField(max_length=255)

    class Meta:
        verbose_name = "sleutel in de zoekindex"
        verbose_name_plural = "sleutels in de zoekindex"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_fastkey_unique_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id} {self.object_id}"


class Synonym(models.Model):
    """
    A term or abbreviation and what means the same ("OZB" = "onroerendezaakbelasting").
    Staff manage them as a snippet; a search for any of the terms of an entry also finds
    the others (search/synonyms.py), on every backend.
    """

    term = models.CharField(
        "term of afkorting",
        max_length=100,
        unique=True,
        help_text="Bijvoorbeeld: OZB",
    )
    equivalents = models.TextField(
        "betekent hetzelfde als",
        help_text=(
            "Eén term per regel, bijvoorbeeld: onroerendezaakbelasting. Wie op een van de "
            "termen zoekt, vindt ook de andere."
        ),
    )

    class Meta:
        verbose_name = "synoniem"
        verbose_name_plural = "synoniemen"
        ordering = ["term"]

    def __str__(self):
        return f"{self.term} = {', '.join(self.equivalent_list())}"

    def equivalent_list(self):
        return [line.strip() for line in self.equivalents.splitlines() if line.strip()]


class VocabularyWord(models.Model):
    """
    A word of the searchable text of the site, folded, with the number of records that
    have it: what "Bedoelde je ...?" suggests from (search/suggestions.py). Rebuilt by
    ``manage.py update_search_vocabulary``.
    """

    word = models.CharField(max_length=60, primary_key=True)
    frequency = models.PositiveIntegerField()

    class Meta:
        verbose_name = "woord in de zoekwoordenlijst"
        verbose_name_plural = "woorden in de zoekwoordenlijst"

    def __str__(self):
        return f"{self.word} ({self.frequency})"
