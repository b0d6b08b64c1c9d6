using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CoopBot.Core.Articles;

/// <summary>
/// Reads articles in the seed text format (<c>date YYYY-MM-DD Title</c>, a blank line, paragraphs separated by
/// blank lines) or as JSON (<c>{"title","date","source"?,"body"}</c>) into an <see cref="Article"/>.
/// </summary>
public static class ArticleParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses UTF-8 bytes in the text format; invalid UTF-8 is an error, not replaced silently.</summary>
    public static ArticleParseResult ParseText(ReadOnlySpan<byte> utf8, string? source = null)
    {
        return TryDecode(utf8, out var text, out var failure) ? ParseText(text, source) : failure!;
    }

    /// <summary>Parses the text format. A leading BOM and white space around the date line are tolerated.</summary>
    public static ArticleParseResult ParseText(string text, string? source = null)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var first = 0;
        while (first < lines.Length && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }
        if (first == lines.Length)
        {
            return ArticleParseResult.Fail(ArticleError.MissingDateLine, "The article is empty; it must start with a line 'date YYYY-MM-DD Title'.");
        }

        var header = lines[first].Trim();
        if (!header.StartsWith("date", StringComparison.OrdinalIgnoreCase) || header.Length == 4 || !char.IsWhiteSpace(header[4]))
        {
            return ArticleParseResult.Fail(ArticleError.MissingDateLine, "The first line must be 'date YYYY-MM-DD Title'.");
        }
        var rest = header[4..].TrimStart();
        var dateEnd = 0;
        while (dateEnd < rest.Length && !char.IsWhiteSpace(rest[dateEnd]))
        {
            dateEnd++;
        }
        var dateText = rest[..dateEnd];
        var title = rest[dateEnd..].Trim();
        return Create(title, dateText, source, lines.Skip(first + 1));
    }

    /// <summary>Parses the JSON form used by the HTTP API.</summary>
    public static ArticleParseResult ParseJson(ReadOnlySpan<byte> utf8)
    {
        if (!TryDecode(utf8, out _, out var failure))
        {
            return failure!;
        }
        ArticleJson? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8, ArticleJsonContext.Default.ArticleJson);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
            return ArticleParseResult.Fail(ArticleError.MalformedJson, $"The body is not valid JSON{where}. Expected {{\"title\", \"date\", \"source\"?, \"body\"}}.");
        }
        if (dto is null)
        {
            return ArticleParseResult.Fail(ArticleError.MalformedJson, "The body must be a JSON object {\"title\", \"date\", \"source\"?, \"body\"}.");
        }
        return Create(dto.Title?.Trim() ?? string.Empty, dto.Date?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(dto.Source) ? null : dto.Source.Trim(),
            (dto.Body ?? string.Empty).Split('\n'));
    }

    private static ArticleParseResult Create(string title, string dateText, string? source, IEnumerable<string> bodyLines)
    {
        if (dateText.Length == 0)
        {
            return ArticleParseResult.Fail(ArticleError.InvalidDate, "The article has no date; write it as YYYY-MM-DD.");
        }
        if (!TryParseDate(dateText, out var date))
        {
            return ArticleParseResult.Fail(ArticleError.InvalidDate, $"'{Shorten(dateText)}' is not a valid date; write it as YYYY-MM-DD.");
        }
        if (title.Length == 0)
        {
            return ArticleParseResult.Fail(ArticleError.MissingTitle, "The article has no title; put it after the date: 'date YYYY-MM-DD Title'.");
        }

        var paragraphTexts = SplitParagraphs(bodyLines);
        if (paragraphTexts.Count == 0)
        {
            return ArticleParseResult.Fail(ArticleError.EmptyBody, "The article has no body; add paragraphs after a blank line.");
        }

        var cleanTitle = NormalizeWhiteSpace(title);
        var paragraphs = new List<Paragraph>(paragraphTexts.Count);
        var sentenceIndex = 0;
        for (var p = 0; p < paragraphTexts.Count; p++)
        {
            var paragraphText = paragraphTexts[p];
            var ranges = SentenceSplitter.Split(paragraphText);
            var sentences = new List<Sentence>(ranges.Count);
            foreach (var (start, length) in ranges)
            {
                sentences.Add(new Sentence(sentenceIndex++, p, start, length, paragraphText.Substring(start, length)));
            }
            paragraphs.Add(new Paragraph(p, paragraphText, sentences));
        }

        var id = ArticleIdentity.CreateId(date, cleanTitle);
        var hash = ArticleIdentity.ComputeContentHash(cleanTitle, date, source, paragraphTexts);
        return ArticleParseResult.Ok(new Article(id, cleanTitle, date, source, paragraphs, hash));
    }

    /// <summary>Rebuilds an article from stored parts (title, date, source, paragraph texts), re-deriving sentences.</summary>
    public static Article FromParts(string title, DateOnly date, string? source, IReadOnlyList<string> paragraphs)
    {
        var result = Create(title, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source, string.Join("\n\n", paragraphs).Split('\n'));
        return result.Article ?? throw new InvalidOperationException($"Stored article '{title}' could not be rebuilt: {result.Detail}");
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        // JSON clients often send a full ISO 8601 timestamp; its calendar date is what matters.
        if (text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var timestamp))
        {
            date = DateOnly.FromDateTime(timestamp.Date);
            return true;
        }
        return false;
    }

    private static List<string> SplitParagraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            if (current.Length > 0)
            {
                current.Append(' ');
            }
            current.Append(line.Trim());
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
            {
                var text = NormalizeWhiteSpace(current.ToString());
                if (text.Length > 0)
                {
                    paragraphs.Add(text);
                }
                current.Clear();
            }
        }
    }

    /// <summary>
    /// Collapses runs of white space (including no-break spaces) to one space and drops control characters and the
    /// invisible marks text copied from web pages carries: soft hyphens, zero-width spaces, word joiners, byte-order marks.
    /// </summary>
    internal static string NormalizeWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (char.IsControl(c) || c is '\uFEFF' or '\u00AD' or '\u200B' or '\u2060')
            {
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool TryDecode(ReadOnlySpan<byte> utf8, out string text, out ArticleParseResult? failure)
    {
        try
        {
            text = StrictUtf8.GetString(utf8);
            failure = null;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
            failure = ArticleParseResult.Fail(ArticleError.InvalidUtf8, $"The body is not valid UTF-8{at}; save the article as UTF-8.");
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
