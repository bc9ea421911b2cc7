"""The daily refresh: reference rates and everything built from them, once a day.

The ECB publishes its reference rates at about 16:00 Central European Time on working
days, so the refresh runs at 17:30 Frankfurt time. It runs every day, weekends too:
the marts are built as of the run's date (attainment, overdue statistics), so they
move with the calendar even when no rate does.
"""

import dagster as dg

from orchestration.defs.jobs import daily_refresh_job

REFRESH_CRON = "30 17 * * *"
REFRESH_TIMEZONE = "Europe/Berlin"
REFRESH_DATE_TAG = "warehouse/refresh_date"


@dg.schedule(
    name="daily_refresh_schedule",
    cron_schedule=REFRESH_CRON,
    execution_timezone=REFRESH_TIMEZONE,
    job=daily_refresh_job,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 17:30 Frankfurt time, after the ECB's daily publication: "
    "refresh FX rates, rebuild the models as of today and publish.",
)
def daily_refresh_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """One run per calendar day: the day is the run key, so a tick evaluated twice (a
    daemon restart) does not start a second run."""
    day = context.scheduled_execution_time.date().isoformat()
    return dg.RunRequest(run_key=day, tags={REFRESH_DATE_TAG: day})
