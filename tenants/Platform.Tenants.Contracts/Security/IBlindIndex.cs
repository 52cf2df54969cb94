namespace Platform.Tenants.Security;

/// <summary>
/// A keyed blind index: lets a tenant search encrypted fields by exact (normalised) value
/// without decrypting every record. The same value gives the same index within one tenant and
/// an unrelated one in every other tenant, and nobody without the tenant's key can compute or
/// reverse it.
/// </summary>
/// <remarks>
/// Resolve it from dependency injection (a grain takes it in its constructor). Normalise the
/// value first, the same way when indexing and when searching, for example with
/// <see cref="BlindIndexNormalization.Kana"/> for names in kana.
/// </remarks>
public interface IBlindIndex
{
    /// <summary>
    /// Computes the index of <paramref name="normalizedValue"/> for
    /// <paramref name="tenantCode"/>: HMAC-SHA256 under the tenant's index key, as 64 lowercase
    /// hex characters. Creates the tenant's keys on first use.
    /// </summary>
    /// <param name="tenantCode">The owning tenant's code, from the verified caller or the grain key.</param>
    /// <param name="normalizedValue">The value, already normalised.</param>
    string Compute(string tenantCode, string normalizedValue);
}
