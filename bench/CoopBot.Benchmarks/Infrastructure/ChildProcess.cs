using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoopBot.Benchmarks.Infrastructure;

/// <summary>
/// A process the benchmark starts (Azurite, the self-host) and stops again by its own id, also when the benchmark
/// is interrupted. Output lines are kept with the time they arrived, relative to the start.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly List<ChildProcess> Running = [];
    private readonly Process process;
    private readonly Stopwatch sinceStart;
    private readonly List<(TimeSpan At, string Line)> lines = [];

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
        Console.CancelKeyPress += (_, _) => StopAll();
    }

    private ChildProcess(Process process, Stopwatch sinceStart)
    {
        this.process = process;
        this.sinceStart = sinceStart;
    }

    public int Id => process.Id;

    /// <summary>Time since just before the process was started.</summary>
    public TimeSpan Elapsed => sinceStart.Elapsed;

    /// <summary>CPU time the process has used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var child = new ChildProcess(process, clock);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (Running)
        {
            Running.Add(child);
        }
        return child;
    }

    /// <summary>When the first output line containing <paramref name="text"/> arrived, if one has.</summary>
    /// <summary>Waits until the process has printed a line containing <paramref name="text"/>; throws after <paramref name="timeout"/>.</summary>
    public async Task<TimeSpan> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < timeout)
        {
            if (FirstLineContaining(text) is { } at)
            {
                return at;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No line containing '{text}' within {timeout.TotalSeconds:0} s.");
    }

    public TimeSpan? FirstLineContaining(string text)
    {
        lock (lines)
        {
            foreach (var (at, line) in lines)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return at;
                }
            }
        }
        return null;
    }

    public IReadOnlyList<string> Output()
    {
        lock (lines)
        {
            return lines.Select(l => l.Line).ToList();
        }
    }

    public bool HasExited => process.HasExited;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the loopback port.</summary>
    public async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Process {process.Id} exited with code {process.ExitCode}:\n{string.Join('\n', Output().TakeLast(20))}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }
        throw new TimeoutException($"Nothing listened on port {port} within {timeout.TotalSeconds:0} s.");
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }

    private void Stop()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        lock (Running)
        {
            Running.Remove(this);
        }
    }

    private static void StopAll()
    {
        List<ChildProcess> running;
        lock (Running)
        {
            running = [.. Running];
        }
        foreach (var child in running)
        {
            child.Stop();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (lines)
        {
            // Enough to find the start-up lines; a long run's request logs are not kept.
            if (lines.Count < 5_000)
            {
                lines.Add((sinceStart.Elapsed, line));
            }
        }
    }
}
