namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>openCase</c>: what is known at the first contact; most of it may be unknown.</summary>
public sealed class OpenCaseInput : MutationInput
{
    /// <summary>The day of the first contact.</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>How the case came in.</summary>
    public ReferralSource ReferralSource { get; set; }

    /// <summary>The person, as far as known.</summary>
    public CaseSubjectInput? Subject { get; set; }

    /// <summary>The household, as far as known.</summary>
    public HouseholdInput? Household { get; set; }

    /// <summary>How long the withdrawal has lasted.</summary>
    public WithdrawalDuration? WithdrawalDuration { get; set; }

    /// <summary>What the person and household struggle with.</summary>
    public List<Concern>? Concerns { get; set; }

    /// <summary>The worker in charge; the caller when not given.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The global id of the caller's prefecture's satellite that handles the case, if any.</summary>
    public string? SatelliteId { get; set; }
}

/// <summary>GraphQL input <c>OpenCaseInput</c>.</summary>
public sealed class OpenCaseInputType : InputObjectGraphType<OpenCaseInput>
{
    public OpenCaseInputType()
    {
        Name = "OpenCaseInput";
        Description = "The input of openCase.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<DateScalarType>>("openedOn").Description("The day of the first contact; not in the future.");
        Field<NonNullGraphType<ReferralSourceEnumType>>("referralSource").Description("Who brought the case (相談経路).");
        Field<CaseSubjectInputType>("subject").Description("The person, as far as known: families usually call first.");
        Field<HouseholdInputType>("household").Description("The person's household, when known.");
        Field<WithdrawalDurationEnumType>("withdrawalDuration").Description("How long the person has been withdrawn (ひきこもり期間), when known.");
        Field<ListGraphType<NonNullGraphType<ConcernEnumType>>>("concerns").Description("The concerns, when known.");
        Field(x => x.AssignedTo, nullable: true).Description("The worker in charge; the caller when left out.");
        Field(x => x.Notes, nullable: true).Description("Free-text case notes.");
        Field<IdGraphType>("satelliteId").Description("Prefectures only: the operating satellite that handles the case (the case stays the prefecture's while it operates).");
    }
}
