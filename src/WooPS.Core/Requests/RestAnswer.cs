using System.Collections.Generic;

namespace WooPS.Core.Requests
{
    /// <summary>
    /// The store's successful answer to a <see cref="RestCall"/>: status, headers and body as they came (credentials
    /// removed), and the JSON's items, read as WooPS reads every answer.
    /// </summary>
    public sealed class RestAnswer
    {
        internal RestAnswer(string method, string address, int statusCode, string? statusDescription, IReadOnlyList<KeyValuePair<string, string>> headers, string? contentType, string content, IReadOnlyList<object?> items, bool isList, long? totalItems, int? totalPages)
        {
            Method = method;
            Address = address;
            StatusCode = statusCode;
            StatusDescription = statusDescription;
            Headers = headers;
            ContentType = contentType;
            Content = content;
            Items = items;
            IsList = isList;
            TotalItems = totalItems;
            TotalPages = totalPages;
        }

        public string Method { get; }

        /// <summary>The address asked for, without credentials.</summary>
        public string Address { get; }

        public int StatusCode { get; }

        public string? StatusDescription { get; }

        /// <summary>
        /// Every header of the answer as .NET reads it, one pair per value; addresses in them lose their credentials (a
        /// Link header repeats them over query-string auth and OAuth, capture 43), and the secret is replaced wherever it shows.
        /// </summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>The Content-Type header, charset and all (a HEAD's too); null when the store sent none.</summary>
        public string? ContentType { get; }

        /// <summary>The body as text (UTF-8), empty when there is none.</summary>
        public string Content { get; }

        /// <summary>
        /// The JSON's items: a list's, one by one; an object alone (a <see cref="Json.WooRecord"/>); any other value as
        /// itself. Empty for an answer without a body, and when the body was asked for raw.
        /// </summary>
        public IReadOnlyList<object?> Items { get; }

        /// <summary>The JSON is a list.</summary>
        public bool IsList { get; }

        /// <summary>X-WP-Total.</summary>
        public long? TotalItems { get; }

        /// <summary>X-WP-TotalPages.</summary>
        public int? TotalPages { get; }
    }
}
