using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core.Http;
using WooPS.Core.Resources;

namespace WooPS.Core.Requests
{
    /// <summary>
    /// The caller's own query for the pager, sent as given: no filters or order of WooPS's added. Its per_page (100
    /// unless given) and page (where to start) are the pager's to send with each page.
    /// </summary>
    internal sealed class PassThroughQuery : ListQuery
    {
        private readonly List<KeyValuePair<string, string>> _pairs;

        /// <param name="paged">The route takes per_page and page; otherwise they go as given, with the rest.</param>
        public PassThroughQuery(IEnumerable<KeyValuePair<string, string>> pairs, bool paged)
        {
            _pairs = pairs.ToList();
            if (!paged)
            {
                return;
            }

            if (Take("per_page") is string perPage)
            {
                PageSize = Whole(perPage, "per_page", 1, MaxPageSize);
            }

            if (Take("page") is string page)
            {
                FirstPage = Whole(page, "page", 1, int.MaxValue);
            }
        }

        internal override void AddFilters(WooRequest request) => request.Query.AddRange(_pairs);

        /// <summary>The order the caller asked for, or the route's own.</summary>
        internal override void AddOrder(WooRequest request)
        {
        }

        private string? Take(string name)
        {
            int index = _pairs.FindIndex(pair => pair.Key == name);
            if (index < 0)
            {
                return null;
            }

            string value = _pairs[index].Value;
            _pairs.RemoveAt(index);
            return value;
        }

        private static int Whole(string text, string name, int least, int most) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= least && value <= most
                ? value
                : throw new WooApiException(WooErrorCodes.WrongInput, $"Following pages, {name} is a whole number from {least}{(most == int.MaxValue ? " up" : " to " + most.ToString(CultureInfo.InvariantCulture))} (WooCommerce's limits); it was '{text}'.");
    }
}
