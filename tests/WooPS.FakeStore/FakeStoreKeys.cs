using System;
using System.Security.Cryptography;

namespace WooPS.FakeStore;

/// <summary>The store's four API keys, fresh and random for every start.</summary>
public sealed class FakeStoreKeys
{
    private FakeStoreKeys(FakeKey read, FakeKey write, FakeKey readWrite, FakeKey noEditCapability)
    {
        Read = read;
        Write = write;
        ReadWrite = readWrite;
        NoEditCapability = noEditCapability;
    }

    public FakeKey Read { get; }

    public FakeKey Write { get; }

    public FakeKey ReadWrite { get; }

    /// <summary>
    /// A read_write key whose user may read products but not edit them (say, a custom role with
    /// read_private_products and no edit_products): reads work, writes get 403.
    /// </summary>
    public FakeKey NoEditCapability { get; }

    internal static FakeStoreKeys CreateRandom() =>
        new(CreateKey("read"), CreateKey("write"), CreateKey("read_write"),
            CreateKey("read_write") with { UserCanEditProducts = false });

    /// <summary>The key whose consumer key this is, or null.</summary>
    internal FakeKey? Find(string consumerKey)
    {
        foreach (FakeKey key in new[] { Read, Write, ReadWrite, NoEditCapability })
        {
            if (key.Key == consumerKey)
            {
                return key;
            }
        }
        return null;
    }

    // Same shape as WooCommerce's keys: "ck_"/"cs_" and 40 lowercase hex digits.
    private static FakeKey CreateKey(string permission) =>
        new("ck_" + RandomHex(), "cs_" + RandomHex(), permission);

    private static string RandomHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
