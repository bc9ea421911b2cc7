{#- The daily rates as readers see them; the rule lives in int_fx_rates_daily. -#}
select * from {{ ref('int_fx_rates_daily') }}
