using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Auth;
using WooPS.Core.Http;
using WooPS.Core.Json;

namespace WooPS.Core.Diagnostics
{
    /// <summary>
    /// Checks 5–7: tries each way Auto would send the key, one request each, and names why the store refused it
    /// (unknown key, wrong secret, a host that strips the header, a TLS-terminating proxy, the clock); then
    /// reads one product and posts an empty batch, which WooCommerce answers without changing anything.
    /// </summary>
    internal sealed class CredentialCheck : IDisposable
    {
        private static readonly byte[] EmptyBatch = Encoding.UTF8.GetBytes("{}");

        private readonly StoreAddress _address;
        private readonly ConsumerCredential _credential;
        private readonly ConnectionSettings _settings;
        private readonly List<KeyFinding> _findings;
        private readonly List<WooConnection> _connections = new List<WooConnection>();

        public CredentialCheck(StoreAddress address, ConsumerCredential credential, ConnectionSettings settings, List<KeyFinding> findings)
        {
            _address = address;
            _credential = credential;
            _settings = settings;
            _findings = findings;
        }

        public bool Valid { get; private set; }

        public string? AuthMethod { get; private set; }

        public bool KeyMayRead { get; private set; }

        public bool KeyMayWrite { get; private set; }

        public bool CanRead { get; private set; }

        public bool CanWrite { get; private set; }

        public async Task RunAsync(KeyPermission? required, IWooLog log, CancellationToken cancellationToken)
        {
            var answers = new List<(RawResponse Response, AuthAnswer Answer, string Message)>();
            foreach (AuthStrategy strategy in AuthCandidates.For(Core.Auth.AuthMethod.Auto, _address.IsHttps))
            {
                WooConnection connection = Open(strategy);
                RawResponse response = await connection.SendRawAsync(HttpMethod.Get, ProductsUri("products?per_page=1&_fields=id"), null, log, cancellationToken).ConfigureAwait(false);
                if (response.IsRedirect)
                {
                    RedirectAdvice advice = RedirectAdvice.For(_address, response);
                    _findings.Add(new KeyFinding(KeyCheckNames.Credentials, FindingResult.Fail, advice.Message, advice.Hint));
                    return;
                }

                AuthAnswer answer = AuthAnswers.Classify(response.Status, response.Body, out string message);
                answers.Add((response, answer, message));
                AuthVerdict verdict = AuthAnswers.VerdictOf(answer);
                if (verdict == AuthVerdict.Accepted)
                {
                    Valid = true;
                    AuthMethod = strategy.Description;
                    _findings.Add(Accepted(strategy, answers.Count > 1));
                    Read(response, required);
                    await WriteAsync(connection, required, log, cancellationToken).ConfigureAwait(false);
                    return;
                }

                if (verdict == AuthVerdict.Rejected || verdict == AuthVerdict.Inconclusive)
                {
                    break;
                }
            }

            _findings.Add(Refused(answers));
        }

        public void Dispose() => _connections.ForEach(c => c.Dispose());

        private WooConnection Open(AuthStrategy strategy)
        {
            var connection = new WooConnection(_address, new AuthState(_credential, new[] { strategy }), _settings);
            _connections.Add(connection);
            return connection;
        }

        private Uri ProductsUri(string route) => new Uri(_address.ApiBase, route);

        private KeyFinding Accepted(AuthStrategy strategy, bool afterFallback)
        {
            string key = _credential.KeyEnding;
            switch (strategy)
            {
                case OAuthStrategy oauth when oauth.SignForHttp:
                    return new KeyFinding(KeyCheckNames.Credentials, FindingResult.Warn,
                        $"The store accepted key {key}, but only signed with OAuth for {StoreAddress.ToHttpForm(_address.Home)}: it sits behind a TLS-terminating proxy, and WordPress believes it is served over plain http, so Basic authentication is ignored. WooPS's Auto authentication signs for http.",
                        "Tell WordPress it is served over https (in wp-config.php: if X-Forwarded-Proto is https, set $_SERVER['HTTPS'] = 'on'), so every client works.");
                case OAuthStrategy _ when afterFallback:
                    return new KeyFinding(KeyCheckNames.Credentials, FindingResult.Warn,
                        $"The store accepted key {key} with OAuth 1.0a, but HTTP Basic arrived as no credentials at all: the host strips the Authorization header. WooPS's Auto authentication uses OAuth instead.",
                        "For other clients, let the header through: with Apache and PHP as CGI/FastCGI, add 'SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1' to .htaccess.");
                case QueryStringAuthStrategy _:
                    return new KeyFinding(KeyCheckNames.Credentials, FindingResult.Warn,
                        $"The store accepted key {key} only with the key and secret in the query string: the secret is part of every URL and lands in access logs.",
                        "Let the Authorization header through to PHP (see the host's documentation) so Basic or OAuth work.");
                default:
                    return new KeyFinding(KeyCheckNames.Credentials, FindingResult.Pass, $"The store accepted key {key} with {strategy.Description} authentication.");
            }
        }

        private KeyFinding Refused(List<(RawResponse Response, AuthAnswer Answer, string Message)> answers)
        {
            string key = _credential.KeyEnding;
            string store = _address.ToString();
            KeyFinding Fail(string message, string hint) => new KeyFinding(KeyCheckNames.Credentials, FindingResult.Fail, message, hint);
            KeyFinding Advised((string Message, string Hint) advice) => Fail(advice.Message, advice.Hint);

            if (answers.Any(a => a.Answer == AuthAnswer.WrongSecret))
            {
                return Advised(KeyAdvice.WrongSecret(store, key));
            }

            if (answers.Any(a => a.Answer == AuthAnswer.UnknownKey))
            {
                return Advised(KeyAdvice.UnknownKey(store, key));
            }

            var late = answers.FirstOrDefault(a => a.Answer == AuthAnswer.StaleTimestamp);
            if (late.Response != null)
            {
                return Advised(KeyAdvice.ClockSkew(store, late.Response.Date, DateTimeOffset.UtcNow));
            }

            if (answers.Any(a => a.Answer == AuthAnswer.SignatureRejected))
            {
                return Fail($"The store knows key {key} but rejected every OAuth signature: the consumer secret is wrong.",
                    $"Paste the secret (cs_…) again, or make a new key in {KeyAdvice.KeysPage}.");
            }

            if (answers.All(a => a.Answer == AuthAnswer.Anonymous))
            {
                return Fail($"The store answered every way of sending key {key} as if no credentials arrived ({answers[0].Message}).",
                    "The credentials do not reach WooCommerce: a proxy or security plugin removes both the Authorization header and the query string's keys. Ask the host to pass them through.");
            }

            var last = answers[answers.Count - 1];
            string said = last.Message.Length > 0 ? last.Message : last.Response.DescribeBody();
            return Fail($"Checking key {key}, the store answered {last.Response.Status} {last.Response.ReasonPhrase}: {said}", "See the store's message; WooCommerce → Status → Logs, or the web server's error log, may say more.");
        }

        private void Read(RawResponse response, KeyPermission? required)
        {
            (KeyMayRead, CanRead) = Permission(
                response,
                new PermissionWords(KeyCheckNames.ReadPermission, "read", "listing products works", "list products", "Read or Read/Write"),
                required == KeyPermission.Read || required == KeyPermission.ReadWrite);
        }

        private async Task WriteAsync(WooConnection connection, KeyPermission? required, IWooLog log, CancellationToken cancellationToken)
        {
            // An empty batch is a write request that changes nothing: WooCommerce checks the permission, then answers [].
            RawResponse response = await connection.SendRawAsync(HttpMethod.Post, ProductsUri("products/batch"), EmptyBatch, log, cancellationToken).ConfigureAwait(false);
            (KeyMayWrite, CanWrite) = Permission(
                response,
                new PermissionWords(KeyCheckNames.WritePermission, "write", "an empty products batch was accepted (it changes nothing)", "edit products", "Write or Read/Write"),
                required == KeyPermission.Write || required == KeyPermission.ReadWrite);
        }

        /// <summary>
        /// Judges one permission probe: 200, it works; 401 "does not have … permissions", the key lacks it (a failure
        /// only when <paramref name="needed"/>); 403, the key has it but its WordPress user may not.
        /// </summary>
        private (bool KeyMay, bool Works) Permission(RawResponse response, PermissionWords words, bool needed)
        {
            AuthAnswer answer = AuthAnswers.Classify(response.Status, response.Body, out string message);
            if (response.Status == 200)
            {
                // The key may; whether it works also depends on the answer being readable.
                KeyFinding readable = Readable(response, words);
                _findings.Add(readable);
                return (true, readable.Result != FindingResult.Fail);
            }

            if (answer == AuthAnswer.NoPermission)
            {
                _findings.Add(new KeyFinding(words.Check, needed ? FindingResult.Fail : FindingResult.Warn,
                    $"The key has no {words.Verb} permission ({message})",
                    $"In {KeyAdvice.KeysPage}, edit the key and set Permissions to {words.Grant}."));
                return (false, false);
            }

            if (answer == AuthAnswer.UserRefused)
            {
                _findings.Add(new KeyFinding(words.Check, FindingResult.Fail,
                    $"The key has {words.Verb} permission, but its WordPress user may not {words.UserAction} ({message})",
                    $"Make the key for a user with the Shop manager or Administrator role ({KeyAdvice.KeysPage} shows the key's user)."));
                return (true, false);
            }

            _findings.Add(new KeyFinding(words.Check, FindingResult.Fail, $"The {words.Verb} check failed: {response.Status} {response.ReasonPhrase} {message}".TrimEnd()));
            return (false, false);
        }

        /// <summary>A permission that works, judged by whether its answer can be read: cut off, or with PHP's output in it.</summary>
        private static KeyFinding Readable(RawResponse response, PermissionWords words)
        {
            using JsonAnswer answer = JsonAnswer.Read(response.Body);
            if (answer.CutShort)
            {
                return new KeyFinding(words.Check, FindingResult.Fail,
                    $"The key may {words.Verb}, but the store's answer to {response.Shown} was cut off after {response.Body.Length:N0} bytes.", JsonAnswer.CutShortAdvice);
            }

            if (answer.Document == null)
            {
                return new KeyFinding(words.Check, FindingResult.Fail,
                    $"The key may {words.Verb}, but the store answered {response.Shown} with {response.DescribeBody()} instead of WooCommerce JSON.",
                    "A plugin, or something between the store and this machine, spoils the store's answers; the site's PHP error log may say which.");
            }

            return answer.StrayOutput == null
                ? new KeyFinding(words.Check, FindingResult.Pass, $"The key may {words.Verb}: {words.Proof}.")
                : new KeyFinding(words.Check, FindingResult.Warn,
                    $"The key may {words.Verb}: {words.Proof}, but PHP prints output with the store's answers: {answer.QuotedStrayOutput}. WooPS skips it; other clients may choke on it.",
                    JsonAnswer.StrayOutputAdvice);
        }

        private sealed class PermissionWords
        {
            public PermissionWords(string check, string verb, string proof, string userAction, string grant)
            {
                Check = check;
                Verb = verb;
                Proof = proof;
                UserAction = userAction;
                Grant = grant;
            }

            public string Check { get; }

            public string Verb { get; }

            public string Proof { get; }

            public string UserAction { get; }

            public string Grant { get; }
        }
    }
}
