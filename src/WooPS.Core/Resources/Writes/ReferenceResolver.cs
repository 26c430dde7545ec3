using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Json;
using WooPS.Core.Paging;
using WooPS.Core.Resources.Fields;
using WooPS.Core.Resources.Lookups;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// Field values that name other items, resolved to what WooCommerce takes: terms (<see cref="ItemReferences"/>
    /// on a term field) by slug or name, each looked up once for all rows; items with a natural key (a coupon's
    /// products by SKU) 100 to a request; a variation's attribute values (<see cref="AttributeChoices"/>) to global
    /// attributes' ids where one has the name, read once.
    /// </summary>
    internal sealed class ReferenceResolver
    {
        private readonly Dictionary<(string Route, string Given), (long Id, WooApiException? Failure)> _found;
        private readonly List<WooRecord> _attributes;

        private ReferenceResolver(Dictionary<(string Route, string Given), (long Id, WooApiException? Failure)> found, List<WooRecord> attributes)
        {
            _found = found;
            _attributes = attributes;
        }

        public static async Task<ReferenceResolver> ReadAsync(ResourceApi api, IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            var wanted = new HashSet<(WooResource Target, string Given)>();
            foreach (WriteRow row in rows)
            {
                foreach (FieldValue field in row.Fields)
                {
                    if (field.Value is ItemReferences references && row.Resource.Fields[field.Name]?.Refers is WooResource target)
                    {
                        wanted.UnionWith(references.Given.Select(given => (target, given.Trim())));
                    }
                }
            }

            var found = new Dictionary<(string Route, string Given), (long Id, WooApiException? Failure)>();
            var requests = new List<Func<CancellationToken, Task>>();
            var byKey = new List<(WooResource Target, string Given)>();
            var byIdOrKey = new List<(WooResource Target, string Given)>();
            foreach ((WooResource target, string given) in wanted.Distinct(new ReferenceComparer()))
            {
                if (target.Key != null && Id(given) is long number && number > 0)
                {
                    // A number names an item by id, or else by its key: SKUs are often all digits (EAN, UPC).
                    byIdOrKey.Add((target, given));
                }
                else if (Id(given) is long id)
                {
                    // 0 is "none" where one item is named (a category's parent: top level), and nothing in a list.
                    found[Slot(target, given)] = id >= 0 ? (id, null) : (0, Refused(target, given));
                }
                else if (target.Key != null)
                {
                    byKey.Add((target, given));
                }
                else
                {
                    requests.Add(async token =>
                    {
                        (long, WooApiException?) outcome;
                        try
                        {
                            outcome = (await api.Terms.FindIdAsync(target, given, log, token).ConfigureAwait(false), null);
                        }
                        catch (WooApiException failure) when (failure.IsAboutOneItem)
                        {
                            // A name no term has fails the rows that give it, not the others.
                            outcome = (0, failure);
                        }

                        lock (found)
                        {
                            found[Slot(target, given)] = outcome;
                        }
                    });
                }
            }

            await WireSlots.RunAllAsync(requests, api.MaxConcurrency, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<FoundItem> byIds = await api.Items.FindAsync(byIdOrKey.Select(reference => ItemKey.ById(reference.Target, Id(reference.Given)!.Value)).ToList(), log, cancellationToken).ConfigureAwait(false);
            foreach ((FoundItem item, (WooResource target, string given)) in byIds.Zip(byIdOrKey, (item, reference) => (item, reference)))
            {
                if (item.Item?.Id is long id)
                {
                    found[Slot(target, given)] = (id, null);
                }
                else
                {
                    byKey.Add((target, given));
                }
            }

            IReadOnlyList<FoundItem> items = await api.Items.FindAsync(byKey.Select(reference => ItemKey.ByKey(reference.Target, reference.Given)).ToList(), log, cancellationToken).ConfigureAwait(false);
            foreach (FoundItem item in items)
            {
                found[Slot(item.Key.Resource, item.Key.Key!)] = item.Item?.Id is long id ? (id, null)
                    : Id(item.Key.Key!) != null ? (0, new WooApiException(item.Key.Resource.KeyLookup.Key!.NotFound, $"No {item.Key.Resource.Singular} has the id or {item.Key.Resource.KeyLookup.Key!.Describe(item.Key.Key!)}.", 404) { Target = item.Key.Key })
                    : (0, item.Failure);
            }

            return new ReferenceResolver(found, await GlobalAttributesAsync(api, rows, log, cancellationToken).ConfigureAwait(false));
        }

        /// <returns>The value as WooCommerce takes it, or why the row cannot be written (a name no item has).</returns>
        public (object? Value, WooApiException? Failure) Resolve(WriteRow row, FieldRule? rule, object? value)
        {
            switch (value)
            {
                case ItemReferences references when rule?.Refers is WooResource target:
                    var ids = new List<long>();
                    foreach (string given in references.Given)
                    {
                        (long id, WooApiException? failure) = _found[Slot(target, given.Trim())];
                        failure ??= id == 0 && rule.Form != FieldForm.TermId ? Refused(target, given.Trim()) : null;
                        if (failure != null)
                        {
                            return (null, failure.About(row.Target, $"{row.Label}: {failure.Message}"));
                        }

                        ids.Add(id);
                    }

                    return (Shaped(rule, ids), null);
                case AttributeChoices choices:
                    return (AttributeValues(choices, _attributes), null);
                default:
                    return (value, null);
            }
        }

        /// <summary>The ids as the field takes them: <c>[{"id":…}]</c> for a product's terms, one id for a parent, else a list of ids.</summary>
        private static object? Shaped(FieldRule rule, List<long> ids)
        {
            switch (rule.Form)
            {
                case FieldForm.TermObjects:
                    return ids.Select(id => new[] { new KeyValuePair<string, object?>("id", id) }).ToArray();
                case FieldForm.TermId:
                    return ids.Count == 0 ? (object?)null : ids[0];
                default:
                    return ids.Cast<object?>().ToArray();
            }
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

        private static long? Id(string given) =>
            long.TryParse(given, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id) ? id : (long?)null;

        // WooCommerce ignores a 0 or negative id and would leave the item without it: refused instead.
        private static WooApiException Refused(WooResource target, string given) =>
            new WooApiException(WooErrorCodes.WrongInput, $"'{given}' names no {target.Singular}: ids start at 1.") { Target = given };

        /// <summary>A reference as named: slugs, names and keys are matched whatever their case, so "Clothing" and "clothing" are one lookup.</summary>
        private static (string Route, string Given) Slot(WooResource target, string given) => (target.Route, given.Trim().ToUpperInvariant());

        private sealed class ReferenceComparer : IEqualityComparer<(WooResource Target, string Given)>
        {
            public bool Equals((WooResource Target, string Given) x, (WooResource Target, string Given) y) => Slot(x.Target, x.Given) == Slot(y.Target, y.Given);

            public int GetHashCode((WooResource Target, string Given) reference) => Slot(reference.Target, reference.Given).GetHashCode();
        }
    }
}
