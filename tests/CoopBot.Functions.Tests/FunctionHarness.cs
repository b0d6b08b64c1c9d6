using System.Text;
using System.Text.Json;
using CoopBot.Api;
using CoopBot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Functions.Tests;

/// <summary>
/// Calls function classes the way the Functions host does with ASP.NET Core integration: an HttpRequest in,
/// an IActionResult out, executed against the HttpContext to read status and body.
/// </summary>
public sealed class FunctionHarness : IDisposable
{
    public FunctionHarness(Azurite azurite, string? seedsPath = null, Action<IServiceCollection>? configure = null, Dictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["TablePrefix"] = Azurite.UniquePrefix(),
            ["SeedsPath"] = seedsPath ?? RepositoryPaths.Seeds,
        };
        foreach (var (key, value) in extraSettings ?? [])
        {
            settings[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddCoopBot(configuration);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(validateScopes: true);
    }

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public HttpRequest Request(string method, string? body = null, string? contentType = null) =>
        Request(method, body is null ? null : Encoding.UTF8.GetBytes(body), contentType);

    public HttpRequest Request(string method, byte[]? body, string? contentType)
    {
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.Method = method;
        context.Request.ContentType = contentType;
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
        }
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static async Task<(int Status, JsonElement Body, string? ContentType)> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (context.Response.StatusCode, json, context.Response.ContentType);
    }

    public void Dispose() => Services.Dispose();
}
