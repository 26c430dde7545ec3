namespace WooPS.FakeStore.Rest;

/// <summary>
/// min_price/max_price as wc_get_min_max_price_meta_query makes them: _price BETWEEN floatval(min)
/// AND floatval(max); an absent bound is 0 or PHP_INT_MAX, a given but empty one is 0.
/// </summary>
internal sealed record PriceRange(decimal Minimum, decimal Maximum)
{
    public bool Contains(decimal price) => price >= Minimum && price <= Maximum;
}
