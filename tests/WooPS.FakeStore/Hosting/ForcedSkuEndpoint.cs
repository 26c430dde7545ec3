using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// POST /__fakestore/products/{id}/sku with {"sku":"X"}: a test hook that gives a product or variation
/// that SKU with no check (<see cref="FakeStore.ForceSku"/>), so two can share one as after an import or
/// a plugin that writes _sku straight, although the REST API refuses it. Answers {"id":…,"sku":"X"};
/// 404 for an id no product or variation has, 400 for a body without a string "sku", 405 for another
/// method. Never faulted, never recorded.
/// </summary>
internal static partial class ForcedSkuEndpoint
{
    // Patterns and SKUs as written: "+" stays "+", not "\u002B".
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The product id the path names, or null when it is not this endpoint's.</summary>
    public static long? Target(HttpContext context)
    {
        Match match = SkuPath().Match(context.Request.Path.Value ?? "");
        return match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : null;
    }

    public static async Task WriteAsync(HttpContext context, ProductCatalog catalog, long id)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await AnswerAsync(context, StatusCodes.Status405MethodNotAllowed, new JsonObject { ["error"] = "Only POST sets a SKU." });
            return;
        }
        string body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        if (Sku(body) is not string sku)
        {
            await AnswerAsync(context, StatusCodes.Status400BadRequest, new JsonObject { ["error"] = "The body must be a JSON object with a string \"sku\"." });
            return;
        }
        await (catalog.ForceSku(id, sku)
            ? AnswerAsync(context, StatusCodes.Status200OK, new JsonObject { ["id"] = id, ["sku"] = sku })
            : AnswerAsync(context, StatusCodes.Status404NotFound, new JsonObject { ["error"] = $"No product or variation has id {id}." }));
    }

    private static string? Sku(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject fields && fields["sku"] is JsonValue sku && sku.GetValueKind() == JsonValueKind.String
                ? sku.GetValue<string>()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task AnswerAsync(HttpContext context, int status, JsonObject answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(answer.ToJsonString(Readable), context.RequestAborted);
    }

    [GeneratedRegex(@"^/__fakestore/products/([0-9]+)/sku$")]
    private static partial Regex SkuPath();
}
