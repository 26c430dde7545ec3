using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Flat;
using WooPS.Core.Resources.Writes;

namespace WooPS.Binding
{
    /// <summary>
    /// The columns of piped rows that no parameter takes, so a feed never does nothing in silence ("price, stock,
    /// qty" would otherwise end "0 applied, 2 unchanged"). Each is told once per command, with what to write
    /// instead where that can be guessed. A row that is the store's own item coming back (a WooPS object, or a row
    /// with several of the fields the store fills in, as Export-Csv of one writes them) carries the resource's
    /// fields on purpose: those are not told.
    /// </summary>
    internal sealed class InputColumns
    {
        private const int RoundTripMark = 3;

        private readonly WooResource _resource;
        private readonly WriteAction _action;
        private readonly bool _takesProperty;
        private readonly HashSet<string> _taken;
        private readonly List<string> _names;
        private readonly HashSet<string> _told = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public InputColumns(CommandInfo command, WooResource resource, WriteAction action)
        {
            _resource = resource;
            _action = action;
            _takesProperty = command.Parameters.ContainsKey("Property");
            IEnumerable<ParameterMetadata> byName = command.Parameters.Values
                .Where(parameter => parameter.Attributes.OfType<ParameterAttribute>().Any(attribute => attribute.ValueFromPipelineByPropertyName));
            _names = byName.SelectMany(parameter => new[] { parameter.Name }.Concat(parameter.Aliases)).ToList();
            _taken = new HashSet<string>(_names, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The columns of this row that no parameter takes and that were not told yet, each with what to write instead.</summary>
        public IReadOnlyList<string> NewlyUnused(PipedObject piped)
        {
            if (!piped.IsRow)
            {
                return Array.Empty<string>();
            }

            List<string> columns = piped.ColumnNames.ToList();
            bool roundTrip = (piped.WooType != null && WooResource.ByTypeName(piped.WooType) != null)
                             || columns.Count(column => _resource.Fields.IsReadOnly(column) || FlatRow.IsSummary(column)) >= RoundTripMark;
            var told = new List<string>();
            foreach (string column in columns)
            {
                if (Takes(column) || (roundTrip && (_resource.Fields.IsKnown(column) || FlatRow.IsSummary(column))) || !_told.Add(column))
                {
                    continue;
                }

                told.Add(Advice(column) is string advice ? $"{column} ({advice})" : column);
            }

            return told;
        }

        /// <summary>A parameter takes the column, or it writes a field back as ConvertTo-WooFlat wrote it (categories, billing_city).</summary>
        public bool Takes(string column) => _taken.Contains(column) || FlatRow.WritesBack(_resource.Fields, column);

        private string? Advice(string column)
        {
            if (FlatRow.IsSummary(column))
            {
                return "a summary ConvertTo-WooFlat writes; it is read, never written";
            }

            if (_resource.Fields.InsteadOf(column) is string instead)
            {
                return "write " + instead;
            }

            if (_resource.Fields.IsReadOnly(column))
            {
                return "the store fills it in; it cannot be written";
            }

            if (_resource.Fields[column]?.CreateOnly == true && _action != WriteAction.Create)
            {
                return $"it can be given only when the {_resource.Singular} is made";
            }

            if (_resource.Fields[column] != null)
            {
                return _takesProperty ? $"no parameter takes it: give it with -Property @{{ {column} = … }}" : "this command does not write it";
            }

            return Nearest(_names, column) is string near ? $"did you mean {near}?" : null;
        }

        /// <summary>The name a typo most likely meant (stock_quanity: stock_quantity), within two edits, or null.</summary>
        public static string? Nearest(IEnumerable<string> names, string given) =>
            names.Where(name => Distance(name, given) <= 2).OrderBy(name => Distance(name, given)).FirstOrDefault();

        /// <summary>Edits between two names, whatever their case (a typo: stock_quanity).</summary>
        private static int Distance(string one, string other)
        {
            string a = one.ToLowerInvariant();
            string b = other.ToLowerInvariant();
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (int i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length];
        }
    }
}
