using System;
using System.Collections.Generic;

namespace WooPS.Binding
{
    /// <summary>
    /// Values given on the command line that could not be read while PowerShell bound them (a
    /// <see cref="CellAttribute"/> leaves the parameter null instead of throwing, which for a piped row would make a
    /// binding error that names no row). A cmdlet claims, in BeginProcessing, the notes of its own parameters that
    /// were bound to null; PowerShell binds every command's arguments of a pipeline before any BeginProcessing, so
    /// notes of a later command wait for it. Piped rows are read again by the cmdlet itself, so their notes are
    /// cleared as each row comes (<see cref="Clear"/>), and a note from a command that never ran does not outlive
    /// the next row.
    /// </summary>
    internal static class CellRefusals
    {
        [ThreadStatic]
        private static List<(string Field, string Problem)>? _notes;

        public static void Add(string field, string problem)
        {
            _notes ??= new List<(string, string)>();
            // PowerShell may run a transformation twice for one value: the note is kept once.
            if (!_notes.Contains((field, problem)))
            {
                _notes.Add((field, problem));
            }
        }

        /// <summary>Takes the notes about these fields, leaving the others for the command they belong to.</summary>
        public static IReadOnlyList<string> Claim(ISet<string> fields)
        {
            var claimed = new List<string>();
            _notes?.RemoveAll(note =>
            {
                bool mine = fields.Contains(note.Field);
                if (mine)
                {
                    claimed.Add($"{note.Field}: {note.Problem}");
                }

                return mine;
            });
            return claimed;
        }

        public static void Clear() => _notes = null;
    }
}
