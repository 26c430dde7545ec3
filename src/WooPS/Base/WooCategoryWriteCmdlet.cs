using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>What categories have beyond tags: a parent, how their archive page shows, and their place in menus.</summary>
    public abstract class WooCategoryWriteCmdlet : WooTermWriteCmdlet
    {
        /// <summary>The parent category, by id, slug, name or object.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TermArgument(WooProductWriteCmdlet.CategoryTypeName)]
        [FieldValue]
        public string? Parent { get; set; }

        /// <summary>What the category's page shows: default, products, subcategories or both.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue("default", "products", "subcategories", "both")]
        public string? Display { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("menu_order")]
        [FieldValue(Whole = true)]
        public int? MenuOrder { get; set; }

        /// <summary>An id as a number (a piped category's parent, where 0 is "none"), else the name or slug to look up.</summary>
        private object? ParentValue =>
            Parent == null ? null
            : long.TryParse(Parent, NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id
            : (object)new TermNames(WooResource.Categories, Parent);

        internal override IEnumerable<WriteField> Fields() => base.Fields().Concat(new[]
        {
            WriteField.Of(nameof(Parent), "parent", ParentValue),
            WriteField.Of(nameof(Display), "display", Display),
            WriteField.Of(nameof(MenuOrder), "menu_order", MenuOrder),
        });
    }
}
