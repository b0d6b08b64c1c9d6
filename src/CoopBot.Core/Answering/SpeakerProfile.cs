namespace CoopBot.Core.Answering;

/// <summary>
/// One person across all articles: the articles' <see cref="Extraction.Speaker"/> records with the same id merged,
/// keeping the most complete role, organisation and country.
/// </summary>
/// <param name="Id">The speaker id shared by the articles.</param>
/// <param name="Name">The full name (the most common spelling, the longest on a tie).</param>
/// <param name="Role">The title, when any article gives one.</param>
/// <param name="Organisation">The organisation, when any article names one.</param>
/// <param name="Country">The country the person represents, when known.</param>
/// <param name="ArticleIds">The articles the person is quoted in, newest first.</param>
/// <param name="StatementCount">How many statements the person has in all.</param>
public sealed record SpeakerProfile(
    string Id, string Name, string? Role, string? Organisation, string? Country, IReadOnlyList<string> ArticleIds, int StatementCount)
{
    /// <summary>"role, organisation, country", leaving out parts already written in an earlier part; empty when nothing is known.</summary>
    public string Description
    {
        get
        {
            var parts = new List<string>(3);
            foreach (var part in new[] { Role, Organisation, Country })
            {
                if (string.IsNullOrWhiteSpace(part))
                {
                    continue;
                }
                if (!parts.Exists(p => p.Contains(part, StringComparison.OrdinalIgnoreCase)))
                {
                    parts.Add(part.Trim());
                }
            }
            return string.Join(", ", parts);
        }
    }
}
