"""Time-ordered ids: valid RFC 9562 version-7 UUIDs whose order follows the clock."""

import time
import uuid

from app.core.ids import uuid7


def test_uuid7_is_a_version_7_rfc_uuid_carrying_the_time():
    before = time.time_ns() // 1_000_000
    made = uuid7()
    after = time.time_ns() // 1_000_000
    assert made.version == 7 and made.variant == uuid.RFC_4122
    assert before <= made.int >> 80 <= after


def test_ids_made_in_later_milliseconds_sort_later_and_never_repeat():
    first = [uuid7() for _ in range(1000)]
    time.sleep(0.002)
    second = [uuid7() for _ in range(1000)]
    assert max(first) < min(second)
    assert len(set(first + second)) == 2000
