using CoopBot.Testing;

namespace CoopBot.Functions.Tests;

[CollectionDefinition(Azurite.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>;
