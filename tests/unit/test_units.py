"""The unit registry (dbt_project/seeds/units.csv) and conversion to standard units."""

import pytest

from orchestration.domain.core.units import to_standard, unit_registry


@pytest.mark.parametrize(
    ("value", "unit", "expected", "standard"),
    [
        (2500, "CNY_100m", 250.0, "CNY_bn"),
        (9847.02, "CNY_100m", 984.702, "CNY_bn"),
        (1.5, "CNY_tn", 1500.0, "CNY_bn"),
        (207, "CNY_bn", 207.0, "CNY_bn"),
        (850_000_000_000, "CNY", 850.0, "CNY_bn"),
        (132_000_000_000, "USD", 132.0, "USD_bn"),
        (23.86, "vehicles_10k", 238_600.0, "vehicles"),
        (573_000, "vehicles", 573_000.0, "vehicles"),
        (61.1, "pct", 61.1, "pct"),
        (2, "ratio", 2.0, "ratio"),
    ],
)
def test_to_standard(value, unit, expected, standard):
    converted, unit_std = to_standard(value, unit)
    assert unit_std == standard
    assert converted == pytest.approx(expected, rel=1e-12)


def test_exact_decimal_conversion():
    # Multiply-then-divide by integers keeps reader-visible decimals exact.
    assert to_standard(9847.02, "CNY_100m")[0] == 984.702
    assert to_standard(5005.66, "CNY_100m")[0] == 500.566


def test_unknown_unit_names_the_known_ones():
    with pytest.raises(ValueError, match=r"unknown unit 'CNY_mn'.*CNY_100m"):
        to_standard(1, "CNY_mn")


def test_registry_dimensions_do_not_mix():
    registry = unit_registry()
    # yuan totals are one dimension; yuan per person (output per employee) is another
    totals = [u for u in registry.values() if u.code.startswith("CNY") and "_per_" not in u.code]
    assert {u.dimension for u in totals} == {"cny"}
    assert registry["CNY_10k_per_person"].to_standard(50) == 500_000
    assert registry["CNY_10k_per_person"].standard_unit == "CNY_per_person"
    assert registry["USD_bn"].dimension != registry["CNY_bn"].dimension
    assert all(
        registry[u.standard_unit].multiply == registry[u.standard_unit].divide == 1
        for u in registry.values()
    )
