using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Json;
using WooPS.Core.Paging;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// Field values given by name, resolved to what WooCommerce takes: terms (<see cref="TermNames"/>) to their
    /// ids, each name looked up once for all rows; a variation's attribute values (<see cref="AttributeChoices"/>)
    /// to global attributes' ids where one has the name, read once.
    /// </summary>
    internal sealed class NamedValues
    {
        private readonly Dictionary<(string Route, string Name), Task<long>> _terms;
        private readonly List<WooRecord> _attributes;

        private NamedValues(Dictionary<(string Route, string Name), Task<long>> terms, List<WooRecord> attributes)
        {
            _terms = terms;
            _attributes = attributes;
        }

        public static async Task<NamedValues> ReadAsync(ResourceApi api, IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken) =>
            new NamedValues(
                await ResolveTermsAsync(api, rows, log, cancellationToken).ConfigureAwait(false),
                await GlobalAttributesAsync(api, rows, log, cancellationToken).ConfigureAwait(false));

        /// <returns>The value as WooCommerce takes it, or why the row cannot be written (a term no one has).</returns>
        public (object? Value, WooApiException? Failure) Resolve(WriteRow row, object? value)
        {
            switch (value)
            {
                case TermNames names:
                    (object? ids, string? unknown) = TermIds(names, _terms);
                    if (unknown == null)
                    {
                        return (ids, null);
                    }

                    WooApiException failure = _terms[Key(names.Taxonomy, unknown)].Exception!.GetBaseException() as WooApiException
                                              ?? new WooApiException(WooErrorCodes.TermNotFound, $"No {names.Taxonomy.Singular} '{unknown}'.", 404);
                    return (null, failure.About(row.Input ?? unknown, $"{row.Label}: {failure.Message}"));
                case AttributeChoices choices:
                    return (AttributeValues(choices, _attributes), null);
                default:
                    return (value, null);
            }
        }

        /// <summary>Every term named by name or slug in the rows, each looked up once, MaxConcurrency at once.</summary>
        private static async Task<Dictionary<(string Route, string Name), Task<long>>> ResolveTermsAsync(ResourceApi api, IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            // An id is its own answer (FindIdAsync sends nothing for it); a name or slug is looked up once.
            var lookups = new Dictionary<(string Route, string Name), Task<long>>();
            var requests = new List<Func<CancellationToken, Task>>();
            foreach ((WooResource taxonomy, string name) in rows
                         .SelectMany(row => row.Fields.Select(field => field.Value).OfType<TermNames>())
                         .SelectMany(names => names.Names.Select(name => (names.Taxonomy, Name: name.Trim()))))
            {
                if (lookups.ContainsKey(Key(taxonomy, name)))
                {
                    continue;
                }

                var result = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                lookups[Key(taxonomy, name)] = result.Task;
                requests.Add(async token =>
                {
                    try
                    {
                        result.SetResult(await api.Terms.FindIdAsync(taxonomy, name, log, token).ConfigureAwait(false));
                    }
                    catch (WooApiException failure) when (failure.IsAboutOneItem)
                    {
                        // A name no term has fails the rows that give it, not the others.
                        result.SetException(failure);
                    }
                });
            }

            await WireSlots.RunAllAsync(requests, api.MaxConcurrency, cancellationToken).ConfigureAwait(false);
            return lookups;
        }

        /// <summary>The store's global attributes, read once when a row gives attribute values by name.</summary>
        private static async Task<List<WooRecord>> GlobalAttributesAsync(ResourceApi api, IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            var attributes = new List<WooRecord>();
            if (rows.Any(row => row.Fields.Any(field => field.Value is AttributeChoices)))
            {
                await api.ListAsync(WooResource.Attributes, new ListQuery(), attribute => attribute, page =>
                {
                    attributes.AddRange(page.Items);
                    return Task.FromResult(true);
                }, log, cancellationToken).ConfigureAwait(false);
            }

            return attributes;
        }

        private static object AttributeValues(AttributeChoices choices, List<WooRecord> attributes) =>
            choices.Choices.Select(choice =>
            {
                string name = choice.Key.Trim();
                WooRecord? global = attributes.FirstOrDefault(attribute =>
                    string.Equals(attribute["name"] as string, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(attribute["slug"] as string, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(attribute["slug"] as string, "pa_" + name, StringComparison.OrdinalIgnoreCase));
                // WooCommerce goes by the id when there is one; the name is sent along for whoever reads the request.
                return global?.Id is long id
                    ? new[] { new KeyValuePair<string, object?>("id", id), new KeyValuePair<string, object?>("name", global["name"]), new KeyValuePair<string, object?>("option", choice.Value) }
                    : new[] { new KeyValuePair<string, object?>("name", name), new KeyValuePair<string, object?>("option", choice.Value) };
            }).ToArray();

        /// <returns>The terms as WooCommerce takes them, or the first name no term has.</returns>
        private static (object? Value, string? Unknown) TermIds(TermNames names, Dictionary<(string Route, string Name), Task<long>> terms)
        {
            var ids = new List<long>();
            foreach (string name in names.Names)
            {
                Task<long> lookup = terms[Key(names.Taxonomy, name)];
                if (lookup.Status != TaskStatus.RanToCompletion)
                {
                    return (null, name.Trim());
                }

                ids.Add(lookup.Result);
            }

            object value = names.IsOne ? (object)ids[0] : ids.Select(id => new[] { new KeyValuePair<string, object?>("id", id) }).ToArray();
            return (value, null);
        }

        /// <summary>A term as named: slugs and names are matched whatever their case, so "Clothing" and "clothing" are one lookup.</summary>
        private static (string Route, string Name) Key(WooResource taxonomy, string name) => (taxonomy.Route, name.Trim().ToUpperInvariant());
    }
}
