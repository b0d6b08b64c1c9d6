using CoopBot.Testing;

namespace CoopBot.Server.Tests;

[CollectionDefinition(Azurite.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>;
