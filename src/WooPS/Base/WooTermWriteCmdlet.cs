using System.Collections.Generic;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>The fields categories and tags share: name, slug and description.</summary>
    public abstract class WooTermWriteCmdlet : WooFieldWriteCmdlet
    {
        /// <summary>The URL-friendly name; WordPress makes one from the name when none is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Slug { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Description { get; set; }

        /// <summary>Why a new term cannot be made without a name.</summary>
        internal const string NoName = "WooCommerce needs a name for it: give -Name, or pipe names or rows with a name column";

        /// <summary>The term's name; a parameter of each cmdlet, as New- makes it positional.</summary>
        internal abstract string? TermName { get; }

        internal override IEnumerable<WriteField> Fields() => new[]
        {
            WriteField.Of("Name", "name", TermName),
            WriteField.Of(nameof(Slug), "slug", Slug),
            WriteField.ClearableOf(nameof(Description), "description", Description, string.Empty),
        };
    }
}
