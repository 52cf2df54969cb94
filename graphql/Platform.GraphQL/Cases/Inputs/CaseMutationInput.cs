namespace Platform.GraphQL.Cases.Inputs;

/// <summary>What every change of an existing case carries.</summary>
public abstract class CaseMutationInput : MutationInput
{
    /// <summary>The case's global id.</summary>
    public string CaseId { get; set; } = "";
}

/// <summary>An input type of a change to an existing case: <c>clientMutationId</c>, <c>caseId</c> and the fields of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The input class.</typeparam>
public abstract class CaseMutationInputType<T> : InputObjectGraphType<T>
    where T : CaseMutationInput
{
    /// <summary>Defines the common fields under <paramref name="name"/>.</summary>
    protected CaseMutationInputType(string name)
    {
        Name = name;
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("The case's global id.");
    }
}
