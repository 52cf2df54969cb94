namespace Platform.Silo.Hosting;

/// <summary>What <c>/health/ready</c> answers.</summary>
/// <param name="Ready">True when the silo should get traffic.</param>
/// <param name="Stopping">True once shutdown began: traffic should drain away.</param>
/// <param name="Registry">The tenant registry is loaded.</param>
/// <param name="Silo">This silo's membership status (Active when serving).</param>
/// <param name="Database">PostgreSQL answered a query within 2 s.</param>
public sealed record ReadinessReport(bool Ready, bool Stopping, bool Registry, string Silo, bool Database);
