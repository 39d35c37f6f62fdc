"""Shared test configuration: Hypothesis profiles, chosen by CHRONOLOGY_HYPOTHESIS_PROFILE.

- ``ci`` (the default): 300 examples per property, no deadline (shared, noisy machines).
- ``dev``: 60 examples, for quick local runs.
- ``thorough``: 3000 examples, run by hand before a release.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("CHRONOLOGY_HYPOTHESIS_PROFILE", "ci"))
