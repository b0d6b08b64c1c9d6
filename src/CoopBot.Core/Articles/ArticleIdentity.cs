using System.Security.Cryptography;
using System.Text;

namespace CoopBot.Core.Articles;

/// <summary>Derives an article's stable, readable, storage-key-safe id and its content hash.</summary>
public static class ArticleIdentity
{
    /// <summary>Longest slug kept from a title; long enough to stay readable, short enough for keys and URLs.</summary>
    public const int MaxSlugLength = 80;

    /// <summary><c>YYYY-MM-DD-title-slug</c>: only a–z, 0–9 and hyphens, so it is safe in table keys and URLs.</summary>
    public static string CreateId(DateOnly date, string title)
    {
        var slug = Slugify(title);
        var datePart = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return slug.Length == 0 ? datePart : $"{datePart}-{slug}";
    }

    /// <summary>Lower-cases, folds accents, and joins the runs of letters and digits with single hyphens.</summary>
    public static string Slugify(string text)
    {
        var folded = TextFolding.FoldToAscii(text);
        var builder = new StringBuilder(Math.Min(folded.Length, MaxSlugLength));
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingHyphen = false;
                builder.Append(lower);
                if (builder.Length > MaxSlugLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }
        if (builder.Length > MaxSlugLength)
        {
            builder.Length = MaxSlugLength;
        }
        return builder.ToString().TrimEnd('-');
    }

    /// <summary>
    /// A hash of everything a reader sees (title, date, source, paragraph text). Whitespace inside a paragraph
    /// is normalised first, so re-wrapping a file does not count as a change.
    /// </summary>
    public static string ComputeContentHash(string title, DateOnly date, string? source, IEnumerable<string> paragraphs)
    {
        var builder = new StringBuilder();
        builder.Append(title).Append('\n')
            .Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append(source ?? string.Empty).Append('\n');
        foreach (var paragraph in paragraphs)
        {
            builder.Append('\n').Append(paragraph);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
