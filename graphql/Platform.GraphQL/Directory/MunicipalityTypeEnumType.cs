namespace Platform.GraphQL.Directory;

/// <summary>GraphQL enum <c>MunicipalityType</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class MunicipalityTypeEnumType : EnumerationGraphType<MunicipalityType>
{
    public MunicipalityTypeEnumType()
    {
        Name = "MunicipalityType";
        Description = "The kind of municipality (市町村の種別).";
    }
}
