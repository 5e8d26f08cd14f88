"""
gunicorn's settings, read from the project directory (`gunicorn clbsite.wsgi`, see
docs/operations.md). The application is loaded once, in the master process, and the
in-memory search columns (search/fastindex), the search vocabulary and the Dutch lexicon
are loaded and the site's templates compiled there before the workers are forked: every
worker starts with them (instead of each loading them on its first search, seconds at a
million motions) and the workers share that memory until they change it.

What the master loaded is then frozen for Python's garbage collector (``gc.freeze()``,
as Python's documentation advises before forking): a worker's collections no longer
walk the hundreds of thousands of objects of the compiled templates and loaded modules,
which cost a full collection up to a tenth of a second, and no longer write to their
pages, which stay shared with the master.
"""

preload_app = True


def when_ready(server):
    import gc
    from pathlib import Path

    from django.conf import settings
    from django.db import connections
    from django.template.loader import get_template

    from search.analysis.dutch import lexicon
    from search.fastindex.registry import configured_fast_models, forget_checks, store_for
    from search.suggestions import vocabulary

    for directory in settings.TEMPLATES[0]["DIRS"]:
        for path in Path(directory).rglob("*.html"):
            try:
                get_template(str(path.relative_to(directory)))
            except Exception:  # a broken template fails where it is used, not at start
                server.log.exception("Template %s does not compile", path)
    try:
        for model in configured_fast_models():
            store_for(model)
        forget_checks()
        vocabulary()  # "Bedoelde je" and the related motions read it
        lexicon()  # the Dutch analysis's word list: compounds in queries
    except Exception:  # the database may not be there yet: workers load on first use
        server.log.exception("Search columns not loaded before forking the workers")
    finally:
        # A connection must not be shared by forked processes: each worker opens its own.
        connections.close_all()
    gc.collect()
    gc.freeze()
