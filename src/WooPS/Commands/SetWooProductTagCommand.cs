using System;
using System.Collections.Generic;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Changes product tags named by id, given or piped, 100 to a batch.</summary>
    [Cmdlet(VerbsCommon.Set, "WooProductTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductTagCommand.TypeName)]
    public sealed class SetWooProductTagCommand : WooTermWriteCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [FieldValue(Whole = true)]
        public long? Id { get; set; }

        /// <summary>A new name; the slug stays as it is unless -Slug is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Name { get; set; }

        /// <summary>Fields to empty: Description.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Clear { get; set; }

        /// <summary>Read each tag first and send only the fields that differ.</summary>
        [Parameter]
        public SwitchParameter SkipUnchanged { get; set; }

        /// <summary>Write each tag as the store left it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override string? TermName => Name;

        internal override IReadOnlyList<string> Cleared => Clear ?? (IReadOnlyList<string>)Array.Empty<string>();

        internal override bool OnlyChanges => SkipUnchanged.IsPresent;

        internal override bool WritesItems => PassThru.IsPresent;

        internal override void ProcessRow() => Update(WooResource.Tags, Id, null, GetWooProductTagCommand.TypeName);

    }
}
