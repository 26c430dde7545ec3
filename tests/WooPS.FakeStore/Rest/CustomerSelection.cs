using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Filters, orders and pages users as the customers controller's WP_User_Query does: role customer
/// unless asked (all adds the administrator, captures 50b, 50c); email= one address, without case, in
/// place of search (unknown: [], 64g); search= the term anywhere ('*term*') in the columns WordPress picks
/// for it: the e-mail for a term with '@', login and exact id for a number, the URL for an address,
/// otherwise login, URL, e-mail, nicename and display name (64d finds "cap3" in the login and e-mail).
/// </summary>
internal static partial class CustomerSelection
{
    public static (IReadOnlyList<Customer> Page, int Total) Select(StoreUsers users, CustomerParameters parameters)
    {
        List<Customer> matching = users.All().Where(user => Matches(user, parameters)).ToList();
        List<Customer> page = Order(matching, parameters).Skip(parameters.Skip).Take(parameters.PerPage).ToList();
        return (page, matching.Count);
    }

    private static bool Matches(Customer user, CustomerParameters parameters) =>
        (parameters.Role == "all" || user.Role == parameters.Role)
        && (parameters.Email is string email
            ? string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase)
            : parameters.Search is null || Found(user, parameters.Search))
        && (parameters.Include.Count == 0 || parameters.Include.Contains(user.Id))
        && !parameters.Exclude.Contains(user.Id);

    private static bool Found(Customer user, string search)
    {
        string term = search.Trim().Trim('*');
        bool Like(string column) => column.Contains(term, StringComparison.OrdinalIgnoreCase);
        if (term.Contains('@', StringComparison.Ordinal))
        {
            return Like(user.Email);
        }
        if (Numeric().IsMatch(term))
        {
            return Like(user.Username) || user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == term;
        }
        if (WebAddress().IsMatch(term))
        {
            // Nobody here has a website (user_url is empty).
            return false;
        }
        // user_nicename is the login through sanitize_title.
        return Like(user.Username) || Like(user.Email) || Like(Catalog.WordPressText.SanitizeTitle(user.Username)) || Like(user.DisplayName);
    }

    /// <summary>WP_User_Query's ORDER BY (FIELD(ID, …) for include, ID, display_name, user_registered); ties by id.</summary>
    private static IEnumerable<Customer> Order(List<Customer> users, CustomerParameters parameters)
    {
        IOrderedEnumerable<Customer> ordered = parameters.OrderBy switch
        {
            "id" => Sort(users, user => user.Id, parameters.Descending),
            "include" when parameters.Include.Count > 0 => Sort(users, user => parameters.Include.ToList().IndexOf(user.Id), parameters.Descending),
            // orderby=include without include= falls back to the login, as WP_User_Query does with an orderby it cannot use.
            "include" => Sort(users, user => user.Username, parameters.Descending, StringComparer.OrdinalIgnoreCase),
            "registered_date" => Sort(users, user => user.DateCreated, parameters.Descending),
            _ => Sort(users, user => user.DisplayName, parameters.Descending, StringComparer.OrdinalIgnoreCase),
        };
        return parameters.Descending ? ordered.ThenByDescending(user => user.Id) : ordered.ThenBy(user => user.Id);
    }

    private static IOrderedEnumerable<Customer> Sort<TKey>(List<Customer> users, Func<Customer, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? users.OrderByDescending(key, comparer) : users.OrderBy(key, comparer);

    [GeneratedRegex(@"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")]
    private static partial Regex Numeric();

    [GeneratedRegex("^https?://")]
    private static partial Regex WebAddress();
}
