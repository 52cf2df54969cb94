namespace Platform.Tenants.Access;

/// <summary>
/// The caller of the current grain call, carried in the Orleans request context. The silo's
/// incoming call filter verifies it before any grain code runs, so inside a grain
/// <see cref="Current"/> can be trusted.
/// </summary>
public static class CallerContext
{
    /// <summary>The request-context key.</summary>
    public const string Key = "platform.caller";

    /// <summary>The role of the platform's own internal calls.</summary>
    public const string SystemRole = "System";

    /// <summary>The platform itself, for roll-ups, loading and timers.</summary>
    public static readonly Caller System = new("system", "system", [SystemRole]);

    /// <summary>The envelope of the current call, or null for an anonymous call.</summary>
    public static CallerEnvelope? CurrentEnvelope => RequestContext.Get(Key) as CallerEnvelope;

    /// <summary>The verified caller of the current call, or null when anonymous.</summary>
    public static Caller? Current => CurrentEnvelope?.Caller;

    /// <summary>Attaches <paramref name="envelope"/> to the calls made from here on in this flow.</summary>
    public static void Set(CallerEnvelope? envelope)
    {
        if (envelope is null)
        {
            RequestContext.Remove(Key);
        }
        else
        {
            RequestContext.Set(Key, envelope);
        }
    }

    /// <summary>
    /// Makes the following calls in this flow as the platform itself, until disposed; then the
    /// previous caller is restored. Used for roll-ups, so a user's call never needs system rights.
    /// </summary>
    public static IDisposable EnterSystem(CallerSigner signer)
    {
        var previous = CurrentEnvelope;
        Set(signer.Seal(System));
        return new Restore(previous);
    }

    private sealed class Restore(CallerEnvelope? previous) : IDisposable
    {
        public void Dispose() => Set(previous);
    }
}
