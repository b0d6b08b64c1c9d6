using CoopBot.Testing;

namespace CoopBot.Infra.Tests;

/// <summary>The deployment files in the repository.</summary>
internal static class InfraFiles
{
    public static string InfraFolder => Path.Combine(RepositoryPaths.Root, "infra");

    public static string MainBicep => Path.Combine(InfraFolder, "main.bicep");

    public static string BicepConfig => Path.Combine(RepositoryPaths.Root, "bicepconfig.json");

    public static string AzureYaml => Path.Combine(RepositoryPaths.Root, "azure.yaml");

    public static string LocalSettingsSample => Path.Combine(RepositoryPaths.Root, "local.settings.sample.json");

    /// <summary>Every .bicep file under infra/, relative to the repository root with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> BicepFiles() =>
        Directory.EnumerateFiles(InfraFolder, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Theory data: one row per .bicep file.</summary>
    public static TheoryData<string> BicepFileData()
    {
        var data = new TheoryData<string>();
        foreach (var file in BicepFiles())
        {
            data.Add(file);
        }
        return data;
    }

    public static string FullPath(string relativePath) => Path.Combine(RepositoryPaths.Root, relativePath);
}
