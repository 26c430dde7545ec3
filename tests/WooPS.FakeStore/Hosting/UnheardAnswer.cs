using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// WordPress answering into a stream instead of the wire, as PHP answers nginx, which then decides what
/// the client gets: the status and headers WordPress set stay on the response, unsent, and the body is in
/// the stream.
/// </summary>
internal static class UnheardAnswer
{
    /// <summary>Lets WordPress answer into <paramref name="body"/>; returns the status it set.</summary>
    public static async Task<int> IntoAsync(HttpContext context, Func<Task> wordPress, Stream body)
    {
        IHttpResponseBodyFeature wire = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var elsewhere = new StreamResponseBodyFeature(body);
        context.Features.Set<IHttpResponseBodyFeature>(elsewhere);
        try
        {
            await wordPress();
            await elsewhere.CompleteAsync();
        }
        finally
        {
            context.Features.Set(wire);
        }
        return context.Response.StatusCode;
    }
}
