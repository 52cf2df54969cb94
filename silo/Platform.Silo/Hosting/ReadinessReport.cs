namespace Platform.Silo.Hosting;

/// <summary>What <c>/health/ready</c> answers.</summary>
/// <param name="Ready">True when the silo should get traffic.</param>
/// <param name="Stopping">True once shutdown began: traffic should drain away.</param>
/// <param name="Directory">The tenant directory's starting data is loaded.</param>
/// <param name="Silo">This silo's membership status (Active when serving).</param>
/// <param name="Database">PostgreSQL answered a query within 2 s.</param>
/// <param name="MasterKey">The master key is not known to be wrong (it unwrapped a stored tenant data key, or there is none yet).</param>
/// <param name="Saturated">This silo has refused GraphQL requests for <c>GraphQL:Concurrency:SaturatedAfter</c> without a break.</param>
/// <param name="Problem">Why the master key is wrong, naming its source and never the key; null otherwise.</param>
public sealed record ReadinessReport(bool Ready, bool Stopping, bool Directory, string Silo, bool Database, bool MasterKey, string? Problem, bool Saturated = false);
