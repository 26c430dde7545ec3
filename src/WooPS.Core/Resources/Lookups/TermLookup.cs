using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Json;
using WooPS.Core.Resources.Catalog;

namespace WooPS.Core.Resources.Lookups
{
    /// <summary>
    /// A category, tag or attribute term by id, slug or name, as people name them. WordPress keeps term names
    /// HTML-encoded and searches them as stored, so "Home &amp; Garden" is searched by its longest plain fragment
    /// ("Home ") and matched on the decoded name.
    /// </summary>
    public sealed class TermLookup
    {
        private static readonly char[] EncodedByWordPress = { '&', '<', '>', '"', '\'' };

        private readonly ResourceApi _api;

        internal TermLookup(ResourceApi api)
        {
            _api = api;
        }

        /// <summary>
        /// The term's id: a number is an id; otherwise the one term with this slug or name (a name whatever its case). Not
        /// found is an error that says so, and so is a name several terms have.
        /// </summary>
        public async Task<long> FindIdAsync(WooResource taxonomy, string idSlugOrName, IWooLog log, CancellationToken cancellationToken)
        {
            string wanted = idSlugOrName.Trim();
            if (wanted.Length == 0 || (long.TryParse(wanted, out long id) && id < 1))
            {
                // WooCommerce ignores a blank or 0 term filter, and would list everything.
                throw new WooApiException(WooErrorCodes.WrongInput, $"'{idSlugOrName}' names no {taxonomy.Singular}: give an id (1 or more), a slug or a name.") { Target = idSlugOrName };
            }

            if (long.TryParse(wanted, out id))
            {
                return id;
            }

            // One search: WordPress matches it against names and slugs alike. A slug names one term; a name may
            // name several (a "Sale" under Shirts and another under Shoes), and then names none for sure.
            List<WooRecord> matches = await AllAsync(taxonomy, new TermQuery { Search = PlainFragment(wanted) }, log, cancellationToken).ConfigureAwait(false);
            // Slugs are kept lower-case; a name is matched whatever its case. Both count: "sale" may be one term's
            // slug and another's name.
            List<WooRecord> named = matches.Where(t => string.Equals(t["slug"] as string, wanted, StringComparison.Ordinal)
                                                       || string.Equals(t["name"] as string, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count > 1)
            {
                var ambiguous = new WooApiException(
                    WooErrorCodes.AmbiguousKey,
                    $"'{wanted}' names {named.Count} {taxonomy.Plural}: {string.Join(", ", named.Select(t => $"{t.Id} ({t["slug"]})"))}.",
                    hint: $"Give the slug or the id of the one meant.") { Target = wanted };
                ambiguous.Data["TypeName"] = taxonomy.TypeName;
                throw ambiguous;
            }

            if (named.Count == 1 && named[0].Id is long foundId)
            {
                return foundId;
            }

            var missing = new WooApiException(
                WooErrorCodes.TermNotFound,
                $"The store has no {taxonomy.Singular} with the slug or name '{wanted}'.",
                404,
                hint: $"List the {taxonomy.Plural} to see their names and slugs, or give the id.") { Target = wanted };
            missing.Data["TypeName"] = taxonomy.TypeName;
            throw missing;
        }

        /// <summary>The longest stretch of the name without a character WordPress stores encoded; null searches everything.</summary>
        private static string? PlainFragment(string name)
        {
            string longest = name.Split(EncodedByWordPress).OrderByDescending(part => part.Trim().Length).First().Trim();
            return longest.Length == 0 ? null : longest;
        }

        private async Task<List<WooRecord>> AllAsync(WooResource taxonomy, TermQuery query, IWooLog log, CancellationToken cancellationToken)
        {
            var found = new List<WooRecord>();
            await _api.ListAsync(taxonomy, query, term => term, page =>
            {
                found.AddRange(page.Items);
                return Task.FromResult(true);
            }, log, cancellationToken).ConfigureAwait(false);
            return found;
        }
    }
}
