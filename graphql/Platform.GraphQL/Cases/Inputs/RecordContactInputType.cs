using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>RecordContactInput</c>.</summary>
public sealed class RecordContactInputType : CaseMutationInputType<RecordContactInput>
{
    /// <summary>Defines the fields.</summary>
    public RecordContactInputType() : base("RecordContactInput")
    {
        Description = "The input of recordContact.";
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it took place; not in the future.");
        Field<NonNullGraphType<ContactChannelEnumType>>("channel").Description("How it took place.");
        Field<NonNullGraphType<ContactPartyEnumType>>("with").Description("With whom.");
        Field(x => x.Minutes, nullable: true).Description("0 to 1440.");
        Field(x => x.Notes, nullable: true).Description("What was discussed or done.");
    }
}
