using CoopBot.Api.Http;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;
using Microsoft.AspNetCore.Http;

namespace CoopBot.Api.Extraction;

/// <summary>The speaker, statement and outcome routes' logic, mapped by both hosts.</summary>
public sealed class ExtractionEndpoints(IExtractionQueries queries)
{
    /// <summary>GET /api/speakers — every speaker with role, organisation, country and statement count.</summary>
    public async Task<IResult> ListSpeakersAsync(CancellationToken cancellationToken = default)
    {
        var speakers = await queries.ListSpeakersAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(new { count = speakers.Count, speakers = speakers.Select(SpeakerSummary) });
    }

    /// <summary>GET /api/speakers/{id} — the profile and every statement with its article.</summary>
    public async Task<IResult> GetSpeakerAsync(string id, CancellationToken cancellationToken = default)
    {
        var profile = await queries.GetSpeakerAsync(id, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            return Problems.NotFound("Speaker not found", $"No speaker has the id '{id}'. GET /api/speakers lists them.");
        }
        var statements = await queries.FindStatementsAsync(new StatementQuery(SpeakerId: id), cancellationToken).ConfigureAwait(false);
        return Results.Ok(new
        {
            id = profile.Id,
            name = profile.Name,
            role = profile.Role,
            organisation = profile.Organisation,
            country = profile.Country,
            statementCount = profile.StatementCount,
            articles = profile.Articles.Select(Article),
            statements = statements.Select(StatementBody),
        });
    }

    /// <summary>GET /api/statements?speaker=&amp;country=&amp;article=&amp;q= — filters combine with AND.</summary>
    public async Task<IResult> FindStatementsAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var query = new StatementQuery(Param(request, "speaker"), Param(request, "country"), Param(request, "article"), Param(request, "q"));
        var statements = await queries.FindStatementsAsync(query, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new { count = statements.Count, statements = statements.Select(StatementBody) });
    }

    /// <summary>GET /api/outcomes?status=&amp;article= — status is one of the outcome statuses, or "agreed-any"/"proposed-any".</summary>
    public async Task<IResult> FindOutcomesAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        OutcomeStatus? status = null;
        bool? agreed = null;
        var statusText = Param(request, "status");
        if (statusText is not null)
        {
            if (OutcomeStatuses.TryParseWire(statusText, out var parsed))
            {
                status = parsed;
            }
            else if (statusText.Equals("done", StringComparison.OrdinalIgnoreCase) || statusText.Equals("agreed-any", StringComparison.OrdinalIgnoreCase))
            {
                agreed = true;
            }
            else if (statusText.Equals("pending", StringComparison.OrdinalIgnoreCase) || statusText.Equals("proposed-any", StringComparison.OrdinalIgnoreCase))
            {
                agreed = false;
            }
            else
            {
                var known = string.Join(", ", Enum.GetValues<OutcomeStatus>().Select(s => s.ToWire()));
                return Problems.BadRequest("Unknown status", $"'{statusText}' is not an outcome status. Use one of: {known}; or agreed-any (everything done or decided) or proposed-any (proposed or planned).");
            }
        }
        var outcomes = await queries.FindOutcomesAsync(new OutcomeQuery(status, Param(request, "article"), agreed), cancellationToken).ConfigureAwait(false);
        return Results.Ok(new
        {
            count = outcomes.Count,
            outcomes = outcomes.Select(o => new
            {
                text = o.Text,
                status = o.Status.ToWire(),
                agreed = o.Status.IsAgreed(),
                parties = o.Parties,
                announcedBy = o.AnnouncedBy,
                sentence = o.Evidence,
                article = Article(o.Article),
            }),
        });
    }

    private static string? Param(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static object SpeakerSummary(SpeakerProfile s) => new
    {
        id = s.Id,
        name = s.Name,
        role = s.Role,
        organisation = s.Organisation,
        country = s.Country,
        statementCount = s.StatementCount,
        articleCount = s.Articles.Count,
    };

    private static object StatementBody(StoredStatement s) => new
    {
        speaker = new { id = s.Speaker.Id, name = s.Speaker.Name, role = s.Speaker.Role, organisation = s.Speaker.Organisation, country = s.Speaker.Country },
        kind = s.Kind.ToString().ToLowerInvariant(),
        text = s.Text,
        sentence = s.Evidence,
        article = Article(s.Article),
    };

    private static object Article(ArticleReference a) => new { id = a.Id, title = a.Title, date = a.Date };
}
