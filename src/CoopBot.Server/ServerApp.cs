using CoopBot.Api;

namespace CoopBot.Server;

/// <summary>Builds the self-host: the same handlers and seed sync as the Functions app, on plain ASP.NET Core.</summary>
public static class ServerApp
{
    /// <summary>The address Azure Functions Core Tools uses, so the Emulator and scripts work with either host.</summary>
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplication Create(string[] args)
    {
        // Content root next to the binaries, so appsettings.json is found wherever the host is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Listen where `func start` would, unless --urls or ASPNETCORE_URLS says otherwise.
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddCoopBot(builder.Configuration);
        builder.Services.AddHostedService<SeedSyncScheduler>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapCoopBotRoutes();
        return app;
    }
}
