using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The collection parameters of /products (and /variations), validated with WordPress's messages
/// (captures 22, 22b, 38, 39). Every invalid parameter is reported in one error.
/// </summary>
internal sealed record ListParameters(
    int Page,
    int PerPage,
    string OrderBy,
    bool Descending,
    IReadOnlyList<string> Skus,
    string? Search,
    string Status,
    string? Type,
    IReadOnlyList<long> Include,
    IReadOnlyList<long> Exclude,
    IReadOnlyList<long> Parent,
    IReadOnlyList<string>? Fields)
{
    // The schema's enum as WordPress prints it, duplicates and all (capture 22b).
    private static readonly string[] OrderByEnum =
    [
        "date", "id", "include", "title", "slug", "modified", "popularity", "rating", "post__in", "price", "sales",
        "menu_order", "random", "popularity", "rating", "menu_order", "price", "popularity", "rating",
    ];

    private static readonly string[] SupportedOrderBy = ["date", "id", "include", "title", "slug", "modified"];
    private static readonly string[] OrderEnum = ["asc", "desc"];
    private static readonly string[] StatusEnum = ["any", "future", "trash", "draft", "pending", "private", "publish"];
    private static readonly string[] TypeEnum = ["simple", "grouped", "external", "variable"];

    public static (ListParameters? Parameters, WooError? Error) Parse(PhpQueryString query)
    {
        var problems = new List<ParameterProblem>();
        int page = ReadInteger(query, "page", 1, problems);
        if (page < 1)
        {
            problems.Add(new ParameterProblem("page", "rest_out_of_bounds", "page must be greater than or equal to 1"));
        }
        int perPage = ReadInteger(query, "per_page", 10, problems);
        if (perPage is < 1 or > 100)
        {
            problems.Add(new ParameterProblem("per_page", "rest_out_of_bounds", "per_page must be between 1 (inclusive) and 100 (inclusive)"));
        }
        string order = ReadEnum(query, "order", "desc", OrderEnum, problems);
        string orderBy = ReadEnum(query, "orderby", "date", OrderByEnum, problems);
        string status = ReadEnum(query, "status", "any", StatusEnum, problems);
        string? type = query["type"] is null ? null : ReadEnum(query, "type", "", TypeEnum, problems);
        if (problems.Count > 0)
        {
            return (null, WooErrors.InvalidParameters(problems));
        }
        var parameters = new ListParameters(
            page,
            perPage,
            SupportedOrderBy.Contains(orderBy) ? orderBy : "date",
            order == "desc",
            SplitList(query["sku"]),
            string.IsNullOrEmpty(query["search"]) ? null : query["search"],
            status,
            type,
            IdList(query["include"]),
            IdList(query["exclude"]),
            IdList(query["parent"]),
            query["_fields"] is null ? null : SplitList(query["_fields"]));
        return (parameters, null);
    }

    private static int ReadInteger(PhpQueryString query, string name, int fallback, List<ParameterProblem> problems)
    {
        string? raw = query[name];
        if (raw is null)
        {
            return fallback;
        }
        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }
        problems.Add(new ParameterProblem(name, "rest_invalid_type", $"{name} is not of type integer."));
        return fallback;
    }

    private static string ReadEnum(PhpQueryString query, string name, string fallback, string[] allowed, List<ParameterProblem> problems)
    {
        string? raw = query[name];
        if (raw is null)
        {
            return fallback;
        }
        if (allowed.Contains(raw, StringComparer.Ordinal))
        {
            return raw;
        }
        problems.Add(new ParameterProblem(name, "rest_not_in_enum", $"{name} is not one of {SentenceList(allowed)}."));
        return fallback;
    }

    /// <summary>WordPress's wp_sprintf_l: "a, b, and c"; "a and b".</summary>
    private static string SentenceList(string[] items) => items.Length switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items[..^1]) + ", and " + items[^1],
    };

    private static IReadOnlyList<string> SplitList(string? raw) =>
        raw is null ? [] : raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>wp_parse_id_list: absolute integers, zeros and junk dropped.</summary>
    private static IReadOnlyList<long> IdList(string? raw) =>
        SplitList(raw)
            .Select(item => long.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id) ? Math.Abs(id) : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();
}
