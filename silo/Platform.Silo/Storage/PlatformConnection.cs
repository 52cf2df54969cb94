namespace Platform.Silo.Storage;

/// <summary>
/// The PostgreSQL the silo keeps its state in, as resolved at start (configured, or the local
/// server it started), for the parts that talk to it directly, such as readiness.
/// </summary>
/// <param name="ConnectionString">Npgsql connection string, or null for an in-memory run.</param>
public sealed record PlatformConnection(string? ConnectionString);
