using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// A WP_Error from wp_insert_term or wp_update_term, which carry no status: WooCommerce's create_item
/// wraps one with status 400 (and resource_id for term_exists); update_item hands it on as it is, so
/// the REST server answers 500 with "data":null.
/// </summary>
internal sealed record TermProblem(string Code, string Message, long ExistingTermId = 0)
{
    public static TermProblem EmptyName() => new("empty_term_name", "A name is required for this term.");

    /// <summary>The name was nothing but markup.</summary>
    public static TermProblem InvalidName() => new("invalid_term_name", "Invalid term name.");

    public static TermProblem MissingParent() => new("missing_parent", "Parent term does not exist.");

    public static TermProblem Exists(bool hierarchical, long existingTermId) =>
        new("term_exists",
            hierarchical ? "A term with the name provided already exists with this parent." : "A term with the name provided already exists in this taxonomy.",
            existingTermId);

    /// <summary>wp_update_term given a slug another term of the taxonomy has.</summary>
    public static TermProblem DuplicateSlug(string slug) =>
        new("duplicate_term_slug", $"The slug &#8220;{slug}&#8221; is already in use by another term.");

    /// <summary>wp_update_term of a term that does not exist (a batch updating an unknown id).</summary>
    public static TermProblem EmptyTerm() => new("invalid_term", "Empty Term.");

    public WooError AsCreateError() =>
        new(400, Code, Message, ExistingTermId == 0 ? null : new JsonObject { ["resource_id"] = ExistingTermId });

    public WooError AsUpdateError() => WooError.WithoutData(Code, Message);
}
