using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// One invalid request parameter: its name, the WordPress error code and message, and the error's
/// data (type errors carry {"param": name}; range and enum errors carry none, capture 22).
/// </summary>
internal sealed record ParameterProblem(string Name, string Code, string Message, JsonObject? Data = null);
