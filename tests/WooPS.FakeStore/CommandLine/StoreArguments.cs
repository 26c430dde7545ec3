using System;
using System.Globalization;

namespace WooPS.FakeStore.CommandLine;

/// <summary>
/// The command line: --http-port P --https-port Q --products N [--delay-ms L]
/// [--strip-authorization] [--tls-proxy] [--plain-permalinks] [--wp-json-answer json|html|login|blocked]
/// [--clock-offset-sec S] [--redirect-to URL]. Every option is optional; S may be negative.
/// </summary>
internal sealed record StoreArguments(
    FakeStoreOptions Options,
    bool StripAuthorization,
    bool TlsProxy,
    bool PlainPermalinks,
    WpJsonAnswer WpJsonAnswer,
    TimeSpan ClockOffset,
    Uri? RedirectTo)
{
    public static StoreArguments Parse(string[] args)
    {
        var options = new FakeStoreOptions();
        var parsed = new StoreArguments(options, false, false, false, WpJsonAnswer.Json, TimeSpan.Zero, null);
        for (int index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--http-port": options.HttpPort = Number(args, ++index); break;
                case "--https-port": options.HttpsPort = Number(args, ++index); break;
                case "--products": options.Products = Number(args, ++index); break;
                case "--delay-ms": options.DelayMs = Number(args, ++index); break;
                case "--strip-authorization": parsed = parsed with { StripAuthorization = true }; break;
                case "--tls-proxy": parsed = parsed with { TlsProxy = true }; break;
                case "--plain-permalinks": parsed = parsed with { PlainPermalinks = true }; break;
                case "--wp-json-answer": parsed = parsed with { WpJsonAnswer = Answer(args, ++index) }; break;
                case "--clock-offset-sec": parsed = parsed with { ClockOffset = TimeSpan.FromSeconds(SignedNumber(args, ++index)) }; break;
                case "--redirect-to": parsed = parsed with { RedirectTo = Address(args, ++index) }; break;
                default: throw new ArgumentException($"Unknown option '{args[index]}'.");
            }
        }
        return parsed;
    }

    /// <summary>Sets the modes the command line asked for.</summary>
    public void ApplyTo(FakeStoreModes modes)
    {
        modes.StripAuthorization = StripAuthorization;
        modes.TlsTerminatingProxy = TlsProxy;
        modes.PlainPermalinks = PlainPermalinks;
        modes.WpJsonAnswer = WpJsonAnswer;
        modes.ClockOffset = ClockOffset;
        modes.RedirectTo = RedirectTo;
    }

    private static int Number(string[] args, int index)
    {
        if (index >= args.Length || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs a non-negative number.");
        }
        return value;
    }

    private static int SignedNumber(string[] args, int index)
    {
        if (index >= args.Length || !int.TryParse(args[index], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs a whole number (it may be negative).");
        }
        return value;
    }

    private static WpJsonAnswer Answer(string[] args, int index) => (index < args.Length ? args[index] : null) switch
    {
        "json" => WpJsonAnswer.Json,
        "html" => WpJsonAnswer.HtmlPage,
        "login" => WpJsonAnswer.LoginPage,
        "blocked" => WpJsonAnswer.BlockPage,
        _ => throw new ArgumentException($"Option '{args[index - 1]}' needs one of json, html, login, blocked."),
    };

    private static Uri Address(string[] args, int index)
    {
        if (index >= args.Length || !Uri.TryCreate(args[index], UriKind.Absolute, out Uri? address) || address.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs an absolute http or https URL.");
        }
        return address;
    }
}
