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
    /// <summary>The store's own settings that writes need, each read once per session, when first needed.</summary>
    internal sealed class StoreSettings
    {
        private readonly ResourceApi _api;
        private readonly object _gate = new object();
        private readonly Dictionary<StoreChoiceList, Task<IReadOnlyList<string>?>> _choices = new Dictionary<StoreChoiceList, Task<IReadOnlyList<string>?>>();
        private Task<int?>? _priceDecimals;

        public StoreSettings(ResourceApi api)
        {
            _api = api;
        }

        /// <summary>
        /// How many decimals the store shows prices with (WooCommerce → Settings → General, capture 67); null when
        /// the key may not read settings. WooCommerce keeps an amount as given and rounds only where it shows it.
        /// </summary>
        public Task<int?> PriceDecimalsAsync(IWooLog log, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                // A read that was cancelled or failed for the network is tried again by the next write.
                if (_priceDecimals == null || _priceDecimals.IsCanceled || _priceDecimals.IsFaulted)
                {
                    _priceDecimals = ReadPriceDecimalsAsync(log, cancellationToken);
                }

                return _priceDecimals;
            }
        }

        /// <summary>
        /// The values the store defines for a field (its order statuses, plugins' own included, 67h); null when the
        /// key may not read them.
        /// </summary>
        public Task<IReadOnlyList<string>?> ChoicesAsync(StoreChoiceList list, IWooLog log, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (!_choices.TryGetValue(list, out Task<IReadOnlyList<string>?>? read) || read.IsCanceled || read.IsFaulted)
                {
                    _choices[list] = read = ReadChoicesAsync(list, log, cancellationToken);
                }

                return read;
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

        private async Task<int?> ReadPriceDecimalsAsync(IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, "settings/general/woocommerce_price_num_decimals");
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
