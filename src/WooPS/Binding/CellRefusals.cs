using System;
using System.Collections.Generic;

namespace WooPS.Binding
{
    /// <summary>
    /// Cells that could not be read while PowerShell bound a row to a write cmdlet's parameters. A transformation
    /// that threw would make PowerShell's own binding error, which names no row and skips the row unseen; so
    /// <see cref="FieldAttribute"/> leaves the field out and notes why here, and the cmdlet fails the row, naming
    /// it and counting it. Binding and the cmdlet's ProcessRecord run on the pipeline thread, one row after the
    /// other, so the notes of a thread are the current row's.
    /// </summary>
    internal static class CellRefusals
    {
        [ThreadStatic]
        private static List<string>? _notes;

        /// <summary>Notes a cell's problem; PowerShell binds a row in two passes, so the same problem may come twice, and is kept once.</summary>
        public static void Add(string field, string problem)
        {
            string note = $"{field}: {problem.TrimEnd('.')}";
            _notes ??= new List<string>();
            if (!_notes.Contains(note))
            {
                _notes.Add(note);
            }
        }

        /// <summary>The notes of the row just bound, and none left for the next.</summary>
        public static IReadOnlyList<string> Take()
        {
            IReadOnlyList<string> notes = _notes ?? (IReadOnlyList<string>)Array.Empty<string>();
            _notes = null;
            return notes;
        }
    }
}
