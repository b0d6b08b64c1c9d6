using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace CoopBot.Infra.Tests;

/// <summary>
/// Runs the Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package; the csproj passes its path
/// (<c>$(BicepPath)</c>) as assembly metadata. Works offline: <c>--no-restore</c> keeps it away from registries,
/// so a <c>br/public:</c> module reference fails the build instead of being downloaded.
/// </summary>
internal static class BicepCli
{
    public static bool IsSupportedPlatform =>
        OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;

    public const string UnsupportedPlatformMessage =
        "The Bicep CLI package referenced here (Azure.Bicep.CommandLine.linux-x64) runs on Linux x64 only; " +
        "the Bicep checks are skipped on this machine. They run in CI.";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> ExecutablePath = new(() =>
    {
        var configured = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                "The BicepPath assembly metadata is empty: the Azure.Bicep.CommandLine.linux-x64 package did not define $(BicepPath). Restore the test project.");
        }
        // The package builds the path with Windows separators (..\tools\bicep).
        var path = Path.GetFullPath(Path.DirectorySeparatorChar == '\\' ? configured : configured.Replace('\\', '/'));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI is not at '{path}' (from $(BicepPath)). Restore the test project.");
        }
        return path;
    });

    /// <summary><c>bicep build --stdout</c>: the ARM JSON on stdout, diagnostics on stderr.</summary>
    public static Task<BicepResult> BuildAsync(string bicepFile) =>
        RunAsync("build", "--no-restore", "--stdout", bicepFile);

    /// <summary><c>bicep lint</c>: diagnostics on stderr; exit code 1 when a rule at level error fires.</summary>
    public static Task<BicepResult> LintAsync(string bicepFile) =>
        RunAsync("lint", "--no-restore", bicepFile);

    private static async Task<BicepResult> RunAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(ExecutablePath.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {ExecutablePath.Value}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }
        return new BicepResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What one Bicep CLI run printed.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Non-empty stderr lines: with no diagnostics at all the CLI prints nothing there.</summary>
    public IReadOnlyList<string> Diagnostics { get; } =
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Describe() =>
        $"exit code {ExitCode}; stderr:{Environment.NewLine}{(Diagnostics.Count == 0 ? "(empty)" : string.Join(Environment.NewLine, Diagnostics))}";
}
