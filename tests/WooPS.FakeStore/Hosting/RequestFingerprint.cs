using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// What makes two requests "the same request sent again" for the fault mode: method, path as sent,
/// the query parameters in order of name except the credentials (oauth_* change with every signing,
/// consumer_* are the key), and a SHA-256 of the body. Headers do not count: Basic credentials and
/// the like may differ between tries.
/// </summary>
internal static class RequestFingerprint
{
    /// <summary>The fingerprint; the body must be buffered (RequestRecording makes it so), and is left at its start.</summary>
    public static async Task<string> OfAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string raw = RequestTarget.Raw(context);
        int queryStart = raw.IndexOf('?', StringComparison.Ordinal);
        string path = queryStart < 0 ? raw : raw[..queryStart];
        string query = string.Join("&", PhpQueryString.Parse(queryStart < 0 ? "" : raw[(queryStart + 1)..]).Pairs
            .Where(pair => !pair.Key.StartsWith("oauth_", StringComparison.Ordinal) && !pair.Key.StartsWith("consumer_", StringComparison.Ordinal))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key + "=" + pair.Value));
        request.Body.Position = 0;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        request.Body.Position = 0;
        string bodyHash = Convert.ToHexStringLower(SHA256.HashData(body.ToArray()));
        return new StringBuilder().Append(request.Method.ToUpperInvariant()).Append(' ').Append(path)
            .Append('?').Append(query).Append(' ').Append(bodyHash).ToString();
    }
}
