using CoopBot.Api.Answering;
using CoopBot.Api.Articles;
using CoopBot.Api.Bot;
using CoopBot.Api.Extraction;
using CoopBot.Api.Seeds;

namespace CoopBot.Server;

/// <summary>Maps the API routes onto the shared handlers; the Functions app maps the same routes in its function classes.</summary>
public static class RouteMap
{
    public static IEndpointRouteBuilder MapCoopBotRoutes(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/articles", (HttpRequest request, ArticleEndpoints articles, CancellationToken ct) => articles.PostAsync(request, ct));
        api.MapGet("/articles", (ArticleEndpoints articles, CancellationToken ct) => articles.ListAsync(ct));
        api.MapGet("/articles/{id}", (string id, ArticleEndpoints articles, CancellationToken ct) => articles.GetAsync(id, ct));
        api.MapPost("/seeds/sync", (SeedSyncService sync, CancellationToken ct) => sync.HandleAsync(ct));
        api.MapGet("/speakers", (ExtractionEndpoints extraction, CancellationToken ct) => extraction.ListSpeakersAsync(ct));
        api.MapGet("/speakers/{id}", (string id, ExtractionEndpoints extraction, CancellationToken ct) => extraction.GetSpeakerAsync(id, ct));
        api.MapGet("/statements", (HttpRequest request, ExtractionEndpoints extraction, CancellationToken ct) => extraction.FindStatementsAsync(request, ct));
        api.MapGet("/outcomes", (HttpRequest request, ExtractionEndpoints extraction, CancellationToken ct) => extraction.FindOutcomesAsync(request, ct));
        api.MapGet("/ask", (HttpRequest request, AskEndpoints ask, CancellationToken ct) => ask.GetAsync(request, ct));
        api.MapPost("/ask", (HttpRequest request, AskEndpoints ask, CancellationToken ct) => ask.PostAsync(request, ct));
        api.MapPost("/messages", (HttpRequest request, BotEndpoint bot, CancellationToken ct) => bot.HandleAsync(request, ct));
        return app;
    }
}
