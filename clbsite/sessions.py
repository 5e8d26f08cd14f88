"""
Django's database sessions, read with a prepared statement (SESSION_ENGINE).

Every request of a signed-in member reads its session. Django builds that query with the
ORM and PostgreSQL plans it anew each time, which costs more than finding the row; here
it is written out once and prepared on the server (clbsite/prepared.py). Everything else
(writing, expiry, ``clearsessions``, the async methods) is Django's, on the same table.
"""

import logging
from functools import cache

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.exceptions import SuspiciousOperation
from django.db import connections, router
from django.utils import timezone

from clbsite import prepared


@cache
def _sql(model, using):
    quote = connections[using].ops.quote_name
    key, data, expiry = (
        quote(model._meta.get_field(name).column)
        for name in ("session_key", "session_data", "expire_date")
    )
    return f"SELECT {data} FROM {quote(model._meta.db_table)} WHERE {key} = %s AND {expiry} > %s"


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self):
        """The session's row if it exists and has not expired, as Django's (the instance
        has its key and data; the expiry date loads if asked for)."""
        model = self.model
        using = router.db_for_read(model)
        connection = connections[using]
        try:
            session_key = self.session_key
            now = connection.ops.adapt_datetimefield_value(timezone.now())
            with prepared.cursor(using) as cursor:
                cursor.execute(_sql(model, using), [session_key, now])
                row = cursor.fetchone()
        except SuspiciousOperation as error:
            logger = logging.getLogger(f"django.security.{error.__class__.__name__}")
            logger.warning(str(error))
            row = None
        if row is None:
            self._session_key = None
            return None
        return model.from_db(using, ["session_key", "session_data"], [session_key, row[0]])
