namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>recordContact</c>.</summary>
public sealed class RecordContactInput : CaseMutationInput
{
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
}

/// <summary>GraphQL input <c>RecordContactInput</c>.</summary>
public sealed class RecordContactInputType : CaseMutationInputType<RecordContactInput>
{
    public RecordContactInputType() : base("RecordContactInput")
    {
        Description = "The input of recordContact.";
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it took place; not in the future.");
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Description("How it took place.");
        Field<NonNullGraphType<ContactPartyEnumType>>("with").Description("With whom.");
        Field(x => x.Minutes, nullable: true).Description("0 to 1440.");
        Field(x => x.Notes, nullable: true).Description("What was discussed or done.");
    }
}
