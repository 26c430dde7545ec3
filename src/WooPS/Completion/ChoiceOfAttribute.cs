using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Fields;

namespace WooPS.Completion
{
    /// <summary>
    /// A filter that takes the choices of a field (Get-WooProduct -StockStatus: a product's stock_status), read
    /// from the core's rules, plus what only a filter takes ("any", "trash"). A value outside them is refused while
    /// binding: a filter given wrongly would list the wrong items. Choices each store defines (order statuses) are
    /// offered, not enforced: the store itself refuses a filter value it does not know.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class ChoiceOfAttribute : ValidateArgumentsAttribute
    {
        private readonly string _typeName;
        private readonly string _field;
        private readonly string[] _more;

        /// <param name="typeName">The PowerShell type of the items whose field it is (WooPS.Product).</param>
        public ChoiceOfAttribute(string typeName, string field, params string[] more)
        {
            _typeName = typeName;
            _field = field;
            _more = more;
        }

        /// <summary>What only a filter takes ("any", "trash").</summary>
        public IReadOnlyList<string> More => _more;

        /// <summary>The list the store defines for the field (order statuses), or null when the choices are WooCommerce's alone.</summary>
        public StoreChoiceList? StoreList => WooResource.ByTypeName(_typeName)?.Fields[_field]?.ChoicesFrom;

        public IReadOnlyList<string> Choices =>
            (WooResource.ByTypeName(_typeName)?.Fields[_field]?.Choices ?? Array.Empty<string>()).Concat(_more).ToList();

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            if (StoreList != null)
            {
                // Each store has its own (a plugin's order status): the store refuses one it does not know (66m).
                return;
            }

            foreach (object? argument in arguments is System.Collections.IEnumerable many && !(arguments is string) ? many.Cast<object?>() : new[] { arguments })
            {
                string given = Convert.ToString(argument is PSObject wrapped ? wrapped.BaseObject : argument, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                if (!Choices.Contains(given, StringComparer.OrdinalIgnoreCase))
                {
                    throw new ValidationMetadataException($"'{given}' is not one of {string.Join(", ", Choices)}.");
                }
            }
        }
    }
}
