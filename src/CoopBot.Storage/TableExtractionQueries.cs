using Azure.Data.Tables;
using CoopBot.Core;
using CoopBot.Core.Extraction;
using CoopBot.Core.Extraction.Lexicon;
using CoopBot.Core.Ingestion;

namespace CoopBot.Storage;

/// <summary>
/// Statements, speakers and outcomes read through the index tables: by speaker, by country, by status, or by
/// article. Query values only ever reach Table Storage as parameters of <see cref="TableClient.CreateQueryFilter(FormattableString)"/>,
/// never spliced into a filter string. Rows of versions that are no longer current are skipped.
/// </summary>
public sealed class TableExtractionQueries(TableArticleStore store) : IExtractionQueries
{
    private const int MaxResults = 500;

    public async Task<IReadOnlyList<SpeakerProfile>> ListSpeakersAsync(CancellationToken cancellationToken = default)
    {
        var current = await CurrentVersionsAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        await foreach (var row in store.SpeakerIndex.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row!);
        }
        return rows.Where(r => IsCurrent(r.RowKey, current))
            .GroupBy(r => r.PartitionKey, StringComparer.Ordinal)
            .Select(Profile)
            .OrderByDescending(p => p.StatementCount).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<SpeakerProfile?> GetSpeakerAsync(string speakerId, CancellationToken cancellationToken = default)
    {
        if (!TableRules.IsValidKey(speakerId))
        {
            return null;
        }
        await store.Setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = await TableArticleStore.QueryPartitionAsync(store.SpeakerIndex, TableRules.EncodeKey(speakerId), cancellationToken).ConfigureAwait(false);
        var current = await VersionsOfAsync(rows.Select(r => r.RowKey), cancellationToken).ConfigureAwait(false);
        var live = rows.Where(r => IsCurrent(r.RowKey, current)).ToList();
        return live.Count == 0 ? null : Profile(live.GroupBy(r => r.PartitionKey).Single());
    }

    public async Task<IReadOnlyList<StoredStatement>> FindStatementsAsync(StatementQuery query, CancellationToken cancellationToken = default)
    {
        await store.Setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        string filter;
        if (!string.IsNullOrWhiteSpace(query.SpeakerId))
        {
            var partition = ExtractionEntities.SpeakerKey(query.SpeakerId.Trim());
            filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        }
        else if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var partition = ExtractionEntities.CountryKey(CanonicalCountry(query.Country));
            filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        }
        else
        {
            // Every statement appears once under its speaker's partition ("s:…"), so that range covers them all.
            const string from = ExtractionEntities.SpeakerPrefix;
            const string to = "s;";
            filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}");
        }

        var rows = new List<TableEntity>();
        await foreach (var row in store.StatementIndex.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row!);
        }
        var current = await VersionsOfAsync(rows.Select(r => r.RowKey), cancellationToken).ConfigureAwait(false);
        var country = string.IsNullOrWhiteSpace(query.Country) ? null : CanonicalCountry(query.Country);
        var words = string.IsNullOrWhiteSpace(query.Text) ? [] : SearchWords(query.Text);
        return rows
            .Where(r => IsCurrent(r.RowKey, current))
            .Select(ExtractionEntities.ReadIndexedStatement)
            .Where(s => query.ArticleId is null || s.Article.Id == query.ArticleId)
            .Where(s => country is null || string.Equals(s.Speaker.Country, country, StringComparison.OrdinalIgnoreCase))
            .Where(s => words.Count == 0 || ContainsAllWords(s.Text + " " + s.Evidence, words))
            .OrderByDescending(s => s.Article.Date).ThenBy(s => s.Article.Id, StringComparer.Ordinal).ThenBy(s => s.SentenceIndex)
            .Take(MaxResults)
            .ToList();
    }

    public async Task<IReadOnlyList<StoredOutcome>> FindOutcomesAsync(OutcomeQuery query, CancellationToken cancellationToken = default)
    {
        await store.Setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        if (query.Status is { } status)
        {
            rows.AddRange(await TableArticleStore.QueryPartitionAsync(store.OutcomeIndex, status.ToWire(), cancellationToken).ConfigureAwait(false));
        }
        else
        {
            await foreach (var row in store.OutcomeIndex.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row!);
            }
        }
        var current = await VersionsOfAsync(rows.Select(r => r.RowKey), cancellationToken).ConfigureAwait(false);
        return rows
            .Where(r => IsCurrent(r.RowKey, current))
            .Select(ExtractionEntities.ReadIndexedOutcome)
            .Where(o => query.ArticleId is null || o.Article.Id == query.ArticleId)
            .Where(o => query.Agreed is null || o.Status.IsAgreed() == query.Agreed)
            .OrderByDescending(o => o.Article.Date).ThenBy(o => o.Article.Id, StringComparer.Ordinal).ThenBy(o => o.SentenceIndex)
            .Take(MaxResults)
            .ToList();
    }

    /// <summary>"Indonesian" or "indonesia" → "Indonesia"; anything else is taken as written.</summary>
    private static string CanonicalCountry(string text) => Countries.Country(text.Trim()) ?? text.Trim();

    private static SpeakerProfile Profile(IGrouping<string, TableEntity> rows)
    {
        // The most recent article's description wins; earlier ones fill what it leaves out.
        var ordered = rows.OrderByDescending(r => r.GetString("ArticleDate"), StringComparer.Ordinal).ToList();
        string? First(string property) => ordered.Select(r => r.GetString(property)).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return new SpeakerProfile(
            TableRules.DecodeKey(rows.Key),
            First("Name") ?? rows.Key,
            First("Role"),
            First("Organisation"),
            First("Country"),
            ordered.Sum(r => r.GetInt32("StatementCount") ?? 0),
            ordered.Select(ExtractionEntities.ArticleOf).ToList());
    }

    private async Task<Dictionary<string, string>> CurrentVersionsAsync(CancellationToken cancellationToken)
    {
        var rows = await store.ReadArticleRowsAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.RowKey, r => r.GetString("Version") ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>The current version of each article named in the row keys, by point reads (few articles) or one scan (many).</summary>
    private async Task<Dictionary<string, string>> VersionsOfAsync(IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        var ids = rowKeys.Select(k => ExtractionEntities.VersionOf(k).ArticleId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 20)
        {
            return await CurrentVersionsAsync(cancellationToken).ConfigureAwait(false);
        }
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var reads = ids.Select(async id =>
        {
            var row = await store.Articles.GetEntityIfExistsAsync<TableEntity>(TableArticleStore.ArticlePartition, id, select: ["Version"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return (id, row.HasValue ? row.Value?.GetString("Version") : null);
        });
        foreach (var (id, version) in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            if (version is not null)
            {
                versions[id] = version;
            }
        }
        return versions;
    }

    private static bool IsCurrent(string rowKey, Dictionary<string, string> current)
    {
        var (articleId, version) = ExtractionEntities.VersionOf(rowKey);
        return current.TryGetValue(articleId, out var live) && live == version;
    }

    private static List<string> SearchWords(string text) =>
        Tokens.Normalized(text).Select(Stem).Where(w => w.Length > 1).Distinct().ToList();

    private static bool ContainsAllWords(string text, List<string> words)
    {
        var present = Tokens.Normalized(text).Select(Stem).ToHashSet();
        return words.All(present.Contains);
    }

    // Singular and plural match ("outcome" finds "outcomes"); enough for a filter, ranking is the answer engine's job.
    private static string Stem(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
