namespace Platform.GraphQL.Schema;

/// <summary>
/// The contract's <c>DateTime</c> scalar (ISO 8601 with an offset) over <see cref="DateTimeOffset"/>.
/// GraphQL.NET's own <c>DateTime</c> maps <see cref="DateTime"/>, which loses the offset.
/// </summary>
public sealed class DateTimeScalarType : DateTimeOffsetGraphType
{
    /// <summary>Names the scalar as the contract does.</summary>
    public DateTimeScalarType()
    {
        Name = "DateTime";
        Description = "A point in time, ISO 8601 with an offset (2025-04-01T10:30:00+09:00).";
    }
}
