"""Prefect flows: the scheduled crawl → load → extract → load job.

Prefect's ephemeral server would try to send anonymous usage telemetry; these machines have no
network, so it only logs errors. It is off unless the user chose otherwise.
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
