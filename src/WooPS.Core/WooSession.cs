using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Auth;
using WooPS.Core.Http;
using WooPS.Core.Requests;
using WooPS.Core.Resources;

namespace WooPS.Core
{
    /// <summary>
    /// A connection to one store with one key: its address, its HTTP client and the auth method that works.
    /// Public members show nothing secret; the credential stays inside the core.
    /// </summary>
    public sealed class WooSession : IDisposable
    {
        private readonly WooConnection _connection;
        private readonly AuthState _auth;
        private readonly InFlightGate _inFlight;

        private WooSession(StoreAddress address, AuthState auth, WooConnectOptions options)
        {
            _auth = auth;
            Settings = options.Settings;
            _inFlight = new InFlightGate(new AdaptiveLimit(CheckedConcurrency(options.MaxConcurrency), adaptive: !options.FixedConcurrency), Settings.RetryPolicy.LongestWait);
            _connection = new WooConnection(address, auth, Settings, _inFlight);
            TimeoutSec = options.TimeoutSec;
            SkipCertificateCheck = options.SkipCertificateCheck;
            Resources = new ResourceApi(_connection, () => MaxConcurrency);
            Requests = new RestRequests(_connection, Resources, auth.Credential);
        }

        /// <summary>The store's home address.</summary>
        public string StoreUrl => _connection.Address.ToString();

        /// <summary>The auth method in use, or "Auto" while no request has shown which one the store accepts.</summary>
        public string AuthMethod => _auth.Settled?.Description ?? "Auto";

        public string ApiVersion => StoreAddress.ApiVersion;

        /// <summary>The consumer key's last 7 characters, as WooCommerce's key list shows them.</summary>
        public string KeyEnding => _auth.Credential.KeyEnding;

        public int TimeoutSec { get; }

        public bool SkipCertificateCheck { get; }

        public bool IsClosed { get; private set; }

        /// <summary>
        /// The most requests the session may have in flight at once (1 = strictly one after another): the upper
        /// bound of <see cref="ConcurrencyLimit"/>, or with <see cref="FixedConcurrency"/> the number always used.
        /// </summary>
        public int MaxConcurrency
        {
            get => _inFlight.Max;
            set => _inFlight.Max = CheckedConcurrency(value);
        }

        /// <summary>How many requests the session lets on the wire at once right now, as learned from the store's answers.</summary>
        public int ConcurrencyLimit => _inFlight.Limit;

        /// <summary>The session always uses <see cref="MaxConcurrency"/> requests at once, not a limit learned from the store.</summary>
        public bool FixedConcurrency => !_inFlight.Adaptive;

        /// <summary>Every wc/v3 resource: get, list, create, update, delete and batch, and lookups by id, SKU or term name.</summary>
        internal ResourceApi Resources { get; }

        /// <summary>Requests to any route of the store, for what WooPS has no cmdlet for (Invoke-WooRequest).</summary>
        internal RestRequests Requests { get; }

        internal ConsumerCredential Credential => _auth.Credential;

        internal ConnectionSettings Settings { get; }

        /// <summary>Opens a session and, unless told not to, proves the key with one authenticated request.</summary>
        public static async Task<WooSession> ConnectAsync(WooConnectOptions options, IWooLog log, CancellationToken cancellationToken)
        {
            StoreAddress address = StoreAddress.Parse(options.Url);
            var auth = new AuthState(options.Credential, AuthCandidates.For(options.AuthMethod, address.IsHttps));
            if (!address.IsHttps)
            {
                log.Warning(address.PlainHttpWarning);
            }

            if (auth.Settled?.Caveat is string caveat)
            {
                log.Verbose(caveat);
            }

            var session = new WooSession(address, auth, options);
            if (options.SkipValidation)
            {
                return session;
            }

            try
            {
                await session.ValidateAsync(log, cancellationToken).ConfigureAwait(false);
                return session;
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            IsClosed = true;
            _connection.Dispose();
        }

        private static int CheckedConcurrency(int value) => value >= 1 && value <= WooConnectOptions.MostConcurrency
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxConcurrency is 1 to {WooConnectOptions.MostConcurrency}.");

        public override string ToString() => $"{StoreUrl} ({AuthMethod}, key {KeyEnding})";

        private async Task ValidateAsync(IWooLog log, CancellationToken cancellationToken)
        {
            var probe = new WooRequest(HttpMethod.Get, "products").With("per_page", "1").With("_fields", "id");
            try
            {
                using WooResponse response = await _connection.SendAsync(probe, log, cancellationToken).ConfigureAwait(false);
                if (response.Json.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new WooApiException(WooErrorCodes.NotJson, $"The store answered {response.Shown} with JSON that is not a list.", response.Status);
                }
            }
            catch (WooApiException failure) when (AuthAnswers.Classify(failure) == AuthAnswer.NoPermission)
            {
                // The store recognised the key; it just may not read. A write-only key is a working key.
                log.Warning($"The key {KeyEnding} has no read permission ({failure.Message}): commands that read from the store will fail.");
            }
            catch (WooApiException failure)
            {
                throw KeyDiagnosis.Explain(failure, _connection.Address, _auth.Credential);
            }
        }
    }
}
