using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using CoopBot.Storage;
using Xunit;

namespace CoopBot.Testing;

/// <summary>
/// The table service the tests use. The test script starts one in-memory Azurite for the whole run and passes
/// its connection string in COOPBOT_TEST_STORAGE; a plain `dotnet test` without it starts one here, on a free
/// loopback port, and stops it by PID at the end.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    /// <summary>Name of the xunit collection that shares one instance per test assembly (xunit wants its definition in each assembly).</summary>
    public const string Collection = "Azurite";

    public const string ConnectionVariable = "COOPBOT_TEST_STORAGE";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static int prefixCounter;
    private Process? process;

    public string ConnectionString { get; private set; } = string.Empty;

    public TableServiceClient CreateServiceClient(TableClientOptions? options = null) => new(ConnectionString, options ?? new TableClientOptions());

    /// <summary>A table prefix unique to this test run and call, so tests never see each other's rows.</summary>
    public static string UniquePrefix() =>
        $"t{Environment.ProcessId:x}{Interlocked.Increment(ref prefixCounter)}x{Random.Shared.Next(0x10000):x4}";

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        var executable = Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}. Run the test script (./scripts/test.sh), or `npm ci` in the repository first.");
        }
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        ConnectionString = ConnectionStringFor(port);
        await WaitUntilListeningAsync(port);
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening on port {port}.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Azurite did not listen on port {port} within 30 s.");
    }
}

/// <summary>Table names with a fresh prefix, for one test's isolated set of tables.</summary>
public static class TestTables
{
    public static TableNames Fresh() => new(Azurite.UniquePrefix());
}
