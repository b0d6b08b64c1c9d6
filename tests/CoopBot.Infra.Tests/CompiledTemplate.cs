using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoopBot.Infra.Tests;

/// <summary>
/// infra/main.bicep compiled to ARM JSON once per test run. The modules are nested deployments inside it, so the
/// helpers search the whole tree for resources by type.
/// </summary>
internal static partial class CompiledTemplate
{
    private static readonly Lazy<Task<JsonObject>> Main = new(async () =>
    {
        var result = await BicepCli.BuildAsync(InfraFiles.MainBicep);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/main.bicep does not build: {result.Describe()}");
        }
        return JsonNode.Parse(result.StandardOutput)?.AsObject()
            ?? throw new InvalidOperationException("bicep build printed no template.");
    });

    public static Task<JsonObject> MainAsync() => Main.Value;

    /// <summary>Every resource declaration (an object with a string "type" and an "apiVersion") anywhere in the template.</summary>
    public static IEnumerable<JsonObject> Resources(JsonNode root, string type) =>
        Descendants(root).Where(o =>
            o["apiVersion"] is JsonValue &&
            o["type"] is JsonValue typeValue &&
            typeValue.TryGetValue<string>(out var actual) &&
            string.Equals(actual, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The Function App's app settings: the keys of every <c>Microsoft.Web/sites/config</c> "appsettings" resource
    /// and the names in any <c>siteConfig.appSettings</c> array of a site, with their (literal or expression) values.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AppSettings(JsonNode root)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var config in Resources(root, "Microsoft.Web/sites/config"))
        {
            if (config["name"]?.ToString().Contains("appsettings", StringComparison.OrdinalIgnoreCase) == true &&
                config["properties"] is JsonObject properties)
            {
                foreach (var (name, value) in properties)
                {
                    settings[name] = value?.ToString() ?? string.Empty;
                }
            }
        }
        foreach (var site in Resources(root, "Microsoft.Web/sites"))
        {
            if (site["properties"]?["siteConfig"]?["appSettings"] is JsonArray array)
            {
                foreach (var entry in array.OfType<JsonObject>())
                {
                    settings[entry["name"]?.ToString() ?? string.Empty] = entry["value"]?.ToString() ?? string.Empty;
                }
            }
        }
        return settings;
    }

    /// <summary>
    /// The text a string property evaluates to, as far as it is literal: the value itself, or for
    /// <c>[format('literal{0}…', …)]</c> the format string (placeholders kept).
    /// </summary>
    public static string LiteralText(string value)
    {
        if (!value.StartsWith('['))
        {
            return value;
        }
        var format = FormatExpression().Match(value);
        return format.Success ? format.Groups["text"].Value.Replace("''", "'") : value;
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var descendant in Descendants(child))
                    {
                        yield return descendant;
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var descendant in Descendants(child))
                    {
                        yield return descendant;
                    }
                }
                break;
        }
    }

    [GeneratedRegex(@"^\[format\('(?<text>(?:[^']|'')*)'")]
    private static partial Regex FormatExpression();
}
