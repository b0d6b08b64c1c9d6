using CoopBot.Testing;

namespace CoopBot.Api.Tests;

[CollectionDefinition(Azurite.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>;
