namespace Platform.Silo.Storage;

/// <summary>
/// The PostgreSQL database the platform runs on, as the silo resolved it at start-up
/// (<c>ConnectionStrings:Platform</c>, or the local server in the data folder). Registered
/// only for durable runs: its absence means <c>--in-memory</c>.
/// </summary>
/// <param name="ConnectionString">Npgsql connection string, as the role the platform connects as.</param>
public sealed record PlatformDatabaseConnection(string ConnectionString);
