{#- The annual rates as readers see them; the rule lives in int_fx_rates_annual. -#}
select * from {{ ref('int_fx_rates_annual') }}
