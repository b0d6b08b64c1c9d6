namespace CoopBot.Infra.Tests;

/// <summary>
/// Proves that the checks above can fail: a copy of a real module with a deliberate defect, linted and built in a
/// temporary folder beside a copy of the repository's bicepconfig.json.
/// </summary>
public sealed class SeededViolationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coopbot-bicep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [BicepFact]
    public async Task Lint_reports_an_unused_parameter_as_an_error()
    {
        var file = WriteSeededCopy("param deliberatelyUnused string = 'seeded lint violation'");

        var result = await BicepCli.LintAsync(file);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Contains("Error no-unused-params", StringComparison.Ordinal) && d.Contains("deliberatelyUnused", StringComparison.Ordinal));
    }

    [BicepFact]
    public async Task Lint_reports_a_hardcoded_cloud_url_as_an_error()
    {
        var file = WriteSeededCopy("output seededUrl string = 'https://example.blob.core.windows.net/'");

        var result = await BicepCli.LintAsync(file);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Contains("Error no-hardcoded-env-urls", StringComparison.Ordinal));
    }

    [BicepFact]
    public async Task Build_reports_a_resource_type_bicep_does_not_know_as_a_warning()
    {
        // A warning only: the exit code stays 0, so the build check must read stderr to catch it.
        var file = WriteSeededCopy("""
            resource seededUnknownVersion 'Microsoft.Storage/storageAccounts@2099-01-01' existing = {
              name: 'stseededunknown'
            }
            output seededId string = seededUnknownVersion.id
            """);

        var result = await BicepCli.BuildAsync(file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Contains("Warning BCP081", StringComparison.Ordinal));
    }

    /// <summary>infra/modules/identity.bicep plus <paramref name="defect"/>, with the repository's bicepconfig.json beside it.</summary>
    private string WriteSeededCopy(string defect)
    {
        File.Copy(InfraFiles.BicepConfig, Path.Combine(_folder, "bicepconfig.json"));
        var module = File.ReadAllText(Path.Combine(InfraFiles.InfraFolder, "modules", "identity.bicep"));
        var file = Path.Combine(_folder, "seeded.bicep");
        File.WriteAllText(file, module + Environment.NewLine + defect + Environment.NewLine);
        return file;
    }
}
