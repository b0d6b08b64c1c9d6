namespace CoopBot.Storage;

/// <summary>The names of CoopBot's tables, each with the configured prefix so environments can share an account.</summary>
public sealed class TableNames
{
    public TableNames(string? prefix)
    {
        Prefix = prefix?.Trim() ?? string.Empty;
        Articles = Name("Articles");
        ArticleParagraphs = Name("ArticleParagraphs");
        ArticleStatements = Name("ArticleStatements");
        ArticleSpeakers = Name("ArticleSpeakers");
        ArticleOutcomes = Name("ArticleOutcomes");
        StatementIndex = Name("StatementIndex");
        SpeakerIndex = Name("SpeakerIndex");
        OutcomeIndex = Name("OutcomeIndex");
        Knowledge = Name("Knowledge");
        BotState = Name("BotState");
    }

    public string Prefix { get; }

    /// <summary>One row per article: PartitionKey "article", RowKey the article id. Its row is the commit point.</summary>
    public string Articles { get; }

    /// <summary>Paragraph text: PartitionKey "{articleId}~{version}", RowKey "{paragraph:D5}-{chunk:D3}".</summary>
    public string ArticleParagraphs { get; }

    /// <summary>Statements of one article version: PartitionKey "{articleId}~{version}", RowKey "{seq:D4}".</summary>
    public string ArticleStatements { get; }

    /// <summary>Speakers of one article version: PartitionKey "{articleId}~{version}", RowKey the speaker id.</summary>
    public string ArticleSpeakers { get; }

    /// <summary>Outcomes of one article version: PartitionKey "{articleId}~{version}", RowKey "{seq:D4}".</summary>
    public string ArticleOutcomes { get; }

    /// <summary>Statements by speaker ("s:{speakerId}") and by country ("c:{country}"); RowKey "{articleId}~{version}~{seq:D4}".</summary>
    public string StatementIndex { get; }

    /// <summary>Speaker appearances: PartitionKey the speaker id, RowKey "{articleId}~{version}".</summary>
    public string SpeakerIndex { get; }

    /// <summary>Outcomes by status: PartitionKey the status ("agreed", "proposed"…), RowKey "{articleId}~{version}~{seq:D4}".</summary>
    public string OutcomeIndex { get; }

    /// <summary>Each article version as one compact record for the answer engine: PartitionKey a shard "k0".."k7", RowKey "{articleId}~{version}".</summary>
    public string Knowledge { get; }

    /// <summary>Bot Framework conversation state and /api/ask conversations: PartitionKey "p" + first hash digit, RowKey the SHA-256 of the key.</summary>
    public string BotState { get; }

    public IEnumerable<string> All => [Articles, ArticleParagraphs, ArticleStatements, ArticleSpeakers, ArticleOutcomes, StatementIndex, SpeakerIndex, OutcomeIndex, Knowledge];

    private string Name(string table)
    {
        var name = Prefix + table;
        TableRules.ValidateTableName(name);
        return name;
    }
}
