using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// /__fakestore/script, the scripted faults (<see cref="FakeStoreModes.FaultScript"/>) for test harnesses
/// in another process (Pester): PUT sets the rules (<see cref="FaultRuleJson"/>; 400 with {"error":…} for
/// one that cannot be used), replacing the old ones and their counts; DELETE ends them; GET (and the
/// answers to both) shows each rule with what it matched, hit and holds right now, so a test can wait until
/// N requests are held in flight. Never faulted, never recorded.
/// </summary>
internal static class FaultScriptEndpoint
{
    // Patterns and SKUs as written: "+" stays "+", not "\u002B".
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string Path = "/__fakestore/script";

    public static async Task WriteAsync(HttpContext context, FakeStoreModes modes)
    {
        HttpRequest request = context.Request;
        if (HttpMethods.IsPut(request.Method))
        {
            string body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
            try
            {
                modes.FaultScript = FaultRuleJson.Parse(body);
            }
            catch (Exception problem) when (problem is FormatException or ArgumentException)
            {
                await AnswerAsync(context, StatusCodes.Status400BadRequest, new JsonObject { ["error"] = problem.Message });
                return;
            }
        }
        else if (HttpMethods.IsDelete(request.Method))
        {
            modes.FaultScript = [];
        }
        else if (!HttpMethods.IsGet(request.Method))
        {
            context.Response.Headers.Allow = "GET, PUT, DELETE";
            await AnswerAsync(context, StatusCodes.Status405MethodNotAllowed, new JsonObject { ["error"] = "GET, PUT or DELETE." });
            return;
        }
        await AnswerAsync(context, StatusCodes.Status200OK, FaultRuleJson.Status(modes.CurrentFaultScript.Status()));
    }

    private static Task AnswerAsync(HttpContext context, int status, JsonObject answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(answer.ToJsonString(Readable), context.RequestAborted);
    }
}
