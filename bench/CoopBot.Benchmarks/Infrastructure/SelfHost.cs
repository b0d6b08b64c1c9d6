using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace CoopBot.Benchmarks.Infrastructure;

/// <summary>
/// The self-host's own build (<c>src/CoopBot.Server/bin/Release/net10.0/CoopBot.Server.dll</c>) run as a child
/// process on a free loopback port, over Azurite tables with a given prefix and an empty seeds folder.
/// </summary>
internal sealed class SelfHost : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string seeds;

    private SelfHost(ChildProcess process, int port, string seeds)
    {
        Process = process;
        this.seeds = seeds;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(120),
        };
    }

    public static string DllPath => Path.Combine(RepositoryRoot.Path, "src", "CoopBot.Server", "bin", Configuration, "net10.0", "CoopBot.Server.dll");

    public ChildProcess Process { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public static SelfHost Start(Azurite storage, string tablePrefix, IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        if (!File.Exists(DllPath))
        {
            throw new InvalidOperationException($"{DllPath} is missing: build the benchmarks with -c {Configuration} (they build the server too).");
        }
        var seeds = Directory.CreateTempSubdirectory("coopbot-bench-seeds-").FullName;
        var port = ChildProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = storage.ConnectionString,
            ["TablePrefix"] = tablePrefix,
            ["SeedsPath"] = seeds,
        };
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }
        var process = ChildProcess.Start("dotnet", [DllPath, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"], environment);
        return new SelfHost(process, port, seeds);
    }

    public static string AskPath(string question, string? conversationId = null) =>
        "/api/ask?q=" + Uri.EscapeDataString(question) + (conversationId is null ? string.Empty : "&conversationId=" + Uri.EscapeDataString(conversationId));

    /// <summary>Asks until the host answers (it may not listen yet); the time is from process start to the answer.</summary>
    public async Task<(TimeSpan At, string Body)> FirstAnswerAsync(string question, TimeSpan timeout)
    {
        while (Process.Elapsed < timeout)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException("The self-host exited:\n" + string.Join('\n', Process.Output().TakeLast(30)));
            }
            try
            {
                using var response = await Client.GetAsync(AskPath(question));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (Process.Elapsed, body);
                }
                throw new InvalidOperationException($"The first /api/ask answered {(int)response.StatusCode}: {body}");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(10);
            }
        }
        throw new TimeoutException($"No answer from the self-host within {timeout.TotalSeconds:0} s.");
    }

    public void Dispose()
    {
        Client.Dispose();
        Process.Dispose();
        try
        {
            Directory.Delete(seeds, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
