using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>The fields of products that variations do not have: name, short description, visibility, categories and tags.</summary>
    public abstract class WooProductWriteCmdlet : WooCatalogItemWriteCmdlet
    {
        internal const string CategoryTypeName = "WooPS.ProductCategory";
        internal const string TagTypeName = "WooPS.ProductTag";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("short_description")]
        [FieldValue]
        public string? ShortDescription { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue(Flag = true)]
        public bool? Featured { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("catalog_visibility")]
        [FieldValue("visible", "catalog", "search", "hidden")]
        public string? CatalogVisibility { get; set; }

        /// <summary>The product's categories (all of them: they replace the ones it has), by id, slug, name or object.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [TermArgument(CategoryTypeName, Many = true)]
        public string[]? Category { get; set; }

        /// <summary>The product's tags (all of them: they replace the ones it has), by id, slug, name or object.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [TermArgument(TagTypeName, Many = true)]
        public string[]? Tag { get; set; }

        /// <summary>The product's name; a parameter of each cmdlet, as New- makes it positional.</summary>
        internal abstract string? ProductName { get; }

        internal override IEnumerable<WriteField> Fields() => base.Fields().Concat(new[]
        {
            WriteField.Of("Name", "name", ProductName),
            WriteField.ClearableOf(nameof(ShortDescription), "short_description", ShortDescription, string.Empty),
            WriteField.Of(nameof(Featured), "featured", Featured),
            WriteField.Of(nameof(CatalogVisibility), "catalog_visibility", CatalogVisibility),
            WriteField.ClearableOf(nameof(Category), "categories", Terms(WooResource.Categories, Category), new object[0]),
            WriteField.ClearableOf(nameof(Tag), "tags", Terms(WooResource.Tags, Tag), new object[0]),
        });

        private static TermNames? Terms(WooResource taxonomy, string[]? names) => names == null ? null : new TermNames(taxonomy, names);
    }
}
