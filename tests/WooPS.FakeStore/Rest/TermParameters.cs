using System;
using System.Collections.Generic;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The collection parameters of the term lists (WC_REST_Terms_Controller::get_collection_params):
/// page, per_page, search, exclude, include, offset, order (asc), orderby (name), hide_empty,
/// parent, product, slug; validated in that order with WordPress's messages.
/// </summary>
internal sealed record TermParameters(
    int PerPage,
    string? Search,
    IReadOnlyList<long> Exclude,
    IReadOnlyList<long> Include,
    int Offset,
    bool Descending,
    string OrderBy,
    bool HideEmpty,
    int? Parent,
    int? Product,
    string? Slug,
    IReadOnlyList<string>? Fields)
{
    private static readonly string[] OrderEnum = ["asc", "desc"];
    private static readonly string[] OrderByEnum = ["id", "include", "name", "slug", "term_group", "description", "count"];

    /// <summary>The page the Link header counts from: the offset's page when an offset is given.</summary>
    public int LinkPage => (int)Math.Ceiling(Offset / (double)PerPage + 1);

    public static (TermParameters? Parameters, WooError? Error) Parse(PhpQueryString query)
    {
        var reader = new ParameterReader(query);
        int page = reader.Page();
        int perPage = reader.PerPage();
        int? offset = reader.OptionalInteger("offset");
        string order = reader.Enum("order", "asc", OrderEnum);
        string orderBy = reader.Enum("orderby", "name", OrderByEnum);
        bool hideEmpty = reader.Boolean("hide_empty") ?? false;
        int? parent = reader.OptionalInteger("parent");
        int? product = reader.OptionalInteger("product");
        if (reader.Error is WooError invalid)
        {
            return (null, invalid);
        }
        // An empty() offset falls back to the page's; offset and parent go through absint.
        int start = offset is int given && given != 0 ? Math.Abs(given) : (page - 1) * perPage;
        var parameters = new TermParameters(
            perPage,
            string.IsNullOrEmpty(query["search"]) ? null : query["search"],
            ParameterReader.IdList(query["exclude"]),
            ParameterReader.IdList(query["include"]),
            start,
            order == "desc",
            orderBy,
            hideEmpty,
            parent is int parentId ? Math.Abs(parentId) : null,
            product,
            string.IsNullOrEmpty(query["slug"]) ? null : query["slug"],
            query["_fields"] is null ? null : ParameterReader.SplitList(query["_fields"]));
        return (parameters, null);
    }
}
