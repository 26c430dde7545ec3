using System;
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
        /// The term's id: a number is an id; otherwise an exact slug, else an exact name (case-insensitive). Not
        /// found is an error that says so.
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

            WooRecord? found = await FirstAsync(taxonomy, new TermQuery { Slug = wanted }, _ => true, log, cancellationToken).ConfigureAwait(false)
                ?? await FirstAsync(taxonomy, new TermQuery { Search = PlainFragment(wanted) }, t => string.Equals(t["name"] as string, wanted, StringComparison.OrdinalIgnoreCase), log, cancellationToken).ConfigureAwait(false);
            if (found?.Id is long foundId)
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

        private async Task<WooRecord?> FirstAsync(WooResource taxonomy, TermQuery query, Func<WooRecord, bool> matches, IWooLog log, CancellationToken cancellationToken)
        {
            WooRecord? found = null;
            await _api.ListAsync(taxonomy, query, term => term, page =>
            {
                found = page.Items.FirstOrDefault(matches);
                return Task.FromResult(found == null);
            }, log, cancellationToken).ConfigureAwait(false);
            return found;
        }
    }
}
