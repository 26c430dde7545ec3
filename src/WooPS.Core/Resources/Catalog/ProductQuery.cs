using System;
using System.Collections.Generic;
using System.Globalization;
using WooPS.Core.Http;

namespace WooPS.Core.Resources.Catalog
{
    /// <summary>WooCommerce 10's product filters (products and variations).</summary>
    public sealed class ProductQuery : ListQuery
    {
        /// <summary>Exact SKUs; a product matching any of them is listed.</summary>
        public IReadOnlyList<string>? Sku { get; set; }

        /// <summary>any, future, trash, draft, pending, private or publish.</summary>
        public string? Status { get; set; }

        /// <summary>simple, grouped, external or variable.</summary>
        public string? Type { get; set; }

        /// <summary>A category id.</summary>
        public long? Category { get; set; }

        /// <summary>A tag id.</summary>
        public long? Tag { get; set; }

        /// <summary>instock, outofstock or onbackorder.</summary>
        public string? StockStatus { get; set; }

        public bool? OnSale { get; set; }

        public bool? Featured { get; set; }

        public decimal? MinPrice { get; set; }

        public decimal? MaxPrice { get; set; }

        /// <summary>Created after this moment; a Local or Unspecified time is taken as this computer's local time.</summary>
        public DateTime? CreatedAfter { get; set; }

        public DateTime? CreatedBefore { get; set; }

        public DateTime? ModifiedAfter { get; set; }

        public DateTime? ModifiedBefore { get; set; }

        public IReadOnlyList<long>? ParentId { get; set; }

        internal override void AddFilters(WooRequest request)
        {
            Add(request, "sku", Sku == null ? null : string.Join(",", Sku));
            Add(request, "status", Status);
            Add(request, "type", Type);
            Add(request, "category", Category?.ToString(CultureInfo.InvariantCulture));
            Add(request, "tag", Tag?.ToString(CultureInfo.InvariantCulture));
            Add(request, "stock_status", StockStatus);
            Add(request, "on_sale", OnSale);
            Add(request, "featured", Featured);
            Add(request, "min_price", MinPrice);
            Add(request, "max_price", MaxPrice);
            Add(request, "parent", ParentId);
            bool anyDate = false;
            anyDate |= AddDate(request, "after", CreatedAfter);
            anyDate |= AddDate(request, "before", CreatedBefore);
            anyDate |= AddDate(request, "modified_after", ModifiedAfter);
            anyDate |= AddDate(request, "modified_before", ModifiedBefore);
            if (anyDate)
            {
                // Dates go out in UTC, so the store's own time zone does not matter.
                request.With("dates_are_gmt", "true");
            }
        }

        private static bool AddDate(WooRequest request, string name, DateTime? value)
        {
            if (value is not DateTime moment)
            {
                return false;
            }

            DateTime utc = moment.Kind == DateTimeKind.Utc ? moment : DateTime.SpecifyKind(moment, DateTimeKind.Local).ToUniversalTime();
            request.With(name, utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            return true;
        }
    }
}
