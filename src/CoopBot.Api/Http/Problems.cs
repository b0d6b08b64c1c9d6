using Microsoft.AspNetCore.Http;

namespace CoopBot.Api.Http;

/// <summary>RFC 7807 problem responses with a message a person can act on.</summary>
public static class Problems
{
    public static IResult BadRequest(string title, string detail) => Create(StatusCodes.Status400BadRequest, title, detail);

    public static IResult NotFound(string title, string detail) => Create(StatusCodes.Status404NotFound, title, detail);

    public static IResult PayloadTooLarge(string detail) => Create(StatusCodes.Status413PayloadTooLarge, "Body too large", detail);

    public static IResult UnsupportedMediaType(string detail) => Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", detail);

    public static IResult Create(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail, type: $"https://httpstatuses.io/{status}");
}
