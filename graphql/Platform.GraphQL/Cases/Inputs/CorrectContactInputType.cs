using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>CorrectContactInput</c>.</summary>
public sealed class CorrectContactInputType : CaseMutationInputType<CorrectContactInput>
{
    /// <summary>Defines the fields.</summary>
    public CorrectContactInputType() : base("CorrectContactInput")
    {
        Description = "A wrong entry of the consultation log, as it should read, with the reason for the correction.";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The id of the contact to correct.");
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it took place; not in the future, not before the case was opened.");
        Field<NonNullGraphType<ContactChannelEnumType>>("channel").Description("How it took place.");
        Field<NonNullGraphType<ContactPartyEnumType>>("with").Description("Who the worker spoke with.");
        Field(x => x.Minutes, nullable: true).Description("How long it took: 0 to 1440.");
        Field(x => x.Notes, nullable: true).Description("What was said and agreed (at most 4000 characters).");
        Field(x => x.Reason, nullable: true).Description("Why the entry is corrected; required (REASON_REQUIRED when blank), kept in the case's history (at most 4000 characters).");
    }
}
