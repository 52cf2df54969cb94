using GraphQL.Types;
using Platform.GraphQL.Cases.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>RecordReferralOutcomeInput</c>.</summary>
public sealed class RecordReferralOutcomeInputType : CaseMutationInputType<RecordReferralOutcomeInput>
{
    /// <summary>Defines the fields.</summary>
    public RecordReferralOutcomeInputType() : base("RecordReferralOutcomeInput")
    {
        Field<NonNullGraphType<IdGraphType>>("referralId");
        Field<NonNullGraphType<ReferralOutcomeEnumType>>("outcome");
    }
}
