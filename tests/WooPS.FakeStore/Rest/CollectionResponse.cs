using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>A page of a collection with WordPress's totals and its paging Link header.</summary>
internal static class CollectionResponse
{
    // What FakeStoreModes.PagingHeaders.Overstated claims.
    private const int OverstatedPages = 100000;

    /// <param name="fields">The _fields parameter, or null.</param>
    /// <param name="linkQuery">What the paging links repeat when it is not the request's own query (orders'), keys urlencoded.</param>
    public static RestResponse Create(RestRequest request, string path, IEnumerable<JsonObject> items, int total,
        int page, int perPage, IReadOnlyList<string>? fields, PhpQueryString? linkQuery = null) =>
        Create(request, path, new JsonNodeBody(new JsonArray(items.Select(item => (JsonNode?)FieldFilter.Apply(item, fields)).ToArray())),
            total, page, perPage, linkQuery);

    /// <param name="body">The page's items, _fields already applied.</param>
    /// <param name="linkQuery">What the paging links repeat when it is not the request's own query (orders'), keys urlencoded.</param>
    public static RestResponse Create(RestRequest request, string path, JsonBody body, int total, int page, int perPage, PhpQueryString? linkQuery = null)
    {
        int totalPages = (int)Math.Ceiling(total / (double)perPage);
        // What the headers claim (FakeStoreModes.PagingHeaders); the Link header follows the claim,
        // as WooCommerce builds both from the same numbers.
        (long Total, int Pages)? claimed = request.Modes.PagingHeaders switch
        {
            PagingHeaders.Overstated => ((long)OverstatedPages * perPage, OverstatedPages),
            PagingHeaders.Understated => (total, 1),
            PagingHeaders.Missing => null,
            _ => (total, totalPages),
        };
        RestResponse response = RestResponse.Ok(body);
        if (claimed is not var (claimedTotal, claimedPages))
        {
            return response;
        }
        response
            .WithHeader("X-WP-Total", claimedTotal.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-WP-TotalPages", claimedPages.ToString(CultureInfo.InvariantCulture));
        string? links = PaginationLinks.Build(request.Judged.Origin, path, linkQuery ?? request.Judged.Query, page, claimedPages, encodeKeys: linkQuery is not null);
        if (links is not null)
        {
            response.WithHeader("Link", links);
        }
        return response;
    }
}
