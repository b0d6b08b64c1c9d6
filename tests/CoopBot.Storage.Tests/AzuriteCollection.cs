using CoopBot.Testing;

namespace CoopBot.Storage.Tests;

[CollectionDefinition(Azurite.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>;
