using System.Text.Json;
using CoopBot.Core.Answering;

namespace CoopBot.Core.Tests.Answering;

public class ConversationStateTests
{
    [Fact]
    public void State_round_trips_through_compact_camel_case_json()
    {
        var state = new ConversationState("What did Cambodia say?", Intents.WhatSaid, "chea-ratanak", ["s:a:1", "o:a:2"], ["s:a:1"], "Cambodia", "floods", "a");

        var json = state.ToJson();
        var back = ConversationState.FromJson(json);

        Assert.Equal(state.LastQuestion, back.LastQuestion);
        Assert.Equal(state.LastItems, back.LastItems);
        Assert.Equal(state.Shown, back.Shown);
        Assert.Equal(state.LastCountry, back.LastCountry);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["lastQuestion", "lastIntent", "lastSpeakerId", "lastItems", "shown", "lastCountry", "lastTopic", "lastArticleId"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    public void Missing_or_unreadable_state_starts_a_new_conversation(string? json)
    {
        var state = ConversationState.FromJson(json);

        Assert.Null(state.LastQuestion);
        Assert.Empty(state.Items);
    }

    [Fact]
    public void An_answer_serialises_to_the_http_shape()
    {
        var answer = new Answer("**X** said it. [1]", true, Intents.WhoSaid,
            [new Citation("2025-01-01-talks", "Talks", new DateOnly(2025, 1, 1), "\"It,\" said X.")], ["Who is X?"], ConversationState.Empty);

        using var json = JsonDocument.Parse(AnswerJson.Serialize(answer));

        var root = json.RootElement;
        Assert.Equal(["answer", "found", "intent", "citations", "suggestions"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("**X** said it. [1]", root.GetProperty("answer").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal("2025-01-01", citation.GetProperty("date").GetString());
        Assert.Equal("\"It,\" said X.", citation.GetProperty("sentence").GetString());
        Assert.Equal(answer.Text, AnswerJson.DeserializeResponse(AnswerJson.Serialize(answer)).Answer);
    }
}
