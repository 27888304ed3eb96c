"""Reference data the reports read on every request, kept per process: a user's category tree
and the exchange-rate table of a report's window.

Both change rarely and are read by nearly every report (spend by category, trend, cash flow,
budgets, forecasts: one query for the tree, and for a report in several currencies a query plus
a thread hop for the bundled ECB series). An entry lives REFERENCE_CACHE_SECONDS. A write
through this process's services forgets what it changed at once (a user's tree; every rate
table); another process (the other API workers, the ARQ worker's rate refresh) sees it within
the TTL, the same promise as the identity cache (AUTH_CACHE_SECONDS). Per process and not in
the lifespan's state because workers' jobs (budget alerts) read through the same services.
0 turns it off. Tests that change the database behind the services' back call clear()."""

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.classify import CategoryTree
from app.analytics.fx import RateTable
from app.core.config import get_settings
from app.core.ttl_cache import TTLCache
from app.crud import categories as categories_crud


class _Caches:
    """Built on first use, so that the TTL is read from the settings in force then."""

    def __init__(self) -> None:
        seconds = get_settings().reference_cache_seconds
        self.trees: TTLCache[uuid.UUID, CategoryTree] = TTLCache(seconds)
        # A report's window is a month or a few: few distinct ones are in use at a time.
        self.rates: TTLCache[tuple[date, date], RateTable] = TTLCache(seconds, max_entries=256)


_caches: _Caches | None = None


def _get() -> _Caches:
    global _caches
    if _caches is None:
        _caches = _Caches()
    return _caches


async def category_tree(session: AsyncSession, user_id: uuid.UUID) -> CategoryTree:
    caches = _get()
    tree = caches.trees.get(user_id)
    if tree is None:
        tree = CategoryTree.of(await categories_crud.list_for_user(session, user_id))
        caches.trees.put(user_id, tree)
    return tree


def cached_rates(first_day: date, last_day: date) -> RateTable | None:
    return _get().rates.get((first_day, last_day))


def keep_rates(first_day: date, last_day: date, table: RateTable) -> None:
    _get().rates.put((first_day, last_day), table)


def categories_changed(user_id: uuid.UUID) -> None:
    """A user's categories were created, renamed, moved, re-kinded, merged or deleted."""
    _get().trees.forget(user_id)


def rates_changed() -> None:
    """Stored exchange rates changed: every window may hold them."""
    _get().rates.clear()


def clear() -> None:
    """Forget everything, and read the TTL afresh on next use."""
    global _caches
    _caches = None
