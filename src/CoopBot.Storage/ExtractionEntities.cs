using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Storage;

/// <summary>Maps an article version's extraction to table entities (its own partitions and the index rows) and back.</summary>
internal static class ExtractionEntities
{
    public const string SpeakerPrefix = "s:";
    public const string CountryPrefix = "c:";

    public static string Seq(int index) => index.ToString("D4", CultureInfo.InvariantCulture);

    public static string IndexRowKey(string articleId, string version, int seq) => $"{articleId}~{version}~{Seq(seq)}";

    public static string SpeakerKey(string speakerId) => SpeakerPrefix + TableRules.EncodeKey(speakerId);

    public static string CountryKey(string country) => CountryPrefix + TableRules.EncodeKey(country);

    public static IEnumerable<TableEntity> StatementRows(string partition, ArticleExtraction extraction)
    {
        for (var i = 0; i < extraction.Statements.Count; i++)
        {
            var statement = extraction.Statements[i];
            var entity = new TableEntity(partition, Seq(i))
            {
                ["SpeakerId"] = statement.SpeakerId,
                ["Kind"] = statement.Kind.ToString(),
                ["SentenceIndex"] = statement.SentenceIndex,
            };
            LargeText.Write(entity, "Text", statement.Text);
            LargeText.Write(entity, "Evidence", statement.Evidence);
            yield return entity;
        }
    }

    public static IEnumerable<TableEntity> SpeakerRows(string partition, ArticleExtraction extraction) =>
        extraction.Speakers.Select(speaker => new TableEntity(partition, TableRules.EncodeKey(speaker.Id))
        {
            ["Name"] = speaker.Name,
            ["Role"] = speaker.Role,
            ["Organisation"] = speaker.Organisation,
            ["Country"] = speaker.Country,
            ["StatementCount"] = extraction.Statements.Count(s => s.SpeakerId == speaker.Id),
        });

    public static IEnumerable<TableEntity> OutcomeRows(string partition, ArticleExtraction extraction)
    {
        for (var i = 0; i < extraction.Outcomes.Count; i++)
        {
            yield return OutcomeEntity(new TableEntity(partition, Seq(i)), extraction.Outcomes[i]);
        }
    }

    /// <summary>Index rows of one version: statements by speaker and by country, speakers, outcomes by status.</summary>
    public static (List<TableEntity> Statements, List<TableEntity> Speakers, List<TableEntity> Outcomes) IndexRows(Article article, ArticleExtraction extraction, string version)
    {
        var statements = new List<TableEntity>();
        for (var i = 0; i < extraction.Statements.Count; i++)
        {
            var statement = extraction.Statements[i];
            var speaker = extraction.SpeakerById(statement.SpeakerId);
            statements.Add(IndexedStatement(SpeakerKey(statement.SpeakerId), article, version, i, statement, speaker));
            if (speaker?.Country is { } country)
            {
                statements.Add(IndexedStatement(CountryKey(country), article, version, i, statement, speaker));
            }
        }
        var speakers = extraction.Speakers.Select(speaker => WithArticle(new TableEntity(TableRules.EncodeKey(speaker.Id), $"{article.Id}~{version}")
        {
            ["Name"] = speaker.Name,
            ["Role"] = speaker.Role,
            ["Organisation"] = speaker.Organisation,
            ["Country"] = speaker.Country,
            ["StatementCount"] = extraction.Statements.Count(s => s.SpeakerId == speaker.Id),
        }, article)).ToList();
        var outcomes = new List<TableEntity>();
        for (var i = 0; i < extraction.Outcomes.Count; i++)
        {
            var outcome = extraction.Outcomes[i];
            outcomes.Add(WithArticle(OutcomeEntity(new TableEntity(outcome.Status.ToWire(), IndexRowKey(article.Id, version, i)), outcome), article));
        }
        return (statements, speakers, outcomes);
    }

    /// <summary>The index partitions a version wrote to, so they can be cleaned when it is replaced.</summary>
    public static List<string> IndexPartitions(ArticleExtraction extraction)
    {
        var partitions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var speaker in extraction.Speakers)
        {
            partitions.Add("S|" + SpeakerKey(speaker.Id));
            partitions.Add("P|" + TableRules.EncodeKey(speaker.Id));
            if (speaker.Country is { } country)
            {
                partitions.Add("S|" + CountryKey(country));
            }
        }
        foreach (var outcome in extraction.Outcomes)
        {
            partitions.Add("O|" + outcome.Status.ToWire());
        }
        return [.. partitions.Order(StringComparer.Ordinal)];
    }

    public static StoredStatement ReadIndexedStatement(TableEntity row) =>
        new(ArticleOf(row),
            new Speaker(row.GetString("SpeakerId")!, row.GetString("SpeakerName") ?? string.Empty, row.GetString("Role"), row.GetString("Organisation"), row.GetString("Country")),
            Enum.Parse<StatementKind>(row.GetString("Kind") ?? nameof(StatementKind.Reported)),
            LargeText.Read(row, "Text"),
            LargeText.Read(row, "Evidence"),
            row.GetInt32("SentenceIndex") ?? 0);

    public static StoredOutcome ReadIndexedOutcome(TableEntity row) =>
        new(ArticleOf(row),
            LargeText.Read(row, "Text"),
            OutcomeStatuses.TryParseWire(row.GetString("Status"), out var status) ? status : OutcomeStatus.Agreed,
            JsonSerializer.Deserialize<string[]>(row.GetString("Parties") ?? "[]") ?? [],
            row.GetString("AnnouncedBy"),
            LargeText.Read(row, "Evidence"),
            row.GetInt32("SentenceIndex") ?? 0);

    public static ArticleReference ArticleOf(TableEntity row) =>
        new(row.GetString("ArticleId") ?? string.Empty, row.GetString("ArticleTitle") ?? string.Empty,
            DateOnly.TryParseExact(row.GetString("ArticleDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : default);

    /// <summary>The "{articleId}~{version}" prefix of an index row key.</summary>
    public static (string ArticleId, string Version) VersionOf(string rowKey)
    {
        var parts = rowKey.Split('~');
        return (parts[0], parts.Length > 1 ? parts[1] : string.Empty);
    }

    public static ArticleExtraction ReadExtraction(IEnumerable<TableEntity> speakers, IEnumerable<TableEntity> statements, IEnumerable<TableEntity> outcomes)
    {
        var speakerList = speakers.Select(row => new Speaker(TableRules.DecodeKey(row.RowKey), row.GetString("Name") ?? string.Empty, row.GetString("Role"), row.GetString("Organisation"), row.GetString("Country"))).ToList();
        var statementList = statements.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(row => new Statement(
            row.GetString("SpeakerId")!, Enum.Parse<StatementKind>(row.GetString("Kind")!), LargeText.Read(row, "Text"), row.GetInt32("SentenceIndex") ?? 0, LargeText.Read(row, "Evidence"))).ToList();
        var outcomeList = outcomes.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(row =>
        {
            var stored = ReadIndexedOutcome(row);
            return new Outcome(stored.Text, stored.Status, stored.Parties, stored.AnnouncedBy, stored.SentenceIndex, stored.Evidence);
        }).ToList();
        return new ArticleExtraction(speakerList, statementList, outcomeList);
    }

    private static TableEntity IndexedStatement(string partition, Article article, string version, int seq, Statement statement, Speaker? speaker)
    {
        var entity = new TableEntity(partition, IndexRowKey(article.Id, version, seq))
        {
            ["SpeakerId"] = statement.SpeakerId,
            ["SpeakerName"] = speaker?.Name,
            ["Role"] = speaker?.Role,
            ["Organisation"] = speaker?.Organisation,
            ["Country"] = speaker?.Country,
            ["Kind"] = statement.Kind.ToString(),
            ["SentenceIndex"] = statement.SentenceIndex,
        };
        LargeText.Write(entity, "Text", statement.Text);
        LargeText.Write(entity, "Evidence", statement.Evidence);
        return WithArticle(entity, article);
    }

    private static TableEntity OutcomeEntity(TableEntity entity, Outcome outcome)
    {
        entity["Status"] = outcome.Status.ToWire();
        entity["Parties"] = JsonSerializer.Serialize(outcome.Parties);
        entity["AnnouncedBy"] = outcome.AnnouncedBy;
        entity["SentenceIndex"] = outcome.SentenceIndex;
        LargeText.Write(entity, "Text", outcome.Text);
        LargeText.Write(entity, "Evidence", outcome.Evidence);
        return entity;
    }

    private static TableEntity WithArticle(TableEntity entity, Article article)
    {
        entity["ArticleId"] = article.Id;
        entity["ArticleTitle"] = article.Title;
        entity["ArticleDate"] = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return entity;
    }
}
