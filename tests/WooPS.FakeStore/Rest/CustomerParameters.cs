using System;
using System.Collections.Generic;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The collection parameters of /customers (WC_REST_Customers_V1_Controller::get_collection_params),
/// validated in that order with WordPress's messages: context, page, per_page, search, exclude, include,
/// offset, order (asc), orderby (name), email (the email format), role (customer unless given; all, or
/// one of WordPress's and WooCommerce's roles).
/// </summary>
internal sealed record CustomerParameters(
    JsonContext Context,
    int Page,
    int PerPage,
    string? Search,
    IReadOnlyList<long> Exclude,
    IReadOnlyList<long> Include,
    int Skip,
    bool Descending,
    string OrderBy,
    string? Email,
    string Role,
    IReadOnlyList<string>? Fields)
{
    private static readonly string[] OrderEnum = ["asc", "desc"];
    private static readonly string[] OrderByEnum = ["id", "include", "name", "registered_date"];

    // array_merge( array( 'all' ), array_keys( $wp_roles->role_names ) ) on a WooCommerce site.
    private static readonly string[] RoleEnum = ["all", "administrator", "editor", "author", "contributor", "subscriber", "customer", "shop_manager"];

    /// <summary>The page the Link header counts from: get_items works it out from the offset.</summary>
    public int LinkPage => (int)Math.Ceiling(Skip / (double)PerPage + 1);

    public static (CustomerParameters? Parameters, WooError? Error) Parse(PhpQueryString query)
    {
        var reader = new ParameterReader(query);
        JsonContext context = reader.Context();
        int page = reader.Page();
        int perPage = reader.PerPage();
        int? offset = reader.OptionalInteger("offset");
        string order = reader.Enum("order", "asc", OrderEnum);
        string orderBy = reader.Enum("orderby", "name", OrderByEnum);
        string? email = reader.Email("email");
        string role = reader.Enum("role", "customer", RoleEnum);
        if (reader.Error is WooError invalid)
        {
            return (null, invalid);
        }
        var parameters = new CustomerParameters(
            context,
            page,
            perPage,
            string.IsNullOrEmpty(query["search"]) ? null : query["search"],
            ParameterReader.IdList(query["exclude"]),
            ParameterReader.IdList(query["include"]),
            // absint, and empty() falls back to the page's.
            offset is int given && given != 0 ? Math.Abs(given) : (page - 1) * perPage,
            order == "desc",
            orderBy,
            string.IsNullOrEmpty(email) ? null : email,
            role,
            query["_fields"] is null ? null : ParameterReader.SplitList(query["_fields"]));
        return (parameters, null);
    }
}
