using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>RecordConsentInput</c>.</summary>
public sealed class RecordConsentInputType : CaseMutationInputType<RecordConsentInput>
{
    /// <summary>Defines the fields.</summary>
    public RecordConsentInputType() : base("RecordConsentInput")
    {
        Field<NonNullGraphType<ConsentPurposeEnumType>>("purpose");
        Field(x => x.AgencyName, nullable: true).Description("Required for INFORMATION_SHARING.");
        Field<NonNullGraphType<ConsentGiverEnumType>>("givenBy");
        Field<NonNullGraphType<DateScalarType>>("givenOn").Description("Not in the future.");
    }
}
