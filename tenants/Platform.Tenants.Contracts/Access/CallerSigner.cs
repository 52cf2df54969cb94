using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Tenants.Access;

/// <summary>Seals and checks <see cref="CallerEnvelope"/>s with the cluster's caller-context key.</summary>
public sealed class CallerSigner
{
    /// <summary>
    /// How long a sealed caller is honoured. An envelope is sealed per HTTP request (and per
    /// system step), so a live one is seconds old; one older than this was kept or replayed.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    // Silos' clocks differ a little: an envelope may look this much younger than now.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <summary>Creates a signer; the key must be at least 32 bytes and shared by every silo.</summary>
    public CallerSigner(byte[] key)
        : this(key, TimeProvider.System)
    {
    }

    /// <summary>Creates a signer that reads the time from <paramref name="time"/> (tests).</summary>
    public CallerSigner(byte[] key, TimeProvider time)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The caller-context key must be at least 32 bytes.", nameof(key));
        }

        _key = key;
        _time = time;
    }

    /// <summary>Seals <paramref name="caller"/>.</summary>
    public CallerEnvelope Seal(Caller caller)
    {
        var issued = _time.GetUtcNow().ToUnixTimeSeconds();
        return new CallerEnvelope(caller, issued, Mac(caller, issued));
    }

    /// <summary>True when the envelope was sealed with this key and not altered since.</summary>
    public bool Verify(CallerEnvelope envelope) =>
        envelope.Mac is { Length: 32 } && CryptographicOperations.FixedTimeEquals(envelope.Mac, Mac(envelope.Caller, envelope.IssuedAtUnixSeconds));

    /// <summary>True when the envelope was sealed less than <see cref="MaxAge"/> ago (and not in the future).</summary>
    public bool IsCurrent(CallerEnvelope envelope)
    {
        var age = _time.GetUtcNow().ToUnixTimeSeconds() - envelope.IssuedAtUnixSeconds;
        return age <= (long)MaxAge.TotalSeconds && age >= -(long)ClockSkew.TotalSeconds;
    }

    private byte[] Mac(Caller caller, long issued)
    {
        // Every field is prefixed with its UTF-8 length, so no value, whatever characters it
        // holds, can end one field and begin the next: two different callers never share a text.
        var text = new StringBuilder("platform.caller.v2\n");
        Field(text, caller.Subject);
        Field(text, caller.TenantCode);
        var roles = caller.Roles.IsDefault ? [] : caller.Roles;
        Field(text, roles.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var role in roles)
        {
            Field(text, role);
        }

        Field(text, issued.ToString(CultureInfo.InvariantCulture));
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static void Field(StringBuilder text, string value) =>
        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
