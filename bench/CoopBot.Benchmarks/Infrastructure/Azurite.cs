namespace CoopBot.Benchmarks.Infrastructure;

/// <summary>
/// An Azurite table service on a free loopback port, started from the repository's node_modules (<c>npm ci</c>
/// installs it) and stopped by its process id: in memory, or keeping its data in a folder between runs.
/// </summary>
internal sealed class Azurite : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ChildProcess process;

    private Azurite(ChildProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>Azurite's CPU time so far, to tell whether it (a single Node.js thread) is the bottleneck.</summary>
    public TimeSpan CpuTime => process.CpuTime;

    /// <param name="dataFolder">Where to keep the data between runs; null for in-memory.</param>
    public static async Task<Azurite> StartAsync(string? dataFolder = null)
    {
        var executable = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run `npm ci` in {RepositoryRoot.Path} first.");
        }
        var port = ChildProcess.FreePort();
        string[] persistence = dataFolder is null ? ["--inMemoryPersistence"] : ["--location", Directory.CreateDirectory(dataFolder).FullName];
        var process = ChildProcess.Start(executable,
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. persistence, "--skipApiVersionCheck"]);
        var azurite = new Azurite(process, port);
        await process.WaitForPortAsync(port, TimeSpan.FromSeconds(30));
        Console.WriteLine($"Azurite (pid {process.Id}) listening on 127.0.0.1:{port} after {process.Elapsed.TotalSeconds:0.0} s");
        return azurite;
    }

    public void Dispose()
    {
        var id = process.Id;
        process.Dispose();
        Console.WriteLine($"Azurite (pid {id}) stopped");
    }
}
