using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CoopBot.Core.Articles;
using CoopBot.Core.Ingestion;

namespace CoopBot.Storage;

/// <summary>
/// Articles in Azure Table Storage. A new version's parts are written under a fresh partition first; the article
/// row, written last with an ETag check, is what makes that version visible; the old version's parts go after.
/// A reader therefore only ever sees complete versions.
/// </summary>
public sealed class TableArticleStore : IArticleStore
{
    internal const string ArticlePartition = "article";
    private const int ReadAttempts = 4;

    private readonly TableClient articles;
    private readonly TableClient paragraphs;
    private readonly TableSetup setup;
    private readonly TimeProvider clock;

    public TableArticleStore(TableServiceClient service, TableNames names, TimeProvider? clock = null)
    {
        articles = service.GetTableClient(names.Articles);
        paragraphs = service.GetTableClient(names.ArticleParagraphs);
        setup = new TableSetup(service, names.All);
        this.clock = clock ?? TimeProvider.System;
    }

    public async Task<IngestResult> IngestAsync(Article article, string? seedFile = null, CancellationToken cancellationToken = default)
    {
        TableRules.ValidateKey(article.Id, nameof(article));
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);

        for (var attempt = 0; ; attempt++)
        {
            var existing = await articles.GetEntityIfExistsAsync<TableEntity>(ArticlePartition, article.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
            var current = existing.HasValue ? existing.Value : null;
            if (current is not null && current.GetString("ContentHash") == article.ContentHash
                && (seedFile is null || current.GetString("SeedFile") == seedFile))
            {
                return new IngestResult(IngestStatus.Unchanged, ToSummary(current));
            }

            var version = Guid.NewGuid().ToString("N");
            var partition = PartsPartition(article.Id, version);
            await TableBatchWriter.SubmitAsync(paragraphs, ParagraphEntities(article, partition)
                .Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);

            var row = ArticleRow(article, version, seedFile ?? current?.GetString("SeedFile"));
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
                // Another writer committed first: drop our unseen parts and decide again against its version.
                await DeletePartitionAsync(paragraphs, partition, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (current?.GetString("Version") is { } oldVersion)
            {
                await DeletePartitionAsync(paragraphs, PartsPartition(article.Id, oldVersion), cancellationToken).ConfigureAwait(false);
            }
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
            var texts = await ReadParagraphsAsync(PartsPartition(id, entity.GetString("Version")!), cancellationToken).ConfigureAwait(false);
            if (texts.Count == summary.ParagraphCount)
            {
                return new StoredArticle(summary, ArticleParser.FromParts(summary.Title, summary.Date, summary.Source, texts));
            }
            // A newer version was committed and ours cleaned up between the two reads: read the row again.
        }
        throw new InvalidOperationException($"Article '{id}' kept changing while it was read; try again.");
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ArticleSummary>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ArticlePartition}");
        await foreach (var row in articles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
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
        // The row goes first, so the article disappears at once; its parts are then unreachable and removed.
        try
        {
            await articles.DeleteEntityAsync(ArticlePartition, id, entity.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404)
        {
            return false;
        }
        await DeletePartitionAsync(paragraphs, PartsPartition(id, entity.GetString("Version")!), cancellationToken).ConfigureAwait(false);
        return true;
    }

    internal static string PartsPartition(string articleId, string version) => $"{articleId}~{version}";

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
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        // Row keys sort by paragraph then chunk, so chunks arrive in order.
        await foreach (var entity in paragraphs.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var index = entity!.GetInt32("Paragraph") ?? 0;
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

    private TableEntity ArticleRow(Article article, string version, string? seedFile) =>
        new(ArticlePartition, article.Id)
        {
            ["Title"] = article.Title,
            ["Date"] = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Source"] = article.Source,
            ["ContentHash"] = article.ContentHash,
            ["ParagraphCount"] = article.Paragraphs.Count,
            ["SentenceCount"] = article.SentenceCount,
            ["Version"] = version,
            ["IngestedAt"] = clock.GetUtcNow(),
            ["SeedFile"] = seedFile,
        };

    private static ArticleSummary ToSummary(TableEntity row) =>
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
        var deletes = new List<TableTransactionAction>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            deletes.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity!, ETag.All));
        }
        await TableBatchWriter.SubmitAsync(table, deletes, cancellationToken).ConfigureAwait(false);
    }
}
