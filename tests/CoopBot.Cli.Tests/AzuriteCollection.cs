using CoopBot.Testing;

namespace CoopBot.Cli.Tests;

[CollectionDefinition(Azurite.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>;
