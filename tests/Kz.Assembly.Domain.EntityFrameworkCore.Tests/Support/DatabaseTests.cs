namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>One cluster for every database test of the run; each test makes a database of its own in it.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseTests : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
