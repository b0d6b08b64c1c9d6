using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CoopBot.Functions;

/// <summary>
/// Lets a function return the shared handlers' <see cref="IResult"/>: the Functions ASP.NET Core integration
/// executes <see cref="IActionResult"/> only.
/// </summary>
public sealed class ResultActionResult(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
