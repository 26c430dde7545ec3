using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using WooPS.Core.Http;
using WooPS.Core.Json;

namespace WooPS.Core.Resources
{
    /// <summary>One item's outcome in a batch: the item as the store left it, or why it failed.</summary>
    public sealed class BatchOutcome
    {
        internal BatchOutcome(WooRecord? item, WooApiException? failure)
        {
            Item = item;
            Failure = failure;
        }

        public WooRecord? Item { get; }

        public WooApiException? Failure { get; }
    }

    /// <summary>
    /// A batch's answer, item by item in the order asked. WooCommerce answers <c>{"create":[…],"update":[…],"delete":[…]}</c>
    /// (only the sections asked for, <c>[]</c> for none), each item the full object or <c>{"id":…,"error":{…}}</c>
    /// (captures 35, 53, 58b).
    /// </summary>
    public sealed class BatchResult
    {
        private BatchResult(IReadOnlyList<BatchOutcome> created, IReadOnlyList<BatchOutcome> updated, IReadOnlyList<BatchOutcome> deleted)
        {
            Created = created;
            Updated = updated;
            Deleted = deleted;
        }

        public IReadOnlyList<BatchOutcome> Created { get; }

        public IReadOnlyList<BatchOutcome> Updated { get; }

        public IReadOnlyList<BatchOutcome> Deleted { get; }

        internal static BatchResult Read(WooResource resource, BatchRequest batch, WooResponse response)
        {
            JsonElement root = response.Json.RootElement;
            if (batch.Count == 0 && root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 0)
            {
                return new BatchResult(new BatchOutcome[0], new BatchOutcome[0], new BatchOutcome[0]);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Unexpected(response, $"{WooJson.Describe(root)}, not the batch's sections");
            }

            return new BatchResult(
                Section(resource, response, root, "create", batch.Create.Count, position => "new " + resource.Singular + " " + (position + 1).ToString(CultureInfo.InvariantCulture)),
                Section(resource, response, root, "update", batch.Update.Count, position => IdOf(batch.Update[position])),
                Section(resource, response, root, "delete", batch.Delete.Count, position => batch.Delete[position]));
        }

        /// <param name="target">What the item at a position was about, for its error (the id; for creates, which one).</param>
        private static IReadOnlyList<BatchOutcome> Section(WooResource resource, WooResponse response, JsonElement root, string name, int asked, System.Func<int, object> target)
        {
            var outcomes = new List<BatchOutcome>(asked);
            if (asked == 0)
            {
                return outcomes;
            }

            if (!root.TryGetProperty(name, out JsonElement items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != asked)
            {
                throw Unexpected(response, $"no list of {asked} outcomes under \"{name}\"");
            }

            int position = 0;
            foreach (JsonElement item in items.EnumerateArray())
            {
                outcomes.Add(Outcome(resource, response, item, target(position++)));
            }

            return outcomes;
        }

        private static BatchOutcome Outcome(WooResource resource, WooResponse response, JsonElement item, object target)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return new BatchOutcome(null, new WooApiException(WooErrorCodes.UnreadableItem, $"The store answered {response.Shown} about {resource.Singular} {target} with {WooJson.Describe(item)}.", response.Status) { Target = target });
            }

            if (item.TryGetProperty("error", out JsonElement error) && WooJson.TryReadError(error, out string code, out string message))
            {
                int status = error.TryGetProperty("data", out JsonElement data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("status", out JsonElement statusElement) && statusElement.TryGetInt32(out int given)
                    ? given
                    : 400;
                // The store's own words: the caller knows the row and says which it was.
                return new BatchOutcome(null, new WooApiException(code, message, status) { Target = target });
            }

            return new BatchOutcome(resource.Decode(WooJson.ToRecord(item)), null);
        }

        private static object IdOf(IReadOnlyList<KeyValuePair<string, object?>> fields)
        {
            foreach (KeyValuePair<string, object?> field in fields)
            {
                if (field.Key == "id")
                {
                    return field.Value ?? "(no id)";
                }
            }

            return "(no id)";
        }

        private static WooApiException Unexpected(WooResponse response, string what) =>
            new WooApiException(WooErrorCodes.UnexpectedResponse, $"The store answered {response.Shown} with {what}.", response.Status);
    }
}
