namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// How many GraphQL requests one silo executes at once, bound from <c>GraphQL:Concurrency</c>.
/// Requests over <see cref="Limit"/> wait in a queue of at most <see cref="QueueLimit"/> for at
/// most <see cref="QueueTimeout"/>; the rest are answered 503 with <c>Retry-After</c> at once,
/// so an overloaded silo sheds load instead of letting every request slow down together.
/// </summary>
public sealed class GraphQLConcurrencyOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Concurrency";

    /// <summary>Requests executing at once on this silo. Default 64; 0 turns the limit off.</summary>
    public int Limit { get; set; } = 64;

    /// <summary>Requests that may wait for a slot. Default 256.</summary>
    public int QueueLimit { get; set; } = 256;

    /// <summary>How long a request may wait for a slot before it is refused. Default 2 s.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long requests must keep being refused before readiness reports the silo
    /// <c>saturated</c> (503), so the load balancer sends its traffic elsewhere. Default 10 s.
    /// </summary>
    public TimeSpan SaturatedAfter { get; set; } = TimeSpan.FromSeconds(10);
}
