namespace Platform.Tenants.Access;

/// <summary>
/// The verified caller as it travels with a grain call (in the Orleans request context), sealed
/// with an HMAC only silos can compute: a context set by anyone else fails verification.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.caller-envelope.v1")]
public sealed record CallerEnvelope(
    [property: Id(0)] Caller Caller,
    [property: Id(1)] long IssuedAtUnixSeconds,
    [property: Id(2)] byte[] Mac);
