using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace WooPS.Core.Http
{
    /// <summary>A fresh copy of a request, so a retry or an auth fallback starts from the request as the caller built it.</summary>
    internal static class RequestCopy
    {
        public static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request)
        {
            var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            foreach (var property in request.Properties)
            {
                copy.Properties[property.Key] = property.Value;
            }

            if (request.Content != null)
            {
                copy.Content = new ByteArrayContent(await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
                foreach (KeyValuePair<string, IEnumerable<string>> header in request.Content.Headers)
                {
                    copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            return copy;
        }

        /// <summary>Reads a response's body and leaves it readable again for whoever reads it next.</summary>
        public static async Task<byte[]> BufferBodyAsync(HttpResponseMessage response)
        {
            if (response.Content == null)
            {
                return new byte[0];
            }

            byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var buffered = new ByteArrayContent(body);
            foreach (KeyValuePair<string, IEnumerable<string>> header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return body;
        }
    }
}
