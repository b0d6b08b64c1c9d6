using System.ComponentModel.DataAnnotations;
using NCrontab;

namespace CoopBot.Api.Configuration;

/// <summary>CoopBot's own settings, bound from the configuration root and validated at start-up.</summary>
public sealed class CoopBotOptions : IValidatableObject
{
    /// <summary>Every 30 minutes, on the hour and half hour (six-field NCRONTAB, UTC).</summary>
    public const string DefaultSeedSyncSchedule = "0 */30 * * * *";

    /// <summary>Prefixes every table name so that environments or test runs can share one storage account.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,29})?$", ErrorMessage = "TablePrefix must be empty or up to 30 letters and digits starting with a letter.")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>Folder of seed articles; empty means the <c>seeds/</c> folder copied next to the app.</summary>
    public string SeedsPath { get; set; } = string.Empty;

    public string SeedSyncSchedule { get; set; } = DefaultSeedSyncSchedule;

    /// <summary>The seeds folder as an absolute path.</summary>
    public string ResolveSeedsPath() =>
        string.IsNullOrWhiteSpace(SeedsPath)
            ? Path.Combine(AppContext.BaseDirectory, "seeds")
            : Path.GetFullPath(SeedsPath);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CrontabSchedule.TryParse(SeedSyncSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is null)
        {
            yield return new ValidationResult(
                $"SeedSyncSchedule '{SeedSyncSchedule}' is not a six-field NCRONTAB expression (second minute hour day month weekday), e.g. '{DefaultSeedSyncSchedule}'.",
                [nameof(SeedSyncSchedule)]);
        }
    }
}
