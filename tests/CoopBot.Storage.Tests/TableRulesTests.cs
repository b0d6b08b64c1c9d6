using Azure.Data.Tables;

namespace CoopBot.Storage.Tests;

public class TableRulesTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    public void Forbidden_key_characters_are_rejected_and_encoded_reversibly(string raw)
    {
        Assert.False(TableRules.IsValidKey(raw));

        var encoded = TableRules.EncodeKey(raw);

        Assert.True(TableRules.IsValidKey(encoded));
        Assert.Equal(raw, TableRules.DecodeKey(encoded));
    }

    [Fact]
    public void Encoding_keeps_readable_keys_as_they_are()
    {
        Assert.Equal("Low Yen Ling", TableRules.EncodeKey("Low Yen Ling"));
        Assert.Equal("100%25 sure", TableRules.EncodeKey("100% sure"));
    }

    [Fact]
    public void Keys_over_one_kibibyte_are_rejected()
    {
        Assert.False(TableRules.IsValidKey(new string('k', 513)));
        Assert.Throws<ArgumentException>(() => TableRules.ValidateKey(new string('k', 600)));
    }

    [Theory]
    [InlineData("Articles", true)]
    [InlineData("devArticles2", true)]
    [InlineData("1Articles", false)]
    [InlineData("my-Articles", false)]
    [InlineData("ab", false)]
    public void Table_names_follow_azure_rules(string name, bool valid)
    {
        if (valid)
        {
            TableRules.ValidateTableName(name);
        }
        else
        {
            Assert.Throws<ArgumentException>(() => TableRules.ValidateTableName(name));
        }
    }

    [Fact]
    public void Batches_hold_one_partition_and_at_most_100_entities()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Upsert(i % 2 == 0 ? "p1" : "p2", $"r{i:D4}", "x"));

        var batches = TableBatchWriter.Plan(actions).ToList();

        Assert.All(batches, b => Assert.Single(b.Select(a => a.Entity.PartitionKey).Distinct()));
        Assert.All(batches, b => Assert.InRange(b.Count, 1, TableRules.MaxBatchEntities));
        Assert.Equal(250, batches.Sum(b => b.Count));
        Assert.Equal(4, batches.Count); // 125 per partition → 100 + 25, twice
    }

    [Fact]
    public void Batches_stay_under_four_mebibytes()
    {
        // 30 entities of ~250 KB of non-ASCII text each: ~7.5 MB stored, more as JSON escapes.
        var text = new string('é', LargeText.ChunkChars);
        var actions = Enumerable.Range(0, 30).Select(i =>
        {
            var entity = new TableEntity("p", $"r{i:D2}");
            LargeText.Write(entity, "Text", text + text[..(LargeText.ChunkChars / 2)]);
            return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
        });

        var batches = TableBatchWriter.Plan(actions).ToList();

        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.True(b.Sum(a => EntitySize.EstimatePayloadBytes(a.Entity)) <= TableRules.MaxBatchBytes));
    }

    [Fact]
    public void Entities_over_one_mebibyte_are_refused_before_sending()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 20; i++)
        {
            entity[$"T{i}"] = new string('x', LargeText.ChunkChars);
        }

        Assert.Throws<ArgumentException>(() => TableBatchWriter.Plan([new TableTransactionAction(TableTransactionActionType.Add, entity)]).ToList());
    }

    [Fact]
    public void Invalid_keys_are_refused_before_sending()
    {
        Assert.Throws<ArgumentException>(() => TableBatchWriter.Plan([Upsert("a/b", "r", "x")]).ToList());
    }

    [Fact]
    public void Long_text_is_split_into_string_properties_of_at_most_32k_characters()
    {
        var text = string.Concat(Enumerable.Repeat("Cooperation 🤝 grows. ", 5000)); // surrogate pairs included
        var entity = new TableEntity("p", "r");

        LargeText.Write(entity, "Text", text);

        Assert.True(entity.Count > 2);
        Assert.All(entity.Select(p => p.Value).OfType<string>(), v => Assert.True(v.Length <= TableRules.MaxStringChars));
        Assert.Equal(text, LargeText.Read(entity, "Text"));
    }

    private static TableTransactionAction Upsert(string pk, string rk, string text) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(pk, rk) { ["Text"] = text });
}
