namespace CoopBot.Core.Articles;

/// <summary>Why an article was rejected; each maps to a message a person can act on.</summary>
public enum ArticleError
{
    InvalidUtf8,
    MalformedJson,
    MissingDateLine,
    InvalidDate,
    MissingTitle,
    EmptyBody,
}

/// <summary>Either a parsed <see cref="Article"/> or the reason it could not be read.</summary>
public sealed record ArticleParseResult(Article? Article, ArticleError? Error, string? Detail)
{
    public bool Succeeded => Article is not null;

    public static ArticleParseResult Ok(Article article) => new(article, null, null);

    public static ArticleParseResult Fail(ArticleError error, string detail) => new(null, error, detail);
}
