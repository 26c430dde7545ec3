using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The collection parameters of /products and /variations
/// (WC_REST_Products_Controller::get_collection_params; variations drop type, featured, category
/// and tag, which they then ignore, and cannot order by price), validated with WordPress's messages (captures 22, 22b, 38, 39).
/// Every invalid parameter is reported in one error, in the order WooCommerce registers them.
/// </summary>
internal sealed record ListParameters(
    int Page,
    int PerPage,
    string OrderBy,
    bool Descending,
    IReadOnlyList<string> Skus,
    string? Search,
    string Status,
    string? Type,
    IReadOnlyList<long> Include,
    IReadOnlyList<long> Exclude,
    IReadOnlyList<long> Parent,
    IReadOnlyList<string>? Fields,
    DateLimits Dates,
    bool? Featured,
    IReadOnlyList<long> Categories,
    IReadOnlyList<long> Tags,
    bool? OnSale,
    PriceRange? Price,
    string? StockStatus,
    JsonContext Context)
{
    /// <summary>The SKUs asked for, as MySQL's default collation compares them (case-insensitively), to test each item in constant time.</summary>
    public IReadOnlySet<string> SkuSet { get; } = new HashSet<string>(Skus, StringComparer.OrdinalIgnoreCase);

    /// <summary>The ids asked for, to test each item in constant time (<see cref="Include"/> keeps their order).</summary>
    public IReadOnlySet<long> IncludeSet { get; } = new HashSet<long>(Include);

    // The schema's enum as WordPress prints it, duplicates and all (capture 22b).
    private static readonly string[] OrderByEnum =
    [
        "date", "id", "include", "title", "slug", "modified", "popularity", "rating", "post__in", "price", "sales",
        "menu_order", "random", "popularity", "rating", "menu_order", "price", "popularity", "rating",
    ];

    // Variations keep WC_REST_Posts_Controller's list (capture 04).
    private static readonly string[] VariationOrderByEnum = ["date", "id", "include", "title", "slug", "modified", "menu_order"];

    private static readonly string[] SupportedOrderBy = ["date", "id", "include", "title", "slug", "modified", "price"];
    private static readonly string[] OrderEnum = ["asc", "desc"];
    private static readonly string[] StatusEnum = ["any", "future", "trash", "draft", "pending", "private", "publish"];
    private static readonly string[] TypeEnum = ["simple", "grouped", "external", "variable"];
    private static readonly string[] StockStatusEnum = ["instock", "outofstock", "onbackorder"];

    /// <param name="ofVariations">For /variations, which has no type, featured, category or tag parameter.</param>
    public static (ListParameters? Parameters, WooError? Error) Parse(PhpQueryString query, bool ofVariations = false)
    {
        var reader = new ParameterReader(query);
        JsonContext context = reader.Context();
        int page = reader.Page();
        int perPage = reader.PerPage();
        var dates = new DateLimits(
            reader.Date("after"),
            reader.Date("before"),
            reader.Date("modified_after"),
            reader.Date("modified_before"),
            reader.Boolean("dates_are_gmt") ?? false);
        string order = reader.Enum("order", "desc", OrderEnum);
        string orderBy = reader.Enum("orderby", "date", ofVariations ? VariationOrderByEnum : OrderByEnum);
        string status = reader.Enum("status", "any", StatusEnum);
        string? type = ofVariations ? null : reader.OptionalEnum("type", TypeEnum);
        bool? featured = ofVariations ? null : reader.Boolean("featured");
        bool? onSale = reader.Boolean("on_sale");
        string? stockStatus = reader.OptionalEnum("stock_status", StockStatusEnum);
        if (reader.Error is WooError invalid)
        {
            return (null, invalid);
        }
        var parameters = new ListParameters(
            page,
            perPage,
            SupportedOrderBy.Contains(orderBy) ? orderBy : "date",
            order == "desc",
            ParameterReader.SplitList(query["sku"]),
            string.IsNullOrEmpty(query["search"]) ? null : query["search"],
            status,
            type,
            ParameterReader.IdList(query["include"]),
            ParameterReader.IdList(query["exclude"]),
            ParameterReader.IdList(query["parent"]),
            query["_fields"] is null ? null : ParameterReader.SplitList(query["_fields"]),
            dates,
            featured,
            ofVariations ? [] : ParameterReader.WordPressIdList(query["category"]),
            ofVariations ? [] : ParameterReader.WordPressIdList(query["tag"]),
            onSale,
            Prices(query),
            stockStatus,
            context);
        return (parameters, null);
    }

    /// <summary>The price filter applies when either bound is given and not empty() ("" and "0" are).</summary>
    private static PriceRange? Prices(PhpQueryString query)
    {
        if (query.IsEmpty("min_price") && query.IsEmpty("max_price"))
        {
            return null;
        }
        string? minimum = query["min_price"];
        string? maximum = query["max_price"];
        return new PriceRange(
            minimum is null ? 0m : PhpNumbers.FloatVal(minimum),
            maximum is null ? long.MaxValue : PhpNumbers.FloatVal(maximum));
    }
}
