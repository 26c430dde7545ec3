using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Creates products, from parameters or piped rows, 100 to a batch, and writes each as the store made it. A
    /// row the store refuses (a SKU another product has) is an error naming it; the others are created.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WooProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooProductCommand.TypeName)]
    public sealed class NewWooProductCommand : WooProductWriteCmdlet
    {
        /// <summary>The name; text piped in is taken as the name too. WooCommerce names a product without one "Product".</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Name { get; set; }

        /// <summary>simple (WooCommerce's default), grouped, external or variable.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue("simple", "grouped", "external", "variable")]
        public string? Type { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Sku { get; set; }

        internal override string? ProductName => Name ?? PipedText;

        internal override bool WritesItems => true;

        internal override IEnumerable<WriteField> Fields() => base.Fields().Concat(new[]
        {
            WriteField.Of(nameof(Type), "type", Type),
            WriteField.Of(nameof(Sku), "sku", Sku),
        });

        internal override void ProcessRow() => Create(WooResource.Products, Sku, null, GetWooProductCommand.TypeName);

    }
}
