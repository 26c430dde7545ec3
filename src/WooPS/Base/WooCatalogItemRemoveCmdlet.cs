using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>The Remove cmdlets of items with SKUs and a trash (products, variations): -Sku and -Permanent.</summary>
    public abstract class WooCatalogItemRemoveCmdlet : WooRemoveCmdlet
    {
        /// <summary>The SKUs of the items to remove; a piped row's SKU is used when it has no id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string[]? Sku { get; set; }

        /// <summary>Delete for good instead of moving to the trash; then 100 go in one batch.</summary>
        [Parameter]
        public SwitchParameter Permanent { get; set; }

        internal override bool Permanently => Permanent.IsPresent;

        internal override string[]? SkusGiven => Sku;
    }
}
