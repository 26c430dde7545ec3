using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>
    /// The fields products and variations share: prices, the sale's dates, stock, status, description and weight.
    /// Each binds from the pipeline by its name and by WooCommerce's (regular_price, stock_quantity, …).
    /// </summary>
    public abstract class WooCatalogItemWriteCmdlet : WooFieldWriteCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("regular_price")]
        [FieldValue(Amount = true)]
        public decimal? RegularPrice { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("sale_price")]
        [FieldValue(Amount = true)]
        public decimal? SalePrice { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("date_on_sale_from")]
        [FieldValue(Date = true)]
        public DateTime? DateOnSaleFrom { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("date_on_sale_to")]
        [FieldValue(Date = true)]
        public DateTime? DateOnSaleTo { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("stock_quantity")]
        [FieldValue(Whole = true)]
        public int? StockQuantity { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("manage_stock")]
        [FieldValue(Flag = true)]
        public bool? ManageStock { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("stock_status")]
        [FieldValue("instock", "outofstock", "onbackorder")]
        public string? StockStatus { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue("no", "notify", "yes")]
        public string? Backorders { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue("draft", "pending", "private", "publish", "future")]
        public string? Status { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue(Amount = true)]
        public decimal? Weight { get; set; }

        internal override IEnumerable<WriteField> Fields() => new[]
        {
            WriteField.ClearableOf(nameof(RegularPrice), "regular_price", RegularPrice, string.Empty),
            WriteField.ClearableOf(nameof(SalePrice), "sale_price", SalePrice, string.Empty),
            WriteField.ClearableOf(nameof(DateOnSaleFrom), "date_on_sale_from", DateOnSaleFrom, string.Empty),
            WriteField.ClearableOf(nameof(DateOnSaleTo), "date_on_sale_to", DateOnSaleTo, string.Empty),
            WriteField.Of(nameof(StockQuantity), "stock_quantity", StockQuantity),
            WriteField.Of(nameof(ManageStock), "manage_stock", ManageStock),
            WriteField.Of(nameof(StockStatus), "stock_status", StockStatus),
            WriteField.Of(nameof(Backorders), "backorders", Backorders),
            WriteField.Of(nameof(Status), "status", Status),
            WriteField.ClearableOf(nameof(Description), "description", Description, string.Empty),
            WriteField.ClearableOf(nameof(Weight), "weight", Weight, string.Empty),
        };
    }
}
