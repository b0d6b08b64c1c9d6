using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using CoopBot.Benchmarks.Infrastructure;
using CoopBot.Benchmarks.Suites;

// CoopBot's benchmarks (docs/PERFORMANCE.md): dotnet run -c Release --project bench/CoopBot.Benchmarks -- SUITE… [options]
//   suites: extraction | engine | ask | startup | all; for looking closer: sample, answers, snapshot, tail, probe "question"…;
//   for speed work: dump FOLDER… [--synthetic] (every output of the extractor, to diff before and after a change)
//   options: --articles N (largest size, default 10,000), --full-ingest, --trace DIR and --variant NAME=VALUE (ask),
//   --azurite-data DIR (keep Azurite's data there and reuse stored articles in later runs), --warm-up-seconds N (engine:
//   repeat each size's warm-up until it has run N seconds)
// Each suite prints its figures; the targets of the issues are summed up at the end. Nothing here fails a build.
// Option values (after --articles, --trace, --variant) are not suite names.
var optionValues = args.Select((a, i) => (a, i)).Where(p => p.i > 0 && args[p.i - 1] is "--articles" or "--trace" or "--variant" or "--azurite-data" or "--warm-up-seconds").Select(p => p.i).ToHashSet();
var words = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && !optionValues.Contains(i)).ToList();
if (words.FirstOrDefault() == "dump")
{
    // No machine line or timings: the output is compared byte for byte.
    await DumpSuite.RunAsync(words.Skip(1).ToList(), synthetic: args.Contains("--synthetic"));
    return 0;
}
var probeQuestions = words.SkipWhile(a => a != "probe").Skip(1).ToList();
var suites = words.TakeWhile(a => a != "probe").Select(a => a.ToLowerInvariant())
    .Concat(args.Contains("probe") ? ["probe"] : []).ToList();
var articlesIndex = Array.IndexOf(args, "--articles");
var largest = articlesIndex >= 0 && articlesIndex + 1 < args.Length ? int.Parse(args[articlesIndex + 1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
StoredArticles.FullIngest = args.Contains("--full-ingest");
StoredArticles.DataFolder = args.SkipWhile(a => a != "--azurite-data").Skip(1).FirstOrDefault();
EngineSuite.WarmUpSeconds = double.Parse(args.SkipWhile(a => a != "--warm-up-seconds").Skip(1).FirstOrDefault() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
AskSuite.TraceFolder = args.SkipWhile(a => a != "--trace").Skip(1).FirstOrDefault();
AskSuite.Variants.AddRange(args.Select((a, i) => (a, i)).Where(p => p.a == "--variant" && p.i + 1 < args.Length).Select(p => args[p.i + 1]));
if (suites.Count == 0 || suites.Contains("all"))
{
    suites = ["extraction", "engine", "ask", "startup"];
}
var known = new[] { "extraction", "engine", "ask", "startup", "sample", "answers", "snapshot", "probe", "tail" };
if (suites.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
{
    Console.Error.WriteLine($"Unknown suite '{unknown}'. Use: extraction | engine | ask | startup | all | sample | answers | snapshot | tail | probe \"question\"… [--articles N] [--full-ingest] [--trace DIR] [--variant NAME=VALUE] [--azurite-data DIR] [--warm-up-seconds N]");
    return 2;
}

PrintMachine();
var total = Stopwatch.StartNew();
try
{
    foreach (var suite in suites)
    {
        var clock = Stopwatch.StartNew();
        switch (suite)
        {
            case "extraction":
                ExtractionSuite.Run();
                break;
            case "engine":
                EngineSuite.Run(largest);
                break;
            case "ask":
                await AskSuite.RunAsync(largest);
                break;
            case "startup":
                await StartupSuite.RunAsync(largest);
                break;
            case "sample":
                SampleSuite.Run();
                break;
            case "snapshot":
                await SnapshotSuite.RunAsync(largest);
                break;
            case "answers":
                AnswersSuite.Run(largest);
                break;
            case "probe":
                ProbeSuite.Run(largest, probeQuestions);
                break;
            case "tail":
                TailSuite.Run(largest);
                break;
        }
        Console.WriteLine($"  ({suite} took {clock.Elapsed.TotalSeconds:0} s)");
        Console.WriteLine();
    }
}
finally
{
    StoredArticles.StopAzurite();
}
Targets.PrintSummary();
Console.WriteLine($"Total {total.Elapsed.TotalSeconds:0} s");
return 0;

static string? Git(string arguments)
{
    try
    {
        var info = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        using var git = Process.Start(info)!;
        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return git.ExitCode == 0 ? output : null;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}

static void PrintMachine()
{
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
    var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
    Console.WriteLine($"CoopBot benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Git("rev-parse --short HEAD") ?? "?"}"
        + (Git("status --porcelain -- src") is { Length: > 0 } ? " with uncommitted changes in src/" : string.Empty));
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory:0} GB, {RuntimeInformation.OSDescription}");
    Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, "
#if DEBUG
        + "DEBUG build (use -c Release for figures)");
#else
        + "Release build");
#endif
    Console.WriteLine();
}
