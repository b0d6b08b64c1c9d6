namespace CoopBot.Infra.Tests;

/// <summary>A fact that needs the Bicep CLI: skipped, with the reason, where the Linux x64 binary cannot run.</summary>
public sealed class BicepFactAttribute : FactAttribute
{
    public BicepFactAttribute()
    {
        if (!BicepCli.IsSupportedPlatform)
        {
            Skip = BicepCli.UnsupportedPlatformMessage;
        }
    }
}

/// <summary>A theory that needs the Bicep CLI: skipped, with the reason, where the Linux x64 binary cannot run.</summary>
public sealed class BicepTheoryAttribute : TheoryAttribute
{
    public BicepTheoryAttribute()
    {
        if (!BicepCli.IsSupportedPlatform)
        {
            Skip = BicepCli.UnsupportedPlatformMessage;
        }
    }
}
