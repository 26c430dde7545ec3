using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Requests;
using WooPS.Errors;
using WooPS.Output;

namespace WooPS.Commands
{
    /// <summary>
    /// One request to any route of the store, for what WooPS has no cmdlet for: the session's auth, retries, timeout
    /// and errors, and answers read as every cmdlet reads them. Binds, asks the core, writes.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "WooRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(RestCall.ItemTypeName, RawAnswer.TypeName)]
    public sealed class InvokeWooRequestCommand : WooSessionCmdlet
    {
        /// <summary>The HTTP method; GET unless given.</summary>
        [Parameter]
        [ValidateSet("Get", "Head", "Post", "Put", "Patch", "Delete")]
        public string Method { get; set; } = "Get";

        /// <summary>The route: relative to wc/v3, or absolute under the REST root; a query string in it is read as -Query.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string Path { get; set; } = string.Empty;

        /// <summary>Query parameters by name.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(NoValues))]
        public IDictionary? Query { get; set; }

        /// <summary>The JSON body: a hashtable, an object, an array, or JSON text.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(NoValues))]
        public object? Body { get; set; }

        /// <summary>Follow every page of a GET.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        /// <summary>Write the answer as it came: status, headers, body as text.</summary>
        [Parameter]
        public SwitchParameter Raw { get; set; }

        protected override void ProcessRecord()
        {
            if (All && Raw)
            {
                Refuse("-Raw gives the answer to one request, and -All follows pages, one request each: use one of them.");
            }

            WooSession session = ResolveSession();
            RestCall call = Prepare(session);
            if (All && call.Method != "GET")
            {
                Refuse($"-All follows the pages of a GET; a {call.Method} is one request.");
            }

            if (!Approved(call))
            {
                return;
            }

            if (HowRead(call) is string how)
            {
                WriteVerboseLine(how);
            }

            if (All)
            {
                WriteAllPages(session, call);
            }
            else
            {
                WriteAnswer(session, call);
            }
        }

        private RestCall Prepare(WooSession session)
        {
            IEnumerable<KeyValuePair<string, object?>>? query = Query?.Keys.Cast<object>()
                .Select(key => new KeyValuePair<string, object?>(Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty, PlainValue.Of(Query[key])))
                .ToList();
            try
            {
                return session.Requests.Prepare(Method, Path, query, BodyOf(Body));
            }
            catch (WooApiException refused)
            {
                ThrowTerminatingError(WooErrors.From(refused));
                throw;
            }
        }

        /// <summary>
        /// -WhatIf and -Confirm for what changes the store. A DELETE is of high impact, as a Remove cmdlet's: asked
        /// about unless -Confirm:$false or $ConfirmPreference is None, like the other writes when -Confirm is given
        /// or $ConfirmPreference is Medium or lower.
        /// </summary>
        private bool Approved(RestCall call)
        {
            if (call.IsRead)
            {
                return true;
            }

            if (!ShouldProcess(call.Address, call.Method))
            {
                return false;
            }

            if (call.Method != "DELETE" || MyInvocation.BoundParameters.ContainsKey("Confirm")
                || !(GetVariableValue("ConfirmPreference") is ConfirmImpact preference) || preference != ConfirmImpact.High)
            {
                // Not a DELETE; -Confirm asked already, or -Confirm:$false said not to; a preference of Medium or
                // lower asked already, and None never asks.
                return true;
            }

            return ShouldContinue($"Performing the operation \"{call.Method}\" on target \"{call.Address}\".", "Are you sure you want to perform this action?");
        }

        private void WriteAnswer(WooSession session, RestCall call) =>
            Run(async (queue, cancellation) =>
            {
                RestAnswer answer = await session.Requests.SendAsync(call, Raw, queue, cancellation).ConfigureAwait(false);
                if (Raw)
                {
                    PSObject raw = RawAnswer.ToPSObject(answer);
                    queue.Post(() => WriteObject(raw));
                    return;
                }

                if (answer.Items.Count == 0 && !answer.IsList)
                {
                    queue.Verbose($"The store answered {answer.StatusCode} {answer.StatusDescription} with no body: nothing to write (-Raw writes its status and headers).");
                    return;
                }

                List<object?> output = answer.Items.Select(item => item is WooRecord record ? RecordConverter.ToPSObject(record, call.TypeNameOf(record)) : RecordConverter.ToValue(item)).ToList();
                queue.Post(() =>
                {
                    foreach (object? item in output)
                    {
                        WriteObject(item, enumerateCollection: false);
                    }
                });
            }, call.Path);

        private void WriteAllPages(WooSession session, RestCall call)
        {
            long written = 0;
            int pages = 0;
            Run(async (queue, cancellation) =>
            {
                await session.Requests.ListAllAsync(call, record => RecordConverter.ToPSObject(record, call.TypeNameOf(record)), page => queue.InvokeAsync(() =>
                {
                    foreach (PSObject item in page.Items)
                    {
                        WriteObject(item);
                    }

                    foreach (WooApiException unreadable in page.Unreadable)
                    {
                        WriteError(WooErrors.From(unreadable));
                    }

                    written += page.Items.Count;
                    pages++;
                    return true;
                }), queue, cancellation).ConfigureAwait(false);
            }, call.Path);
            WriteVerboseLine($"{written} item{(written == 1 ? string.Empty : "s")} from {pages} page{(pages == 1 ? string.Empty : "s")}.");
        }

        /// <summary>How the answer will be written, for -Verbose; null for a HEAD, whose answer has no items (said once it came).</summary>
        private string? HowRead(RestCall call)
        {
            string request = $"{call.Method} {call.Route}";
            if (Raw)
            {
                return $"{request}: the answer is written as it came ({RawAnswer.TypeName}: status, headers, body as text).";
            }

            if (call.Method == "HEAD")
            {
                return null;
            }

            return call.Resource is Core.Resources.WooResource known
                ? $"{request} is a route of {known.Plural}: items are written as {known.TypeName}, as WooPS's other cmdlets write them (money as [decimal], dates as [datetime], names decoded)."
                : $"{request} is a route WooPS has no cmdlet for: its JSON is written as read ({RestCall.ItemTypeName}; fields named as money or dates are read as [decimal] and [datetime]).";
        }

        /// <summary>
        /// -Body as the core takes it: text as it is; a hashtable, a [pscustomobject] or an array as plain values; any
        /// other object as its properties. A single number or date goes as it is, for the core to refuse.
        /// </summary>
        private static object? BodyOf(object? body)
        {
            object? value = body is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : body;
            switch (value)
            {
                case null:
                case string _:
                case ValueType _:
                    return value;
                case PSObject _:
                case IDictionary _:
                case IEnumerable _:
                    return PlainValue.Of(value);
                default:
                    return PropertiesOf(value);
            }
        }

        private static List<KeyValuePair<string, object?>> PropertiesOf(object value)
        {
            var fields = new List<KeyValuePair<string, object?>>();
            foreach (PSPropertyInfo property in PSObject.AsPSObject(value).Properties.Where(property => property.IsGettable))
            {
                object? field;
                try
                {
                    field = property.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }

                fields.Add(new KeyValuePair<string, object?>(property.Name, PlainValue.Of(field)));
            }

            return fields;
        }

        private void Refuse(string message) =>
            ThrowTerminatingError(WooErrors.From(new WooApiException(WooErrorCodes.WrongInput, message) { Target = RestTarget.Describe(Path) }));
    }
}
