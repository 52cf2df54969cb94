using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>OpenCaseInput</c>.</summary>
public sealed class OpenCaseInputType : InputObjectGraphType<OpenCaseInput>
{
    /// <summary>Defines the fields.</summary>
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
