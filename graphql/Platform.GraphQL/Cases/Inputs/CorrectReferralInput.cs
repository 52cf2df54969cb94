namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>correctReferral</c>: the referral as it should read, and why.</summary>
public sealed class CorrectReferralInput : CaseMutationInput
{
    /// <summary>The id of the referral to correct.</summary>
    public string ReferralId { get; set; } = "";

    /// <summary>Where the case was referred.</summary>
    public ReferralDestination Destination { get; set; }

    /// <summary>The agency's name.</summary>
    public string? AgencyName { get; set; }

    /// <summary>The day of the referral.</summary>
    public DateOnly ReferredOn { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Why the entry is corrected.</summary>
    public string? Reason { get; set; }
}

/// <summary>GraphQL input <c>CorrectReferralInput</c>.</summary>
public sealed class CorrectReferralInputType : CaseMutationInputType<CorrectReferralInput>
{
    public CorrectReferralInputType() : base("CorrectReferralInput")
    {
        Description = "A wrong referral, as it should read (its outcome is recorded with recordReferralOutcome), with the reason for the correction.";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The id of the referral to correct.");
        Field<NonNullGraphType<ReferralDestinationEnumType>>("destination").Description("Where the case was referred.");
        Field(x => x.AgencyName, nullable: true).Description("The agency's name (at most 200 characters).");
        Field<NonNullGraphType<DateScalarType>>("referredOn").Description("The day of the referral; not in the future, not before the case was opened.");
        Field(x => x.Notes, nullable: true).Description("Notes (at most 4000 characters).");
        Field(x => x.Reason, nullable: true).Description("Why the entry is corrected; required (REASON_REQUIRED when blank), kept in the case's history (at most 4000 characters).");
    }
}
