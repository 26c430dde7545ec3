using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Fields;

namespace WooPS.Completion
{
    /// <summary>
    /// What a cmdlet's parameter takes, as tab completion offers it: fixed choices (from the core's field rules),
    /// a list each store defines (its order statuses), the names or ids of the store's categories, tags or
    /// attributes, or field names. Found once per parameter from its attributes and the cmdlet's resource; the
    /// store's values are read through the session (<see cref="StoreSettings"/>), which keeps them.
    /// </summary>
    internal sealed class ParameterValues
    {
        /// <summary>The store's vocabulary: few enough items to list whole, and named by people on the command line.</summary>
        private static readonly WooResource[] Vocabularies = { WooResource.Categories, WooResource.Tags, WooResource.Attributes };

        private ParameterValues(IReadOnlyList<string> fixedValues, StoreChoiceList? storeList = null, WooResource? namesOf = null, bool byId = false)
        {
            Fixed = fixedValues;
            StoreList = storeList;
            NamesOf = namesOf;
            ById = byId;
        }

        public static ParameterValues None { get; } = new ParameterValues(Array.Empty<string>());

        /// <summary>Offered without asking the store; with a <see cref="StoreList"/>, what a filter takes besides it ("any").</summary>
        public IReadOnlyList<string> Fixed { get; }

        /// <summary>A list the store defines, read through the session; WooCommerce's own without one.</summary>
        public StoreChoiceList? StoreList { get; }

        /// <summary>The resource whose items' names (or ids) the parameter takes.</summary>
        public WooResource? NamesOf { get; }

        /// <summary>The parameter takes an id: the name is shown beside it.</summary>
        public bool ById { get; }

        /// <summary>The values to offer: (what is written, what the list shows, the tooltip).</summary>
        public IEnumerable<(string Text, string Shown, string Tip)> Offer(IDictionary fakeBoundParameters)
        {
            if (NamesOf == null && StoreList == null)
            {
                return Fixed.Select(value => (value, value, value));
            }

            WooSession? session = StoreLookup.SessionOf(fakeBoundParameters);
            if (StoreList != null)
            {
                // Without a session WooCommerce's own are still right, as they are when the key may not read the
                // store's list; the store's list adds its plugins'. A store that does not answer in time gives none.
                IReadOnlyList<string>? listed = StoreList.Known;
                if (session != null && !StoreLookup.TryRead(session, (s, cancel) => s.Resources.Settings.ChoicesAsync(StoreList, NullWooLog.Instance, cancel), out listed))
                {
                    return Enumerable.Empty<(string, string, string)>();
                }

                return (listed ?? StoreList.Known).Concat(Fixed).Select(value => (value, value, value));
            }

            IReadOnlyList<KeyValuePair<long, string>> names = Array.Empty<KeyValuePair<long, string>>();
            if (session == null || !StoreLookup.TryRead(session, (s, cancel) => s.Resources.Settings.NamesAsync(NamesOf!, NullWooLog.Instance, cancel), out names))
            {
                return Enumerable.Empty<(string, string, string)>();
            }

            return names.Select(item =>
            {
                string id = item.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ById ? (id, $"{id} {item.Value}", $"{NamesOf!.Singular} {id} '{item.Value}'") : (item.Value, item.Value, $"{NamesOf!.Singular} {id} '{item.Value}'");
            });
        }

        /// <summary>What the parameter of the cmdlet takes, from its attributes and the cmdlet's resource.</summary>
        public static ParameterValues Of(Type cmdlet, PropertyInfo property)
        {
            if (property.GetCustomAttribute<ChoiceOfAttribute>() is ChoiceOfAttribute filter)
            {
                return filter.StoreList is StoreChoiceList list ? new ParameterValues(filter.More, list) : new ParameterValues(filter.Choices);
            }

            if (property.GetCustomAttribute<TermArgumentAttribute>() is TermArgumentAttribute term)
            {
                return new ParameterValues(Array.Empty<string>(), namesOf: WooResource.ByTypeName(term.TypeName));
            }

            object? instance = cmdlet.IsAbstract ? null : Activator.CreateInstance(cmdlet);
            WooResource? resource = instance == null ? null
                : cmdlet.GetProperty("Resource", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(instance) as WooResource;
            if (resource == null)
            {
                return None;
            }

            if (property.GetCustomAttribute<FieldAttribute>(true) is FieldAttribute field && resource.Fields[field.Name] is FieldRule rule)
            {
                return rule.ChoicesFrom != null ? new ParameterValues(Array.Empty<string>(), rule.ChoicesFrom)
                    : rule.Refers != null && Vocabularies.Contains(rule.Refers) ? new ParameterValues(Array.Empty<string>(), namesOf: rule.Refers)
                    : new ParameterValues(rule.Choices ?? (IReadOnlyList<string>)Array.Empty<string>());
            }

            if (instance is WooGetNestedCmdlet nested && nested.ParentParameter == "-" + property.Name && resource.Parent is WooResource parent && Vocabularies.Contains(parent))
            {
                return new ParameterValues(Array.Empty<string>(), namesOf: parent, byId: true);
            }

            if (property.Name == "Property" && property.PropertyType == typeof(string[]))
            {
                // Get cmdlets' -Property: WooCommerce's _fields, the fields the store sends.
                return new ParameterValues(resource.Fields.Names);
            }

            if (property.Name == "Clear")
            {
                // Set cmdlets' -Clear: the parameters of fields that can be emptied.
                return new ParameterValues(cmdlet.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetCustomAttribute<FieldAttribute>(true) is FieldAttribute f && resource.Fields[f.Name]?.Clearable == true)
                    .Select(p => p.Name).ToList());
            }

            return None;
        }
    }
}
