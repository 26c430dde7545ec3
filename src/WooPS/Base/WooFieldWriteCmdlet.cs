using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Reflection;
using System.Security;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Fields;
using WooPS.Core.Resources.Flat;
using WooPS.Core.Resources.Writes;
using WooPS.Output;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the cmdlets that send fields (New-, Set-). Each parameter marked <see cref="FieldAttribute"/> is a
    /// field, under WooCommerce's name; -Property gives any other. Set- cmdlets also get -Clear (the one way to
    /// empty a field: an empty CSV cell leaves it as it is), -SkipUnchanged and -PassThru, declared once here as
    /// dynamic parameters (<see cref="UpdateSwitches"/>), as the field parameters of each kind of item are
    /// shared by its New- and Set- cmdlets.
    /// </summary>
    public abstract class WooFieldWriteCmdlet : WooWriteCmdlet, IDynamicParameters
    {
        private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, FieldAttribute Field)[]> FieldParameters = new ConcurrentDictionary<Type, (PropertyInfo, FieldAttribute)[]>();

        private readonly UpdateSwitches _update = new UpdateSwitches();

        /// <summary>Any other field, under WooCommerce's name: @{ tax_class = 'reduced-rate'; meta_data = @(@{ key = 'erp_id'; value = '77' }) }.</summary>
        [Parameter]
        [ValidateNotNull]
        [ArgumentCompleter(typeof(NoValues))]
        public Hashtable? Property { get; set; }

        internal override bool OnlyChanges => _update.SkipUnchanged.IsPresent;

        internal override bool WritesItems => Action == WriteAction.Create || _update.PassThru.IsPresent;

        public object? GetDynamicParameters() => Action == WriteAction.Update ? _update : null;

        /// <summary>
        /// Writes the current input's fields to the item it names (by its id or key given, else the piped value).
        /// With an id, a key given is a new key for the item (a new SKU).
        /// </summary>
        internal void Update(WooResource resource, long? id, string? key, params string[] itemTypes)
        {
            if (Refused(resource, itemTypes) || !(NamedRow(resource, id, key) is WriteRow row))
            {
                return;
            }

            // A key that names the item is not a field to write; with an id, it is the item's new key.
            Submit(row, except: row.Key != null ? resource.Key?.Field : null);
        }

        /// <summary>Creates an item in <paramref name="resource"/> from the current input's fields.</summary>
        /// <param name="itemTypes">The WooPS objects the pipeline may bring: rows of the new items, or their parents (orders, for notes).</param>
        internal void Create(WooResource resource, params string[] itemTypes) => Create(resource, parentPiped: false, itemTypes);

        /// <param name="parentPiped">The object piped in names the new item's parent (an order's id, for a note), and is no row of fields.</param>
        internal void Create(WooResource resource, bool parentPiped, params string[] itemTypes)
        {
            if (Refused(resource, itemTypes))
            {
                return;
            }

            var row = new WriteRow(WriteAction.Create, resource, RowInput);
            if (!parentPiped && RowInput is PSObject piped && piped.BaseObject is IConvertible && !(piped.BaseObject is string))
            {
                // A number names an item that exists; a new one is made from a row of fields (or a name).
                Refuse(row, $"{piped.BaseObject} is no row of fields: pipe rows (Import-Csv, objects) or {(resource.NameField != null ? "names" : resource.Key?.Noun + "s")}");
                return;
            }

            Submit(row, except: null);
        }

        private void Submit(WriteRow row, string? except)
        {
            if (AddFields(row, except) is string problem)
            {
                Refuse(row, problem);
            }
            else
            {
                Write(row);
            }
        }

        /// <summary>Adds the row's fields; a problem with them (a field given twice, one that cannot be cleared) is the row's error.</summary>
        /// <returns>The problem, or null.</returns>
        private string? AddFields(WriteRow row, string? except)
        {
            (PropertyInfo Property, FieldAttribute Field)[] parameters = FieldParameters.GetOrAdd(GetType(), FindFieldParameters);
            foreach ((PropertyInfo property, FieldAttribute field) in parameters)
            {
                if (field.Name == except || !(ValueOf(property, field) is object value))
                {
                    continue;
                }

                row.Set(TryGetAsRead(property.Name, field.Name, out object? asRead) ? new FieldValue(field.Name, value, PlainValue.Of(asRead))
                    : Action == WriteAction.Update && ReadValues.TryGet(InputObject, field.Name, out object? before) ? FieldValue.Over(field.Name, value, PlainValue.Of(before))
                    : new FieldValue(field.Name, value));
            }

            AddSwitchFields(row);

            // Columns as ConvertTo-WooFlat writes them, which no parameter takes: category names, billing_city, …
            if (Piped is PipedObject piped && piped.IsRow)
            {
                var cells = piped.ColumnNames
                    .Where(column => !IsParameterColumn(column))
                    .Select(column => (Column: column, Text: piped.ColumnValue(column) as string))
                    .Where(cell => cell.Text != null && !CellText.IsExported(cell.Text))
                    .Select(cell => new KeyValuePair<string, string>(cell.Column, cell.Text!));
                foreach (FieldValue flat in FlatRow.ReadBack(row.Resource.Fields, cells))
                {
                    if (row.Gives(flat.Name))
                    {
                        return $"{flat.Name} is given twice: by its columns and by a parameter";
                    }

                    row.Set(flat);
                }
            }

            // Text piped into a New- cmdlet is what people call the new item: its name, else its key (a code, an e-mail).
            if (row.Action == WriteAction.Create && PipedText is string text && (Resource.NameField ?? Resource.Key?.Field) is string named && !row.Gives(named))
            {
                row.Set(named, text);
            }

            foreach (string name in _update.Clear ?? Array.Empty<string>())
            {
                (PropertyInfo Property, FieldAttribute Field) match = parameters.FirstOrDefault(p => string.Equals(p.Property.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Field.Name, name, StringComparison.OrdinalIgnoreCase));
                FieldRule? rule = match.Field == null ? null : Resource.Fields[match.Field.Name];
                if (rule == null || !rule.Clearable)
                {
                    string[] clearable = parameters.Where(p => Resource.Fields[p.Field.Name]?.Clearable == true).Select(p => p.Property.Name).ToArray();
                    return clearable.Length == 0
                        ? $"-Clear takes no field of a {Resource.Singular}: none can be emptied ('{name}' was given)"
                        : $"-Clear takes {string.Join(", ", clearable)}; '{name}' is not one of them";
                }

                if (row.Gives(rule.Name))
                {
                    return $"{match.Property.Name} is given a value and cleared at once";
                }

                row.Set(rule.Name, rule.Cleared);
            }

            foreach (DictionaryEntry entry in Property ?? new Hashtable())
            {
                string name = entry.Key.ToString()!;
                if (row.Gives(name))
                {
                    return $"{name} is given twice: by -Property and by a parameter or column";
                }

                row.Set(name, PlainValue.Of(entry.Value));
            }

            return null;
        }

        /// <summary>Fields a switch of the cmdlet sets (Add-WooOrderNote -CustomerNote): a choice made for every row.</summary>
        internal virtual void AddSwitchFields(WriteRow row)
        {
        }

        /// <summary>A parameter's value as the core takes it: names of other items as references, attribute values as choices.</summary>
        private object? ValueOf(PropertyInfo property, FieldAttribute field)
        {
            object? value = property.GetValue(this);
            switch (value)
            {
                case null:
                    return null;
                case IDictionary choices when field is AttributeChoicesAttribute:
                    return new AttributeChoices(choices.Keys.Cast<object>().Select(key => new KeyValuePair<string, string>(key.ToString()!, choices[key]?.ToString() ?? string.Empty)).ToList());
                case string one when Resource.Fields[field.Name]?.Refers != null:
                    return new ItemReferences(new[] { one });
                case string[] many when Resource.Fields[field.Name]?.Refers != null:
                    return new ItemReferences(many);
                case string[] texts:
                    return texts.Cast<object?>().ToArray();
                case SecureString secret:
                    // Only here, on its way to the request body, is a password plain text.
                    return new NetworkCredential(string.Empty, secret).Password;
                default:
                    return PlainValue.Of(value);
            }
        }

        /// <summary>A column a parameter binds by name: it is read there, not again as a flat column.</summary>
        private bool IsParameterColumn(string column) =>
            MyInvocation.MyCommand.Parameters.Values.Any(parameter => string.Equals(parameter.Name, column, StringComparison.OrdinalIgnoreCase) || parameter.Aliases.Contains(column, StringComparer.OrdinalIgnoreCase));

        private static (PropertyInfo, FieldAttribute)[] FindFieldParameters(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(property => (Property: property, Field: property.GetCustomAttributes(typeof(FieldAttribute), true).OfType<FieldAttribute>().FirstOrDefault()))
                .Where(parameter => parameter.Field != null)
                .Select(parameter => (parameter.Property, parameter.Field!))
                .ToArray();

        /// <summary>The parameters of Set- cmdlets only: what they add to a write of fields.</summary>
        public sealed class UpdateSwitches
        {
            /// <summary>Fields to empty, by parameter or field name: SalePrice, Description, Category, …</summary>
            [Parameter]
            [ValidateNotNullOrEmpty]
            [ArgumentCompleter(typeof(FieldChoices))]
            public string[]? Clear { get; set; }

            /// <summary>Read each item first and send only the fields that differ; a row with no difference sends nothing.</summary>
            [Parameter]
            public SwitchParameter SkipUnchanged { get; set; }

            /// <summary>Write each item as the store left it.</summary>
            [Parameter]
            public SwitchParameter PassThru { get; set; }
        }
    }
}
