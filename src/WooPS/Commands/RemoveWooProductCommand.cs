using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Moves products (or variations, by SKU) to the trash, one DELETE each, several at once; with -Permanent
    /// deletes them for good, 100 to a batch. Named by id or SKU, given or piped; a SKU is searched in the trash too.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName)]
    public sealed class RemoveWooProductCommand : WooRemoveCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Id { get; set; }

        /// <summary>The SKUs of the items to remove; a piped row's SKU is used when it has no id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public string[]? Sku { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override string[]? KeysGiven => Sku;

        internal override WooResource Resource => WooResource.Products;

        internal override string[] ItemTypes => new[] { GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName };
    }
}
