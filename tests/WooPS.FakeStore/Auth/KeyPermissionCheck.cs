using WooPS.FakeStore.Rest;

namespace WooPS.FakeStore.Auth;

/// <summary>WooCommerce's check_permissions: the key's permission against the HTTP method.</summary>
internal static class KeyPermissionCheck
{
    /// <summary>Null when the key may use the method, else the error.</summary>
    public static WooError? Check(FakeKey key, string method)
    {
        bool canRead = key.Permission is "read" or "read_write";
        bool canWrite = key.Permission is "write" or "read_write";
        return method switch
        {
            "GET" or "HEAD" when !canRead => WooErrors.AuthenticationError("The API key provided does not have read permissions."),
            "POST" or "PUT" or "PATCH" or "DELETE" when !canWrite => WooErrors.AuthenticationError("The API key provided does not have write permissions."),
            "GET" or "HEAD" or "POST" or "PUT" or "PATCH" or "DELETE" or "OPTIONS" => null,
            _ => WooErrors.AuthenticationError("Unknown request method."),
        };
    }
}
