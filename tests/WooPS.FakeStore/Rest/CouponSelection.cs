using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Filters, orders and pages coupons as the coupons controller's WP_Query does: status any is every
/// status but the trash (65g); code= asks for the one coupon wc_get_coupon_id_by_code finds, the
/// newest published with that code, so a trashed coupon is found by neither code= nor code=&amp;status=trash
/// (65g, 65h) and only status=trash lists it (65j); search= looks for every word in the code (title)
/// or the description (excerpt), without case (65d).
/// </summary>
internal static class CouponSelection
{
    private static readonly string[] AnyStatus = ["publish", "future", "draft", "pending", "private"];

    public static (IReadOnlyList<Coupon> Page, int Total) Select(StoreCoupons coupons, CouponParameters parameters)
    {
        long? codeId = parameters.Code is string code ? coupons.PublishedIdByCode(code) : null;
        List<Coupon> matching = coupons.All().Where(coupon => Matches(coupon, parameters, codeId)).ToList();
        List<Coupon> page = Order(matching, parameters).Skip(parameters.Skip).Take(parameters.PerPage).ToList();
        return (page, matching.Count);
    }

    private static bool Matches(Coupon coupon, CouponParameters parameters, long? codeId) =>
        (parameters.Status == "any" ? AnyStatus.Contains(coupon.Status) : coupon.Status == parameters.Status)
        && (codeId is null || coupon.Id == codeId)
        && (parameters.Search is null || Found(coupon, parameters.Search))
        && (parameters.Include.Count == 0 || parameters.Include.Contains(coupon.Id))
        && !parameters.Exclude.Contains(coupon.Id)
        && parameters.Dates.Admit(coupon.DateCreated, coupon.DateModified);

    /// <summary>WP_Query's search: each word in the title or the excerpt (post_content is empty for coupons).</summary>
    private static bool Found(Coupon coupon, string search) =>
        search.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word =>
            coupon.Code.Contains(word, StringComparison.OrdinalIgnoreCase) || coupon.Description.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// WP_Query's ORDER BY (post__in for include, ID, post_title, post_name, post_modified, post_date);
    /// MySQL leaves ties in no order, the fake breaks them by id in the same direction, so paging stays stable.
    /// </summary>
    private static IEnumerable<Coupon> Order(List<Coupon> coupons, CouponParameters parameters)
    {
        if (parameters.OrderBy == "include" && parameters.Include.Count > 0)
        {
            // post__in keeps the order the ids were given in; order does not apply.
            return coupons.OrderBy(coupon => parameters.Include.ToList().IndexOf(coupon.Id));
        }
        IOrderedEnumerable<Coupon> ordered = parameters.OrderBy switch
        {
            "id" => Sort(coupons, coupon => coupon.Id, parameters.Descending),
            "title" => Sort(coupons, coupon => coupon.Code, parameters.Descending, StringComparer.OrdinalIgnoreCase),
            "slug" => Sort(coupons, coupon => coupon.Slug, parameters.Descending, StringComparer.OrdinalIgnoreCase),
            "modified" => Sort(coupons, coupon => coupon.DateModified, parameters.Descending),
            _ => Sort(coupons, coupon => coupon.DateCreated, parameters.Descending),
        };
        return parameters.Descending ? ordered.ThenByDescending(coupon => coupon.Id) : ordered.ThenBy(coupon => coupon.Id);
    }

    private static IOrderedEnumerable<Coupon> Sort<TKey>(List<Coupon> coupons, Func<Coupon, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? coupons.OrderByDescending(key, comparer) : coupons.OrderBy(key, comparer);
}
