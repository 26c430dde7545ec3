using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Orders;
using WooPS.FakeStore.Rest.Endpoints;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The routes this store serves under /wp-json, declared once, in the order WooCommerce registers
/// them (captures 04, 05): requests are dispatched by this table, and the discovery documents list it.
/// </summary>
internal sealed class RestRouter
{
    private readonly RestRoute[] _routes;

    /// <param name="priceDecimals">The store's price decimals (Settings → General).</param>
    /// <param name="productJson">Shared by the product list and item endpoints: both send the same full product JSON.</param>
    /// <param name="orders">The orders, their notes and refunds (<see cref="OrderRoutes"/>).</param>
    public RestRouter(ProductCatalog catalog, StoreTaxonomies taxonomies, ProductJsonCache productJson, StoreCoupons coupons, StoreUsers users,
        StoreOrders orders, int priceDecimals)
    {
        var customerWriter = new CustomerWriter(users);
        var couponWriter = new CouponWriter(coupons);
        var productBodies = new ProductBodies(catalog, productJson);
        var productWriter = new ProductWriter(catalog, taxonomies);
        var variationWriter = new VariationWriter(catalog);
        var termWriter = new TermWriter(taxonomies, catalog);
        _routes =
        [
            new("/", "GET", new RestHandler("GET", new SiteIndexEndpoint(this))),
            new("/wc/v3", "GET", new RestHandler("GET", new NamespaceIndexEndpoint(this))),
            new("/wc/v3/coupons", "GET, POST",
                new RestHandler("GET", new CouponListEndpoint(coupons)),
                new RestHandler("POST", new CouponCreateEndpoint(couponWriter))),
            new(@"/wc/v3/coupons/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE",
                new RestHandler("GET", new CouponItemEndpoint(coupons)),
                new RestHandler("POST, PUT, PATCH", new CouponUpdateEndpoint(coupons, couponWriter)),
                new RestHandler("DELETE", new CouponDeleteEndpoint(coupons))),
            new("/wc/v3/coupons/batch", "POST, PUT, PATCH",
                new RestHandler("POST, PUT, PATCH", new BatchEndpoint(new CouponBatchItems(coupons, couponWriter)))),
            new("/wc/v3/reports/coupons/totals", "GET", new RestHandler("GET", new TypeTotalsEndpoint(CouponTypes.Known, () => coupons.All().Select(coupon => coupon.DiscountType)))),
            new("/wc/v3/customers", "GET, POST",
                new RestHandler("GET", new CustomerListEndpoint(users)),
                new RestHandler("POST", new CustomerCreateEndpoint(customerWriter))),
            new(@"/wc/v3/customers/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE",
                new RestHandler("GET", new CustomerItemEndpoint(users)),
                new RestHandler("POST, PUT, PATCH", new CustomerUpdateEndpoint(users, customerWriter)),
                new RestHandler("DELETE", new CustomerDeleteEndpoint(users))),
            new("/wc/v3/customers/batch", "POST, PUT, PATCH",
                new RestHandler("POST, PUT, PATCH", new BatchEndpoint(new CustomerBatchItems(users, customerWriter)))),
            .. OrderRoutes(orders, users, catalog, priceDecimals),
            new("/wc/v3/products", "GET, POST",
                new RestHandler("GET", new ProductListEndpoint(catalog, productBodies, taxonomies.Categories)),
                new RestHandler("POST", new ProductCreateEndpoint(productWriter))),
            new(@"/wc/v3/products/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE",
                new RestHandler("GET", new ProductItemEndpoint(catalog, productBodies)),
                new RestHandler("POST, PUT, PATCH", new ProductUpdateEndpoint(catalog, productWriter)),
                new RestHandler("DELETE", new ProductDeleteEndpoint(catalog))),
            new("/wc/v3/products/batch", "POST, PUT, PATCH",
                new RestHandler("POST, PUT, PATCH", new BatchEndpoint(new ProductBatchItems(catalog, productWriter)))),
            new(@"/wc/v3/products/(?P<product_id>[\d]+)/variations", "GET, POST",
                new RestHandler("GET", new VariationListEndpoint(catalog)),
                new RestHandler("POST", new VariationCreateEndpoint(catalog, variationWriter))),
            new(@"/wc/v3/products/(?P<product_id>[\d]+)/variations/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE",
                new RestHandler("GET", new VariationItemEndpoint(catalog)),
                new RestHandler("POST, PUT, PATCH", new VariationUpdateEndpoint(catalog, variationWriter)),
                new RestHandler("DELETE", new VariationDeleteEndpoint(catalog))),
            new(@"/wc/v3/products/(?P<product_id>[\d]+)/variations/batch", "POST, PUT, PATCH",
                new RestHandler("POST, PUT, PATCH", new BatchEndpoint(new VariationBatchItems(catalog, variationWriter)))),
            new(@"/wc/v3/products/attributes/(?P<attribute_id>[\d]+)/terms", "GET, POST",
                new RestHandler("GET", new TermListEndpoint(TermTaxonomy.OfAttribute, catalog))),
            new(@"/wc/v3/products/attributes/(?P<attribute_id>[\d]+)/terms/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE",
                new RestHandler("GET", new TermItemEndpoint(TermTaxonomy.OfAttribute, catalog))),
            new("/wc/v3/products/attributes", "GET, POST", new RestHandler("GET", new AttributeListEndpoint())),
            new(@"/wc/v3/products/attributes/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE", new RestHandler("GET", new AttributeItemEndpoint())),
            .. TermRoutes(taxonomies.Categories, BodySchema.Category, termWriter, catalog),
            .. TermRoutes(taxonomies.Tags, BodySchema.Tag, termWriter, catalog),
            new(@"/wc/v3/settings/(?P<group_id>[\w-]+)/(?P<id>[\w-]+)", "GET, POST, PUT, PATCH",
                new RestHandler("GET", new SettingItemEndpoint(priceDecimals))),
            // What Invoke-WooRequest reaches without a cmdlet of its own: settings, data, the system status, and
            // WordPress's routes, where a WooCommerce key is anonymous (capture 67f: Allow lists only GET).
            new(@"/wc/v3/settings/(?P<group_id>[\w-]+)", "GET", new RestHandler("GET", new SettingGroupEndpoint(priceDecimals))),
            new("/wc/v3/data/currencies", "GET", new RestHandler("GET", new CurrencyListEndpoint())),
            new("/wc/v3/data/currencies/current", "GET", new RestHandler("GET", new CurrencyItemEndpoint(current: true))),
            new(@"/wc/v3/data/currencies/(?P<currency>[\w-]{3})", "GET", new RestHandler("GET", new CurrencyItemEndpoint(current: false))),
            new("/wc/v3/system_status", "GET", new RestHandler("GET", new SystemStatusEndpoint(catalog, coupons, priceDecimals))),
            new("/wp/v2/users/me", "GET", new RestHandler("GET", WordPressLoginEndpoint.CurrentUser())),
            new("/wp/v2/settings", "GET, POST, PUT, PATCH", new RestHandler("GET", WordPressLoginEndpoint.Settings())),
        ];
    }

    public IReadOnlyList<RestRoute> Routes => _routes;

    /// <summary>
    /// The orders' routes, in the order WooCommerce registers them (capture 04: notes, refunds, orders), and
    /// reports/orders/totals, which WooCommerce registers later, with the other reports: kept here, in one
    /// block. POST orders (create) has no handler here, so it is answered as a route that does not exist;
    /// nor does DELETE of a refund or POST of one. A batch route for notes does not exist (rest_no_route).
    /// </summary>
    private static RestRoute[] OrderRoutes(StoreOrders orders, StoreUsers users, ProductCatalog catalog, int priceDecimals)
    {
        var writer = new OrderWriter(orders, users, new OrderStatusChange(orders, new OrderStock(catalog)));
        return
        [
            new(@"/wc/v3/orders/(?P<order_id>[\d]+)/notes", "GET, POST",
                new RestHandler("GET", new OrderNoteListEndpoint(orders)),
                new RestHandler("POST", new OrderNoteCreateEndpoint(orders, users))),
            new(@"/wc/v3/orders/(?P<order_id>[\d]+)/notes/(?P<id>[\d]+)", "GET, DELETE",
                new RestHandler("GET", new OrderNoteItemEndpoint(orders)),
                new RestHandler("DELETE", new OrderNoteDeleteEndpoint(orders))),
            new(@"/wc/v3/orders/(?P<order_id>[\d]+)/refunds", "GET, POST",
                new RestHandler("GET", new OrderRefundListEndpoint(orders, priceDecimals))),
            new(@"/wc/v3/orders/(?P<order_id>[\d]+)/refunds/(?P<id>[\d]+)", "GET, DELETE",
                new RestHandler("GET", new OrderRefundItemEndpoint(orders, priceDecimals))),
            new("/wc/v3/orders", "GET, POST",
                new RestHandler("GET", new OrderListEndpoint(orders, priceDecimals))),
            new(@"/wc/v3/orders/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE",
                new RestHandler("GET", new OrderItemEndpoint(orders, priceDecimals)),
                new RestHandler("POST, PUT, PATCH", new OrderUpdateEndpoint(orders, writer, priceDecimals)),
                new RestHandler("DELETE", new OrderDeleteEndpoint(orders, priceDecimals))),
            new("/wc/v3/orders/batch", "POST, PUT, PATCH",
                new RestHandler("POST, PUT, PATCH", new BatchEndpoint(new OrderBatchItems(orders, writer, priceDecimals)))),
            new("/wc/v3/reports/orders/totals", "GET", new RestHandler("GET", new TypeTotalsEndpoint(OrderStatuses.Known, () => orders.All().Select(order => order.Status)))),
        ];
    }

    /// <summary>A category's or tag's collection, item and batch routes, all writable.</summary>
    private static RestRoute[] TermRoutes(TermTaxonomy taxonomy, BodySchema schema, TermWriter writer, ProductCatalog catalog) =>
    [
        new($"/wc/v3/{taxonomy.RestBase}", "GET, POST",
            new RestHandler("GET", new TermListEndpoint(_ => taxonomy, catalog)),
            new RestHandler("POST", new TermCreateEndpoint(taxonomy, schema, writer, catalog))),
        new($@"/wc/v3/{taxonomy.RestBase}/(?P<id>[\d]+)", "GET, POST, PUT, PATCH, DELETE",
            new RestHandler("GET", new TermItemEndpoint(_ => taxonomy, catalog)),
            new RestHandler("POST, PUT, PATCH", new TermUpdateEndpoint(taxonomy, schema, writer, catalog)),
            new RestHandler("DELETE", new TermDeleteEndpoint(taxonomy, writer, catalog))),
        new($"/wc/v3/{taxonomy.RestBase}/batch", "POST, PUT, PATCH",
            new RestHandler("POST, PUT, PATCH", new BatchEndpoint(new TermBatchItems(taxonomy, writer, catalog)))),
    ];

    /// <summary>
    /// The route and endpoint serving this path and method, or null: WordPress then answers
    /// rest_no_route, also when only the method is wrong.
    /// </summary>
    public (RestRoute Route, IRestEndpoint Endpoint, long Id, long ParentId)? Match(string route, string method)
    {
        foreach (RestRoute candidate in _routes)
        {
            if (candidate.Match(route, method) is var (endpoint, id, parentId))
            {
                return (candidate, endpoint, id, parentId);
            }
        }
        return null;
    }
}
