using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// GET /__fakestore/emails: the e-mails the store sent (a customer note's, capture 66i), for test harnesses
/// in another process (Pester), as xunit reads FakeStore.SentEmails:
/// {"count":1,"emails":[{"order_id":2077,"to":"bob@example.com","kind":"customer_note","text":"Shipped."}]}.
/// Never faulted, never recorded.
/// </summary>
internal static class EmailLogEndpoint
{
    public const string Path = "/__fakestore/emails";

    public static Task WriteAsync(HttpContext context, StoreOrders orders)
    {
        var emails = orders.Emails().Select(email => new { order_id = email.OrderId, to = email.To, kind = email.Kind, text = email.Text }).ToArray();
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { count = emails.Length, emails }));
    }
}
