using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Reads query parameters the way WordPress validates them against their schema
/// (rest_validate_value_from_schema), collecting every problem so that one rest_invalid_param
/// error can list them all (captures 22, 22b, 38, 39). Absent parameters take their defaults.
/// </summary>
internal sealed partial class ParameterReader(PhpQueryString query)
{
    // The contexts the product and variation schemas name, in the order get_context_param lists them (capture 04).
    private static readonly string[] Contexts = ["view", "edit"];

    private readonly List<ParameterProblem> _problems = [];

    /// <summary>The rest_invalid_param error for everything read so far, or null when all was valid.</summary>
    public WooError? Error => _problems.Count == 0 ? null : WooErrors.InvalidParameters(_problems);

    /// <summary>WP_REST_Controller's context: view by default, or edit.</summary>
    public JsonContext Context() => Enum("context", "view", Contexts) == "edit" ? JsonContext.Edit : JsonContext.View;

    /// <summary>WP_REST_Controller's page: an integer, at least 1.</summary>
    public int Page()
    {
        int page = Integer("page", 1);
        if (page < 1)
        {
            _problems.Add(new ParameterProblem("page", "rest_out_of_bounds", "page must be greater than or equal to 1"));
        }
        return page;
    }

    /// <summary>WP_REST_Controller's per_page: an integer from 1 to 100, 10 by default.</summary>
    public int PerPage()
    {
        int perPage = Integer("per_page", 10);
        if (perPage is < 1 or > 100)
        {
            _problems.Add(new ParameterProblem("per_page", "rest_out_of_bounds", "per_page must be between 1 (inclusive) and 100 (inclusive)"));
        }
        return perPage;
    }

    public int Integer(string name, int fallback) => OptionalInteger(name) ?? fallback;

    public int? OptionalInteger(string name)
    {
        string? raw = query[name];
        if (raw is null)
        {
            return null;
        }
        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }
        _problems.Add(ParameterProblem.InvalidType(name, "integer"));
        return null;
    }

    public string Enum(string name, string fallback, string[] allowed) => OptionalEnum(name, allowed) ?? fallback;

    public string? OptionalEnum(string name, string[] allowed)
    {
        string? raw = query[name];
        if (raw is null)
        {
            return null;
        }
        if (allowed.Contains(raw, StringComparer.Ordinal))
        {
            return raw;
        }
        _problems.Add(ParameterProblem.NotInEnum(name, allowed));
        return null;
    }

    /// <summary>
    /// An array of strings from an enum, as WordPress reads one from the query string (wp_parse_list: split on
    /// commas and whitespace); the first item not in the enum is reported under the array's name, naming the
    /// item: "status[0] is not one of any, trash, … ." (capture 66m). Absent: the fallback alone.
    /// </summary>
    public IReadOnlyList<string> EnumList(string name, string fallback, string[] allowed)
    {
        string? raw = query[name];
        if (raw is null)
        {
            return [fallback];
        }
        string[] items = ListSeparators().Split(raw).Where(item => item.Length > 0).ToArray();
        int bad = Array.FindIndex(items, item => !allowed.Contains(item, StringComparer.Ordinal));
        if (bad >= 0)
        {
            _problems.Add(ParameterProblem.NotInEnum($"{name}[{bad}]", allowed) with { Name = name });
            return [fallback];
        }
        return items;
    }

    /// <summary>rest_is_boolean: true, false, 1 or 0 in any case; null when absent.</summary>
    public bool? Boolean(string name)
    {
        string? raw = query[name]?.ToLowerInvariant();
        switch (raw)
        {
            case null:
                return null;
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                _problems.Add(ParameterProblem.InvalidType(name, "boolean"));
                return null;
        }
    }

    /// <summary>A date-time as rest_parse_date accepts it, as site time (<see cref="SiteTime.Parse"/>), as WP_Date_Query compares it.</summary>
    public DateTime? Date(string name)
    {
        string? raw = query[name];
        if (raw is null)
        {
            return null;
        }
        DateTime? parsed = SiteTime.Parse(raw);
        if (parsed is null)
        {
            _problems.Add(new ParameterProblem(name, "rest_invalid_date", "Invalid date."));
        }
        return parsed;
    }

    /// <summary>A string with the email format: is_email must accept it (rest_invalid_email otherwise); null when absent.</summary>
    public string? Email(string name)
    {
        string? raw = query[name];
        if (raw is not null && !WordPressEmail.IsEmail(raw))
        {
            _problems.Add(new ParameterProblem(name, "rest_invalid_email", "Invalid email address."));
            return null;
        }
        return raw;
    }

    /// <summary>Comma-separated values, blanks dropped.</summary>
    public static IReadOnlyList<string> SplitList(string? raw) =>
        raw is null ? [] : raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Ids as absolute integers, zeros and junk dropped, duplicates removed.</summary>
    public static IReadOnlyList<long> IdList(string? raw) =>
        SplitList(raw)
            .Select(item => long.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id) ? Math.Abs(id) : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();

    /// <summary>
    /// wp_parse_id_list as it is: split on commas and spaces, absint each (junk becomes 0 and is
    /// kept, so "abc" asks for term 0 and matches nothing).
    /// </summary>
    public static IReadOnlyList<long> WordPressIdList(string? raw) =>
        raw is null ? [] : ListSeparators().Split(raw).Where(item => item.Length > 0).Select(PhpNumbers.AbsInt).Distinct().ToList();

    [GeneratedRegex(@"[\s,]+")]
    private static partial Regex ListSeparators();
}
