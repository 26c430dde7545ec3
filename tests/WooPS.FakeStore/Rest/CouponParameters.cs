using System.Collections.Generic;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The collection parameters of /coupons (WC_REST_CRUD_Controller::get_collection_params, then code
/// and status), validated in that order with WordPress's messages: context, page, per_page, search,
/// after, before, modified_after, modified_before, dates_are_gmt, exclude, include, offset, order
/// (desc), orderby (date), code, status (any, which leaves the trash out).
/// </summary>
internal sealed record CouponParameters(
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
    string? Code,
    string Status,
    IReadOnlyList<string>? Fields)
{
    private static readonly string[] OrderEnum = ["asc", "desc"];
    private static readonly string[] OrderByEnum = ["date", "id", "include", "title", "slug", "modified"];

    // As the products' status enum: any, future, trash, then get_post_statuses().
    private static readonly string[] StatusEnum = ["any", "future", "trash", "draft", "pending", "private", "publish"];

    /// <summary>Where the page starts: an offset given (and not 0) wins over page.</summary>
    public int Skip => Offset is int offset && offset != 0 ? offset : (Page - 1) * PerPage;

    public static (CouponParameters? Parameters, WooError? Error) Parse(PhpQueryString query)
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
        string status = reader.Enum("status", "any", StatusEnum);
        if (reader.Error is WooError invalid)
        {
            return (null, invalid);
        }
        var parameters = new CouponParameters(
            context,
            page,
            perPage,
            string.IsNullOrEmpty(query["search"]) ? null : query["search"],
            dates,
            ParameterReader.IdList(query["exclude"]),
            ParameterReader.IdList(query["include"]),
            offset is int given ? System.Math.Abs(given) : null,
            order == "desc",
            orderBy,
            // sanitize_text_field, then empty(): "" and "0" ask for no code.
            query["code"]?.Trim() is { Length: > 0 } code && code != "0" ? code : null,
            status,
            query["_fields"] is null ? null : ParameterReader.SplitList(query["_fields"]));
        return (parameters, null);
    }
}
