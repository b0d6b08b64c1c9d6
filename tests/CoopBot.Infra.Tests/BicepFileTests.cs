namespace CoopBot.Infra.Tests;

/// <summary>Every .bicep file under infra/ builds and lints with no diagnostic at all (a warning counts as failure).</summary>
public sealed class BicepFileTests
{
    public static TheoryData<string> BicepFiles => InfraFiles.BicepFileData();

    [Fact]
    public void Infra_holds_main_bicep_and_its_modules()
    {
        var files = InfraFiles.BicepFiles();

        Assert.Contains("infra/main.bicep", files);
        Assert.Contains(files, f => f.StartsWith("infra/modules/", StringComparison.Ordinal));
        Assert.True(File.Exists(InfraFiles.BicepConfig), "bicepconfig.json is missing at the repository root.");
    }

    [BicepTheory]
    [MemberData(nameof(BicepFiles))]
    public async Task Every_bicep_file_builds_without_warnings(string file)
    {
        var result = await BicepCli.BuildAsync(InfraFiles.FullPath(file));

        Assert.True(result.ExitCode == 0 && result.Diagnostics.Count == 0, $"bicep build {file}: {result.Describe()}");
        Assert.StartsWith("{", result.StandardOutput.TrimStart());
    }

    [BicepTheory]
    [MemberData(nameof(BicepFiles))]
    public async Task Every_bicep_file_lints_without_warnings(string file)
    {
        var result = await BicepCli.LintAsync(InfraFiles.FullPath(file));

        Assert.True(result.ExitCode == 0 && result.Diagnostics.Count == 0, $"bicep lint {file}: {result.Describe()}");
    }
}
