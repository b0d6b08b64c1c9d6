using CoopBot.Api.Articles;
using CoopBot.Api.Configuration;
using CoopBot.Api.Seeds;
using CoopBot.Core.Ingestion;
using CoopBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopBot.Api;

/// <summary>Registers CoopBot's services in a host: the same for Azure Functions, the self-host and tests.</summary>
public static class ServiceCollectionExtensions
{
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
        services.AddSingleton<IArticleStore>(sp => new TableArticleStore(sp.GetRequiredService<Azure.Data.Tables.TableServiceClient>(), sp.GetRequiredService<TableNames>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ArticleEndpoints>();
        services.AddSingleton<SeedSyncService>();
        return services;
    }
}
