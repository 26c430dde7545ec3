using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;

namespace WooPS.Fields
{
    /// <summary>The fields of products that variations do not have: short description, visibility, categories and tags.</summary>
    public abstract class WooProductWriteCmdlet : WooCatalogItemWriteCmdlet
    {
        internal const string CategoryTypeName = "WooPS.ProductCategory";
        internal const string TagTypeName = "WooPS.ProductTag";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("short_description")]
        [Field("short_description")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? ShortDescription { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("featured")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public bool? Featured { get; set; }

        /// <summary>visible, catalog, search or hidden.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("catalog_visibility")]
        [Field("catalog_visibility")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? CatalogVisibility { get; set; }

        /// <summary>
        /// The product's categories (all of them: they replace the ones it has), by id, slug, name or object; in a
        /// CSV cell several separated by ';'.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("categories", ItemType = CategoryTypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? Category { get; set; }

        /// <summary>The product's tags (all of them: they replace the ones it has), by id, slug, name or object; in a CSV cell several separated by ';'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("tags", ItemType = TagTypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? Tag { get; set; }
    }
}
