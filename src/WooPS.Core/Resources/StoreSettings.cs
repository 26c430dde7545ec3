using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Resources.Fields;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// The store's own settings and lists that writes and tab completion need (price decimals, order statuses, the
    /// names of its categories, tags and attributes), each read once per session, when first needed.
    /// </summary>
    internal sealed class StoreSettings
    {
        private const string PriceDecimalsRoute = "settings/general/woocommerce_price_num_decimals";

        private readonly ResourceApi _api;
        private readonly object _gate = new object();

        // Each read by what it reads (a route, a list of choices): shared by every write that asks while it runs.
        private readonly Dictionary<object, Task> _reads = new Dictionary<object, Task>();

        public StoreSettings(ResourceApi api)
        {
            _api = api;
        }

        /// <summary>
        /// How many decimals the store shows prices with (WooCommerce → Settings → General, capture 67); null when
        /// the key may not read settings. WooCommerce keeps an amount as given and rounds only where it shows it.
        /// </summary>
        public Task<int?> PriceDecimalsAsync(IWooLog log, CancellationToken cancellationToken) =>
            Once(PriceDecimalsRoute, () => ReadPriceDecimalsAsync(log, cancellationToken));

        /// <summary>
        /// The values the store defines for a field (its order statuses, plugins' own included, 67h); null when the
        /// key may not read them.
        /// </summary>
        public Task<IReadOnlyList<string>?> ChoicesAsync(StoreChoiceList list, IWooLog log, CancellationToken cancellationToken) =>
            Once(list, () => ReadChoicesAsync(list, log, cancellationToken));

        /// <summary>
        /// The ids and names of a resource's items (categories, tags, attributes), for completion: at most
        /// <see cref="MostNames"/>, read once per session. A name the store holds twice (under two parents) is given once.
        /// </summary>
        public Task<IReadOnlyList<KeyValuePair<long, string>>> NamesAsync(WooResource resource, IWooLog log, CancellationToken cancellationToken) =>
            Once(resource, () => ReadNamesAsync(resource, log, cancellationToken));

        /// <summary>Ten pages of 100: a store with more is completed from its first ones, and a read stays short.</summary>
        internal const int MostNames = 10 * ListQuery.MaxPageSize;

        /// <summary>The read of <paramref name="what"/>, started once per session; one that was cancelled or failed for the network is tried again by the next caller.</summary>
        private Task<T> Once<T>(object what, Func<Task<T>> read)
        {
            lock (_gate)
            {
                if (!_reads.TryGetValue(what, out Task? started) || started.IsCanceled || started.IsFaulted)
                {
                    _reads[what] = started = read();
                }

                return (Task<T>)started;
            }
        }

        private async Task<IReadOnlyList<string>?> ReadChoicesAsync(StoreChoiceList list, IWooLog log, CancellationToken cancellationToken)
        {
            try
            {
                using WooResponse answer = await _api.SendAsync(new WooRequest(HttpMethod.Get, list.Route), log, cancellationToken).ConfigureAwait(false);
                JsonElement root = answer.Json.RootElement;
                List<string>? values = root.ValueKind != JsonValueKind.Array ? null
                    : root.EnumerateArray()
                        .Where(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(list.ValueField, out JsonElement value) && value.ValueKind == JsonValueKind.String)
                        .Select(item => item.GetProperty(list.ValueField).GetString()!)
                        .ToList();
                if (values == null || values.Count == 0)
                {
                    log.Verbose($"The store's {list} ({list.Route}) came back as no list of them; values are checked against WooCommerce's own.");
                    return null;
                }

                log.Verbose($"The store's {list}: {string.Join(", ", values)}.");
                return values;
            }
            catch (WooApiException refused) when (refused.StatusCode >= 400 && refused.StatusCode < 500)
            {
                log.Verbose($"The store's {list} could not be read ({refused.Message}); values are checked against WooCommerce's own.");
                return null;
            }
        }

        private async Task<IReadOnlyList<KeyValuePair<long, string>>> ReadNamesAsync(WooResource resource, IWooLog log, CancellationToken cancellationToken)
        {
            var names = new List<KeyValuePair<long, string>>();
            var query = new ListQuery { PageSize = ListQuery.MaxPageSize, LastPage = MostNames / ListQuery.MaxPageSize, Fields = new[] { "id", "name" } };
            await _api.ListAsync(resource, query, item => item, page =>
            {
                names.AddRange(page.Items
                    .Where(item => item.Id is long && item["name"] is string named && named.Length > 0)
                    .Select(item => new KeyValuePair<long, string>(item.Id!.Value, (string)item["name"]!)));
                return Task.FromResult(true);
            }, log, cancellationToken).ConfigureAwait(false);
            return names.GroupBy(item => item.Value, StringComparer.OrdinalIgnoreCase).Select(same => same.First()).ToList();
        }

        private async Task<int?> ReadPriceDecimalsAsync(IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, PriceDecimalsRoute);
            try
            {
                using WooResponse answer = await _api.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
                JsonElement root = answer.Json.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out JsonElement value)
                    && int.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), NumberStyles.None, CultureInfo.InvariantCulture, out int decimals))
                {
                    return decimals;
                }

                return null;
            }
            catch (WooApiException refused) when (refused.StatusCode >= 400 && refused.StatusCode < 500)
            {
                log.Verbose($"The store's price decimals could not be read ({refused.Message}); amounts are not checked against them.");
                return null;
            }
        }
    }
}
