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
        Description = "The input of recordConsent.";
        Field<NonNullGraphType<ConsentPurposeEnumType>>("purpose").Description("What the consent allows.");
        Field(x => x.AgencyName, nullable: true).Description("Required for INFORMATION_SHARING.");
        Field<NonNullGraphType<ConsentGiverEnumType>>("givenBy").Description("The person, or family on their behalf.");
        Field<NonNullGraphType<DateScalarType>>("givenOn").Description("Not in the future.");
    }
}
