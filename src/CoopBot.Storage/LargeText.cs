using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>
/// Stores text longer than one string property allows (32K characters) across numbered properties
/// <c>Name</c>, <c>Name1</c>, <c>Name2</c>… of one entity, and reads it back.
/// </summary>
public static class LargeText
{
    /// <summary>Characters per property; a little under the limit so a surrogate pair is never cut.</summary>
    public const int ChunkChars = TableRules.MaxStringChars - 16;

    /// <summary>Most characters one entity may carry this way (about 512 KB stored, well inside the 1 MiB entity limit).</summary>
    public const int MaxCharsPerEntity = 8 * ChunkChars;

    public static void Write(TableEntity entity, string name, string text)
    {
        if (text.Length > MaxCharsPerEntity)
        {
            throw new ArgumentException($"Text of {text.Length} characters exceeds what one entity can hold ({MaxCharsPerEntity}); split it across entities first.", nameof(text));
        }
        var part = 0;
        var offset = 0;
        do
        {
            var length = Math.Min(ChunkChars, text.Length - offset);
            if (length < text.Length - offset && char.IsHighSurrogate(text[offset + length - 1]))
            {
                length--;
            }
            entity[PropertyName(name, part)] = text.Substring(offset, length);
            offset += length;
            part++;
        }
        while (offset < text.Length);
    }

    public static string Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name) ?? string.Empty;
        if (!entity.ContainsKey(PropertyName(name, 1)))
        {
            return first;
        }
        var builder = new System.Text.StringBuilder(first);
        for (var part = 1; entity.GetString(PropertyName(name, part)) is { } more; part++)
        {
            builder.Append(more);
        }
        return builder.ToString();
    }

    /// <summary>Cuts text into pieces that each fit one entity, without splitting a surrogate pair.</summary>
    public static IEnumerable<string> SplitForEntities(string text)
    {
        var offset = 0;
        do
        {
            var length = Math.Min(MaxCharsPerEntity, text.Length - offset);
            if (length < text.Length - offset && char.IsHighSurrogate(text[offset + length - 1]))
            {
                length--;
            }
            yield return text.Substring(offset, length);
            offset += length;
        }
        while (offset < text.Length);
    }

    private static string PropertyName(string name, int part) => part == 0 ? name : name + part.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
