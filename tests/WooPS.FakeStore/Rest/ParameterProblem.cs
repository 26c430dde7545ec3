namespace WooPS.FakeStore.Rest;

/// <summary>One invalid request parameter: its name, the WordPress error code and message.</summary>
internal sealed record ParameterProblem(string Name, string Code, string Message);
