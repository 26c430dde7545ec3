using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;

namespace WooPS.Fields
{
    /// <summary>What categories have beyond tags: a parent, how their archive page shows, and their place in menus.</summary>
    public abstract class WooCategoryWriteCmdlet : WooTermWriteCmdlet
    {
        /// <summary>The parent category, by id, slug, name or object (0: none, top level).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("parent", ItemType = WooProductWriteCmdlet.CategoryTypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Parent { get; set; }

        /// <summary>What the category's page shows: default, products, subcategories or both.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("display")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Display { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("menu_order")]
        [Field("menu_order")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public long? MenuOrder { get; set; }
    }
}
