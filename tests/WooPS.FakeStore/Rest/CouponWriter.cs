using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Creates and updates coupons as WC_REST_Coupons_Controller's prepare_object_for_database and
/// WC_Coupon's setters do, for a single request (after <see cref="BodySchema.Coupon"/>) and a batch
/// item (without it) alike. The fields are set in the schema's order, each as its setter takes it, and
/// the first that throws refuses the whole coupon, nothing stored: a code a published coupon has
/// (65b, 65c), an unknown discount type (65c), an amount below 0 or a percentage above 100 (checked
/// against the discount type set so far, as amount comes first). An amount that is no number is 0
/// (65e); amounts keep what wc_format_decimal leaves of them. A null field is no field (get_param finds
/// none), so null clears nothing; "" clears date_expires.
/// </summary>
internal sealed class CouponWriter(StoreCoupons coupons)
{
    // Statuses under which wp_insert_post leaves post_name empty.
    private static readonly string[] Unnamed = ["draft", "pending", "auto-draft"];

    public (Coupon? Created, WooError? Error) Create(JsonObject fields)
    {
        if (IsTruthy(fields, "id"))
        {
            return (null, WooErrors.CouponExists());
        }
        if (!IsTruthy(fields, "code"))
        {
            return (null, WooErrors.EmptyCouponCode());
        }
        (Coupon? prepared, WooError? refused) = Prepare(new Coupon { Status = "" }, fields, ownId: 0);
        if (prepared is null)
        {
            return (null, refused);
        }
        Coupon created = coupons.AddNew((id, now) =>
        {
            // wp_insert_post: no status is "publish"; "future" with a date that is not ahead is "publish" too.
            string status = prepared.Status is "" or "future" ? "publish" : prepared.Status;
            return prepared with
            {
                Id = id,
                Status = status,
                Slug = Unnamed.Contains(status) ? "" : coupons.UniqueSlug(WordPressText.SanitizeTitle(prepared.Code), id),
                DateCreated = now,
                DateModified = now,
            };
        });
        return (created, null);
    }

    public (Coupon? Updated, WooError? Error) Update(long id, JsonObject fields)
    {
        if (coupons.Find(id) is not Coupon current)
        {
            return (null, WooErrors.InvalidCouponIdToUpdate());
        }
        (Coupon? prepared, WooError? refused) = Prepare(current, fields, id);
        if (prepared is null)
        {
            return (null, refused);
        }
        Coupon? updated = coupons.Update(id, (stored, now) => Saved(stored, prepared, now));
        return updated is null ? (null, WooErrors.InvalidCouponIdToUpdate()) : (updated, null);
    }

    /// <summary>
    /// WC_Coupon_Data_Store_CPT::update: the post is saved, and dated now, only when the code, the
    /// description or the status changed (an amount alone keeps date_modified, capture 65e); a status
    /// leaving the trash takes the slug back, one going to it gives the slug up (<see cref="TrashMeta"/>).
    /// </summary>
    private Coupon Saved(Coupon stored, Coupon prepared, DateTime now)
    {
        string status = prepared.Status switch
        {
            "" => "draft",
            "future" => "publish",
            var other => other,
        };
        Coupon saved = prepared with { Status = status };
        if (saved.Code == stored.Code && saved.Description == stored.Description && status == stored.Status)
        {
            return saved;
        }
        saved = saved with { DateModified = now };
        if (stored.Status == "trash" && status != "trash")
        {
            (string? slug, IReadOnlyList<ProductMeta> meta) = TrashMeta.Untrashed(saved.MetaData);
            saved = saved with { Slug = coupons.UniqueSlug(slug ?? saved.Slug, saved.Id), MetaData = meta };
        }
        else if (status == "trash" && stored.Status != "trash")
        {
            saved = saved with
            {
                Slug = TrashMeta.TrashedSlug(saved.Slug),
                MetaData = [.. saved.MetaData, .. TrashMeta.DesiredSlug(saved.Slug, coupons.NewMetaId)],
            };
        }
        return saved.Slug.Length == 0 && !Unnamed.Contains(status) && status != "trash"
            ? saved with { Slug = coupons.UniqueSlug(WordPressText.SanitizeTitle(saved.Code), saved.Id) }
            : saved;
    }

    /// <summary>The coupon with the body's fields set in the schema's order, or the first setter's error.</summary>
    private (Coupon? Prepared, WooError? Error) Prepare(Coupon coupon, JsonObject fields, long ownId)
    {
        if (Text(fields, "code") is string code)
        {
            // wc_format_coupon_code lower-cases it (51b); a published coupon's code is taken (65b).
            string formatted = code.ToLowerInvariant();
            if (formatted.Trim().Length > 0 && coupons.PublishedIdByCode(formatted, ownId) != 0)
            {
                return (null, WooErrors.CouponCodeExists());
            }
            coupon = coupon with { Code = formatted };
        }
        if (Text(fields, "amount") is string amount)
        {
            string formatted = WcDecimal.Format(amount);
            decimal value = WcDecimal.IsNumeric(formatted) ? WcDecimal.Value(formatted) : 0m;
            if (value < 0 || (coupon.DiscountType == "percent" && value > 100))
            {
                return (null, WooErrors.InvalidCouponAmount());
            }
            coupon = coupon with { Amount = value };
        }
        if (Text(fields, "status") is string status)
        {
            coupon = coupon with { Status = status };
        }
        if (Text(fields, "discount_type") is string type)
        {
            // 'percent_product' is the old name of 'percent'.
            type = type == "percent_product" ? "percent" : type;
            if (!CouponTypes.Slugs.Contains(type))
            {
                return (null, WooErrors.InvalidDiscountType());
            }
            coupon = coupon with { DiscountType = type };
        }
        coupon = coupon with
        {
            Description = Text(fields, "description") ?? coupon.Description,
            DateExpires = Text(fields, "date_expires") is string expires ? WcDateProp.Parse(expires) : coupon.DateExpires,
            IndividualUse = Given(fields, "individual_use") ? IsTruthy(fields, "individual_use") : coupon.IndividualUse,
            ProductIds = IdList(fields["product_ids"]) ?? coupon.ProductIds,
            ExcludedProductIds = IdList(fields["excluded_product_ids"]) ?? coupon.ExcludedProductIds,
            UsageLimit = AbsInt(fields["usage_limit"]) ?? coupon.UsageLimit,
            UsageLimitPerUser = AbsInt(fields["usage_limit_per_user"]) ?? coupon.UsageLimitPerUser,
            LimitUsageToXItems = AbsInt(fields["limit_usage_to_x_items"]) ?? coupon.LimitUsageToXItems,
            FreeShipping = Given(fields, "free_shipping") ? IsTruthy(fields, "free_shipping") : coupon.FreeShipping,
            ProductCategories = IdList(fields["product_categories"]) ?? coupon.ProductCategories,
            ExcludedProductCategories = IdList(fields["excluded_product_categories"]) ?? coupon.ExcludedProductCategories,
            ExcludeSaleItems = Given(fields, "exclude_sale_items") ? IsTruthy(fields, "exclude_sale_items") : coupon.ExcludeSaleItems,
            MinimumAmount = Text(fields, "minimum_amount") is string minimum ? WcDecimal.Value(WcDecimal.Format(minimum)) : coupon.MinimumAmount,
            MaximumAmount = Text(fields, "maximum_amount") is string maximum ? WcDecimal.Value(WcDecimal.Format(maximum)) : coupon.MaximumAmount,
        };
        if (fields["email_restrictions"] is JsonNode emails)
        {
            // strtolower, sanitize_email (which leaves "" of what is no address), empty ones dropped, then is_email.
            string[] restrictions = Scalars(emails).Select(email => WordPressEmail.Sanitize(email.ToLowerInvariant())).Where(email => email.Length > 0).ToArray();
            if (restrictions.Any(email => !WordPressEmail.IsEmail(email)))
            {
                return (null, WooErrors.InvalidEmailRestriction());
            }
            coupon = coupon with { EmailRestrictions = restrictions };
        }
        if (fields["meta_data"] is JsonArray meta)
        {
            coupon = coupon with { MetaData = MetaFields.Apply(coupon.MetaData, meta, coupons.NewMetaId) };
        }
        return (coupon, null);
    }

    private static bool Given(JsonObject fields, string name) => fields[name] is not null;

    /// <summary>array_filter( wp_parse_id_list( (array) $value ) ): each scalar through absint, duplicates and zeros gone; null when absent.</summary>
    private static IReadOnlyList<long>? IdList(JsonNode? node) =>
        node is null ? null : Scalars(node).Select(PhpNumbers.AbsInt).Distinct().Where(id => id > 0).ToList();

    /// <summary>absint of a field: a list counts as 1 when it holds anything (intval); null when absent.</summary>
    private static long? AbsInt(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Count > 0 ? 1 : 0,
        JsonObject properties => properties.Count > 0 ? 1 : 0,
        JsonValue value => Scalar(value) is string text ? PhpNumbers.AbsInt(text) : 0,
        _ => null,
    };

    /// <summary>(array) $value, keeping the scalars (as PHP's strings of them: true "1", false ""), as wp_parse_list does.</summary>
    private static IEnumerable<string> Scalars(JsonNode node)
    {
        IEnumerable<JsonNode?> items = node switch
        {
            JsonArray array => array,
            JsonObject properties => properties.Select(property => property.Value),
            _ => [node],
        };
        return items.OfType<JsonValue>().Select(Scalar).OfType<string>();
    }

    private static string? Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "",
        _ => null,
    };
}
