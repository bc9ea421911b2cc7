"""Industrial-policy targets warehouse: the Dagster code location.

Importing the package switches off every usage-statistics call the stack would
otherwise make (Dagster, dbt, Great Expectations): nothing here may reach the
network at run or test time. Values a user exports explicitly win.
"""

import os

for _name, _value in {
    "DAGSTER_DISABLE_TELEMETRY": "1",
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
}.items():
    os.environ.setdefault(_name, _value)
