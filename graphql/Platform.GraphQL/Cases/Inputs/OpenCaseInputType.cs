using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>OpenCaseInput</c>.</summary>
public sealed class OpenCaseInputType : InputObjectGraphType<OpenCaseInput>
{
    /// <summary>Defines the fields.</summary>
    public OpenCaseInputType()
    {
        Name = "OpenCaseInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<DateScalarType>>("openedOn").Description("The day of the first contact; not in the future.");
        Field<NonNullGraphType<ReferralSourceEnumType>>("referralSource");
        Field<CaseSubjectInputType>("subject").Description("The person, as far as known: families usually call first.");
        Field<HouseholdInputType>("household");
        Field<WithdrawalDurationEnumType>("withdrawalDuration");
        Field<ListGraphType<NonNullGraphType<ConcernEnumType>>>("concerns");
        Field(x => x.AssignedTo, nullable: true).Description("The worker in charge; the caller when left out.");
        Field(x => x.Notes, nullable: true);
        Field<IdGraphType>("satelliteId").Description("Prefectures only: the operating satellite that handles the case (the case stays the prefecture's while it operates).");
    }
}
