using System;
using System.Collections.Generic;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Changes products (and variations, found by their SKU) named by id or SKU, from parameters or piped rows: CSV
    /// rows, objects from Get-WooProduct, hashtables. Rows go to WooCommerce 100 to a batch; each row ends as the
    /// product written, "unchanged" (-SkipUnchanged) or an error naming it.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WooProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName)]
    public sealed class SetWooProductCommand : WooProductWriteCmdlet
    {
        /// <summary>The product's id.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [FieldValue(Whole = true)]
        public long? Id { get; set; }

        /// <summary>The product's (or variation's) SKU; with -Id, a new SKU for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Sku { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Name { get; set; }

        /// <summary>Fields to empty: SalePrice, DateOnSaleFrom, Description, Category, …</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Clear { get; set; }

        /// <summary>Read each product first and send only the fields that differ; a row with no difference sends nothing.</summary>
        [Parameter]
        public SwitchParameter SkipUnchanged { get; set; }

        /// <summary>Write each product as the store left it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override string? ProductName => Name;

        internal override IReadOnlyList<string> Cleared => Clear ?? (IReadOnlyList<string>)Array.Empty<string>();

        internal override bool OnlyChanges => SkipUnchanged.IsPresent;

        internal override bool WritesItems => PassThru.IsPresent;

        internal override void ProcessRow() =>
            Update(WooResource.Products, Id, Sku, GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName);

    }
}
