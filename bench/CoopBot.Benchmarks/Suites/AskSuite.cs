using System.Diagnostics;
using System.Globalization;
using System.Net;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Synthetic;

namespace CoopBot.Benchmarks.Suites;

/// <summary>
/// <c>GET /api/ask</c> latency on the self-host over Azurite, warm, real HTTP on loopback: the question mix of
/// <see cref="QuestionScript"/> (multi-turn conversations carry a conversationId, so their state goes through
/// storage as it does for a client), once one request at a time and once with 4 concurrent clients; 100 and 10,000
/// stored articles. Targets: p99 ≤ 25 ms at 10,000 articles; latency at 10,000 at most 2× that at 100.
/// </summary>
/// <remarks>
/// For investigating: <c>--trace DIR</c> records the self-host with dotnet-trace during the sequential phase at the
/// largest size; <c>--variant NAME=VALUE</c> (repeatable) measures the largest size again with that environment
/// variable set for the self-host (e.g. <c>DOTNET_gcServer=0</c>).
/// </remarks>
internal static class AskSuite
{
    private const double TargetP99Milliseconds = 25;
    private const double TargetGrowth = 2;
    private const int Concurrency = 4;
    private const int WarmUpConversations = 300;
    private const int SequentialConversations = 2_000;
    private const int ConcurrentConversations = 2_000;

    /// <summary>Warm-up runs at least this long: tiered compilation keeps promoting methods for seconds after the first calls.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static string? TraceFolder { get; set; }

    public static List<string> Variants { get; } = [];

    public static async Task RunAsync(int largest)
    {
        Console.WriteLine("== ask ==");
        var sizes = new[] { 100, largest }.Distinct().ToArray();
        var results = new List<(int Size, Latencies Sequential, Latencies Concurrent)>();
        foreach (var size in sizes)
        {
            var (sequential, concurrent) = await MeasureAsync(size, largest, environment: null, trace: size == largest ? TraceFolder : null);
            results.Add((size, sequential, concurrent));
        }

        var small = results[0];
        var big = results[^1];
        Console.WriteLine($"  growth {small.Size:N0} → {big.Size:N0} articles: sequential p50 {big.Sequential.P50 / small.Sequential.P50:0.00}×, p99 {big.Sequential.P99 / small.Sequential.P99:0.00}×; "
            + $"{Concurrency} concurrent p50 {big.Concurrent.P50 / small.Concurrent.P50:0.00}×, p99 {big.Concurrent.P99 / small.Concurrent.P99:0.00}×");
        Targets.AtMost($"/api/ask p99 at {big.Size:N0} articles, sequential", big.Sequential.P99, TargetP99Milliseconds, "ms");
        Targets.AtMost($"/api/ask p99 at {big.Size:N0} articles, {Concurrency} concurrent", big.Concurrent.P99, TargetP99Milliseconds, "ms");
        Targets.AtMost($"/api/ask p99 growth {small.Size:N0} → {big.Size:N0}, sequential", big.Sequential.P99 / small.Sequential.P99, TargetGrowth, "×");
        Targets.AtMost($"/api/ask p99 growth {small.Size:N0} → {big.Size:N0}, {Concurrency} concurrent", big.Concurrent.P99 / small.Concurrent.P99, TargetGrowth, "×");

        foreach (var variant in Variants)
        {
            var parts = variant.Split('=', 2);
            Console.WriteLine($"  variant {variant} (diagnostic, not a target figure):");
            await MeasureAsync(largest, largest, new Dictionary<string, string> { [parts[0]] = parts.Length > 1 ? parts[1] : string.Empty }, trace: null);
        }
    }

    private static async Task<(Latencies Sequential, Latencies Concurrent)> MeasureAsync(int size, int largest, Dictionary<string, string>? environment, string? trace)
    {
        var prefix = await StoredArticles.PrefixAsync(size, largest);
        var storage = await StoredArticles.AzuriteAsync();
        var articles = SyntheticCorpus.Get(largest).Take(size);
        using var host = SelfHost.Start(storage, prefix, environment);
        var (firstAt, _) = await host.FirstAnswerAsync("Which outcomes were agreed?", TimeSpan.FromMinutes(3));
        Console.WriteLine($"  {size,6:N0} articles: self-host pid {host.Process.Id}, first answer {firstAt.TotalSeconds:0.00} s after start");

        var warming = Stopwatch.StartNew();
        for (var round = 0; warming.Elapsed < WarmUp; round++)
        {
            await RunAsync(host, QuestionScript.Build(articles, WarmUpConversations, seed: 31 + size + round), Concurrency, $"warm{size}-{round}", null, null);
        }

        var byKind = new SortedDictionary<string, Latencies>(StringComparer.Ordinal);
        var timeline = new List<(double At, double Ms)>();
        using var tracer = trace is null ? null : StartTrace(host, trace);
        var (serverCpu, azuriteCpu) = (host.Process.CpuTime, storage.CpuTime);
        var clock = Stopwatch.StartNew();
        var sequential = await RunAsync(host, QuestionScript.Build(articles, SequentialConversations, seed: 2_000 + size), 1, $"seq{size}", byKind, timeline);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"           sequential:    {sequential.Summary()}; {sequential.Count / seconds:0} requests/s; per request: self-host CPU {Cpu(host.Process.CpuTime - serverCpu, sequential.Count)}, Azurite CPU {Cpu(storage.CpuTime - azuriteCpu, sequential.Count)}");
        foreach (var (kind, latencies) in byKind)
        {
            Console.WriteLine($"             {kind,-36} {latencies.Summary()}");
        }
        // When the slowest requests happened: evenly spread points at load, a beat points at something periodic.
        var slow = timeline.Where(t => t.Ms >= sequential.P99).Select(t => t.At.ToString("0.0", CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine($"             requests at or over p99 started at (s into the phase): {string.Join(", ", slow)}");
        if (tracer is not null)
        {
            await tracer.WaitForExitAsync();
            Console.WriteLine($"             trace of the self-host written to {trace}");
        }

        (serverCpu, azuriteCpu) = (host.Process.CpuTime, storage.CpuTime);
        clock.Restart();
        var concurrent = await RunAsync(host, QuestionScript.Build(articles, ConcurrentConversations, seed: 3_000 + size), Concurrency, $"par{size}", null, null);
        seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"           {Concurrency} concurrent:  {concurrent.Summary()}; {concurrent.Count / seconds:0} requests/s; per request: self-host CPU {Cpu(host.Process.CpuTime - serverCpu, concurrent.Count)}, Azurite CPU {Cpu(storage.CpuTime - azuriteCpu, concurrent.Count)}");
        return (sequential, concurrent);
    }

    private static Process StartTrace(SelfHost host, string folder)
    {
        Directory.CreateDirectory(folder);
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-trace");
        var info = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "collect", "-p", host.Process.Id.ToString(CultureInfo.InvariantCulture), "--format", "speedscope", "--duration", "00:00:00:06", "-o", Path.Combine(folder, "ask-server.nettrace") })
        {
            info.ArgumentList.Add(argument);
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Thread.Sleep(1_000); // let the session attach before the phase starts
        return process;
    }

    private static string Cpu(TimeSpan cpu, int requests) => Latencies.Ms(cpu.TotalMilliseconds / requests).Trim();

    /// <summary>Runs the conversations with <paramref name="clients"/> clients, each taking the next conversation when done.</summary>
    private static async Task<Latencies> RunAsync(SelfHost host, IReadOnlyList<Conversation> script, int clients, string tag,
        IDictionary<string, Latencies>? byKind, List<(double At, double Ms)>? timeline)
    {
        var all = new Latencies();
        var next = -1;
        var failures = 0;
        string? firstFailure = null;
        var phase = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<(string Kind, double At, double Ms)>();
            for (var c = Interlocked.Increment(ref next); c < script.Count; c = Interlocked.Increment(ref next))
            {
                var conversation = script[c];
                var id = conversation.Turns.Count > 1 ? $"bench-{tag}-{c}" : null;
                foreach (var turn in conversation.Turns)
                {
                    var at = phase.Elapsed.TotalSeconds;
                    var start = Stopwatch.GetTimestamp();
                    using var response = await host.Client.GetAsync(SelfHost.AskPath(turn.Question, id), HttpCompletionOption.ResponseContentRead);
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failures);
                        firstFailure ??= $"{(int)response.StatusCode} for '{turn.Question}': {await response.Content.ReadAsStringAsync()}";
                    }
                    mine.Add((turn.Kind, at, elapsed));
                }
            }
            return mine;
        })).ToList();
        foreach (var worker in await Task.WhenAll(workers))
        {
            foreach (var (kind, at, ms) in worker)
            {
                all.Add(ms);
                timeline?.Add((at, ms));
                if (byKind is not null)
                {
                    if (!byKind.TryGetValue(kind, out var list))
                    {
                        byKind[kind] = list = new Latencies();
                    }
                    list.Add(ms);
                }
            }
        }
        if (failures > 0)
        {
            Console.WriteLine($"           {failures} requests failed; first: {firstFailure}");
        }
        return all;
    }
}
