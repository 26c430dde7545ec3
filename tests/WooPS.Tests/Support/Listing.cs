using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Paging;
using WooPS.Core.Resources;

namespace WooPS.Tests.Support
{
    /// <summary>A whole listing, collected: its items, and the errors of the items that could not be read.</summary>
    internal static class Listing
    {
        /// <param name="onPage">Sees each page as it is handed on; false stops the listing.</param>
        public static async Task<(List<WooRecord> Items, List<WooApiException> Unreadable)> CollectAsync(
            WooSession session, WooResource resource, ListQuery query, IWooLog log, System.Func<WooPage<WooRecord>, bool>? onPage = null, CancellationToken cancellation = default)
        {
            var items = new List<WooRecord>();
            var unreadable = new List<WooApiException>();
            await session.Resources.ListAsync(resource, query, record => record, page =>
            {
                items.AddRange(page.Items);
                unreadable.AddRange(page.Unreadable);
                return Task.FromResult(onPage?.Invoke(page) ?? true);
            }, log, cancellation);
            return (items, unreadable);
        }
    }
}
