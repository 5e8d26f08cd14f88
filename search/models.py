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
