using System.Net.Http.Json;
using CoopBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopBot.Server.Tests;

/// <summary>The self-host started in-process on a free loopback port, reached over real HTTP.</summary>
public sealed class SelfHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SelfHost(WebApplication app, Uri address)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public static async Task<SelfHost> StartAsync(Azurite azurite, string seedsPath, params string[] extraArgs)
    {
        var url = $"http://127.0.0.1:{Azurite.FreePort()}";
        string[] args =
        [
            "--urls", url,
            $"--AzureWebJobsStorage={azurite.ConnectionString}",
            $"--TablePrefix={Azurite.UniquePrefix()}",
            $"--SeedsPath={seedsPath}",
            "--Logging:LogLevel:Default=Warning",
            .. extraArgs,
        ];
        var app = ServerApp.Create(args);
        await app.StartAsync();
        return new SelfHost(app, new Uri(url));
    }

    /// <summary>Waits until the start-up seed sync (which waits for the answer index to be built) has run.</summary>
    public Task WaitForStartupSyncAsync() =>
        app.Services.GetServices<IHostedService>().OfType<SeedSyncScheduler>().Single().StartupSync.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>
    /// Waits until the start-up seed sync has stored <paramref name="count"/> articles and brought the answer index
    /// up to date (it refreshes it when it writes the knowledge snapshot).
    /// </summary>
    public async Task WaitForArticlesAsync(int count)
    {
        await WaitForStartupSyncAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var list = await Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles");
            if (list.GetProperty("count").GetInt32() >= count)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The seed sync did not store {count} articles within 30 s.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
