namespace CoopBot.Core.Extraction.Lexicon;

/// <summary>
/// Character sets for trimming. Static arrays, because <c>TrimEnd('.', ',')</c> allocates and fills a new array on
/// every call, which showed in the extraction profile.
/// </summary>
internal static class Punctuation
{
    public static readonly char[] Trailing = ['.', ',', ';', ':'];
    public static readonly char[] LeadingSpaceCommaColon = [' ', ',', ':'];
    public static readonly char[] StopCommaSemicolon = ['.', ',', ';'];
    public static readonly char[] SentenceEnds = ['.', '!', '?'];
    public static readonly char[] CommaDashColon = [',', '—', '–', ':'];
    public static readonly char[] CommaStop = [',', '.'];
}
