namespace WooPS.Core.Resources.Writes
{
    /// <summary>How one row of a write ended. Every row taken ends as exactly one of these, however the command ends.</summary>
    public enum RowOutcome
    {
        /// <summary>Not decided yet: only while the command runs.</summary>
        Pending,

        /// <summary>The store did what the row asks (created, changed, moved to the trash or deleted).</summary>
        Applied,

        /// <summary>Nothing to send: every field given has that value already, or the item is already in the trash.</summary>
        Unchanged,

        /// <summary>Not written: refused by WooPS's checks or by the store, or the store could not be reached.</summary>
        Failed,

        /// <summary>Sent, but its answer was lost: the store may or may not have done it.</summary>
        InDoubt,

        /// <summary>Taken, but never sent: the command ended first.</summary>
        NotSent,

        /// <summary>Shown by -WhatIf, not sent.</summary>
        Previewed,

        /// <summary>Answered "no" when asked to confirm.</summary>
        Declined,
    }
}
