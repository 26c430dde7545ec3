using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace WooPS.Binding
{
    /// <summary>
    /// Binds the keys of a piped hashtable to a write cmdlet's parameters, as PowerShell binds an object's
    /// properties by name (it does not read hashtable keys, so @{ sku = 'A-1'; regular_price = 7.5 } would
    /// otherwise set nothing). Each value goes through the parameter's own transformations and type, and the
    /// parameters are put back as they were once the row is written, as PowerShell does for piped values.
    /// </summary>
    internal sealed class DictionaryRow : IDisposable
    {
        private readonly object _cmdlet;
        private readonly List<(PropertyInfo Property, object? Before)> _bound = new List<(PropertyInfo, object?)>();

        private DictionaryRow(object cmdlet)
        {
            _cmdlet = cmdlet;
        }

        /// <param name="givenByName">Parameters given on the command line, which a row does not override.</param>
        /// <param name="problem">Why a value cannot be bound, naming the key; null when all could.</param>
        public static DictionaryRow Bind(PSCmdlet cmdlet, IDictionary row, ISet<string> givenByName, out string? problem)
        {
            var binding = new DictionaryRow(cmdlet);
            problem = null;
            foreach (DictionaryEntry entry in row)
            {
                string key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                ParameterMetadata? parameter = cmdlet.MyInvocation.MyCommand.Parameters.Values.FirstOrDefault(candidate =>
                    (string.Equals(candidate.Name, key, StringComparison.OrdinalIgnoreCase) || candidate.Aliases.Contains(key, StringComparer.OrdinalIgnoreCase))
                    && candidate.Attributes.OfType<ParameterAttribute>().Any(attribute => attribute.ValueFromPipelineByPropertyName));
                if (parameter == null || givenByName.Contains(parameter.Name))
                {
                    continue;
                }

                try
                {
                    object? value = entry.Value;
                    foreach (ArgumentTransformationAttribute transformation in parameter.Attributes.OfType<ArgumentTransformationAttribute>())
                    {
                        value = transformation.Transform(null!, value);
                    }

                    binding.Set(cmdlet.GetType().GetProperty(parameter.Name)!, value == null ? null : LanguagePrimitives.ConvertTo(value, parameter.ParameterType, System.Globalization.CultureInfo.InvariantCulture));
                }
                catch (Exception refused) when (refused is ArgumentTransformationMetadataException || refused is PSInvalidCastException)
                {
                    problem = $"the key '{key}' cannot be -{parameter.Name}: {refused.Message}";
                    break;
                }
            }

            return binding;
        }

        private void Set(PropertyInfo property, object? value)
        {
            _bound.Add((property, property.GetValue(_cmdlet)));
            property.SetValue(_cmdlet, value);
        }

        public void Dispose()
        {
            foreach ((PropertyInfo property, object? before) in _bound)
            {
                property.SetValue(_cmdlet, before);
            }
        }
    }
}
