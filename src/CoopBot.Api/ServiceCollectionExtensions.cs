using CoopBot.Api.Articles;
using CoopBot.Api.Answering;
using CoopBot.Api.Bot;
using CoopBot.Api.Configuration;
using CoopBot.Api.Extraction;
using CoopBot.Core.Answering;
using CoopBot.Core.Extraction;
using CoopBot.Api.Seeds;
using CoopBot.Core.Ingestion;
using CoopBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopBot.Api;

/// <summary>Registers CoopBot's services in a host: the same for Azure Functions, the self-host and tests.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// How stale an instance's in-memory answer index may get before it refreshes from storage (in the background);
    /// a new article is answerable on every instance within about this long plus one refresh.
    /// </summary>
    public static readonly TimeSpan KnowledgeRefreshInterval = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddCoopBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoopBotOptions>()
            .Bind(configuration)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => StorageConnectionResolver.Resolve(configuration));
        services.AddSingleton(sp =>
        {
            var connection = sp.GetRequiredService<StorageConnection>();
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("CoopBot.Storage")
                .LogInformation("CoopBot data tables at {StorageEndpoint}", connection.ToString());
            return connection.CreateClient();
        });
        services.AddSingleton(sp => new TableNames(sp.GetRequiredService<IOptions<CoopBotOptions>>().Value.TablePrefix));
        services.AddSingleton(sp => new TableArticleStore(sp.GetRequiredService<Azure.Data.Tables.TableServiceClient>(), sp.GetRequiredService<TableNames>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IArticleStore>(sp => sp.GetRequiredService<TableArticleStore>());
        services.AddSingleton<IExtractionQueries>(sp => new TableExtractionQueries(sp.GetRequiredService<TableArticleStore>()));
        services.AddSingleton<IKnowledgeSource>(sp => new TableKnowledgeSource(
            sp.GetRequiredService<TableArticleStore>(), KnowledgeRefreshInterval, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TableKnowledgeSource>>()));
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<ArticleEndpoints>();
        services.AddSingleton<ExtractionEndpoints>();
        services.AddSingleton<AnswerService>();
        services.AddHostedService<AnswerIndexWarmup>();
        services.AddSingleton<AskEndpoints>();

        // The bot: Bot Framework authentication from MicrosoftAppId/MicrosoftAppPassword/MicrosoftAppType/MicrosoftAppTenantId
        // (all empty locally: the Emulator needs no token), state in Table Storage.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            configuration, logger: sp.GetRequiredService<ILoggerFactory>().CreateLogger<ConfigurationBotFrameworkAuthentication>()));
        services.AddSingleton<IStorage>(sp => new TableBotStorage(sp.GetRequiredService<Azure.Data.Tables.TableServiceClient>(), sp.GetRequiredService<TableNames>()));
        services.AddSingleton(sp => new Microsoft.Bot.Builder.ConversationState(sp.GetRequiredService<IStorage>()));
        // A factory: CloudAdapter's constructors are ambiguous for the container.
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new AdapterWithErrorHandler(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<AdapterWithErrorHandler>>(), sp.GetRequiredService<Microsoft.Bot.Builder.ConversationState>()));
        services.AddSingleton<IBot, CoopBotActivityHandler>();
        services.AddSingleton<BotEndpoint>();
        services.AddSingleton<SeedSyncService>();
        return services;
    }
}
