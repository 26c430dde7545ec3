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
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("parent_id", "product_id")]
        [ValidateRange(1, long.MaxValue)]
        public long ProductId { get; set; }

        /// <summary>The variation's attribute values: @{ Color = 'Blue'; Size = 'M' }. An attribute left out means "any".</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public Hashtable? Attribute { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Sku { get; set; }

        internal override bool WritesItems => true;

        internal override string Operation(PreparedWrite write) => "Create with " + Describe(write.Changes);

        internal override IEnumerable<WriteField> Fields() => base.Fields().Concat(new[]
        {
            WriteField.Of(nameof(Sku), "sku", Sku),
            WriteField.Of(nameof(Attribute), "attributes", Attribute == null ? null : new AttributeChoices(
                Attribute.Keys.Cast<object>().Select(key => new KeyValuePair<string, string>(key.ToString()!, LanguagePrimitives.ConvertTo<string>(Attribute[key]))).ToList())),
        });

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (Refused(WooResource.Variations, GetWooProductVariationCommand.TypeName))
            {
                return;
            }

            var row = new WriteRow(WriteAction.Create, WooResource.Variations.Of(ProductId), RowInput) { Sku = Sku };
            if (AddFields(row) is string problem)
            {
                Reject(RowInput, $"{row.Label}: {problem}");
                return;
            }

            Write(session, row);
        }
    }
}
