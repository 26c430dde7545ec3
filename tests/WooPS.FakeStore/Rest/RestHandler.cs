using System;
using System.Linq;
using WooPS.FakeStore.Rest.Endpoints;

namespace WooPS.FakeStore.Rest;

/// <summary>One handler of a route: the methods it answers ("POST, PUT, PATCH") and its endpoint.</summary>
internal sealed record RestHandler(string Methods, IRestEndpoint Endpoint)
{
    public bool Serves(string method) => Methods.Split(", ").Contains(method, StringComparer.Ordinal);
}
