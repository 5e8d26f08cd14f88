from django.apps import apps

from wagtail.contrib.search_promotions.models import Query

from django_tasks import task

from .suggestions import add_words


@task()
def record_search(query_string):
    """Count a search for the "popular searches" report, outside the request."""
    Query.get(query_string).add_hit()


@task()
def add_vocabulary_words(model_label, pk):
    """Add the words of a saved record that the vocabulary of "Bedoelde je ...?" lacks
    (search/suggestions.py); the nightly rebuild corrects the frequencies."""
    model = apps.get_model(model_label)
    obj = model._default_manager.filter(pk=pk).first()
    if obj is not None:
        add_words(obj)
