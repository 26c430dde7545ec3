using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;

namespace WooPS.Fields
{
    /// <summary>The fields categories and tags share: slug and description (each cmdlet declares -Name, which New- makes positional).</summary>
    public abstract class WooTermWriteCmdlet : WooFieldWriteCmdlet
    {
        /// <summary>The URL-friendly name; WordPress makes one from the name when none is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("slug")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Slug { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("description")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Description { get; set; }
    }
}
