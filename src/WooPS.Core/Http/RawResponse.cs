using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace WooPS.Core.Http
{
    /// <summary>Whatever the store answered, status and all, read in full: for callers that judge the answer themselves.</summary>
    internal sealed class RawResponse
    {
        public RawResponse(HttpResponseMessage response, byte[] body, string shown)
        {
            Status = (int)response.StatusCode;
            ReasonPhrase = response.ReasonPhrase;
            Body = body;
            MediaType = response.Content?.Headers.ContentType?.MediaType;
            ContentType = response.Content?.Headers.ContentType?.ToString();
            Headers = response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value)))
                .ToList();
            Date = response.Headers.Date;
            Location = response.Headers.Location is Uri location && !location.IsAbsoluteUri
                ? new Uri(response.RequestMessage!.RequestUri!, location)
                : response.Headers.Location;
            RequestPath = response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty;
            TotalItems = Header(response, "X-WP-Total");
            TotalPages = Header(response, "X-WP-TotalPages") is long pages ? (int)Math.Min(pages, int.MaxValue) : (int?)null;
            Shown = shown;
            Repeated = RequestContext.WasRepeated(response.RequestMessage);
        }

        /// <summary>This answer came to the request sent again after a failed attempt.</summary>
        public bool Repeated { get; }

        public int Status { get; }

        public string? ReasonPhrase { get; }

        public byte[] Body { get; }

        public string? MediaType { get; }

        /// <summary>The Content-Type header whole, charset and all.</summary>
        public string? ContentType { get; }

        /// <summary>Every header of the answer, its content's too, one pair per value, as the store sent them (credentials included: redact before showing).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>The store's clock, from the Date header.</summary>
        public DateTimeOffset? Date { get; }

        public Uri? Location { get; }

        /// <summary>The path asked for (never its query, where credentials may be).</summary>
        public string RequestPath { get; }

        /// <summary>X-WP-Total.</summary>
        public long? TotalItems { get; }

        /// <summary>X-WP-TotalPages.</summary>
        public int? TotalPages { get; }

        /// <summary>Method and URL as they may be shown (no credentials).</summary>
        public string Shown { get; }

        public bool IsRedirect => Status >= 300 && Status < 400;

        /// <summary>"an HTML page (text/html)", "an empty body": what the body is, for messages.</summary>
        public string DescribeBody()
        {
            if (Body.Length == 0)
            {
                return "an empty body";
            }

            string start = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 512)).TrimStart();
            string type = MediaType ?? "no content type";
            return start.StartsWith("<", StringComparison.Ordinal) ? $"an HTML page ({type})" : $"a body of type {type}";
        }

        private static long? Header(HttpResponseMessage response, string name) =>
            response.Headers.TryGetValues(name, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out long value)
                ? value
                : (long?)null;
    }
}
