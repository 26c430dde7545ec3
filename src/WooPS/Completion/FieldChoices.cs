using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using WooPS.Base;
using WooPS.Binding;

namespace WooPS.Completion
{
    /// <summary>
    /// Completes a parameter with the choices its field takes, from the core's rules for the cmdlet's resource
    /// (Set-WooProductVariation -Status offers no "future"), or from <see cref="ChoiceOfAttribute"/> for filters.
    /// The choices are written once, in the core; binding, completion and the checks all read them there.
    /// </summary>
    public sealed class FieldChoices : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Known = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = wordToComplete.Trim('\'', '"');
            return Choices(commandName, parameterName)
                .Where(choice => choice.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(choice => new CompletionResult(choice, choice, CompletionResultType.ParameterValue, choice));
        }

        /// <summary>The choices of a cmdlet's parameter, empty when it has none.</summary>
        internal static IReadOnlyList<string> Choices(string commandName, string parameterName) =>
            Known.GetOrAdd(commandName + " -" + parameterName, _ => Find(commandName, parameterName));

        private static IReadOnlyList<string> Find(string commandName, string parameterName)
        {
            Type? cmdlet = typeof(FieldChoices).Assembly.GetTypes().FirstOrDefault(type =>
                type.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute named && string.Equals(named.VerbName + "-" + named.NounName, commandName, StringComparison.OrdinalIgnoreCase));
            PropertyInfo? property = cmdlet?.GetProperty(parameterName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property == null)
            {
                return Array.Empty<string>();
            }

            if (property.GetCustomAttribute<ChoiceOfAttribute>() is ChoiceOfAttribute filter)
            {
                return filter.Choices;
            }

            if (property.GetCustomAttribute<FieldAttribute>(true) is FieldAttribute field && Activator.CreateInstance(cmdlet!) is WooWriteCmdlet writer)
            {
                return writer.Resource.Fields[field.Name]?.Choices ?? (IReadOnlyList<string>)Array.Empty<string>();
            }

            return Array.Empty<string>();
        }
    }
}
