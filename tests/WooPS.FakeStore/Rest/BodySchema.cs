using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// What WordPress does with the body of a single create or update before WooCommerce sees it: the
/// fields the route's schema requires must be there (rest_missing_callback_param), then every field
/// the schema knows (in the order of its args, capture 30 for products) is checked against its type
/// and enum, all problems reported in one rest_invalid_param (capture 53b); then booleans and
/// integers are sanitized ("true" → true, "5" → 5). Null fields are skipped, as
/// WP_REST_Request::has_valid_params skips them. Only the top level is checked, except where a schema
/// declares it (coupons' and customers'): the items of those arrays (a list given as "1,2" read as
/// wp_parse_list reads it, then each item checked and sanitized) and the email format. The properties
/// of objects, and the uri format of external_url, are not. Batch items skip all of this (capture 53).
/// </summary>
internal sealed partial class BodySchema
{
    // Declared before the schemas that use them: static fields are set in the order they are written.
    private static readonly string[] StockStatuses = ["instock", "outofstock", "onbackorder"];
    private static readonly string[] Backorders = ["no", "notify", "yes"];

    /// <summary>WC_REST_Products_Controller's writable fields.</summary>
    public static readonly BodySchema Product = new(
    [
        ("name", "string", null),
        ("slug", "string", null),
        ("date_created", "null,string", null),
        ("date_created_gmt", "null,string", null),
        ("type", "string", ["simple", "grouped", "external", "variable"]),
        ("status", "string", ["draft", "pending", "private", "publish", "future", "auto-draft", "trash"]),
        ("featured", "boolean", null),
        ("catalog_visibility", "string", ProductPatch.CatalogVisibilities),
        ("description", "string", null),
        ("short_description", "string", null),
        ("sku", "string", null),
        ("global_unique_id", "string", null),
        ("regular_price", "string", null),
        ("sale_price", "string", null),
        ("date_on_sale_from", "null,string", null),
        ("date_on_sale_from_gmt", "null,string", null),
        ("date_on_sale_to", "null,string", null),
        ("date_on_sale_to_gmt", "null,string", null),
        ("virtual", "boolean", null),
        ("downloadable", "boolean", null),
        ("downloads", "array", null),
        ("download_limit", "integer", null),
        ("download_expiry", "integer", null),
        ("external_url", "string", null),
        ("button_text", "string", null),
        ("tax_status", "string", ProductPatch.TaxStatuses),
        ("tax_class", "string", null),
        ("manage_stock", "boolean", null),
        ("stock_quantity", "integer", null),
        ("stock_status", "string", StockStatuses),
        ("backorders", "string", Backorders),
        ("low_stock_amount", "integer,null", null),
        ("sold_individually", "boolean", null),
        ("weight", "string", null),
        ("dimensions", "object", null),
        ("shipping_class", "string", null),
        ("reviews_allowed", "boolean", null),
        ("post_password", "string", null),
        ("upsell_ids", "array", null),
        ("cross_sell_ids", "array", null),
        ("parent_id", "integer", null),
        ("purchase_note", "string", null),
        ("categories", "array", null),
        ("brands", "array", null),
        ("tags", "array", null),
        ("images", "array", null),
        ("attributes", "array", null),
        ("default_attributes", "array", null),
        ("menu_order", "integer", null),
        ("meta_data", "array", null),
    ]);

    /// <summary>
    /// WC_REST_Product_Variations_Controller's writable fields: its status takes only
    /// get_post_statuses(), and its date-time fields have no type WordPress checks.
    /// </summary>
    public static readonly BodySchema Variation = new(
    [
        ("description", "string", null),
        ("sku", "string", null),
        ("global_unique_id", "string", null),
        ("regular_price", "string", null),
        ("sale_price", "string", null),
        ("status", "string", ["draft", "pending", "private", "publish"]),
        ("virtual", "boolean", null),
        ("downloadable", "boolean", null),
        ("downloads", "array", null),
        ("download_limit", "integer", null),
        ("download_expiry", "integer", null),
        ("tax_status", "string", ProductPatch.TaxStatuses),
        ("tax_class", "string", null),
        ("manage_stock", "boolean", null),
        ("stock_quantity", "integer", null),
        ("stock_status", "string", StockStatuses),
        ("backorders", "string", Backorders),
        ("low_stock_amount", "integer,null", null),
        ("weight", "string", null),
        ("dimensions", "object", null),
        ("shipping_class", "string", null),
        ("image", "object", null),
        ("attributes", "array", null),
        ("menu_order", "integer", null),
        ("meta_data", "array", null),
    ]);

    /// <summary>WC_REST_Product_Categories_Controller's writable fields.</summary>
    public static readonly BodySchema Category = new(
    [
        ("name", "string", null),
        ("slug", "string", null),
        ("parent", "integer", null),
        ("description", "string", null),
        ("display", "string", ["default", "products", "subcategories", "both"]),
        ("image", "object", null),
        ("menu_order", "integer", null),
    ]);

    /// <summary>WC_REST_Product_Tags_Controller's writable fields.</summary>
    public static readonly BodySchema Tag = new(
    [
        ("name", "string", null),
        ("slug", "string", null),
        ("description", "string", null),
    ]);

    /// <summary>
    /// WC_REST_Coupons_Controller's writable fields (capture 65's body): status takes any string, the
    /// date-time fields have no type WordPress checks, the id lists hold integers and
    /// email_restrictions strings.
    /// </summary>
    public static readonly BodySchema Coupon = new BodySchema(
    [
        ("code", "string", null),
        ("amount", "string", null),
        ("status", "string", null),
        ("discount_type", "string", Catalog.CouponTypes.Slugs),
        ("description", "string", null),
        ("individual_use", "boolean", null),
        ("product_ids", "array", null),
        ("excluded_product_ids", "array", null),
        ("usage_limit", "integer", null),
        ("usage_limit_per_user", "integer", null),
        ("limit_usage_to_x_items", "integer", null),
        ("free_shipping", "boolean", null),
        ("product_categories", "array", null),
        ("excluded_product_categories", "array", null),
        ("exclude_sale_items", "boolean", null),
        ("minimum_amount", "string", null),
        ("maximum_amount", "string", null),
        ("email_restrictions", "array", null),
        ("meta_data", "array", null),
    ]).WithItems(
        ("product_ids", "integer"), ("excluded_product_ids", "integer"), ("product_categories", "integer"),
        ("excluded_product_categories", "integer"), ("email_restrictions", "string"));

    /// <summary>WC_REST_Customers_Controller's writable fields: email has the email format.</summary>
    public static readonly BodySchema Customer = new BodySchema(
    [
        ("email", "string", null),
        ("first_name", "string", null),
        ("last_name", "string", null),
        ("username", "string", null),
        ("password", "string", null),
        ("billing", "object", null),
        ("shipping", "object", null),
        ("meta_data", "array", null),
    ]).WithEmailFormat("email");

    /// <summary>
    /// WC_REST_Orders_Controller's writable fields, in the schema's order: status takes only the statuses the
    /// store knows (capture 66e); currency's enum (every currency) and the properties of billing and shipping
    /// are not checked here.
    /// </summary>
    public static readonly BodySchema Order = new(
    [
        ("parent_id", "integer", null),
        ("status", "string", Orders.OrderStatuses.ItemEnum),
        ("currency", "string", null),
        ("customer_id", "integer", null),
        ("customer_note", "string", null),
        ("billing", "object", null),
        ("shipping", "object", null),
        ("payment_method", "string", null),
        ("payment_method_title", "string", null),
        ("transaction_id", "string", null),
        ("meta_data", "array", null),
        ("line_items", "array", null),
        ("shipping_lines", "array", null),
        ("fee_lines", "array", null),
        ("coupon_lines", "array", null),
        ("set_paid", "boolean", null),
    ]);

    /// <summary>WC_REST_Order_Notes_Controller's create fields: note is required, the flags are booleans.</summary>
    public static readonly BodySchema OrderNote = new BodySchema(
    [
        ("note", "string", null),
        ("customer_note", "boolean", null),
        ("added_by_user", "boolean", null),
    ]).Requiring("note");

    private readonly (string Name, string Type, string[]? Enum)[] _fields;
    private readonly string[] _required;
    private readonly Dictionary<string, string> _itemTypes;
    private readonly HashSet<string> _emails;

    private BodySchema((string Name, string Type, string[]? Enum)[] fields, string[]? required = null,
        Dictionary<string, string>? itemTypes = null, HashSet<string>? emails = null)
    {
        _fields = fields;
        _required = required ?? [];
        _itemTypes = itemTypes ?? [];
        _emails = emails ?? [];
    }

    /// <summary>The same fields, these required (a term's create route requires its name).</summary>
    public BodySchema Requiring(params string[] names) => new(_fields, names, _itemTypes, _emails);

    /// <summary>The same fields, these arrays' items checked against their type.</summary>
    private BodySchema WithItems(params (string Name, string ItemType)[] arrays) =>
        new(_fields, _required, arrays.ToDictionary(array => array.Name, array => array.ItemType), _emails);

    /// <summary>The same fields, these strings checked with is_email (format "email").</summary>
    private BodySchema WithEmailFormat(params string[] names) => new(_fields, _required, _itemTypes, names.ToHashSet());

    /// <summary>The body's fields, checked and sanitized ({} when there is no body), or the error that refuses them.</summary>
    public (JsonObject? Fields, WooError? Error) Check(RestRequest request)
    {
        (JsonObject? body, WooError? invalidJson) = request.ParseJsonBody();
        if (invalidJson is not null)
        {
            return (null, invalidJson);
        }
        JsonObject fields = body ?? [];
        // get_param finds no null: a required field sent as null is missing too.
        string[] missing = _required.Where(name => fields[name] is null).ToArray();
        if (missing.Length > 0)
        {
            return (null, WooErrors.MissingParameters(missing));
        }
        var problems = new List<ParameterProblem>();
        foreach ((string name, string type, string[]? allowed) in _fields)
        {
            if (fields[name] is not JsonNode value)
            {
                continue;
            }
            if (!type.Split(',').Any(candidate => IsOfType(value, candidate)))
            {
                problems.Add(ParameterProblem.InvalidType(name, type));
            }
            else if (allowed is not null && !allowed.Contains(value.ToString(), StringComparer.Ordinal))
            {
                problems.Add(ParameterProblem.NotInEnum(name, allowed));
            }
            else if (_emails.Contains(name) && !WordPressEmail.IsEmail(value.ToString()))
            {
                problems.Add(new ParameterProblem(name, "rest_invalid_email", "Invalid email address."));
            }
            else if (_itemTypes.TryGetValue(name, out string? itemType))
            {
                JsonArray items = ParsedList(value);
                int bad = items.ToList().FindIndex(item => item is null || !IsOfType(item, itemType));
                if (bad >= 0)
                {
                    problems.Add(ParameterProblem.InvalidItemType(name, bad, itemType));
                }
                else
                {
                    fields[name] = new JsonArray(items.Select(item => Sanitize(item!, itemType) ?? item!.DeepClone()).ToArray());
                }
            }
            else if (Sanitize(value, type) is JsonNode sanitized)
            {
                fields[name] = sanitized;
            }
        }
        return problems.Count > 0 ? (null, WooErrors.InvalidParameters(problems)) : (fields, null);
    }

    /// <summary>rest_is_boolean, rest_is_integer, rest_is_array, rest_is_object, is_string, as PHP sees the decoded JSON.</summary>
    private static bool IsOfType(JsonNode value, string type) => (type, value, Kind(value)) switch
    {
        ("string", _, JsonValueKind.String) => true,
        ("boolean", _, JsonValueKind.True or JsonValueKind.False) => true,
        ("boolean", _, JsonValueKind.String) => value.GetValue<string>().ToLowerInvariant() is "true" or "false" or "1" or "0",
        ("boolean", _, JsonValueKind.Number) => value.ToJsonString() is "0" or "1",
        ("integer", _, JsonValueKind.Number or JsonValueKind.String) => Integer(value) is not null,
        // wp_parse_list makes a list of any scalar; an object is a list when all its keys are integers.
        ("array", JsonObject properties, _) => properties.All(property => IntegerKey().IsMatch(property.Key)),
        ("array", _, _) => true,
        // json_decode makes PHP arrays of objects and arrays alike; "" passes too.
        ("object", JsonObject or JsonArray, _) => true,
        ("object", _, JsonValueKind.String) => value.GetValue<string>().Length == 0,
        _ => false,
    };

    /// <summary>
    /// rest_sanitize_array, as WordPress applies it before it checks the items: a list given as a string
    /// or number is split on commas and whitespace (wp_parse_list), an object gives its values.
    /// </summary>
    private static JsonArray ParsedList(JsonNode value) => value switch
    {
        JsonArray array => array,
        JsonObject properties => new JsonArray(properties.Select(property => property.Value?.DeepClone()).ToArray()),
        _ => new JsonArray(ListSeparators().Split(value.ToString()).Where(item => item.Length > 0).Select(item => (JsonNode?)item).ToArray()),
    };

    private static JsonValueKind Kind(JsonNode value) => value is JsonValue scalar ? scalar.GetValueKind() : JsonValueKind.Undefined;

    /// <summary>rest_sanitize_boolean and (int); null for the values that go on as they came.</summary>
    private static JsonNode? Sanitize(JsonNode value, string type) => type switch
    {
        "boolean" => JsonValue.Create(value.ToString().ToLowerInvariant() is not ("false" or "0")),
        "integer" => JsonValue.Create(Integer(value)!.Value),
        _ => null,
    };

    /// <summary>
    /// rest_is_integer: is_numeric, and round() leaves it as it is ("5", 5.0 and "1e3" are integers;
    /// "abc" and 5.5 are not). The value as an integer, or null.
    /// </summary>
    private static long? Integer(JsonNode value)
    {
        string text = value.ToString();
        return NumericString().IsMatch(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            && Math.Round(number) == number
            && Math.Abs(number) <= long.MaxValue
            ? (long)number
            : null;
    }

    // PHP 8's is_numeric: optional surrounding whitespace, sign, digits with a fraction and an exponent.
    [GeneratedRegex(@"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")]
    private static partial Regex NumericString();

    // wp_parse_list's separators.
    [GeneratedRegex(@"[\s,]+")]
    private static partial Regex ListSeparators();

    // The keys PHP turns into integers: "0", "7", "-3", not "07".
    [GeneratedRegex(@"^(0|-?[1-9]\d*)$")]
    private static partial Regex IntegerKey();
}
