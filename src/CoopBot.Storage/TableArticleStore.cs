using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CoopBot.Core.Answering;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Storage;

/// <summary>
/// Articles and what was extracted from them, in Azure Table Storage. A new version's parts (paragraphs,
/// statements, speakers, outcomes, index rows, knowledge record) are written under keys that carry a fresh version
/// id first; the article row, written last with an ETag check, is what makes that version current; the old
/// version's rows go after. Readers only ever use rows of the version the article row names, so they see complete
/// versions, never a mix.
/// </summary>
public sealed class TableArticleStore : IArticleStore
{
    internal const string ArticlePartition = "article";
    internal const int KnowledgeShards = 8;
    private const int ReadAttempts = 4;

    private readonly TableClient articles;
    private readonly TableClient paragraphs;
    private readonly TableClient statements;
    private readonly TableClient speakers;
    private readonly TableClient outcomes;
    private readonly TableClient statementIndex;
    private readonly TableClient speakerIndex;
    private readonly TableClient outcomeIndex;
    private readonly TableClient knowledge;
    private readonly TableSetup setup;
    private readonly TimeProvider clock;

    public TableArticleStore(TableServiceClient service, TableNames names, TimeProvider? clock = null)
    {
        articles = service.GetTableClient(names.Articles);
        paragraphs = service.GetTableClient(names.ArticleParagraphs);
        statements = service.GetTableClient(names.ArticleStatements);
        speakers = service.GetTableClient(names.ArticleSpeakers);
        outcomes = service.GetTableClient(names.ArticleOutcomes);
        statementIndex = service.GetTableClient(names.StatementIndex);
        speakerIndex = service.GetTableClient(names.SpeakerIndex);
        outcomeIndex = service.GetTableClient(names.OutcomeIndex);
        knowledge = service.GetTableClient(names.Knowledge);
        setup = new TableSetup(service, names.All);
        this.clock = clock ?? TimeProvider.System;
        Snapshots = new KnowledgeSnapshots(knowledge, setup, this.clock);
    }

    /// <summary>The packed copies of the answer engine's articles that starting instances read first.</summary>
    public KnowledgeSnapshots Snapshots { get; }

    internal TableClient Articles => articles;
    internal TableClient StatementIndex => statementIndex;
    internal TableClient SpeakerIndex => speakerIndex;
    internal TableClient OutcomeIndex => outcomeIndex;
    internal TableClient KnowledgeTable => knowledge;
    internal TableClient Statements => statements;
    internal TableSetup Setup => setup;

    public async Task<IngestResult> IngestAsync(Article article, ArticleExtraction extraction, string? seedFile = null, CancellationToken cancellationToken = default)
    {
        TableRules.ValidateKey(article.Id, nameof(article));
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);

        for (var attempt = 0; ; attempt++)
        {
            var existing = await articles.GetEntityIfExistsAsync<TableEntity>(ArticlePartition, article.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
            var current = existing.HasValue ? existing.Value : null;
            if (current is not null && current.GetString("ContentHash") == article.ContentHash
                && current.GetString("ExtractorVersion") == ArticleExtractor.Version
                && (seedFile is null || current.GetString("SeedFile") == seedFile))
            {
                return new IngestResult(IngestStatus.Unchanged, ToSummary(current));
            }

            var version = Guid.NewGuid().ToString("N");
            await WriteVersionAsync(article, extraction, version, cancellationToken).ConfigureAwait(false);

            var row = ArticleRow(article, extraction, version, seedFile ?? current?.GetString("SeedFile"));
            try
            {
                if (current is null)
                {
                    await articles.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await articles.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 3)
            {
                // Another writer committed first: drop our unseen version and decide again against theirs.
                await DeleteVersionAsync(article.Id, version, IndexPartitionsOf(row), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (current?.GetString("Version") is { } oldVersion)
            {
                await DeleteVersionAsync(article.Id, oldVersion, IndexPartitionsOf(current), cancellationToken).ConfigureAwait(false);
            }
            await MarkChangedAsync(cancellationToken).ConfigureAwait(false);
            return new IngestResult(current is null ? IngestStatus.Created : IngestStatus.Updated, ToSummary(row));
        }
    }

    public async Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!TableRules.IsValidKey(id))
        {
            return null;
        }
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < ReadAttempts; attempt++)
        {
            var row = await articles.GetEntityIfExistsAsync<TableEntity>(ArticlePartition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!row.HasValue || row.Value is not { } entity)
            {
                return null;
            }
            var summary = ToSummary(entity);
            var partition = PartsPartition(id, entity.GetString("Version")!);
            var texts = await ReadParagraphsAsync(partition, cancellationToken).ConfigureAwait(false);
            var speakerRows = await QueryPartitionAsync(speakers, partition, cancellationToken).ConfigureAwait(false);
            var statementRows = await QueryPartitionAsync(statements, partition, cancellationToken).ConfigureAwait(false);
            var outcomeRows = await QueryPartitionAsync(outcomes, partition, cancellationToken).ConfigureAwait(false);
            if (texts.Count == summary.ParagraphCount
                && statementRows.Count == (entity.GetInt32("StatementCount") ?? statementRows.Count)
                && outcomeRows.Count == (entity.GetInt32("OutcomeCount") ?? outcomeRows.Count))
            {
                var extraction = ExtractionEntities.ReadExtraction(speakerRows, statementRows, outcomeRows);
                return new StoredArticle(summary, ArticleParser.FromParts(summary.Title, summary.Date, summary.Source, texts), extraction);
            }
            // A newer version was committed and ours cleaned up between the reads: read the row again.
        }
        throw new InvalidOperationException($"Article '{id}' kept changing while it was read; try again.");
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<ArticleSummary>();
        foreach (var row in await ReadArticleRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(ToSummary(row));
        }
        return list.OrderByDescending(a => a.Date).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!TableRules.IsValidKey(id))
        {
            return false;
        }
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await articles.GetEntityIfExistsAsync<TableEntity>(ArticlePartition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return false;
        }
        // The row goes first, so the article disappears at once; its version's rows are then unreachable and removed.
        try
        {
            await articles.DeleteEntityAsync(ArticlePartition, id, entity.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
        await MarkChangedAsync(cancellationToken).ConfigureAwait(false);
        await DeleteVersionAsync(id, entity.GetString("Version")!, IndexPartitionsOf(entity), cancellationToken).ConfigureAwait(false);
        return true;
    }

    internal const string ChangePartition = "meta";
    internal const string ChangeRow = "changes";

    /// <summary>
    /// Touches one marker row after every commit or delete, so that readers polling for changes (every instance's
    /// answer cache) can check one row instead of scanning every article row.
    /// </summary>
    private Task MarkChangedAsync(CancellationToken cancellationToken) =>
        articles.UpsertEntityAsync(new TableEntity(ChangePartition, ChangeRow) { ["ChangedAt"] = clock.GetUtcNow() }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The marker's ETag: it changes whenever any article is stored, replaced or deleted; null before the first.</summary>
    internal async Task<string?> ReadChangeMarkerAsync(CancellationToken cancellationToken)
    {
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var marker = await articles.GetEntityIfExistsAsync<TableEntity>(ChangePartition, ChangeRow, select: ["ChangedAt"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return marker.HasValue && marker.Value is { } row ? row.ETag.ToString() : null;
    }

    /// <summary>The article rows (one partition scan), for listing and for checking which versions are current.</summary>
    internal async Task<List<TableEntity>> ReadArticleRowsAsync(CancellationToken cancellationToken)
    {
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ArticlePartition}");
        var rows = new List<TableEntity>();
        await foreach (var row in articles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row!);
        }
        return rows;
    }

    internal static string PartsPartition(string articleId, string version) => $"{articleId}~{version}";

    internal static string KnowledgeShard(string articleId)
    {
        var hash = 0u;
        foreach (var c in articleId)
        {
            hash = (hash * 31) + c;
        }
        return "k" + (hash % KnowledgeShards).ToString(CultureInfo.InvariantCulture);
    }

    private async Task WriteVersionAsync(Article article, ArticleExtraction extraction, string version, CancellationToken cancellationToken)
    {
        var partition = PartsPartition(article.Id, version);
        var (statementIndexRows, speakerIndexRows, outcomeIndexRows) = ExtractionEntities.IndexRows(article, extraction, version);
        var knowledgeRow = new TableEntity(KnowledgeShard(article.Id), partition);
        LargeText.Write(knowledgeRow, "Data", KnowledgeCodec.Encode(KnowledgeArticle.From(article, extraction)));

        await Task.WhenAll(
            Upsert(paragraphs, ParagraphEntities(article, partition), cancellationToken),
            Upsert(statements, ExtractionEntities.StatementRows(partition, extraction), cancellationToken),
            Upsert(speakers, ExtractionEntities.SpeakerRows(partition, extraction), cancellationToken),
            Upsert(outcomes, ExtractionEntities.OutcomeRows(partition, extraction), cancellationToken),
            Upsert(statementIndex, statementIndexRows, cancellationToken),
            Upsert(speakerIndex, speakerIndexRows, cancellationToken),
            Upsert(outcomeIndex, outcomeIndexRows, cancellationToken),
            Upsert(knowledge, [knowledgeRow], cancellationToken)).ConfigureAwait(false);
    }

    private static Task Upsert(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken) =>
        TableBatchWriter.SubmitAsync(table, entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);

    private async Task DeleteVersionAsync(string articleId, string version, IReadOnlyList<string> indexPartitions, CancellationToken cancellationToken)
    {
        var partition = PartsPartition(articleId, version);
        var tasks = new List<Task>
        {
            DeletePartitionAsync(paragraphs, partition, cancellationToken),
            DeletePartitionAsync(statements, partition, cancellationToken),
            DeletePartitionAsync(speakers, partition, cancellationToken),
            DeletePartitionAsync(outcomes, partition, cancellationToken),
            DeleteRowAsync(knowledge, KnowledgeShard(articleId), partition, cancellationToken),
        };
        foreach (var entry in indexPartitions)
        {
            var kind = entry[..1];
            var key = entry[2..];
            tasks.Add(kind switch
            {
                "S" => DeleteRangeAsync(statementIndex, key, partition + "~", cancellationToken),
                "P" => DeleteRowAsync(speakerIndex, key, partition, cancellationToken),
                _ => DeleteRangeAsync(outcomeIndex, key, partition + "~", cancellationToken),
            });
        }
        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private static IReadOnlyList<string> IndexPartitionsOf(TableEntity row) =>
        row.GetString("IndexPartitions") is { } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];

    private static IEnumerable<TableEntity> ParagraphEntities(Article article, string partition)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var chunk = 0;
            foreach (var piece in LargeText.SplitForEntities(paragraph.Text))
            {
                var entity = new TableEntity(partition, string.Create(CultureInfo.InvariantCulture, $"{paragraph.Index:D5}-{chunk:D3}"))
                {
                    ["Paragraph"] = paragraph.Index,
                    ["Chunk"] = chunk,
                };
                LargeText.Write(entity, "Text", piece);
                yield return entity;
                chunk++;
            }
        }
    }

    private async Task<List<string>> ReadParagraphsAsync(string partition, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var lastParagraph = -1;
        // Row keys sort by paragraph then chunk, so chunks arrive in order.
        foreach (var entity in await QueryPartitionAsync(paragraphs, partition, cancellationToken).ConfigureAwait(false))
        {
            var index = entity.GetInt32("Paragraph") ?? 0;
            var text = LargeText.Read(entity, "Text");
            if (index == lastParagraph)
            {
                texts[^1] += text;
            }
            else
            {
                texts.Add(text);
                lastParagraph = index;
            }
        }
        return texts;
    }

    internal static async Task<List<TableEntity>> QueryPartitionAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var rows = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(entity!);
        }
        return rows;
    }

    private TableEntity ArticleRow(Article article, ArticleExtraction extraction, string version, string? seedFile) =>
        new(ArticlePartition, article.Id)
        {
            ["Title"] = article.Title,
            ["Date"] = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Source"] = article.Source,
            ["ContentHash"] = article.ContentHash,
            ["ExtractorVersion"] = ArticleExtractor.Version,
            ["ParagraphCount"] = article.Paragraphs.Count,
            ["SentenceCount"] = article.SentenceCount,
            ["StatementCount"] = extraction.Statements.Count,
            ["OutcomeCount"] = extraction.Outcomes.Count,
            ["SpeakerCount"] = extraction.Speakers.Count,
            ["IndexPartitions"] = JsonSerializer.Serialize(ExtractionEntities.IndexPartitions(extraction)),
            ["Version"] = version,
            ["IngestedAt"] = clock.GetUtcNow(),
            ["SeedFile"] = seedFile,
        };

    internal static ArticleSummary ToSummary(TableEntity row) =>
        new(row.RowKey,
            row.GetString("Title") ?? string.Empty,
            DateOnly.ParseExact(row.GetString("Date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.GetString("Source"),
            row.GetInt32("ParagraphCount") ?? 0,
            row.GetInt32("SentenceCount") ?? 0,
            row.GetString("ContentHash") ?? string.Empty,
            row.GetDateTimeOffset("IngestedAt") ?? DateTimeOffset.MinValue,
            row.GetString("SeedFile"));

    internal static async Task DeletePartitionAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await DeleteWhereAsync(table, filter, cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteRangeAsync(TableClient table, string partition, string rowKeyPrefix, CancellationToken cancellationToken)
    {
        // Row keys "{prefix}{seq}" with seq of digits sort between the prefix and the prefix followed by '~'.
        var upper = rowKeyPrefix + "~";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {rowKeyPrefix} and RowKey lt {upper}");
        await DeleteWhereAsync(table, filter, cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteRowAsync(TableClient table, string partition, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }

    private static async Task DeleteWhereAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var deletes = new List<TableTransactionAction>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            deletes.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity!, ETag.All));
        }
        await TableBatchWriter.SubmitAsync(table, deletes, cancellationToken).ConfigureAwait(false);
    }
}
