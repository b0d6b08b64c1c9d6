using System.Runtime.CompilerServices;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Answering.Text;

/// <summary>One word of a question or a document: folded to ASCII and lower-cased, with how it was written.</summary>
/// <param name="Text">The lower-case ASCII form ("Zhou's" → <c>zhou</c>, "U.S." → <c>us</c>).</param>
/// <param name="Capitalized">The original started with an upper-case letter.</param>
/// <param name="AllCaps">The original was written in capitals only (WHO, EU), which tells an acronym from a pronoun.</param>
/// <param name="Start">Start of the word in the folded text.</param>
/// <param name="End">End of the word in the folded text.</param>
internal readonly record struct TextWord(string Text, bool Capitalized, bool AllCaps, int Start, int End);

/// <summary>
/// Turns text into words and search terms. Accents are folded, hyphens split words ("China-ASEAN" → china, asean),
/// possessives go ("Kenya's" → kenya), dotted abbreviations join ("U.S." → us); terms are those words without stop
/// words, stemmed, with demonyms read as their country ("Cambodian" → cambodia).
/// </summary>
internal static class SearchText
{
    private static readonly HashSet<string> StopWordSet = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "about", "into", "onto", "over", "under", "than", "then", "that", "this", "these", "those", "there", "their",
        "theirs", "they", "them", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
        "had", "do", "does", "did", "done", "will", "would", "could", "should", "can", "may", "might", "must", "shall",
        "not", "no", "nor", "so", "such", "also", "very", "just", "only", "too", "what", "which", "who", "whom",
        "whose", "when", "where", "why", "how", "all", "any", "both", "each", "other", "some", "i", "me", "my", "we",
        "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "up", "out", "off", "again",
        "here", "s", "t", "mr", "ms", "mrs", "dr", "while", "during", "between", "because", "after", "before",
        "said", "says", "say", "told", "tell", "added", "noted", "according", "anything", "something", "everything",
        "nothing", "else",
    };

    /// <summary>True for function words that carry no topic ("the", "about", "said"…).</summary>
    public static bool IsStopWord(string lowerWord) => StopWordSet.Contains(lowerWord);

    /// <summary>The words of <paramref name="text"/> in order; with a <paramref name="cache"/>, each distinct word is one shared string.</summary>
    public static List<TextWord> Words(string? text, TermCache? cache = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        // About one word per six characters in English text: sized once instead of grown.
        var words = new List<TextWord>((text.Length / 6) + 2);
        AddWords(text, cache, words);
        return words;
    }

    /// <summary>Adds the words of <paramref name="text"/> to <paramref name="words"/> (a list reused across many texts).</summary>
    public static void AddWords(string? text, TermCache? cache, List<TextWord> words)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(TextFolding.FoldToAscii(text), buffer);
        while (reader.MoveNext())
        {
            var word = cache is null ? reader.Current.ToString() : cache.Word(reader.Current);
            words.Add(new TextWord(word, reader.Capitalized, reader.AllCaps, reader.Start, reader.End));
        }
    }

    /// <summary>The search terms of <paramref name="text"/>: stop words dropped, the rest stemmed (see <see cref="Term"/>).</summary>
    public static List<string> Terms(string? text, TermCache? cache = null)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            var term = cache is null ? Term(word.Text) : cache.Term(word.Text);
            if (term is not null)
            {
                terms.Add(term);
            }
        }
        return terms;
    }

    /// <summary>The search term of one lower-case word, or null for a stop word. A demonym becomes its country's last word.</summary>
    public static string? Term(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        if (lowerWord.Length == 0 || IsStopWord(lowerWord))
        {
            return null;
        }
        if (lowerWord.Length > 3 && char.IsLetter(lowerWord[0]) && Countries.IsDemonym(lowerWord) && Countries.Country(lowerWord) is { } country)
        {
            var last = country.LastIndexOf(' ');
            return TextFolding.FoldToAscii(last < 0 ? country : country[(last + 1)..]).ToLowerInvariant();
        }
        return EnglishStemmer.Stem(lowerWord);
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';
}

/// <summary>
/// Reads the words of a folded text one at a time into a caller's buffer, without allocating: the tokenizer
/// behind <see cref="SearchText.Words"/>, used directly when building indexes.
/// </summary>
internal ref struct WordReader
{
    /// <summary>Longer words are cut to this length (no real word is that long).</summary>
    public const int MaxWordLength = 64;

    private readonly string text;
    private readonly Span<char> buffer;
    private int position;
    private int length;

    /// <param name="foldedText">Text already folded with <see cref="TextFolding.FoldToAscii"/>.</param>
    /// <param name="buffer">At least <see cref="MaxWordLength"/> characters.</param>
    public WordReader(string foldedText, Span<char> buffer)
    {
        text = foldedText ?? string.Empty;
        this.buffer = buffer;
    }

    /// <summary>The current word, lower-case.</summary>
    public readonly ReadOnlySpan<char> Current => buffer[..length];

    public bool Capitalized { get; private set; }

    public bool AllCaps { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        length = 0;
        var start = -1;
        var allCaps = true;
        var abbreviation = false;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = position;
                    Capitalized = char.IsUpper(c);
                }
                if (char.IsLower(c))
                {
                    allCaps = false;
                }
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                continue;
            }
            if (start < 0)
            {
                continue;
            }
            if (SearchText.IsApostrophe(c))
            {
                // "Kenya's" → kenya; "don't" → dont; a closing "Laos'" just ends the word.
                if (position + 1 < text.Length && text[position + 1] is 's' or 'S' && (position + 2 >= text.Length || !char.IsLetterOrDigit(text[position + 2])))
                {
                    position += 2;
                    return Finish(start, position - 2, allCaps);
                }
                if (position + 1 < text.Length && char.IsLetter(text[position + 1]))
                {
                    continue;
                }
            }
            else if (c is '.' or ',' && position + 1 < text.Length && char.IsDigit(text[position + 1]) && char.IsDigit(text[position - 1]))
            {
                if (c == '.' && length < buffer.Length)
                {
                    buffer[length++] = '.'; // 1.2 billion; "20,000" reads as 20000
                }
                continue;
            }
            else if (c == '.' && (length == 1 || abbreviation) && position + 1 < text.Length && char.IsLetter(text[position + 1])
                     && (position + 2 >= text.Length || !char.IsLetterOrDigit(text[position + 2])))
            {
                abbreviation = true; // U.S. → us, E.U. → eu
                continue;
            }
            position++;
            return Finish(start, position - 1, allCaps);
        }
        return start >= 0 && Finish(start, text.Length, allCaps);
    }

    private bool Finish(int start, int end, bool allCaps)
    {
        Start = start;
        End = end;
        AllCaps = allCaps && length > 1;
        return length > 0;
    }
}

/// <summary>Remembers the term of each distinct word while a knowledge base is built (not thread-safe).</summary>
internal sealed class TermCache
{
    private readonly Dictionary<string, string?> terms = new(StringComparer.Ordinal);
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wordLookup;

    public TermCache()
    {
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The one string of a lower-case word: building a knowledge base reads millions of words but only thousands of distinct ones.</summary>
    public string Word(ReadOnlySpan<char> lowerWord)
    {
        if (!wordLookup.TryGetValue(lowerWord, out var word))
        {
            word = lowerWord.ToString();
            words.Add(word);
        }
        return word;
    }

    public string? Term(string lowerWord)
    {
        if (!terms.TryGetValue(lowerWord, out var term))
        {
            term = SearchText.Term(lowerWord);
            terms[lowerWord] = term;
        }
        return term;
    }
}

/// <summary>
/// The search terms of a knowledge base, numbered, shared by all its indexes. While building, words are looked up
/// as spans (no string per word); once built it is only read, and safe to share between threads.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> termOfWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup;

    public Vocabulary()
    {
        wordLookup = termOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct terms.</summary>
    public int Count => ids.Count;

    /// <summary>The id of a term, or -1 when no indexed text has it.</summary>
    public int Find(string term) => ids.TryGetValue(term, out var id) ? id : -1;

    /// <summary>Adds the term ids of a text's words (stop words skipped) to <paramref name="into"/>; new terms get new ids.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTerms(string? text, List<int> into)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(TextFolding.FoldToAscii(text), buffer);
        while (reader.MoveNext())
        {
            if (!wordLookup.TryGetValue(reader.Current, out var id))
            {
                var word = reader.Current.ToString();
                id = SearchText.Term(word) is { } term ? Intern(term) : -1;
                termOfWord[word] = id;
            }
            if (id >= 0)
            {
                into.Add(id);
            }
        }
    }

    private int Intern(string term)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = ids.Count;
            ids[term] = id;
        }
        return id;
    }
}
