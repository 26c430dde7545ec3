using System;
using System.Collections.Generic;
using System.Globalization;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Sorts answers into kinds that cost the store about the same, for <see cref="AdaptiveLimit"/>: one method and
    /// route, and an answer within 1.5× of the size that first made the kind. A size near a kind's stays with it:
    /// cutting sizes at fixed steps instead put pages of about one size on both sides of a step (10-product pages of
    /// about 21 KB), and each page that changed sides started the limit's round over.
    /// Not thread-safe: <see cref="InFlightGate"/> calls it under its lock.
    /// </summary>
    internal sealed class RequestKinds
    {
        private static readonly double Near = Math.Log(1.5);
        private readonly Dictionary<string, List<double>> _sizesOf = new Dictionary<string, List<double>>(StringComparer.Ordinal);

        /// <param name="route">Method and route, without ids.</param>
        /// <param name="bytes">The answer's size.</param>
        public string Of(string route, long bytes)
        {
            if (!_sizesOf.TryGetValue(route, out List<double>? sizes))
            {
                sizes = new List<double>();
                _sizesOf[route] = sizes;
            }

            double size = Math.Log(Math.Max(1, bytes));
            double? nearest = null;
            foreach (double known in sizes)
            {
                if (Math.Abs(known - size) < Near && (nearest == null || Math.Abs(known - size) < Math.Abs(nearest.Value - size)))
                {
                    nearest = known;
                }
            }

            if (nearest == null)
            {
                sizes.Add(size);
                nearest = size;
            }

            return route + " ~" + Math.Round(Math.Exp(nearest.Value)).ToString(CultureInfo.InvariantCulture) + " B";
        }
    }
}
