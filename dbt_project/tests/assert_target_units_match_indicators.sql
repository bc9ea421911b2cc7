-- A target resolved to a unit other than its indicator's canonical unit could not be
-- compared with the indicator's statistics (say, vehicles on a yuan indicator).
select
    target_id,
    target_unit,
    canonical_unit
from {{ ref('dim_targets') }}
where
    target_value is not null
    and target_unit <> canonical_unit
