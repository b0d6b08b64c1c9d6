using CoopBot.Api;
using CoopBot.Server;

var builder = WebApplication.CreateBuilder(args);

// Listen where `func start` would, unless --urls or ASPNETCORE_URLS says otherwise.
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls(ServerDefaults.Url);
}

builder.Services.AddProblemDetails();
builder.Services.AddCoopBot(builder.Configuration);
builder.Services.AddHostedService<SeedSyncScheduler>();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapCoopBotRoutes();
app.Run();

/// <summary>Entry point, public so that tests can start the host.</summary>
public partial class Program;
