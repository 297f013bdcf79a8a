using Microsoft.Data.Sqlite;

namespace ShaOversight.Tests.Infrastructure;

/// <summary>A SQLite file of its own in the temp folder, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"shaoversight-test-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
    }

    public string FilePath { get; }
    public string ConnectionString { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            var file = FilePath + suffix;
            if (File.Exists(file)) File.Delete(file);
        }
    }
}
