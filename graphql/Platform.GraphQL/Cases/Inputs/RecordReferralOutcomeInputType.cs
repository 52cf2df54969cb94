using GraphQL.Types;
using Platform.GraphQL.Cases.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>RecordReferralOutcomeInput</c>.</summary>
public sealed class RecordReferralOutcomeInputType : CaseMutationInputType<RecordReferralOutcomeInput>
{
    /// <summary>Defines the fields.</summary>
    public RecordReferralOutcomeInputType() : base("RecordReferralOutcomeInput")
    {
        Description = "The input of recordReferralOutcome.";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral's id within the case.");
        Field<NonNullGraphType<ReferralOutcomeEnumType>>("outcome").Description("What became of it.");
    }
}
