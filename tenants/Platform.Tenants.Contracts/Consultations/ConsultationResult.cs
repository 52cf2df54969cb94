namespace Platform.Tenants.Consultations;

/// <summary>The outcome of a consultation command: the consultation as it now stands, or user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.consultation-result.v1")]
public sealed record ConsultationResult(
    [property: Id(0)] ConsultationView? Consultation,
    [property: Id(1)] ImmutableArray<UserError> Errors)
{
    /// <summary>A result that changed nothing, with one user error.</summary>
    public static ConsultationResult Fail(string code, string message, params string[] field) => new(null, [new UserError(code, message, [.. field])]);
}
