using WooPS.Core.Resources;

namespace WooPS.Tests.Requests
{
    /// <summary>The collection a wc/v3 route answers with, found by the descriptors' own routes, never by a list of names.</summary>
    public class KnownRouteTests
    {
        [Theory]
        [InlineData("products", "WooPS.Product", "products")]
        [InlineData("products/12", "WooPS.Product", "products")]
        [InlineData("Products/12/", "WooPS.Product", "products")]
        [InlineData("products/12/variations", "WooPS.ProductVariation", "products/12/variations")]
        [InlineData("products/12/variations/15", "WooPS.ProductVariation", "products/12/variations")]
        [InlineData("products/categories", "WooPS.ProductCategory", "products/categories")]
        [InlineData("products/categories/9", "WooPS.ProductCategory", "products/categories")]
        [InlineData("products/tags", "WooPS.ProductTag", "products/tags")]
        [InlineData("products/attributes/3", "WooPS.ProductAttribute", "products/attributes")]
        [InlineData("products/attributes/3/terms/7", "WooPS.ProductAttributeTerm", "products/attributes/3/terms")]
        [InlineData("coupons/55", "WooPS.Coupon", "coupons")]
        [InlineData("customers", "WooPS.Customer", "customers")]
        public void A_collection_s_route_and_its_items_routes_are_known(string route, string typeName, string collection)
        {
            WooResource? resource = WooResource.ForRoute(route);

            Assert.NotNull(resource);
            Assert.Equal((typeName, collection), (resource!.TypeName, resource.ToString()));
        }

        [Theory]
        [InlineData("products/batch")]
        [InlineData("products/12/variations/batch")]
        [InlineData("products/categories/batch")]
        [InlineData("products/12/reviews")]
        [InlineData("products/reviews")]
        [InlineData("products/abc")]
        [InlineData("reports/sales")]
        [InlineData("settings/general")]
        [InlineData("system_status")]
        [InlineData("data/currencies/USD")]
        [InlineData("coupons/55/extra")]
        public void Any_other_route_is_not(string route) => Assert.Null(WooResource.ForRoute(route));
    }
}
