namespace Platform.Tenants.Cases;

/// <summary>The outcome of a case command: the file as it now stands, or user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.case-result.v1")]
public sealed record CaseResult(
    [property: Id(0)] CaseFile? Case,
    [property: Id(1)] ImmutableArray<UserError> Errors)
{
    /// <summary>A result that changed nothing, with one user error.</summary>
    public static CaseResult Fail(string code, string message, params string[] field) => new(null, [new UserError(code, message, [.. field])]);
}
