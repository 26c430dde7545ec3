using System.Globalization;
using System.Linq;
using WooPS.FakeStore.Orders;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/orders/{order_id}/refunds (capture 66g): context, page, per_page, offset, order,
/// orderby and dp checked first, then the key; the order's refunds, newest first, paged with X-WP-Total and
/// X-WP-TotalPages (0 and 0 for none). The query looks for refunds whose parent is the order, so an order id
/// that is no order lists none rather than failing.
/// </summary>
internal sealed class OrderRefundListEndpoint(StoreOrders orders, int priceDecimals) : IRestEndpoint
{
    private static readonly string[] OrderEnum = ["asc", "desc"];
    private static readonly string[] OrderByEnum = ["date", "id", "include", "title", "slug", "modified"];

    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        reader.Context();
        int page = reader.Page();
        int perPage = reader.PerPage();
        int offset = System.Math.Abs(reader.Integer("offset", 0));
        bool descending = reader.Enum("order", "desc", OrderEnum) == "desc";
        string orderBy = reader.Enum("orderby", "date", OrderByEnum);
        int dp = System.Math.Abs(reader.Integer("dp", priceDecimals));
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        var refunds = orders.Find(request.ParentId)?.Refunds ?? [];
        var ordered = orderBy == "date"
            ? (descending ? refunds.OrderByDescending(refund => refund.DateCreated) : refunds.OrderBy(refund => refund.DateCreated))
            : (descending ? refunds.OrderByDescending(refund => refund.Id) : refunds.OrderBy(refund => refund.Id));
        var listed = (descending ? ordered.ThenByDescending(refund => refund.Id) : ordered.ThenBy(refund => refund.Id))
            .Skip(offset != 0 ? offset : (page - 1) * perPage).Take(perPage).ToList();
        PhpQueryString linkQuery = PhpQueryString.Parse("");
        foreach (var pair in request.Judged.Query.Pairs)
        {
            linkQuery.Set(pair.Key, pair.Value);
        }
        if (listed.Count > 0)
        {
            linkQuery.Set("dp", dp.ToString(CultureInfo.InvariantCulture));
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return CollectionResponse.Create(request, $"{OrderJson.ApiPath}/{request.ParentId}/refunds",
            listed.Select(refund => RefundJson.Refund(refund, request.Judged.Origin, dp)), refunds.Count, page, perPage, fields, linkQuery);
    }
}
