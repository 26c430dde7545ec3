using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using WooPS.Core.Json;

namespace WooPS.Core.Requests
{
    /// <summary>
    /// A request's JSON body from what the caller gives: fields (name/value pairs, a dictionary) or a list, written by
    /// <see cref="WooJsonWriter"/> with WooCommerce's rules (money as strings, dates as the store reads them); or JSON
    /// text, checked to parse and sent as it is.
    /// </summary>
    internal static class RequestBody
    {
        /// <param name="body">Fields, a list, or JSON text; values plain .NET values (no PowerShell wrappers).</param>
        /// <exception cref="WooApiException">Text that is not JSON, a value that is neither fields nor a list, a field no JSON can hold.</exception>
        public static byte[] From(object body)
        {
            switch (body)
            {
                case string json:
                    return Checked(json);
                case IEnumerable<KeyValuePair<string, object?>> _:
                case IDictionary _:
                case IEnumerable _:
                    try
                    {
                        return WooJsonWriter.WriteDocument(body);
                    }
                    catch (ArgumentException cannot)
                    {
                        throw Refused($"The body cannot be written as JSON: {cannot.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]}");
                    }

                default:
                    throw Refused($"The body is a {body.GetType().FullName}: give a hashtable or an object (its properties are the fields), an array, or JSON text.");
            }
        }

        private static byte[] Checked(string json)
        {
            try
            {
                using (JsonDocument.Parse(json))
                {
                }
            }
            catch (JsonException notJson)
            {
                throw Refused($"The body is text that is not JSON ({notJson.Message}). Give JSON text, or a hashtable or an object for WooPS to write as JSON.");
            }

            return Encoding.UTF8.GetBytes(json);
        }

        private static WooApiException Refused(string message) => new WooApiException(WooErrorCodes.WrongInput, message);
    }
}
