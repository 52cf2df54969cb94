namespace Platform.GraphQL.Schema;

/// <summary>GraphQL.NET's <c>Long</c> scalar with the contract's description.</summary>
public sealed class LongScalarType : LongGraphType
{
    /// <summary>Keeps the name <c>Long</c> and describes it.</summary>
    public LongScalarType()
    {
        Name = "Long";
        Description = "A 64-bit signed integer, as a JSON number.";
    }
}
