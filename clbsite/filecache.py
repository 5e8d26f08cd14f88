"""
Django's file-based cache (``CACHE_URL=filecache:///var/cache/clb``), with a cull that
suits this site: many small entries, a few of which every page needs.

Django's ``FileBasedCache`` lists the whole cache directory on every write to see
whether it is full, and when it is, deletes a third of its entries at random. Both hurt
here. The listing costs more than the write itself (about 0.5 ms at 300 entries, growing
with the entries), and the motion bank keeps one entry per search asked (the rendered
results), so a stream of searches that are asked once fills the cache again and again,
and each random cull takes the generation counters, the page table and the menus along
with them: every page is then rendered afresh, as after an editor's change.

This backend writes as Django's does (the same files, so it reads what Django's wrote
and the other way round), and culls differently:

- the directory is listed once every ``CULL_EVERY`` writes of a process, not at every
  write, so a full cache may hold ``CULL_EVERY`` entries more per process for a moment;
- a cull removes what has expired first, then the entries closest to expiring (those
  with the least life left, such as search results), and entries kept without a
  timeout (the generation counters) only when nothing else is left.

It keeps 2,000 entries unless ``?max_entries=`` says otherwise.
"""

import itertools
import pickle
import time

from django.core.cache.backends.filebased import FileBasedCache

NEVER = float("inf")


class FileCache(FileBasedCache):
    CULL_EVERY = 50
    DEFAULT_MAX_ENTRIES = 2000

    def __init__(self, dir, params):
        options = params.get("OPTIONS") or {}
        if "MAX_ENTRIES" not in options and "max_entries" not in params:
            options = {**options, "MAX_ENTRIES": self.DEFAULT_MAX_ENTRIES}
            params = {**params, "OPTIONS": options}
        super().__init__(dir, params)
        self._writes = itertools.count(1)

    def _cull(self):
        if next(self._writes) % self.CULL_EVERY:
            return
        filelist = self._list_cache_files()
        if len(filelist) < self._max_entries:
            return
        if self._cull_frequency == 0:
            return self.clear()
        now = time.time()
        by_expiry = sorted((self._expiry(fname), fname) for fname in filelist)
        expired = sum(1 for expiry, _fname in by_expiry if expiry <= now)
        remove = max(expired, len(filelist) // self._cull_frequency)
        for _expiry, fname in by_expiry[:remove]:
            self._delete(fname)

    @staticmethod
    def _expiry(fname):
        """When the entry expires (seconds since the epoch; NEVER without a timeout), as
        FileBasedCache writes it first in the file. An unreadable entry counts as expired."""
        try:
            with open(fname, "rb") as handle:
                expiry = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):  # gone meanwhile, too
            return 0.0
        return NEVER if expiry is None else float(expiry)
