using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;

namespace WooPS.Core.Http
{
    /// <summary>A successful answer: its JSON and the paging headers WooCommerce sets on every list.</summary>
    internal sealed class WooResponse : IDisposable
    {
        public WooResponse(int status, JsonDocument json, long? totalItems, int? totalPages)
        {
            Status = status;
            Json = json;
            TotalItems = totalItems;
            TotalPages = totalPages;
        }

        public int Status { get; }

        public JsonDocument Json { get; }

        /// <summary>X-WP-Total.</summary>
        public long? TotalItems { get; }

        /// <summary>X-WP-TotalPages.</summary>
        public int? TotalPages { get; }

        public static WooResponse From(HttpResponseMessage response, JsonDocument json) =>
            new WooResponse((int)response.StatusCode, json, (long?)Header(response, "X-WP-Total"), (int?)Header(response, "X-WP-TotalPages"));

        public void Dispose() => Json.Dispose();

        private static long? Header(HttpResponseMessage response, string name) =>
            response.Headers.TryGetValues(name, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out long value)
                ? value
                : (long?)null;
    }
}
