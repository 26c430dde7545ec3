using System;
using System.Collections.Generic;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Changes product categories named by id, given or piped, 100 to a batch.</summary>
    [Cmdlet(VerbsCommon.Set, "WooProductCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductCategoryCommand.TypeName)]
    public sealed class SetWooProductCategoryCommand : WooCategoryWriteCmdlet
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

        /// <summary>Read each category first and send only the fields that differ.</summary>
        [Parameter]
        public SwitchParameter SkipUnchanged { get; set; }

        /// <summary>Write each category as the store left it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override string? TermName => Name;

        internal override IReadOnlyList<string> Cleared => Clear ?? (IReadOnlyList<string>)Array.Empty<string>();

        internal override bool OnlyChanges => SkipUnchanged.IsPresent;

        internal override bool WritesItems => PassThru.IsPresent;

        internal override void ProcessRow() => Update(WooResource.Categories, Id, null, GetWooProductCategoryCommand.TypeName);

    }
}
