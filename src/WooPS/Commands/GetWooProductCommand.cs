using System.Collections.Generic;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;

namespace WooPS.Commands
{
    /// <summary>
    /// Products by id or SKU (given or piped, 100 to a request), or every product matching WooCommerce's filters,
    /// page after page as they arrive. A category or tag piped in lists its products. Each product has every field
    /// WooCommerce returned, under WooCommerce's own names, with dates and money typed.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooProduct", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductCommand : WooGetDatedCmdlet
    {
        internal const string TypeName = "WooPS.Product";

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string[]? Sku { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ChoiceOf(TypeName, "status", "trash", "any")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ChoiceOf(TypeName, "type")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Type { get; set; }

        /// <summary>A category's id, slug or name, or a category object.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [TermArgument(GetWooProductCategoryCommand.TypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Category { get; set; }

        /// <summary>A tag's id, slug or name, or a tag object.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [TermArgument(GetWooProductTagCommand.TypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Tag { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ChoiceOf(TypeName, "stock_status")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? StockStatus { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter OnSale { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Featured { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(NoValues))]
        public decimal? MinPrice { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(NoValues))]
        public decimal? MaxPrice { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Include { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Exclude { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? ParentId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("id", "date", "modified", "title", "slug", "price", "popularity", "rating", "menu_order", "include")]
        public string? OrderBy { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("asc", "desc")]
        public string? Order { get; set; }

        /// <summary>Only these fields (WooCommerce's _fields).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? Property { get; set; }

        internal override WooResource Resource => WooResource.Products;

        /// <summary>A variation is a product to WooCommerce: asked for by id, it answers as itself.</summary>
        internal override IReadOnlyCollection<string> ItemTypes => new[] { TypeName, GetWooProductVariationCommand.TypeName };

        internal override string PipelineTakes => "products, variations, ids and SKUs (and categories or tags, whose products it lists)";

        internal override string? RefusalHint(PipedObject piped) =>
            piped.LooksLikeTerm ? "Pipe the categories or tags as their Get cmdlets write them (not through Export-Csv or Select-Object), or give -Category or -Tag." : null;

        internal override void WriteList(WooSession session) => WriteProducts(session, Category, Tag, itemErrorsContinue: false);

        internal override IReadOnlyDictionary<string, string> PipedFilters { get; } = new Dictionary<string, string>
        {
            [GetWooProductCategoryCommand.TypeName] = nameof(Category),
            [GetWooProductTagCommand.TypeName] = nameof(Tag),
        };

        internal override void WriteListFilteredBy(WooSession session, string parameter, long id)
        {
            string term = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            WriteProducts(session, parameter == nameof(Category) ? term : Category, parameter == nameof(Tag) ? term : Tag, itemErrorsContinue: true);
        }

        private void WriteProducts(WooSession session, string? category, string? tag, bool itemErrorsContinue) =>
            WriteListing(session, Resource, async (log, cancellation) => Dated(new ProductQuery
            {
                Sku = Sku,
                Search = Search,
                Status = Status,
                Type = Type,
                Category = category == null ? null : await session.Resources.Terms.FindIdAsync(WooResource.Categories, category, log, cancellation).ConfigureAwait(false),
                Tag = tag == null ? null : await session.Resources.Terms.FindIdAsync(WooResource.Tags, tag, log, cancellation).ConfigureAwait(false),
                StockStatus = StockStatus,
                OnSale = Given(nameof(OnSale)) ? OnSale.IsPresent : (bool?)null,
                Featured = Given(nameof(Featured)) ? Featured.IsPresent : (bool?)null,
                MinPrice = MinPrice,
                MaxPrice = MaxPrice,
                Include = Include,
                Exclude = Exclude,
                ParentId = ParentId,
                OrderBy = OrderBy,
                Order = Order,
                Fields = Property,
            }), itemErrorsContinue: itemErrorsContinue);

        // -OnSale:$false asks for products not on sale; leaving it out asks for both.
        private bool Given(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}
