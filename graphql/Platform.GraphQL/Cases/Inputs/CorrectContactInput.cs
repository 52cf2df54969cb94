namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>correctContact</c>: the contact as it should read, and why.</summary>
public sealed class CorrectContactInput : CaseMutationInput
{
    /// <summary>The id of the contact to correct.</summary>
    public string ContactId { get; set; } = "";

    /// <summary>When it took place.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>How it took place.</summary>
    public ContactChannel Channel { get; set; }

    /// <summary>Who the worker spoke with.</summary>
    public ContactParty With { get; set; }

    /// <summary>How long it took.</summary>
    public int? Minutes { get; set; }

    /// <summary>What was said and agreed.</summary>
    public string? Notes { get; set; }

    /// <summary>Why the entry is corrected.</summary>
    public string? Reason { get; set; }
}

/// <summary>GraphQL input <c>CorrectContactInput</c>.</summary>
public sealed class CorrectContactInputType : CaseMutationInputType<CorrectContactInput>
{
    public CorrectContactInputType() : base("CorrectContactInput")
    {
        Description = "A wrong entry of the consultation log, as it should read, with the reason for the correction.";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The id of the contact to correct.");
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it took place; not in the future, not before the case was opened.");
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Description("How it took place.");
        Field<NonNullGraphType<ContactPartyEnumType>>("with").Description("Who the worker spoke with.");
        Field(x => x.Minutes, nullable: true).Description("How long it took: 0 to 1440.");
        Field(x => x.Notes, nullable: true).Description("What was said and agreed (at most 4000 characters).");
        Field(x => x.Reason, nullable: true).Description("Why the entry is corrected; required (REASON_REQUIRED when blank), kept in the case's history (at most 4000 characters).");
    }
}
