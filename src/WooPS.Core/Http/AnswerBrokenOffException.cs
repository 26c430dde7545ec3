using System;
using System.Net.Http;

namespace WooPS.Core.Http
{
    /// <summary>
    /// The store began to answer, then the connection broke before the body was complete. A network failure to
    /// the retry handler, which repeats it like one; the user hears that the answer was cut off, not that the store
    /// could not be reached.
    /// </summary>
    internal sealed class AnswerBrokenOffException : HttpRequestException
    {
        public AnswerBrokenOffException(Exception cause)
            : base("The answer broke off before it was complete: " + cause.GetBaseException().Message, cause)
        {
        }
    }
}
