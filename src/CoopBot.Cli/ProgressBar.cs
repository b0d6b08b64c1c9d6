namespace CoopBot.Cli;

/// <summary>
/// A one-line progress bar redrawn in place on a terminal; when output is redirected it prints a line per step
/// instead, so logs stay readable.
/// </summary>
internal sealed class ProgressBar(TextWriter output, int total, bool? interactive = null)
{
    private const int Width = 30;
    private readonly bool inPlace = interactive ?? (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
    private int lastLength;

    public void Report(int done, string item)
    {
        var filled = total == 0 ? Width : done * Width / total;
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {item}";
        if (inPlace)
        {
            output.Write('\r' + line.PadRight(lastLength));
            lastLength = line.Length;
        }
        else
        {
            output.WriteLine(line);
        }
    }

    /// <summary>Clears the bar so that a message can be written on a line of its own.</summary>
    public void Clear()
    {
        if (inPlace && lastLength > 0)
        {
            output.Write('\r' + new string(' ', lastLength) + '\r');
            lastLength = 0;
        }
    }

    public void Complete()
    {
        if (inPlace && lastLength > 0)
        {
            output.WriteLine();
        }
    }
}
