using System.Globalization;
using System.Text;
using CoopBot.Core.Answering;

namespace CoopBot.Api.Bot;

/// <summary>Turns an answer into chat text: the answer, then its numbered sources (title, date, the exact sentence).</summary>
public static class ReplyFormatter
{
    public static string Format(Answer answer)
    {
        var text = new StringBuilder(answer.Text.TrimEnd());
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n**Sources**");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                text.Append(CultureInfo.InvariantCulture, $"\n\n[{i + 1}] *{citation.Title}* ({citation.Date:yyyy-MM-dd}): \"{citation.Sentence}\"");
            }
        }
        return text.ToString();
    }

    /// <summary>The greeting: what CoopBot does and how much it knows, from the stored articles.</summary>
    public static string Welcome(KnowledgeBase knowledge)
    {
        var articles = knowledge.Articles;
        if (articles.Count == 0)
        {
            return "Hi, I'm CoopBot. I answer questions about news coverage of international cooperation: who said what, and which outcomes were agreed. No articles are loaded yet, so I can't answer anything for now.";
        }
        var latest = articles.MaxBy(a => a.Date)!;
        return $"Hi, I'm CoopBot. I answer questions about news coverage of international cooperation — who said what, and which outcomes were agreed or only proposed — from {articles.Count} article{(articles.Count == 1 ? string.Empty : "s")} (latest: *{latest.Title}*, {latest.Date:yyyy-MM-dd}). Every answer cites its sources. Type **help** for what you can ask.";
    }
}
