using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// What WordPress writes into a post's custom fields when it goes to the trash, products and coupons
/// alike, and what it takes back out: wp_trash_post adds _wp_trash_meta_status (the status it had)
/// and _wp_trash_meta_time (when, a Unix time), then wp_insert_post gives up the slug, keeping it in
/// _wp_desired_post_slug, and appends "__trashed" (capture 65k shows all three on a trashed coupon).
/// Leaving the trash by an update (PUT {"status":"publish"}) restores the slug and deletes only
/// _wp_desired_post_slug: the other two stay (capture 63g).
/// </summary>
internal static class TrashMeta
{
    private const string StatusKey = "_wp_trash_meta_status";
    private const string TimeKey = "_wp_trash_meta_time";
    private const string DesiredSlugKey = "_wp_desired_post_slug";
    private const string TrashedSuffix = "__trashed";

    /// <summary>wp_trash_post's three fields after the ones there are, each with the next meta id.</summary>
    /// <param name="now">Site time.</param>
    public static IReadOnlyList<ProductMeta> Trashed(IReadOnlyList<ProductMeta> meta, string status, string slug, DateTime now, Func<long> newMetaId)
    {
        long unixTime = new DateTimeOffset(SiteTime.ToGmt(now), TimeSpan.Zero).ToUnixTimeSeconds();
        var trashed = meta.ToList();
        trashed.Add(Field(newMetaId(), StatusKey, status));
        trashed.Add(Field(newMetaId(), TimeKey, unixTime.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        trashed.AddRange(DesiredSlug(slug, newMetaId));
        return trashed;
    }

    /// <summary>
    /// wp_add_trashed_suffix_to_post_name_for_post's field, alone: what an update to status "trash"
    /// writes, as it does not go through wp_trash_post. None for a post without a slug.
    /// </summary>
    public static IReadOnlyList<ProductMeta> DesiredSlug(string slug, Func<long> newMetaId) =>
        slug.Length == 0 ? [] : [Field(newMetaId(), DesiredSlugKey, slug)];

    /// <summary>The slug a post has in the trash: the one it gave up, with "__trashed" after it.</summary>
    public static string TrashedSlug(string slug) => slug.Length == 0 ? slug : slug + TrashedSuffix;

    /// <summary>The slug to take back when a post leaves the trash (null when none was kept), and its fields without it.</summary>
    public static (string? Slug, IReadOnlyList<ProductMeta> Meta) Untrashed(IReadOnlyList<ProductMeta> meta)
    {
        ProductMeta? desired = meta.FirstOrDefault(field => field.Key == DesiredSlugKey);
        return desired is null
            ? (null, meta)
            : (JsonNode.Parse(desired.ValueJson)?.GetValue<string>(), meta.Where(field => field.Key != DesiredSlugKey).ToList());
    }

    private static ProductMeta Field(long id, string key, string value) => new(id, key, JsonValue.Create(value).ToJsonString());
}
