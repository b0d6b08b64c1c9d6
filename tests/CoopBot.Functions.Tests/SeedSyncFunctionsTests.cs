using CoopBot.Api.Seeds;
using CoopBot.Core.Ingestion;
using CoopBot.Testing;
using Microsoft.Azure.Functions.Worker;

namespace CoopBot.Functions.Tests;

[Collection(Azurite.Collection)]
public sealed class SeedSyncFunctionsTests(Azurite azurite) : IDisposable
{
    private readonly string seeds = Directory.CreateTempSubdirectory("coopbot-fn-seeds-").FullName;

    public void Dispose() => Directory.Delete(seeds, recursive: true);

    [Fact]
    public async Task Timer_loads_the_seeds_folder()
    {
        File.WriteAllText(Path.Combine(seeds, "one.txt"), "date 2025-01-01 Seed one\n\nBody.");
        using var harness = new FunctionHarness(azurite, seeds);

        await new SeedSyncFunctions(harness.Get<SeedSyncService>()).RunAsync(new TimerInfo(), default);

        var stored = await harness.Get<IArticleStore>().ListAsync();
        Assert.Equal("2025-01-01-seed-one", Assert.Single(stored).Id);
    }

    [Fact]
    public async Task Http_sync_reports_added_updated_unchanged_and_removed()
    {
        File.WriteAllText(Path.Combine(seeds, "one.txt"), "date 2025-01-01 Seed one\n\nBody.");
        File.WriteAllText(Path.Combine(seeds, "two.txt"), "date 2025-01-02 Seed two\n\nBody.");
        File.WriteAllText(Path.Combine(seeds, "three.txt"), "date 2025-01-03 Seed three\n\nBody.");
        using var harness = new FunctionHarness(azurite, seeds);
        var functions = new SeedSyncFunctions(harness.Get<SeedSyncService>());
        var first = harness.Request("POST");
        var (_, added, _) = await FunctionHarness.ExecuteAsync(first, await functions.SyncAsync(first, default));

        File.WriteAllText(Path.Combine(seeds, "one.txt"), "date 2025-01-01 Seed one\n\nBody changed.");
        File.Delete(Path.Combine(seeds, "three.txt"));
        var second = harness.Request("POST");
        var (status, report, _) = await FunctionHarness.ExecuteAsync(second, await functions.SyncAsync(second, default));

        Assert.Equal(3, added.GetProperty("added").GetArrayLength());
        Assert.Equal(200, status);
        Assert.Equal("2025-01-01-seed-one", report.GetProperty("updated")[0].GetString());
        Assert.Equal("2025-01-02-seed-two", report.GetProperty("unchanged")[0].GetString());
        Assert.Equal("2025-01-03-seed-three", report.GetProperty("removed")[0].GetString());
    }

    [Fact]
    public async Task Missing_seeds_folder_is_a_409_problem()
    {
        using var harness = new FunctionHarness(azurite, Path.Combine(seeds, "missing"));
        var request = harness.Request("POST");

        var (status, problem, _) = await FunctionHarness.ExecuteAsync(request, await new SeedSyncFunctions(harness.Get<SeedSyncService>()).SyncAsync(request, default));

        Assert.Equal(409, status);
        Assert.Contains("SeedsPath", problem.GetProperty("detail").GetString());
    }
}
