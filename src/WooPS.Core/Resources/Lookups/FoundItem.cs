using WooPS.Core.Json;

namespace WooPS.Core.Resources.Lookups
{
    /// <summary>What a lookup found for one key: the item, or why there is none (none has it, two have it).</summary>
    public sealed class FoundItem
    {
        internal FoundItem(ItemKey key, WooRecord? item, WooApiException? failure)
        {
            Key = key;
            Item = item;
            Failure = failure;
        }

        public ItemKey Key { get; }

        public WooRecord? Item { get; }

        public WooApiException? Failure { get; }
    }
}
