using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Auth;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Paging;
using WooPS.Core.Resources;

namespace WooPS.Core.Requests
{
    /// <summary>
    /// Requests to any route of the store, for what WooPS has no cmdlet for: one request through the session's
    /// connection (its auth, retries, timeout and log), or every page of a listing through the <see cref="Pager"/>.
    /// The answer is read as everywhere: WooCommerce's errors, redirects and broken answers are failures, and items of a
    /// route WooPS knows (<see cref="WooResource.ForRoute"/>) are decoded as its cmdlets decode them.
    /// </summary>
    public sealed class RestRequests
    {
        private const string SecretRemoved = "[secret removed]";
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");
        private static readonly HttpMethod[] Methods = { HttpMethod.Get, HttpMethod.Head, HttpMethod.Post, HttpMethod.Put, Patch, HttpMethod.Delete };

        private readonly WooConnection _connection;
        private readonly ResourceApi _resources;
        private readonly ConsumerCredential _credential;

        internal RestRequests(WooConnection connection, ResourceApi resources, ConsumerCredential credential)
        {
            _connection = connection;
            _resources = resources;
            _credential = credential;
        }

        /// <summary>Resolves and checks a request; nothing is sent.</summary>
        /// <param name="method">GET, HEAD, POST, PUT, PATCH or DELETE, in any case.</param>
        /// <param name="path">Relative to wc/v3, absolute under the REST root, or an address of the store (see <see cref="RestTarget"/>); its query is read as <paramref name="query"/> is.</param>
        /// <param name="query">Named values (see <see cref="QueryValues"/>); null for none.</param>
        /// <param name="body">Fields, a list or JSON text (see <see cref="RequestBody"/>); null for none.</param>
        /// <exception cref="WooApiException">Input that cannot be sent (woops_wrong_input), saying why.</exception>
        public RestCall Prepare(string method, string path, IEnumerable<KeyValuePair<string, object?>>? query, object? body)
        {
            try
            {
                HttpMethod verb = Methods.FirstOrDefault(known => string.Equals(known.Method, method, StringComparison.OrdinalIgnoreCase))
                    ?? throw Refused($"'{method}' is not a method WooPS sends: GET, HEAD, POST, PUT, PATCH or DELETE.");
                RestTarget target = RestTarget.Parse(path, _connection.Address);
                List<KeyValuePair<string, string>> given = query == null ? new List<KeyValuePair<string, string>>() : QueryValues.Encode(query);
                string? twice = target.Query.Select(pair => OAuthSigner.PhpName(pair.Key)).Intersect(given.Select(pair => OAuthSigner.PhpName(pair.Key))).FirstOrDefault();
                if (twice != null)
                {
                    throw Refused($"The query parameter '{twice}' is given both in the path's query string and in the query: give it once.");
                }

                List<KeyValuePair<string, string>> pairs = target.Query.Concat(given).ToList();
                foreach (string name in pairs.Select(pair => OAuthSigner.PhpName(pair.Key)).Distinct())
                {
                    if (Redaction.IsCredential(name))
                    {
                        throw Refused($"The query names '{name}': the session puts its own credentials on every request. Leave them out of the path and the query.");
                    }

                    if (name == "_method")
                    {
                        // WordPress would carry out that method instead, past -WhatIf, -Confirm and the rules of what is sent twice.
                        throw Refused("The query names '_method', which makes WordPress carry out another method than the one sent: give the method as the request's own.");
                    }
                }

                byte[]? json = null;
                if (body != null)
                {
                    if (verb == HttpMethod.Get || verb == HttpMethod.Head)
                    {
                        throw Refused($"A {verb.Method} request has no body: send the values in the query, or use POST, PUT or PATCH.");
                    }

                    json = RequestBody.From(body);
                }

                return new RestCall(verb, path, target, pairs, json, _connection.Address);
            }
            catch (WooApiException refused) when (refused.Target == null)
            {
                throw refused.About(RestTarget.Describe(path), refused.Message);
            }
        }

        /// <summary>Sends the request once and reads the answer.</summary>
        /// <param name="raw">Take any body as it came (not only JSON), and leave it unread.</param>
        public async Task<RestAnswer> SendAsync(RestCall call, bool raw, IWooLog log, CancellationToken cancellationToken)
        {
            RawResponse answer;
            JsonDocument? json;
            try
            {
                (answer, json) = await _connection.SendAndReadAsync(call.ToRequest(), raw ? AnswerForm.Anything : AnswerForm.JsonOrEmpty, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException failure)
            {
                throw Explained(failure, call);
            }

            byte[] body = WithoutSecret(answer.Body);
            if (json != null && !ReferenceEquals(body, answer.Body))
            {
                // The store echoed the secret (a Link header inside ?_envelope, a plugin repeating the address): the
                // JSON is read again without it.
                json.Dispose();
                using JsonAnswer again = JsonAnswer.Read(body);
                json = again.Document == null ? null : again.TakeDocument();
            }

            using (json)
            {
                (IReadOnlyList<object?> items, bool isList) = raw || json == null ? (Array.Empty<object?>(), false) : Items(json.RootElement, call.Resource);
                return new RestAnswer(
                    call.Method,
                    call.Address,
                    answer.Status,
                    answer.ReasonPhrase,
                    answer.Headers.Select(header => new KeyValuePair<string, string>(header.Key, WithoutSecret(Redaction.Text(header.Value)))).ToList(),
                    answer.ContentType,
                    Encoding.UTF8.GetString(body),
                    items,
                    isList,
                    answer.TotalItems,
                    answer.TotalPages);
            }
        }

        /// <summary>
        /// Every page of a GET, in order, through the <see cref="Pager"/> (MaxConcurrency pages at once): the caller's
        /// query as given, per_page 100 unless given. A route that announces no pages (no X-WP-TotalPages) is asked once;
        /// an answer that is one object is that one item.
        /// </summary>
        public async Task ListAllAsync<T>(RestCall call, Func<WooRecord, T> convert, Func<WooPage<T>, Task<bool>> onPage, IWooLog log, CancellationToken cancellationToken)
        {
            if (call.HttpMethod != HttpMethod.Get)
            {
                throw new WooApiException(WooErrorCodes.WrongInput, $"Only a GET follows pages; a {call.Method} is one request.") { Target = call.Path };
            }

            WooResource resource = (call.Resource ?? WooResource.Custom(call.Route)).At(call.Route);
            var query = new PassThroughQuery(call.Query, resource.Paged);
            try
            {
                await _resources.ListAsync(resource, query, convert, onPage, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException failure)
            {
                throw Explained(failure, call);
            }
        }

        private static (IReadOnlyList<object?> Items, bool IsList) Items(JsonElement root, WooResource? resource)
        {
            object? Item(JsonElement element)
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return WooJson.ToValue(element);
                }

                WooRecord record = WooJson.ToRecord(element);
                return resource == null ? record : resource.Decode(record);
            }

            return root.ValueKind == JsonValueKind.Array
                ? (root.EnumerateArray().Select(Item).ToList(), true)
                : (new[] { Item(root) }, false);
        }

        /// <summary>What the store's refusal means for a route of its own kind, said plainly.</summary>
        private static WooApiException Explained(WooApiException failure, RestCall call)
        {
            if (failure.StatusCode == 401 && !call.TakesWooCommerceKeys)
            {
                return failure.About(call.Path,
                    $"{call.Method} {call.Route}: the store answered 401 ({failure.Code}: \"{failure.Message}\"). WooCommerce's API keys authenticate only WooCommerce's own routes (/wc/…, /wc-…); "
                    + "on any other route (WordPress's /wp/v2, another plugin's) the request counts as anonymous. Such routes need another way to log in to WordPress (an application password), which WooPS does not send.");
            }

            if (call.HttpMethod == HttpMethod.Head && failure.StatusCode >= 400 && failure.Code == WooErrorCodes.UnexpectedResponse.Code)
            {
                // A HEAD's answer has no body, so it cannot carry WooCommerce's error: its status is all there is.
                return new WooApiException(failure.Code,
                    $"{call.Method} {call.Route}: the store answered {failure.StatusCode}. An answer to a HEAD has no body to say why; the same request as a GET shows WooCommerce's error.",
                    failure.StatusCode, failure) { Target = call.Path };
            }

            if (failure.StatusCode == 404 && failure.Code == "rest_no_route")
            {
                return failure.About(call.Path,
                    $"{call.Method} {call.Route}: this store has no such route, or not for {call.Method} ({failure.Code}: \"{failure.Message}\"). Check the spelling and the method; a plugin's route exists only while the plugin is active. "
                    + "A path without a leading slash is under /wc/v3; other namespaces start with one (/wc-analytics/…, /myplugin/v1/…).");
            }

            return failure;
        }

        /// <summary>The body with the session's secret in it replaced, or the same array when it holds none.</summary>
        private byte[] WithoutSecret(byte[] body)
        {
            string text = Encoding.UTF8.GetString(body);
            return text.IndexOf(_credential.Secret, StringComparison.Ordinal) < 0 ? body : Encoding.UTF8.GetBytes(WithoutSecret(text));
        }

        private string WithoutSecret(string text) => text.Replace(_credential.Secret, SecretRemoved);

        private static WooApiException Refused(string message) => new WooApiException(WooErrorCodes.WrongInput, message);
    }
}
