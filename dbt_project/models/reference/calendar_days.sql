{#- One row per day, 2000 through 2040: MetricFlow's time spine (the semantic layer in
    models/marts/_semantic.yml), and a calendar BI tools can join dates to. -#}
select cast(range as date) as date_day
from range(date '2000-01-01', date '2041-01-01', interval 1 day)
