"""Suite-wide test settings.

Hypothesis runs under one profile, ``trekmail``: no per-example deadline and no health check
on slow input generation, because CI runs on a loaded 2-core machine and a property test must
fail only on a wrong answer, never on a slow one. ``HYPOTHESIS_PROFILE`` may name another
registered profile (``dev`` for a quick local loop).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "trekmail",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=False,
)
settings.register_profile("dev", parent=settings.get_profile("trekmail"), max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "trekmail"))
