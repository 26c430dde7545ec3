namespace WooPS.Core
{
    /// <summary>
    /// What sort of failure an error is. The names are PowerShell's error categories, so the cmdlet layer maps a
    /// kind to its category by name; the core itself knows nothing of PowerShell.
    /// </summary>
    public enum WooErrorKind
    {
        NotSpecified,
        InvalidArgument,
        InvalidData,
        AuthenticationError,
        PermissionDenied,
        ObjectNotFound,
        ResourceExists,
        LimitsExceeded,
        ResourceUnavailable,
        ConnectionError,
        OperationTimeout,
        InvalidResult,
        InvalidOperation,
        OperationStopped,
    }
}
