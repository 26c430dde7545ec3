using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources.Flat;

namespace WooPS.Commands
{
    /// <summary>
    /// Turns WooPS items (products, variations, orders, customers, coupons, any other) into flat objects whose cells
    /// a spreadsheet shows as they are: category and tag names, image URLs, attribute and order line summaries,
    /// addresses as billing_* and shipping_* columns. Export-Csv writes them readable, and the Set cmdlets take
    /// such a CSV back (summaries are read, never written).
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "WooFlat")]
    [OutputType(typeof(PSObject))]
    public sealed class ConvertToWooFlatCommand : PSCmdlet
    {
        /// <summary>The items to flatten, as Get- cmdlets write them.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        [ArgumentCompleter(typeof(NoValues))]
        public PSObject[]? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            foreach (PSObject item in InputObject!)
            {
                if (!(PlainValue.Of(item) is System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, object?>> fields))
                {
                    WriteError(new ErrorRecord(new PSArgumentException($"{item} is no item with fields: pipe objects from the Get-Woo cmdlets."), "Woo.woops_wrong_input", ErrorCategory.InvalidArgument, item));
                    continue;
                }

                var flat = new PSObject();
                foreach (var cell in FlatRow.Flatten(fields))
                {
                    flat.Properties.Add(new PSNoteProperty(cell.Key, cell.Value));
                }

                WriteObject(flat);
            }
        }
    }
}
