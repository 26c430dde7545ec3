using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Creates, changes and deletes categories and tags as WC_REST_Terms_Controller does with WordPress's
/// wp_insert_term, wp_update_term and wp_delete_term, for a single request and a batch item alike
/// (the body's schema already checked, or not at all for a batch item). Names are stored sanitized
/// and HTML-encoded, slugs derived from them (captures 57–57d, 58); a changed term shows on the
/// products that have it, and a deleted one leaves them. One write at a time, so that two requests
/// cannot both add the same name.
/// </summary>
internal sealed class TermWriter(StoreTaxonomies taxonomies, ProductCatalog catalog)
{
    private readonly object _gate = new();

    public (Term? Created, WooError? Error) Create(TermTaxonomy taxonomy, JsonObject fields)
    {
        if (fields["parent"] is not null && !taxonomy.Hierarchical)
        {
            return (null, WooErrors.TaxonomyNotHierarchical());
        }
        lock (_gate)
        {
            (Term? term, TermProblem? problem) = Insert(taxonomy, fields);
            if (term is null)
            {
                return (null, problem!.AsCreateError());
            }
            term = WithMeta(taxonomy, term, fields);
            taxonomy.Store([.. taxonomy.Terms, term]);
            return (term, null);
        }
    }

    public (Term? Updated, WooError? Error) Update(TermTaxonomy taxonomy, long id, JsonObject fields)
    {
        if (fields["parent"] is not null && !taxonomy.Hierarchical)
        {
            return (null, WooErrors.TaxonomyNotHierarchical());
        }
        lock (_gate)
        {
            if (taxonomy.Find(id) is not Term term)
            {
                return (null, TermProblem.EmptyTerm().AsUpdateError());
            }
            // update_item calls wp_update_term only when one of its fields is given.
            bool changesTerm = new[] { "name", "description", "slug", "parent" }.Any(name => fields[name] is not null);
            (Term? updated, TermProblem? problem) = changesTerm ? Change(taxonomy, term, fields) : (term, null);
            if (updated is null)
            {
                return (null, problem!.AsUpdateError());
            }
            updated = WithMeta(taxonomy, updated, fields);
            Replace(taxonomy, updated);
            return (updated, null);
        }
    }

    /// <summary>
    /// Deletes a term for good: its subcategories move up to its parent, and the products that had it
    /// lose it (WooCommerce later gives a product left without categories the default one, from a
    /// scheduled action this store does not run). The default category cannot go.
    /// </summary>
    public (Term? Deleted, WooError? Error) Delete(TermTaxonomy taxonomy, long id)
    {
        if (id == StoreTerms.DefaultCategoryId)
        {
            return (null, WooErrors.DefaultCategoryUndeletable());
        }
        lock (_gate)
        {
            if (taxonomy.Find(id) is not Term term)
            {
                return (null, WooErrors.TermUndeletable());
            }
            taxonomy.Store(taxonomy.Terms.Where(other => other.Id != id).ToList());
            foreach (Term child in taxonomy.Terms.Where(other => other.Parent == id).ToList())
            {
                Replace(taxonomy, child with { Parent = term.Parent });
            }
            catalog.ReplaceTerm(id, null);
            return (term, null);
        }
    }

    /// <summary>wp_insert_term: the name checked and sanitized, the slug derived or sanitized, a duplicate refused, the slug made unique.</summary>
    private (Term? Term, TermProblem? Problem) Insert(TermTaxonomy taxonomy, JsonObject fields)
    {
        string raw = Text(fields, "name") ?? "";
        if (raw.Trim().Length == 0)
        {
            return (null, TermProblem.EmptyName());
        }
        long parent = Text(fields, "parent") is string given ? PhpNumbers.IntVal(given) : 0;
        if (parent > 0 && taxonomy.Find(parent) is null)
        {
            return (null, TermProblem.MissingParent());
        }
        string name = WordPressText.SanitizeTermName(raw);
        if (name.Length == 0)
        {
            return (null, TermProblem.InvalidName());
        }
        string? givenSlug = Text(fields, "slug") is string slugText && WordPressText.SanitizeTitle(slugText) is { Length: > 0 } sanitized ? sanitized : null;
        string slug = givenSlug ?? WordPressText.SanitizeTitle(name);
        if (ExistingTerm(taxonomy, name, slug, givenSlug is not null, parent) is Term existing)
        {
            return (null, TermProblem.Exists(taxonomy.Hierarchical, existing.Id));
        }
        long id = taxonomies.NewTermId();
        // A slug that sanitizes to nothing becomes the term's id.
        slug = slug.Length == 0 ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : UniqueSlug(taxonomy, slug, parent, id);
        return (new Term(id, name, slug, parent) { Description = Text(fields, "description") ?? "" }, null);
    }

    /// <summary>wp_update_term: the term's own fields merged with those given, checked and sanitized as on insert.</summary>
    private (Term? Term, TermProblem? Problem) Change(TermTaxonomy taxonomy, Term term, JsonObject fields)
    {
        string name = WordPressText.SanitizeTermName(Text(fields, "name") ?? term.Name);
        if (name.Trim().Length == 0)
        {
            return (null, TermProblem.EmptyName());
        }
        long parent = Text(fields, "parent") is string given ? PhpNumbers.IntVal(given) : term.Parent;
        if (parent > 0 && taxonomy.Find(parent) is null)
        {
            return (null, TermProblem.MissingParent());
        }
        // Without a (usable) slug given, the term keeps its own: renaming keeps the slug (capture 57c).
        string? givenSlug = Text(fields, "slug") is string slugText ? WordPressText.SanitizeTitle(slugText) : term.Slug;
        bool emptySlug = string.IsNullOrEmpty(givenSlug);
        string slug = emptySlug ? WordPressText.SanitizeTitle(name) : givenSlug!;
        if (taxonomy.Terms.Any(other => other.Slug == slug && other.Id != term.Id))
        {
            if (!emptySlug && parent == term.Parent)
            {
                return (null, TermProblem.DuplicateSlug(slug));
            }
            slug = UniqueSlug(taxonomy, slug, parent, term.Id);
        }
        return (term with
        {
            Name = name,
            Slug = slug,
            Parent = WithoutLoop(taxonomy, term.Id, parent),
            Description = Text(fields, "description") ?? term.Description,
        }, null);
    }

    /// <summary>
    /// The term a new one would duplicate (wp_insert_term): one of the same name (case aside) under
    /// the same parent, unless a slug of its own was given. In a hierarchical taxonomy the sibling
    /// must have exactly that name or the slug too.
    /// </summary>
    private static Term? ExistingTerm(TermTaxonomy taxonomy, string name, string slug, bool slugGiven, long parent)
    {
        List<Term> siblings = taxonomy.Terms.Where(term => term.Parent == parent).ToList();
        Term? nameMatch = siblings.FirstOrDefault(term => string.Equals(term.Name, name, StringComparison.OrdinalIgnoreCase));
        Term? slugMatch = taxonomy.Terms.FirstOrDefault(term => term.Slug == slug);
        if (nameMatch is null || (slugGiven && nameMatch.Slug != slug && slugMatch is null))
        {
            return null;
        }
        if (!taxonomy.Hierarchical)
        {
            return nameMatch;
        }
        if ((!slugGiven || nameMatch.Slug == slug) && siblings.Any(term => term.Name == name))
        {
            return nameMatch;
        }
        return slugMatch is not null && siblings.Any(term => term.Slug == slug) ? slugMatch : null;
    }

    /// <summary>
    /// wp_unique_term_slug: a slug the taxonomy already has gets its parents' slugs appended (in a
    /// hierarchical taxonomy), then "-2", "-3"… until no term of any taxonomy has it.
    /// </summary>
    private string UniqueSlug(TermTaxonomy taxonomy, string slug, long parent, long termId)
    {
        if (!taxonomy.Terms.Any(term => term.Slug == slug && term.Id != termId))
        {
            return slug;
        }
        string suffix = "";
        for (Term? ancestor = taxonomy.Hierarchical ? taxonomy.Find(parent) : null; ancestor is not null; ancestor = taxonomy.Find(ancestor.Parent))
        {
            suffix += "-" + ancestor.Slug;
            if (!taxonomies.SlugInUse(slug + suffix, termId) || ancestor.Parent == 0)
            {
                break;
            }
        }
        slug += suffix;
        if (!taxonomies.SlugInUse(slug, termId))
        {
            return slug;
        }
        int number = 2;
        while (taxonomies.SlugInUse($"{slug}-{number}", termId))
        {
            number++;
        }
        return $"{slug}-{number}";
    }

    /// <summary>wp_check_term_hierarchy_for_loops: a term cannot be its own parent, nor its descendant's child.</summary>
    private static long WithoutLoop(TermTaxonomy taxonomy, long termId, long parent) =>
        parent == termId || (parent != 0 && taxonomy.WithDescendants([termId]).Contains(parent)) ? 0 : parent;

    /// <summary>
    /// The category's meta that WC_REST_Product_Categories_Controller sets from the request (display,
    /// menu_order; "default" is stored as no display type, which reads back as "default"). Tags have none.
    /// </summary>
    private Term WithMeta(TermTaxonomy taxonomy, Term term, JsonObject fields)
    {
        if (taxonomy != taxonomies.Categories)
        {
            return term;
        }
        return term with
        {
            Display = Text(fields, "display") is string display ? (display.Length == 0 ? "default" : display) : term.Display,
            MenuOrder = Text(fields, "menu_order") is string order ? (int)Math.Clamp(PhpNumbers.IntVal(order), int.MinValue, int.MaxValue) : term.MenuOrder,
        };
    }

    /// <summary>Puts the changed term in the place of the one with its id, in the taxonomy and on its products.</summary>
    private void Replace(TermTaxonomy taxonomy, Term changed)
    {
        taxonomy.Store(taxonomy.Terms.Select(term => term.Id == changed.Id ? changed : term).ToList());
        catalog.ReplaceTerm(changed.Id, changed);
    }
}
