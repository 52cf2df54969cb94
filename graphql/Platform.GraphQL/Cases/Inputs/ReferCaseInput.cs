namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>referCase</c>.</summary>
public sealed class ReferCaseInput : CaseMutationInput
{
    /// <summary>Where the case is referred.</summary>
    public ReferralDestination Destination { get; set; }

    /// <summary>The agency's name.</summary>
    public string? AgencyName { get; set; }

    /// <summary>The day of the referral.</summary>
    public DateOnly ReferredOn { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }
}

/// <summary>GraphQL input <c>ReferCaseInput</c>.</summary>
public sealed class ReferCaseInputType : CaseMutationInputType<ReferCaseInput>
{
    public ReferCaseInputType() : base("ReferCaseInput")
    {
        Description = "The input of referCase.";
        Field<NonNullGraphType<ReferralDestinationEnumType>>("destination").Description("The kind of agency (つなぎ先).");
        Field(x => x.AgencyName, nullable: true).Description("The agency's name.");
        Field<NonNullGraphType<DateScalarType>>("referredOn").Description("Not in the future.");
        Field(x => x.Notes, nullable: true).Description("Free-text notes.");
    }
}
