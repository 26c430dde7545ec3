using System.Collections;
using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

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
        [IdArgument("product_id")]
        [ArgumentCompleter(typeof(NoValues))]
        public long? ProductId { get; set; }

        /// <summary>The variation's attribute values: @{ Color = 'Blue'; Size = 'M' }, or 'Color=Blue; Size=M' in a CSV cell. An attribute left out means "any".</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("attributes")]
        [AttributeChoices]
        [ArgumentCompleter(typeof(NoValues))]
        public IDictionary? Attribute { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("sku")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Sku { get; set; }

        internal override WriteAction Action => WriteAction.Create;

        internal override WooResource Resource => WooResource.Variations;

        internal override void ProcessRow()
        {
            if (!(ProductId is long product && product > 0))
            {
                Refuse(new WriteRow(Action, Resource, RowInput), "which product is the new variation of? Give -ProductId, or a product_id (or parent_id) column of 1 or more");
                return;
            }

            Create(Resource.Of(product), GetWooProductVariationCommand.TypeName);
        }
    }
}
