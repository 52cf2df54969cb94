namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>recordConsent</c>.</summary>
public sealed class RecordConsentInput : CaseMutationInput
{
    /// <summary>What the consent allows.</summary>
    public ConsentPurpose Purpose { get; set; }

    /// <summary>The agency information may be shared with (required for INFORMATION_SHARING).</summary>
    public string? AgencyName { get; set; }

    /// <summary>Who gave it.</summary>
    public ConsentGiver GivenBy { get; set; }

    /// <summary>The day it was given.</summary>
    public DateOnly GivenOn { get; set; }
}

/// <summary>GraphQL input <c>RecordConsentInput</c>.</summary>
public sealed class RecordConsentInputType : CaseMutationInputType<RecordConsentInput>
{
    public RecordConsentInputType() : base("RecordConsentInput")
    {
        Description = "The input of recordConsent.";
        Field<NonNullGraphType<ConsentPurposeEnumType>>("purpose").Description("What the consent allows.");
        Field(x => x.AgencyName, nullable: true).Description("Required for INFORMATION_SHARING.");
        Field<NonNullGraphType<ConsentGiverEnumType>>("givenBy").Description("The person, or family on their behalf.");
        Field<NonNullGraphType<DateScalarType>>("givenOn").Description("Not in the future.");
    }
}
