using System;
using System.Globalization;

namespace WooPS.FakeStore.CommandLine;

/// <summary>
/// The command line: --http-port P --https-port Q --products N [--delay-ms L]
/// [--strip-authorization] [--tls-proxy]. Every option is optional.
/// </summary>
internal sealed record StoreArguments(FakeStoreOptions Options, bool StripAuthorization, bool TlsProxy)
{
    public static StoreArguments Parse(string[] args)
    {
        var options = new FakeStoreOptions();
        bool stripAuthorization = false;
        bool tlsProxy = false;
        for (int index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--http-port": options.HttpPort = Number(args, ++index); break;
                case "--https-port": options.HttpsPort = Number(args, ++index); break;
                case "--products": options.Products = Number(args, ++index); break;
                case "--delay-ms": options.DelayMs = Number(args, ++index); break;
                case "--strip-authorization": stripAuthorization = true; break;
                case "--tls-proxy": tlsProxy = true; break;
                default: throw new ArgumentException($"Unknown option '{args[index]}'.");
            }
        }
        return new StoreArguments(options, stripAuthorization, tlsProxy);
    }

    private static int Number(string[] args, int index)
    {
        if (index >= args.Length || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs a non-negative number.");
        }
        return value;
    }
}
