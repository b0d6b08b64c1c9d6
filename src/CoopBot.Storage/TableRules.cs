using System.Text;
using System.Text.RegularExpressions;

namespace CoopBot.Storage;

/// <summary>
/// Azure Table Storage's limits, enforced in code because Azurite is more lenient than Azure
/// (it accepts mixed-partition and oversized batches).
/// </summary>
public static partial class TableRules
{
    public const int MaxBatchEntities = 100;
    public const int MaxBatchBytes = 4 * 1024 * 1024;
    public const int MaxKeyBytes = 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 255;

    /// <summary>A string property holds at most 64 KiB, i.e. 32K UTF-16 characters.</summary>
    public const int MaxStringChars = 32 * 1024;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();

    public static void ValidateTableName(string name)
    {
        if (!TableNamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid table name: 3–63 letters and digits, starting with a letter. Check the TablePrefix setting.", nameof(name));
        }
    }

    /// <summary>Throws when a key has a character or length Azure rejects.</summary>
    public static void ValidateKey(string key, string paramName = "key")
    {
        if (!IsValidKey(key))
        {
            throw new ArgumentException($"'{key}' cannot be a table key: keys hold at most {MaxKeyBytes} bytes and no '/', '\\', '#', '?' or control characters.", paramName);
        }
    }

    public static bool IsValidKey(string key)
    {
        if (key.Length * 2 > MaxKeyBytes)
        {
            return false;
        }
        foreach (var c in key)
        {
            if (IsForbiddenKeyChar(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Makes any text key-safe and reversible: forbidden characters and '%' become %XX (UTF-8 bytes),
    /// everything else is kept, so keys stay readable.
    /// </summary>
    public static string EncodeKey(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsForbiddenKeyChar(c) && c != '%')
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        var encoded = builder?.ToString() ?? text;
        ValidateKey(encoded);
        return encoded;
    }

    public static string DecodeKey(string key) => Uri.UnescapeDataString(key);

    private static bool IsForbiddenKeyChar(char c) => c is '/' or '\\' or '#' or '?' || char.IsControl(c);
}
