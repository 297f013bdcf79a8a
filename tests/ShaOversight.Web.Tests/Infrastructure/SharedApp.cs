namespace ShaOversight.Web.Tests.Infrastructure;

/// <summary>One running app for the read-only HTTP tests: seeding takes a couple of seconds, so do it once.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<AppFactory>
{
    public const string Name = "Shared app";
}
