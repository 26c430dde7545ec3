using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace WooPS.Completion
{
    /// <summary>
    /// For a parameter whose values no list holds (an id, a price, a note, a URL): offers nothing. Without a
    /// completer PowerShell offers the names of the files in the current folder, which no such parameter takes.
    /// </summary>
    public sealed class NoValues : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Enumerable.Empty<CompletionResult>();
    }
}
