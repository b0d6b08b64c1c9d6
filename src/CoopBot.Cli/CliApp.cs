using System.Collections;
using CoopBot.Api.Configuration;
using CoopBot.Cli.Commands;
using CoopBot.Core.Answering;
using CoopBot.Storage;
using Microsoft.Extensions.Configuration;

namespace CoopBot.Cli;

/// <summary>Dispatches the <c>coopbot</c> commands. Settings come from environment variables, as in the hosts.</summary>
public static class CliApp
{
    public const string Usage = """
        Usage: coopbot <command> [arguments]

        Commands:
          ingest PATH      Load an article file, or every .txt/.json article in a folder, into storage.
          extract FILE [--json]
                           Show who said what and which outcomes one article reports (storage is not used).
          eval ARTICLES_DIR GOLD_DIR [--verbose] [--json]
                           Score the extractor on the articles that have a gold file of the same name,
                           and the answer engine on the gold files' questions.
          ask "QUESTION" [--json] [--articles DIR]
                           Answer a question with its sources, from storage (or from the article files in DIR).
          chat [--articles DIR]
                           Talk to the bot in the terminal (follow-ups work); "exit" or Ctrl+D ends.

        Settings are read from environment variables with the same names as the app settings:
          AzureWebJobsStorage / DataStorage (connection), TablePrefix.
        """;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IDictionary environment, CancellationToken cancellationToken = default) =>
        RunAsync(args, TextReader.Null, output, error, environment, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, IDictionary environment, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var configuration = BuildConfiguration(environment);
        try
        {
            return args[0] switch
            {
                "ingest" => await IngestCommand.RunAsync(args[1..], () => CreateStore(configuration), output, error, cancellationToken),
                "extract" => await ExtractCommand.RunAsync(args[1..], output, error, cancellationToken),
                "eval" => await EvalCommand.RunAsync(args[1..], output, error, cancellationToken),
                "ask" => await AskCommand.RunAsync(args[1..], () => CreateKnowledgeSource(configuration), output, error, cancellationToken),
                "chat" => await ChatCommand.RunAsync(args[1..], () => CreateKnowledgeSource(configuration), input, output, error, cancellationToken),
                _ => UnknownCommand(args[0], error),
            };
        }
        catch (Azure.RequestFailedException ex)
        {
            error.WriteLine($"Storage error ({ex.Status}): {ex.Message.Split('\n')[0]}");
            return ExitCodes.Failure;
        }
        catch (HttpRequestException ex)
        {
            error.WriteLine($"Cannot reach storage ({StorageConnectionResolver.Resolve(configuration)}): {ex.Message}. Is Azurite running?");
            return ExitCodes.Failure;
        }
    }

    private static int UnknownCommand(string command, TextWriter error)
    {
        error.WriteLine($"Unknown command '{command}'.");
        error.WriteLine(Usage);
        return ExitCodes.Usage;
    }

    internal static IConfiguration BuildConfiguration(IDictionary environment)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in environment)
        {
            // Same convention as the hosts' environment provider: "A__b" is the key "A:b".
            values[((string)entry.Key).Replace("__", ":", StringComparison.Ordinal)] = entry.Value as string;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>The articles <c>ask</c> and <c>chat</c> answer from without <c>--articles</c>: storage, as the hosts do.</summary>
    private static TableKnowledgeSource CreateKnowledgeSource(IConfiguration configuration) =>
        new(CreateStore(configuration), TimeSpan.FromSeconds(5));

    private static TableArticleStore CreateStore(IConfiguration configuration)
    {
        var connection = StorageConnectionResolver.Resolve(configuration);
        return new TableArticleStore(connection.CreateClient(), new TableNames(configuration[SettingNames.TablePrefix]));
    }
}

/// <summary>Process exit codes of the CLI.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
