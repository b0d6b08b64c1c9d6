using CoopBot.Api.Http;
using CoopBot.Core.Articles;
using CoopBot.Core.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace CoopBot.Api.Articles;

/// <summary>The article routes' logic, mapped by both hosts: ingest, list, fetch.</summary>
public sealed class ArticleEndpoints(ArticleIngestor ingestor, ILogger<ArticleEndpoints> logger)
{
    /// <summary>POST /api/articles — the text format (text/plain) or JSON (application/json).</summary>
    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var kind = ClassifyContentType(request.ContentType);
        if (kind is BodyKind.Unsupported)
        {
            return Problems.UnsupportedMediaType(
                $"Content type '{request.ContentType ?? "(none)"}' is not accepted. Send the article as text/plain (UTF-8, first line 'date YYYY-MM-DD Title') or as application/json {{\"title\",\"date\",\"source\"?,\"body\"}}.");
        }

        var body = await RequestBody.ReadLimitedAsync(request, RequestBody.MaxArticleBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.PayloadTooLarge($"An article may be at most {RequestBody.MaxArticleBytes / 1024} KiB; split longer material into several articles.");
        }

        var parsed = kind is BodyKind.Json ? ArticleParser.ParseJson(body) : ArticleParser.ParseText(body);
        if (parsed.Article is not { } article)
        {
            logger.LogInformation("Rejected an article: {Error}", parsed.Error);
            return Problems.BadRequest(TitleOf(parsed.Error!.Value), parsed.Detail!);
        }

        var result = await ingestor.IngestAsync(article, cancellationToken: cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Ingested {ArticleId}: {IngestStatus}, {ParagraphCount} paragraphs, {SentenceCount} sentences",
            article.Id, result.Status, article.Paragraphs.Count, article.SentenceCount);
        var response = ArticleResponses.Summary(result.Article, result.Status);
        return result.Status is IngestStatus.Created
            ? Results.Created($"/api/articles/{article.Id}", response)
            : Results.Ok(response);
    }

    /// <summary>GET /api/articles — every stored article, newest first.</summary>
    public async Task<IResult> ListAsync(CancellationToken cancellationToken = default)
    {
        var articles = await ingestor.Store.ListAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(new { count = articles.Count, articles = articles.Select(a => ArticleResponses.Summary(a, null)) });
    }

    /// <summary>GET /api/articles/{id} — the article with its paragraphs and sentences.</summary>
    public async Task<IResult> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var stored = await ingestor.Store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? Problems.NotFound("Article not found", $"No article has the id '{id}'. GET /api/articles lists the stored ones.")
            : Results.Ok(ArticleResponses.Detail(stored));
    }

    private enum BodyKind
    {
        Text,
        Json,
        Unsupported,
    }

    private static BodyKind ClassifyContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return BodyKind.Unsupported;
        }
        var charset = media.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Unsupported;
        }
        if (media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Text;
        }
        return media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
            ? BodyKind.Json
            : BodyKind.Unsupported;
    }

    private static string TitleOf(ArticleError error) => error switch
    {
        ArticleError.InvalidUtf8 => "Invalid UTF-8",
        ArticleError.MalformedJson => "Malformed JSON",
        ArticleError.MissingDateLine => "Missing date line",
        ArticleError.InvalidDate => "Invalid date",
        ArticleError.MissingTitle => "Missing title",
        ArticleError.EmptyBody => "Empty body",
        _ => "Invalid article",
    };
}
