using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoopBot.Core.Ingestion;
using CoopBot.Testing;

namespace CoopBot.Server.Tests;

[Collection(Azurite.Collection)]
public class SelfHostEndToEndTests(Azurite azurite)
{
    private static string[] SeedFiles => SeedSynchronizer.EnumerateSeedFiles(RepositoryPaths.Seeds).ToArray();

    [Fact]
    public async Task Seeds_are_loaded_at_start_and_posting_them_again_answers_200_unchanged()
    {
        Assert.NotEmpty(SeedFiles);
        await using var host = await SelfHost.StartAsync(azurite, RepositoryPaths.Seeds);
        await host.WaitForArticlesAsync(SeedFiles.Length);

        foreach (var file in SeedFiles)
        {
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            content.Headers.ContentType = new MediaTypeHeaderValue(file.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/plain");
            var response = await host.Client.PostAsync("/api/articles", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("unchanged", body.GetProperty("status").GetString());
        }

        var list = await host.Client.GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(SeedFiles.Length, list.GetProperty("count").GetInt32());
        foreach (var file in SeedFiles)
        {
            var parsed = (await SeedSynchronizer.ReadArticleFileAsync(file)).Article!;
            var listed = list.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == parsed.Id);
            Assert.Equal(parsed.Title, listed.GetProperty("title").GetString());
            Assert.Equal(parsed.Date.ToString("yyyy-MM-dd"), listed.GetProperty("date").GetString());
            Assert.Equal(Path.GetFileName(file), listed.GetProperty("seedFile").GetString());
        }
    }

    [Fact]
    public async Task Articles_posted_over_http_are_created_listed_and_fetched()
    {
        await using var host = await SelfHost.StartAsync(azurite, EmptyFolder());
        using var content = new StringContent("date 2025-10-10 Ministers agree on data corridor\n\nThe ministers signed an agreement. \"It matters,\" said Ana Ruiz.", Encoding.UTF8, "text/plain");

        var created = await host.Client.PostAsync("/api/articles", content);
        var article = await host.Client.GetFromJsonAsync<JsonElement>("/api/articles/2025-10-10-ministers-agree-on-data-corridor");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/articles/2025-10-10-ministers-agree-on-data-corridor", created.Headers.Location?.OriginalString);
        Assert.Equal(2, article.GetProperty("sentenceCount").GetInt32());
    }

    public static TheoryData<string, string?, int> BadInputs => new()
    {
        { "no date line here\n\nBody.", "text/plain", 400 },
        { "date 2025-99-01 Title\n\nBody.", "text/plain", 400 },
        { "date 2025-01-01\n\nBody.", "text/plain", 400 },
        { "date 2025-01-01 Title\n\n", "text/plain", 400 },
        { "{\"title\":", "application/json", 400 },
        { "<xml/>", "application/xml", 415 },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_over_http_gets_its_status_and_problem_json(string body, string? contentType, int expected)
    {
        await using var host = await SelfHost.StartAsync(azurite, EmptyFolder());
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);

        var response = await host.Client.PostAsync("/api/articles", content);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var list = await host.Client.GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(0, list.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Invalid_utf8_and_oversized_bodies_are_rejected_over_http()
    {
        await using var host = await SelfHost.StartAsync(azurite, EmptyFolder());
        using var invalid = new ByteArrayContent([.. Encoding.ASCII.GetBytes("date 2025-01-01 T\n\nx"), 0xC3, 0x28]);
        invalid.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var huge = new ByteArrayContent(new byte[(1024 * 1024) + 10]);
        huge.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsync("/api/articles", invalid)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await host.Client.PostAsync("/api/articles", huge)).StatusCode);
    }

    [Fact]
    public async Task Unknown_article_is_404_problem_json()
    {
        await using var host = await SelfHost.StartAsync(azurite, EmptyFolder());

        var response = await host.Client.GetAsync("/api/articles/1999-01-01-unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Seed_sync_endpoint_reports_what_it_did()
    {
        var folder = EmptyFolder();
        await using var host = await SelfHost.StartAsync(azurite, folder);
        await host.WaitForStartupSyncAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "new.txt"), "date 2025-03-03 Late seed\n\nBody.");

        var response = await host.Client.PostAsync("/api/seeds/sync", null);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2025-03-03-late-seed", report.GetProperty("added")[0].GetString());
    }

    private static string EmptyFolder() => Directory.CreateTempSubdirectory("coopbot-e2e-").FullName;
}
