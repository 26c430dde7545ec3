using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Orders;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The collection parameters of /orders (WC_REST_CRUD_Controller::get_collection_params, hierarchical,
/// then WC_REST_Orders_Controller's), validated in that order with WordPress's messages: context, page,
/// per_page, search, after, before, modified_after, modified_before, dates_are_gmt, exclude, include,
/// offset, order (desc), orderby (date), parent, parent_exclude, status (an array: "a,b" is two, each from
/// <see cref="OrderStatuses.FilterEnum"/>, capture 66m; any unless given), customer, product, dp (the
/// store's price decimals unless given).
/// </summary>
internal sealed record OrderParameters(
    JsonContext Context,
    int Page,
    int PerPage,
    string? Search,
    DateLimits Dates,
    IReadOnlyList<long> Exclude,
    IReadOnlyList<long> Include,
    int? Offset,
    bool Descending,
    string OrderBy,
    IReadOnlyList<long> Parent,
    IReadOnlyList<long> ParentExclude,
    IReadOnlyList<string> Statuses,
    long? Customer,
    long Product,
    int Dp,
    IReadOnlyList<string>? Fields)
{
    private static readonly string[] OrderEnum = ["asc", "desc"];
    private static readonly string[] OrderByEnum = ["date", "id", "include", "title", "slug", "modified"];

    /// <summary>Where the page starts: an offset given (and not 0) wins over page.</summary>
    public int Skip => Offset is int offset && offset != 0 ? offset : (Page - 1) * PerPage;

    public static (OrderParameters? Parameters, WooError? Error) Parse(PhpQueryString query, int priceDecimals)
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
        int? offset = reader.OptionalInteger("offset");
        string order = reader.Enum("order", "desc", OrderEnum);
        string orderBy = reader.Enum("orderby", "date", OrderByEnum);
        IReadOnlyList<string> statuses = reader.EnumList("status", "any", OrderStatuses.FilterEnum);
        int? customer = reader.OptionalInteger("customer");
        int? product = reader.OptionalInteger("product");
        int? dp = reader.OptionalInteger("dp");
        reader.Boolean("order_item_display_meta");
        if (reader.Error is WooError invalid)
        {
            return (null, invalid);
        }
        var parameters = new OrderParameters(
            context,
            page,
            perPage,
            string.IsNullOrEmpty(query["search"]) ? null : query["search"],
            dates,
            ParameterReader.IdList(query["exclude"]),
            ParameterReader.IdList(query["include"]),
            offset is int given ? Math.Abs(given) : null,
            order == "desc",
            orderBy,
            ParameterReader.WordPressIdList(query["parent"]),
            ParameterReader.WordPressIdList(query["parent_exclude"]),
            statuses,
            customer is int id ? Math.Abs(id) : null,
            product is int productId ? Math.Abs(productId) : 0,
            dp is int places ? Math.Abs(places) : priceDecimals,
            query["_fields"] is null ? null : ParameterReader.SplitList(query["_fields"]));
        return (parameters, null);
    }

    /// <summary>
    /// The query the paging Link header is built from (captures 26, 66h): the request's own parameters, then
    /// status as the array prepare_objects_query puts back at the end (status[0]=any), then dp and context,
    /// which prepare_object_for_response sets on the request, in place when given: only once an order was
    /// prepared, so an empty page's links have neither.
    /// </summary>
    public PhpQueryString LinkQuery(PhpQueryString query, bool anyListed)
    {
        var linked = new PhpQueryString();
        foreach (KeyValuePair<string, string> pair in query.Pairs.Where(pair => pair.Key != "status"))
        {
            linked.Set(pair.Key, pair.Value);
        }
        for (int index = 0; index < Statuses.Count; index++)
        {
            linked.Set($"status[{index}]", Statuses[index]);
        }
        if (anyListed)
        {
            linked.Set("dp", Dp.ToString(CultureInfo.InvariantCulture));
            linked.Set("context", query["context"] is { Length: > 0 } given ? given : "view");
        }
        return linked;
    }
}
