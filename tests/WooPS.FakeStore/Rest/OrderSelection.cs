using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Filters, orders and pages orders as the orders controller's query does (HPOS, OrdersTableQuery):
/// status any is every status but trash and auto-draft (66h), a list any of them (47, 47b); customer= one
/// customer's (0: the guests', 66b); product= the orders with a line item of that product, a variation's
/// product included (66c); search= an order id, or text found (without case) in an item's name or in
/// the billing or shipping address with its e-mail and phone (the _billing_address_index and
/// _shipping_address_index it searches, 66d); after/before on the creation date, modified_after/before on the
/// modification date, site time (66); include, exclude, parent, parent_exclude.
/// </summary>
internal static class OrderSelection
{
    public static (IReadOnlyList<Order> Page, int Total) Select(StoreOrders orders, OrderParameters parameters)
    {
        List<Order> matching = orders.All().Where(order => Matches(order, parameters)).ToList();
        List<Order> page = Sorted(matching, parameters).Skip(parameters.Skip).Take(parameters.PerPage).ToList();
        return (page, matching.Count);
    }

    private static bool Matches(Order order, OrderParameters parameters) =>
        (parameters.Statuses.Contains("any") ? OrderStatuses.InAny(order.Status) : parameters.Statuses.Contains(order.Status))
        && (parameters.Customer is not long customer || order.CustomerId == customer)
        && (parameters.Product == 0 || order.LineItems.Any(item => item.ProductId == parameters.Product))
        && (parameters.Search is null || Found(order, parameters.Search))
        && (parameters.Include.Count == 0 || parameters.Include.Contains(order.Id))
        && !parameters.Exclude.Contains(order.Id)
        && (parameters.Parent.Count == 0 || parameters.Parent.Contains(order.ParentId))
        && !parameters.ParentExclude.Contains(order.ParentId)
        && parameters.Dates.Admit(order.DateCreated, order.DateModified);

    /// <summary>OrdersTableSearchQuery: the id when the term is one, else LIKE %term% over item names and the address indexes.</summary>
    private static bool Found(Order order, string search)
    {
        if (search == order.Id.ToString(CultureInfo.InvariantCulture))
        {
            return true;
        }
        IEnumerable<string> names = order.LineItems.Select(item => item.Name)
            .Concat(order.ShippingLines.Select(line => line.MethodTitle))
            .Concat(order.FeeLines.Select(line => line.Name))
            .Concat(order.CouponLines.Select(line => line.Code))
            .Concat(order.TaxLines.Select(line => line.RateCode));
        return names.Append(AddressIndex(order.Billing, withEmail: true)).Append(AddressIndex(order.Shipping, withEmail: false))
            .Any(text => text.Contains(search, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The address's fields joined with spaces, as WooCommerce indexes it for search.</summary>
    private static string AddressIndex(Users.CustomerAddress address, bool withEmail) => string.Join(' ',
        address.FirstName, address.LastName, address.Company, address.Address1, address.Address2, address.City, address.State,
        address.Postcode, address.Country, withEmail ? address.Email : "", address.Phone);

    /// <summary>
    /// ORDER BY the creation date (date), id, the include list's order (include), the modification date
    /// (modified); orders have no title or slug, so those sort by id. Ties go by id in the same direction
    /// (capture 66: same-second orders newest id first).
    /// </summary>
    private static IEnumerable<Order> Sorted(List<Order> orders, OrderParameters parameters)
    {
        if (parameters.OrderBy == "include" && parameters.Include.Count > 0)
        {
            List<long> include = parameters.Include.ToList();
            return orders.OrderBy(order => include.IndexOf(order.Id));
        }
        IOrderedEnumerable<Order> ordered = parameters.OrderBy switch
        {
            "date" => Sort(orders, order => order.DateCreated, parameters.Descending),
            "modified" => Sort(orders, order => order.DateModified, parameters.Descending),
            _ => Sort(orders, order => order.Id, parameters.Descending),
        };
        return parameters.Descending ? ordered.ThenByDescending(order => order.Id) : ordered.ThenBy(order => order.Id);
    }

    private static IOrderedEnumerable<Order> Sort<TKey>(List<Order> orders, Func<Order, TKey> key, bool descending) =>
        descending ? orders.OrderByDescending(key) : orders.OrderBy(key);
}
