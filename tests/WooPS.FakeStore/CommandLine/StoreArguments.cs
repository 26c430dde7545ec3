using System;
using System.Collections.Generic;
using System.Globalization;

namespace WooPS.FakeStore.CommandLine;

/// <summary>
/// The command line: --http-port P --https-port Q --products N [--coupons C] [--customers U] [--orders O]
/// [--price-decimals D] [--delay-ms L] [--workers W [--cpus C] [--queue Q] [--overflow-status 503|429]] [--rate-limit R]
/// [--strip-authorization] [--tls-proxy] [--plain-permalinks] [--wp-json-answer json|html|login|blocked]
/// [--clock-offset-sec S] [--redirect-to URL] [--utf8-bom] [--php-notice] [--cut-short N|all]
/// [--cut-short-fatal] [--lone-surrogate] [--non-object-item]
/// [--paging-headers truthful|overstated|understated|missing] [--rest-redirect none|trailing-slash|rest-route|login]
/// [--faults F [--fault-seed N]].
/// Every option is optional; S may be negative. Each mode option sets the <see cref="FakeStoreModes"/>
/// property of the same name (--cut-short: CutShortAnswers, "all" being int.MaxValue; --cut-short-fatal:
/// CutShortWithFatalError; --tls-proxy: TlsTerminatingProxy). --faults F makes the fraction F (0 to 1,
/// e.g. 0.1) of the requests to /wp-json/… fail at random — 503, 504 after a write was done, or the
/// connection aborted; never a third time in a row for the same request — drawn from seed N (0 unless
/// given; --fault-seed needs --faults): <see cref="FakeStoreModes.Faults"/>. GET /__fakestore/faults
/// counts what it did. --coupons C seeds C coupons (3 unless given), --customers U seeds U customers
/// besides the administrator (3 unless given), --orders O seeds O orders (none unless given), --price-decimals D is what
/// settings/general/woocommerce_price_num_decimals answers (2 unless given): <see cref="FakeStoreOptions"/>.
/// --workers W makes the store a small host (<see cref="SmallHostProfile"/>) of W PHP workers on C CPUs (2 unless
/// given) with a queue of Q (8 unless given), refusing past it with 503 (or 429 and Retry-After: 1); --rate-limit R
/// refuses every request past R in the last second with 429 and Retry-After (<see cref="FakeStoreOptions.RateLimit"/>).
/// Scripted faults have no option: PUT them to /__fakestore/script (GET shows what they did, DELETE ends
/// them); POST {"sku":"X"} to /__fakestore/products/{id}/sku gives a product a SKU with no check; GET
/// /__fakestore/emails lists the e-mails sent (customer notes).
/// </summary>
internal sealed class StoreArguments
{
    private static readonly Dictionary<string, WpJsonAnswer> WpJsonAnswers = new()
    {
        ["json"] = WpJsonAnswer.Json,
        ["html"] = WpJsonAnswer.HtmlPage,
        ["login"] = WpJsonAnswer.LoginPage,
        ["blocked"] = WpJsonAnswer.BlockPage,
    };

    private static readonly Dictionary<string, PagingHeaders> PagingHeaderChoices = new()
    {
        ["truthful"] = PagingHeaders.Truthful,
        ["overstated"] = PagingHeaders.Overstated,
        ["understated"] = PagingHeaders.Understated,
        ["missing"] = PagingHeaders.Missing,
    };

    private static readonly Dictionary<string, RestRedirect> RestRedirects = new()
    {
        ["none"] = RestRedirect.None,
        ["trailing-slash"] = RestRedirect.TrailingSlash,
        ["rest-route"] = RestRedirect.RestRoute,
        ["login"] = RestRedirect.Login,
    };

    private static readonly Dictionary<string, int> OverflowStatuses = new()
    {
        ["503"] = 503,
        ["429"] = 429,
    };

    private readonly List<Action<FakeStoreModes>> _modes = [];
    private double? _faultFraction;
    private int? _faultSeed;
    private SmallHostProfile? _smallHost;
    private double? _cpus;
    private int? _queue;
    private int? _overflowStatus;

    public FakeStoreOptions Options { get; } = new();

    public static StoreArguments Parse(string[] args)
    {
        var parsed = new StoreArguments();
        FakeStoreOptions options = parsed.Options;
        for (int index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--http-port": options.HttpPort = Number(args, ++index); break;
                case "--https-port": options.HttpsPort = Number(args, ++index); break;
                case "--products": options.Products = Number(args, ++index); break;
                case "--coupons": options.Coupons = Number(args, ++index); break;
                case "--customers": options.Customers = Number(args, ++index); break;
                case "--orders": options.Orders = Number(args, ++index); break;
                case "--price-decimals": options.PriceDecimals = Number(args, ++index); break;
                case "--delay-ms": options.DelayMs = Number(args, ++index); break;
                case "--workers": parsed._smallHost = new SmallHostProfile(Positive(args, ++index)); break;
                case "--cpus": parsed._cpus = PositiveFraction(args, ++index); break;
                case "--queue": parsed._queue = Number(args, ++index); break;
                case "--overflow-status": parsed._overflowStatus = Choice(args, ++index, OverflowStatuses); break;
                case "--rate-limit": options.RateLimit = Positive(args, ++index); break;
                case "--strip-authorization": parsed.Set(modes => modes.StripAuthorization = true); break;
                case "--tls-proxy": parsed.Set(modes => modes.TlsTerminatingProxy = true); break;
                case "--plain-permalinks": parsed.Set(modes => modes.PlainPermalinks = true); break;
                case "--wp-json-answer": parsed.Set(Choice(args, ++index, WpJsonAnswers), (modes, answer) => modes.WpJsonAnswer = answer); break;
                case "--clock-offset-sec": parsed.Set(TimeSpan.FromSeconds(SignedNumber(args, ++index)), (modes, offset) => modes.ClockOffset = offset); break;
                case "--redirect-to": parsed.Set(Address(args, ++index), (modes, address) => modes.RedirectTo = address); break;
                case "--utf8-bom": parsed.Set(modes => modes.Utf8Bom = true); break;
                case "--php-notice": parsed.Set(modes => modes.PhpNotice = true); break;
                case "--cut-short": parsed.Set(CutShortCount(args, ++index), (modes, count) => modes.CutShortAnswers = count); break;
                case "--cut-short-fatal": parsed.Set(modes => modes.CutShortWithFatalError = true); break;
                case "--lone-surrogate": parsed.Set(modes => modes.LoneSurrogate = true); break;
                case "--non-object-item": parsed.Set(modes => modes.NonObjectItem = true); break;
                case "--paging-headers": parsed.Set(Choice(args, ++index, PagingHeaderChoices), (modes, headers) => modes.PagingHeaders = headers); break;
                case "--rest-redirect": parsed.Set(Choice(args, ++index, RestRedirects), (modes, redirect) => modes.RestRedirect = redirect); break;
                case "--faults": parsed._faultFraction = Fraction(args, ++index); break;
                case "--fault-seed": parsed._faultSeed = SignedNumber(args, ++index); break;
                default: throw new ArgumentException($"Unknown option '{args[index]}'.");
            }
        }
        options.SmallHost = parsed.SmallHost();
        // The two options make one setting, given in either order.
        if (parsed._faultFraction is double fraction)
        {
            parsed.Set(new RandomFaults(fraction, parsed._faultSeed ?? 0), (modes, faults) => modes.Faults = faults);
        }
        else if (parsed._faultSeed is not null)
        {
            throw new ArgumentException("Option '--fault-seed' needs '--faults'.");
        }
        return parsed;
    }

    /// <summary>--workers and the options that shape its host, given in any order.</summary>
    private SmallHostProfile? SmallHost()
    {
        if (_smallHost is null)
        {
            return _cpus is null && _queue is null && _overflowStatus is null
                ? null
                : throw new ArgumentException("Options '--cpus', '--queue' and '--overflow-status' need '--workers'.");
        }
        return _smallHost with
        {
            Cpus = _cpus ?? _smallHost.Cpus,
            Queue = _queue ?? _smallHost.Queue,
            OverflowStatus = _overflowStatus ?? _smallHost.OverflowStatus,
        };
    }

    /// <summary>Sets the modes the command line asked for.</summary>
    public void ApplyTo(FakeStoreModes modes) => _modes.ForEach(set => set(modes));

    private void Set(Action<FakeStoreModes> set) => _modes.Add(set);

    private void Set<T>(T value, Action<FakeStoreModes, T> set) => _modes.Add(modes => set(modes, value));

    private static int Number(string[] args, int index)
    {
        if (index >= args.Length || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs a non-negative number.");
        }
        return value;
    }

    private static int Positive(string[] args, int index)
    {
        int value = Number(args, index);
        return value > 0 ? value : throw new ArgumentException($"Option '{args[index - 1]}' needs a number above 0.");
    }

    private static double PositiveFraction(string[] args, int index)
    {
        if (index >= args.Length || !double.TryParse(args[index], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
            || value <= 0)
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs a number above 0, e.g. 2 or 1.5.");
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

    private static double Fraction(string[] args, int index)
    {
        if (index >= args.Length || !double.TryParse(args[index], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
            || value > 1)
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs a fraction from 0 to 1, e.g. 0.1.");
        }
        return value;
    }

    private static int CutShortCount(string[] args, int index) =>
        index < args.Length && args[index] == "all" ? int.MaxValue : Number(args, index);

    private static T Choice<T>(string[] args, int index, Dictionary<string, T> choices)
    {
        if (index >= args.Length || !choices.TryGetValue(args[index], out T? value))
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs one of {string.Join(", ", choices.Keys)}.");
        }
        return value;
    }

    private static Uri Address(string[] args, int index)
    {
        if (index >= args.Length || !Uri.TryCreate(args[index], UriKind.Absolute, out Uri? address) || address.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"Option '{args[index - 1]}' needs an absolute http or https URL.");
        }
        return address;
    }
}
