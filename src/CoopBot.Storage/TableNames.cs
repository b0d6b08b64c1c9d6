namespace CoopBot.Storage;

/// <summary>The names of CoopBot's tables, each with the configured prefix so environments can share an account.</summary>
public sealed class TableNames
{
    public TableNames(string? prefix)
    {
        Prefix = prefix?.Trim() ?? string.Empty;
        Articles = Name("Articles");
        ArticleParagraphs = Name("ArticleParagraphs");
    }

    public string Prefix { get; }

    /// <summary>One row per article: PartitionKey "article", RowKey the article id. Its row is the commit point.</summary>
    public string Articles { get; }

    /// <summary>Paragraph text: PartitionKey "{articleId}~{version}", RowKey "{paragraph:D5}-{chunk:D3}".</summary>
    public string ArticleParagraphs { get; }

    public IEnumerable<string> All => [Articles, ArticleParagraphs];

    private string Name(string table)
    {
        var name = Prefix + table;
        TableRules.ValidateTableName(name);
        return name;
    }
}
