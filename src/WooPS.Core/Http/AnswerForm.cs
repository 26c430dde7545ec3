namespace WooPS.Core.Http
{
    /// <summary>What a successful answer may be, besides JSON.</summary>
    internal enum AnswerForm
    {
        /// <summary>JSON only: every resource answers with it, and anything else is a failure.</summary>
        Json,

        /// <summary>JSON, or no body at all (a HEAD, a 204).</summary>
        JsonOrEmpty,

        /// <summary>Any body: the caller shows it as it came (<c>Invoke-WooRequest -Raw</c>).</summary>
        Anything,
    }
}
