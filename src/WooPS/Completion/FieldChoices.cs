using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using WooPS.Output;

namespace WooPS.Completion
{
    /// <summary>
    /// Completes a parameter with what it takes (<see cref="ParameterValues"/>): the choices its field takes, from the
    /// core's rules for the cmdlet's resource (Set-WooProductVariation -Status offers no "future") or from
    /// <see cref="ChoiceOfAttribute"/> for filters; the store's own order statuses; the names of its categories and
    /// tags, the ids of its attributes; field names for -Property and -Clear. The choices are written once, in the
    /// core; binding, completion and the checks all read them there.
    /// </summary>
    public sealed class FieldChoices : IArgumentCompleter
    {
        // What each parameter takes never changes; the store's values are kept by each session, not here.
        private static readonly ConcurrentDictionary<string, ParameterValues> Known = new ConcurrentDictionary<string, ParameterValues>(StringComparer.OrdinalIgnoreCase);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            OutputTypes.Define();   // someone is completing: Select-Object after this command will want the fields next
            string typed = wordToComplete.Trim('\'', '"');
            bool quoted = wordToComplete.StartsWith("'", StringComparison.Ordinal) || wordToComplete.StartsWith("\"", StringComparison.Ordinal);
            return ValuesOf(commandName, parameterName).Offer(fakeBoundParameters)
                .Where(value => value.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || value.Shown.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(value => new CompletionResult(Written(value.Text, quoted), value.Shown, CompletionResultType.ParameterValue, value.Tip))
                .ToList();
        }

        /// <summary>The fixed choices of a cmdlet's parameter, empty when it has none.</summary>
        internal static IReadOnlyList<string> Choices(string commandName, string parameterName) => ValuesOf(commandName, parameterName).Fixed;

        private static ParameterValues ValuesOf(string commandName, string parameterName) =>
            Known.GetOrAdd(commandName + " -" + parameterName, _ => Find(commandName, parameterName));

        /// <summary>"Home &amp; Garden" is written quoted, as PowerShell would read it otherwise as two words.</summary>
        private static string Written(string value, bool quoted) =>
            quoted || value.Any(c => !(char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.'))
                ? "'" + value.Replace("'", "''") + "'"
                : value;

        private static ParameterValues Find(string commandName, string parameterName)
        {
            Type? cmdlet = typeof(FieldChoices).Assembly.GetTypes().FirstOrDefault(type =>
                type.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute named && string.Equals(named.VerbName + "-" + named.NounName, commandName, StringComparison.OrdinalIgnoreCase));
            // A dynamic parameter (Set cmdlets' -Clear) is declared on a class of the cmdlet's bases.
            PropertyInfo? property = cmdlet == null ? null
                : cmdlet.GetProperty(parameterName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                  ?? BaseTypes(cmdlet).SelectMany(type => type.GetNestedTypes()).Select(type => type.GetProperty(parameterName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)).FirstOrDefault(found => found != null);
            return property == null ? ParameterValues.None : ParameterValues.Of(cmdlet!, property);
        }

        private static IEnumerable<Type> BaseTypes(Type type)
        {
            for (Type? current = type; current != null; current = current.BaseType)
            {
                yield return current;
            }
        }
    }
}
