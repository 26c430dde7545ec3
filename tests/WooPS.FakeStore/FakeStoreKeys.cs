using System;
using System.Security.Cryptography;

namespace WooPS.FakeStore;

/// <summary>The store's three API keys, fresh and random for every start.</summary>
public sealed class FakeStoreKeys
{
    private FakeStoreKeys(FakeKey read, FakeKey write, FakeKey readWrite)
    {
        Read = read;
        Write = write;
        ReadWrite = readWrite;
    }

    public FakeKey Read { get; }

    public FakeKey Write { get; }

    public FakeKey ReadWrite { get; }

    internal static FakeStoreKeys CreateRandom() =>
        new(CreateKey("read"), CreateKey("write"), CreateKey("read_write"));

    /// <summary>The key whose consumer key this is, or null.</summary>
    internal FakeKey? Find(string consumerKey)
    {
        foreach (FakeKey key in new[] { Read, Write, ReadWrite })
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
