using System;
using System.Collections.Specialized;
using System.Management.Automation;
using WooPS.Core.Requests;

namespace WooPS.Output
{
    /// <summary>
    /// Invoke-WooRequest -Raw's object (type name WooPS.RawResponse): the store's answer as it came, for a caller who
    /// reads it itself. Headers are a dictionary by name, any case; a header sent more than once has its values joined
    /// with ", ". Nothing of the request's credentials is in it: request headers are not kept, and addresses in the
    /// answer's headers have lost their credentials.
    /// </summary>
    internal static class RawAnswer
    {
        public const string TypeName = "WooPS.RawResponse";

        public static PSObject ToPSObject(RestAnswer answer)
        {
            var headers = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            foreach (var header in answer.Headers)
            {
                headers[header.Key] = headers[header.Key] is string earlier ? earlier + ", " + header.Value : header.Value;
            }

            var raw = new PSObject();
            raw.Properties.Add(new PSNoteProperty("StatusCode", answer.StatusCode));
            raw.Properties.Add(new PSNoteProperty("StatusDescription", answer.StatusDescription));
            raw.Properties.Add(new PSNoteProperty("Method", answer.Method));
            raw.Properties.Add(new PSNoteProperty("Uri", answer.Address));
            raw.Properties.Add(new PSNoteProperty("ContentType", answer.ContentType));
            raw.Properties.Add(new PSNoteProperty("Headers", headers));
            raw.Properties.Add(new PSNoteProperty("Content", answer.Content));
            raw.TypeNames.Insert(0, TypeName);
            return raw;
        }
    }
}
