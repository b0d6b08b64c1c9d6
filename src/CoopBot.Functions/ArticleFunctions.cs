using CoopBot.Api.Articles;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CoopBot.Functions;

/// <summary>The article routes; their logic is in <see cref="ArticleEndpoints"/>, shared with the self-host.</summary>
public sealed class ArticleFunctions(ArticleEndpoints articles)
{
    [Function("PostArticle")]
    public async Task<IActionResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "articles")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await articles.PostAsync(request, cancellationToken));

    [Function("ListArticles")]
    public async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await articles.ListAsync(cancellationToken));

    [Function("GetArticle")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await articles.GetAsync(id, cancellationToken));
}
