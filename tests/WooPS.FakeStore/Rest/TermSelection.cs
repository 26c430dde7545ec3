using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>Filters, orders and pages a taxonomy's terms as WC_REST_Terms_Controller::get_items does.</summary>
internal static class TermSelection
{
    /// <summary>The requested page, and the total count of matching terms across all pages.</summary>
    /// <param name="productTerms">The terms of the product asked for with product=, or null when not asked.</param>
    public static (IReadOnlyList<Term> Page, int Total) Select(
        TermTaxonomy taxonomy, TermParameters parameters, TermCounts counts, IReadOnlySet<long>? productTerms)
    {
        List<Term> matching = productTerms is null
            ? Order(taxonomy.Terms.Where(term => Matches(taxonomy, term, parameters, counts)), parameters, counts).ToList()
            : OrderForProduct(taxonomy.Terms.Where(term => productTerms.Contains(term.Id)), parameters, counts).ToList();
        // Past the end is an empty page, the totals still set (WordPress trac #35935).
        List<Term> page = matching.Skip(parameters.Offset).Take(parameters.PerPage).ToList();
        return (page, matching.Count);
    }

    private static bool Matches(TermTaxonomy taxonomy, Term term, TermParameters parameters, TermCounts counts) =>
        (parameters.Include.Count == 0 || parameters.Include.Contains(term.Id))
        && !parameters.Exclude.Contains(term.Id)
        && (parameters.Search is null
            || term.Name.Contains(parameters.Search, StringComparison.OrdinalIgnoreCase)
            || term.Slug.Contains(parameters.Search, StringComparison.OrdinalIgnoreCase))
        // WP_Term_Query passes the slug through sanitize_title: "Home & Garden" finds home-garden.
        && (parameters.Slug is null || term.Slug == WordPressText.SanitizeTitle(parameters.Slug))
        && (!taxonomy.Hierarchical || parameters.Parent is not int parent || term.Parent == parent)
        && (!parameters.HideEmpty || HasProducts(taxonomy, term, counts));

    /// <summary>hide_empty keeps an empty category whose subcategories have products (get_terms' hierarchical pruning).</summary>
    private static bool HasProducts(TermTaxonomy taxonomy, Term term, TermCounts counts) =>
        counts.Of(term) > 0
        || (taxonomy.Hierarchical && taxonomy.Terms.Any(child => child.Parent == term.Id && HasProducts(taxonomy, child, counts)));

    /// <summary>get_terms' ORDER BY; MySQL's collation compares names case-insensitively. Ties go by id.</summary>
    private static IEnumerable<Term> Order(IEnumerable<Term> terms, TermParameters parameters, TermCounts counts)
    {
        IOrderedEnumerable<Term> ordered = parameters.OrderBy switch
        {
            "id" or "term_group" or "description" => Sort(terms, term => term.Id, parameters.Descending),
            "slug" => Sort(terms, term => term.Slug, parameters.Descending, StringComparer.OrdinalIgnoreCase),
            "count" => Sort(terms, counts.Of, parameters.Descending),
            "include" when parameters.Include.Count > 0 =>
                Sort(terms, term => parameters.Include.ToList().IndexOf(term.Id), parameters.Descending),
            _ => Sort(terms, term => term.Name, parameters.Descending, StringComparer.OrdinalIgnoreCase),
        };
        return ordered.ThenBy(term => term.Id);
    }

    /// <summary>
    /// With product=, WooCommerce takes the product's terms in name order (get_the_terms), sorts
    /// them by another column if asked (strcmp: case matters), and reverses them unless order is
    /// asc. include, exclude, search, slug, parent and hide_empty do not apply.
    /// </summary>
    private static IEnumerable<Term> OrderForProduct(IEnumerable<Term> terms, TermParameters parameters, TermCounts counts)
    {
        IEnumerable<Term> byName = ProductTerms.InNameOrder(terms);
        IEnumerable<Term> sorted = parameters.OrderBy switch
        {
            "id" => byName.OrderBy(term => term.Id),
            "slug" => byName.OrderBy(term => term.Slug, StringComparer.Ordinal),
            "count" => byName.OrderBy(counts.Of),
            _ => byName,
        };
        return parameters.Descending ? sorted.Reverse() : sorted;
    }

    private static IOrderedEnumerable<Term> Sort<TKey>(IEnumerable<Term> terms, Func<Term, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? terms.OrderByDescending(key, comparer) : terms.OrderBy(key, comparer);
}
