using System;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.CommandLine;

/// <summary>The one JSON line Program prints once listening: addresses and keys, for Pester and the demo.</summary>
internal static class StartupAnnouncement
{
    public static string Create(FakeStore store) => new JsonObject
    {
        ["http"] = store.HttpUrl.GetLeftPart(UriPartial.Authority),
        ["https"] = store.HttpsUrl.GetLeftPart(UriPartial.Authority),
        ["keys"] = new JsonObject
        {
            ["read"] = Key(store.Keys.Read),
            ["write"] = Key(store.Keys.Write),
            ["read_write"] = Key(store.Keys.ReadWrite),
            ["no_edit"] = Key(store.Keys.NoEditCapability),
        },
    }.ToJsonString();

    private static JsonObject Key(FakeKey key) => new() { ["key"] = key.Key, ["secret"] = key.Secret };
}
