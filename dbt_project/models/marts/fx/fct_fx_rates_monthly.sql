{#- The monthly rates as readers see them; the rule lives in int_fx_rates_monthly. -#}
select * from {{ ref('int_fx_rates_monthly') }}
