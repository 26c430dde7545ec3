using WooPS.Core.Http;

namespace WooPS.Core.Resources.Orders
{
    /// <summary>The one filter of an order's notes: customer notes (e-mailed to the customer), internal (private and the store's own), or any.</summary>
    public sealed class OrderNoteQuery : ListQuery
    {
        public string? Type { get; set; }

        internal override void AddFilters(WooRequest request) => Add(request, "type", Type);
    }
}
