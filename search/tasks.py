from wagtail.contrib.search_promotions.models import Query

from django_tasks import task


@task()
def record_search(query_string):
    """Count a search for the "popular searches" report, outside the request."""
    Query.get(query_string).add_hit()
