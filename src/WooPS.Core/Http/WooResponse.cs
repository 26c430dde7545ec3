using System;
using System.Text.Json;

namespace WooPS.Core.Http
{
    /// <summary>A successful answer: its JSON and the paging headers WooCommerce sets on every list.</summary>
    internal sealed class WooResponse : IDisposable
    {
        public WooResponse(RawResponse raw, JsonDocument json)
        {
            Status = raw.Status;
            Shown = raw.Shown;
            Json = json;
            TotalItems = raw.TotalItems;
            TotalPages = raw.TotalPages;
        }

        public int Status { get; }

        /// <summary>Method and URL of the request as they may be shown (no credentials).</summary>
        public string Shown { get; }

        public JsonDocument Json { get; }

        /// <summary>X-WP-Total.</summary>
        public long? TotalItems { get; }

        /// <summary>X-WP-TotalPages.</summary>
        public int? TotalPages { get; }

        public void Dispose() => Json.Dispose();
    }
}
