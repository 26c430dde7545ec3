using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the cmdlets that send fields (New-, Set-): typed parameters, -Property for any other field, and on
    /// Set- cmdlets -Clear, the one way to empty a field (an empty CSV cell leaves it as it is).
    /// </summary>
    public abstract class WooFieldWriteCmdlet : WooWriteCmdlet
    {
        /// <summary>Any other field, under WooCommerce's name: @{ tax_class = 'reduced-rate'; meta_data = @(@{ key = 'erp_id'; value = '77' }) }.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Property { get; set; }

        /// <summary>The typed fields of this cmdlet, with the values given for the current row.</summary>
        internal abstract IEnumerable<WriteField> Fields();

        /// <summary>The fields -Clear names (Set cmdlets).</summary>
        internal virtual IReadOnlyList<string> Cleared => Array.Empty<string>();

        /// <summary>
        /// Writes the current input's fields to the item it names (by -Id or -Sku, else the piped value). With an id,
        /// a SKU given is a new SKU for the item.
        /// </summary>
        internal void Update(WooResource collection, long? id, string? sku, params string[] itemTypes)
        {
            WooSession session = ResolveSession();
            if (Refused(collection, itemTypes) || !(NamedRow(WriteAction.Update, collection, id, sku) is WriteRow row))
            {
                return;
            }

            if (id != null && sku != null)
            {
                AddField(row, "Sku", "sku", sku);
            }

            Submit(session, row);
        }

        /// <summary>Creates an item in <paramref name="collection"/> from the current input's fields.</summary>
        /// <param name="missing">Why the row cannot make an item although its fields are fine (no name), or null.</param>
        internal void Create(WooResource collection, string? sku, string? missing, params string[] itemTypes)
        {
            WooSession session = ResolveSession();
            if (Refused(collection, itemTypes))
            {
                return;
            }

            var row = new WriteRow(WriteAction.Create, collection, RowInput) { Sku = sku };
            if (RowInput is PSObject piped && piped.BaseObject is IConvertible && !(piped.BaseObject is string))
            {
                // A number names an item that exists; a new one is made from a row of fields (or a name).
                Reject(row, $"{piped.BaseObject} is no row of fields: pipe rows (Import-Csv, objects) or names");
                return;
            }

            if (missing != null)
            {
                Reject(row, missing);
                return;
            }

            Submit(session, row);
        }

        private void Submit(WooSession session, WriteRow row)
        {
            if (AddFields(row) is string problem)
            {
                Reject(row, problem);
            }
            else
            {
                Write(session, row);
            }
        }

        /// <summary>Adds the row's fields; a problem with them (a field given twice, one that cannot be cleared) is the row's error.</summary>
        /// <returns>The problem, or null.</returns>
        internal string? AddFields(WriteRow row)
        {
            List<WriteField> fields = Fields().ToList();
            foreach (WriteField field in fields)
            {
                AddField(row, field.Parameter, field.Field, field.Value);
            }

            foreach (string name in Cleared)
            {
                WriteField? field = fields.FirstOrDefault(f => string.Equals(f.Parameter, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.Field, name, StringComparison.OrdinalIgnoreCase));
                if (field == null || !field.Clearable)
                {
                    return $"-Clear takes {string.Join(", ", fields.Where(f => f.Clearable).Select(f => f.Parameter))}; '{name}' is not one of them.";
                }

                if (row.Fields.Any(given => given.Key == field.Field))
                {
                    return $"{field.Parameter} is given a value and cleared at once.";
                }

                row.Set(field.Field, field.Cleared);
            }

            foreach (DictionaryEntry entry in Property ?? new Hashtable())
            {
                string name = entry.Key.ToString()!;
                if (row.Fields.Any(given => given.Key == name))
                {
                    return $"{name} is given twice: by -Property and by a parameter or column.";
                }

                row.Set(name, PlainValue.Of(entry.Value));
            }

            return null;
        }
    }
}
