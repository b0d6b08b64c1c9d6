using System.Collections;
using CoopBot.Testing;

namespace CoopBot.Cli.Tests;

[Collection(Azurite.Collection)]
public sealed class IngestCommandTests(Azurite azurite) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("coopbot-cli-").FullName;
    private readonly Hashtable environment = new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["TablePrefix"] = Azurite.UniquePrefix(),
    };

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, environment);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Ingesting_a_folder_shows_progress_and_a_summary()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "date 2025-01-01 Alpha talks\n\nBody.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "date 2025-01-02 Beta talks\n\nBody.");

        var (code, output, _) = await RunAsync("ingest", folder);
        var (_, again, _) = await RunAsync("ingest", folder);

        Assert.Equal(0, code);
        Assert.Contains("2/2", output);
        Assert.Contains("2 created", output);
        Assert.Contains("2 unchanged", again);
    }

    [Fact]
    public async Task Ingesting_one_file_prints_its_status_and_id()
    {
        var file = Path.Combine(folder, "a.txt");
        File.WriteAllText(file, "date 2025-01-01 Alpha talks\n\nBody.");

        var (code, output, _) = await RunAsync("ingest", file);

        Assert.Equal(0, code);
        Assert.Contains("created: 2025-01-01-alpha-talks", output);
    }

    [Fact]
    public async Task A_bad_file_in_a_folder_is_reported_and_fails_the_run()
    {
        File.WriteAllText(Path.Combine(folder, "good.txt"), "date 2025-01-01 Alpha talks\n\nBody.");
        File.WriteAllText(Path.Combine(folder, "bad.txt"), "not an article");

        var (code, output, error) = await RunAsync("ingest", folder);

        Assert.Equal(1, code);
        Assert.Contains("bad.txt", error);
        Assert.Contains("1 created", output);
        Assert.Contains("1 rejected", output);
    }

    [Theory]
    [InlineData(new[] { "ingest" }, 2)]
    [InlineData(new[] { "ingest", "/no/such/path" }, 2)]
    [InlineData(new[] { "frobnicate" }, 2)]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "--help" }, 0)]
    public async Task Usage_errors_exit_with_code_2_and_help_with_0(string[] args, int expected)
    {
        var (code, _, _) = await RunAsync(args);

        Assert.Equal(expected, code);
    }
}
