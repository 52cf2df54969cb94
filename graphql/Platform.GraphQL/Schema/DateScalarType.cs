namespace Platform.GraphQL.Schema;

/// <summary>
/// The contract's <c>Date</c> scalar (ISO 8601 <c>yyyy-MM-dd</c>) over <see cref="DateOnly"/>.
/// GraphQL.NET's own <c>Date</c> maps <see cref="DateTime"/>, and its <see cref="DateOnly"/> type
/// is named <c>DateOnly</c>; this keeps the contract's name with the CLR type that means a day.
/// </summary>
public sealed class DateScalarType : DateOnlyGraphType
{
    /// <summary>Names the scalar as the contract does.</summary>
    public DateScalarType()
    {
        Name = "Date";
        Description = "A calendar day, ISO 8601 (yyyy-MM-dd). Days are Japanese days (UTC+9).";
    }
}
