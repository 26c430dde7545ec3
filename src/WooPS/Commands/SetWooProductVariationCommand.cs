using System;
using System.Collections.Generic;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Changes variations named by -ProductId and -Id, by SKU alone, or piped (a variation carries its product's
    /// id), batched through each product's variations/batch route, 100 to a request.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WooProductVariation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductVariationCommand.TypeName)]
    public sealed class SetWooProductVariationCommand : WooCatalogItemWriteCmdlet
    {
        /// <summary>The variable product the variation belongs to; not needed with -Sku.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("parent_id", "product_id")]
        [FieldValue(Whole = true)]
        public long? ProductId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [FieldValue(Whole = true)]
        public long? Id { get; set; }

        /// <summary>The variation's SKU; with -Id, a new SKU for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Sku { get; set; }

        /// <summary>Fields to empty: SalePrice, DateOnSaleFrom, Description, Weight, …</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Clear { get; set; }

        /// <summary>Read each variation first and send only the fields that differ.</summary>
        [Parameter]
        public SwitchParameter SkipUnchanged { get; set; }

        /// <summary>Write each variation as the store left it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override IReadOnlyList<string> Cleared => Clear ?? (IReadOnlyList<string>)Array.Empty<string>();

        internal override bool OnlyChanges => SkipUnchanged.IsPresent;

        internal override bool WritesItems => PassThru.IsPresent;

        internal override void ProcessRow() =>
            Update(ProductId is long product ? WooResource.Variations.Of(product) : WooResource.Variations, Id, Sku, GetWooProductVariationCommand.TypeName);

    }
}
