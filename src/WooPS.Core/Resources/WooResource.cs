using System.Globalization;

namespace WooPS.Core.Resources
{
    /// <summary>A wc/v3 collection: where it lives, what its items are called, and whether WooCommerce pages it.</summary>
    public sealed class WooResource
    {
        private WooResource(string route, string noun, bool paged = true)
        {
            Route = route;
            Noun = noun;
            Paged = paged;
        }

        public static WooResource Products { get; } = new WooResource("products", "product");

        public static WooResource Categories { get; } = new WooResource("products/categories", "product category");

        public static WooResource Tags { get; } = new WooResource("products/tags", "product tag");

        /// <summary>WooCommerce lists every attribute at once: no paging parameters, no paging headers.</summary>
        public static WooResource Attributes { get; } = new WooResource("products/attributes", "product attribute", paged: false);

        /// <summary>What the items are called in messages, e.g. "product".</summary>
        public string Noun { get; }

        internal string Route { get; }

        internal bool Paged { get; }

        public static WooResource VariationsOf(long productId) =>
            new WooResource($"products/{Id(productId)}/variations", $"variation of product {Id(productId)}");

        public static WooResource TermsOf(long attributeId) =>
            new WooResource($"products/attributes/{Id(attributeId)}/terms", $"term of attribute {Id(attributeId)}");

        internal string ItemRoute(long id) => Route + "/" + Id(id);

        public override string ToString() => Route;

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
