using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;

namespace WooPS.Fields
{
    /// <summary>
    /// The fields products and variations share: prices, the sale's dates, stock, status, description and weight.
    /// Each binds from the pipeline by its name and by WooCommerce's (regular_price, stock_quantity, …).
    /// </summary>
    public abstract class WooCatalogItemWriteCmdlet : WooFieldWriteCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("regular_price")]
        [Field("regular_price")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public decimal? RegularPrice { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("sale_price")]
        [Field("sale_price")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public decimal? SalePrice { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("date_on_sale_from")]
        [Field("date_on_sale_from")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public DateTime? DateOnSaleFrom { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("date_on_sale_to")]
        [Field("date_on_sale_to")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public DateTime? DateOnSaleTo { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("stock_quantity")]
        [Field("stock_quantity")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public long? StockQuantity { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("manage_stock")]
        [Field("manage_stock")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public bool? ManageStock { get; set; }

        /// <summary>instock, outofstock or onbackorder.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("stock_status")]
        [Field("stock_status")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? StockStatus { get; set; }

        /// <summary>no, notify or yes.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("backorders")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Backorders { get; set; }

        /// <summary>draft, pending, private or publish (products also future).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("status")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Status { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("description")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("weight")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public decimal? Weight { get; set; }
    }
}
