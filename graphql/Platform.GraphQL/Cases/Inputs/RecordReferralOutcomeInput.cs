namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>recordReferralOutcome</c>.</summary>
public sealed class RecordReferralOutcomeInput : CaseMutationInput
{
    /// <summary>The referral's id.</summary>
    public string ReferralId { get; set; } = "";

    /// <summary>What became of it.</summary>
    public ReferralOutcome Outcome { get; set; }
}

/// <summary>GraphQL input <c>RecordReferralOutcomeInput</c>.</summary>
public sealed class RecordReferralOutcomeInputType : CaseMutationInputType<RecordReferralOutcomeInput>
{
    public RecordReferralOutcomeInputType() : base("RecordReferralOutcomeInput")
    {
        Description = "The input of recordReferralOutcome.";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral's id within the case.");
        Field<NonNullGraphType<EnumerationGraphType<ReferralOutcome>>>("outcome").Description("What became of it.");
    }
}
