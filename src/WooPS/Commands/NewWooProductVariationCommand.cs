using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Creates variations of a variable product, batched through its variations/batch route, and writes each as the
    /// store made it. Rows for several products go to each product's route.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WooProductVariation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooProductVariationCommand.TypeName)]
    public sealed class NewWooProductVariationCommand : WooCatalogItemWriteCmdlet
    {
        /// <summary>The variable product to add the variation to.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("parent_id", "product_id")]
        [FieldValue(Whole = true)]
        public long? ProductId { get; set; }

        /// <summary>The variation's attribute values: @{ Color = 'Blue'; Size = 'M' }, or 'Color=Blue; Size=M' in a CSV cell. An attribute left out means "any".</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("attributes")]
        [AttributeChoices]
        public IDictionary? Attribute { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Sku { get; set; }

        internal override bool WritesItems => true;


        internal override IEnumerable<WriteField> Fields() => base.Fields().Concat(new[]
        {
            WriteField.Of(nameof(Sku), "sku", Sku),
            WriteField.Of(nameof(Attribute), "attributes", Attribute == null ? null : new AttributeChoices(
                Attribute.Keys.Cast<object>().Select(key => new KeyValuePair<string, string>(key.ToString()!, LanguagePrimitives.ConvertTo<string>(Attribute[key]))).ToList())),
        });

        internal override void ProcessRow() =>
            Create(
                WooResource.Variations.Of(ProductId is long product && product > 0 ? product : 0),
                Sku,
                ProductId > 0 ? null : "which product is the new variation of? Give -ProductId, or a product_id (or parent_id) column of 1 or more",
                GetWooProductVariationCommand.TypeName);
    }
}
