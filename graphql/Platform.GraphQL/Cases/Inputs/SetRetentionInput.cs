namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>setRetention</c>.</summary>
public sealed class SetRetentionInput : MutationInput
{
    /// <summary>How many years closed cases are kept before their personal data is purged.</summary>
    public int Years { get; set; }
}

/// <summary>GraphQL input <c>SetRetentionInput</c>.</summary>
public sealed class SetRetentionInputType : InputObjectGraphType<SetRetentionInput>
{
    public SetRetentionInputType()
    {
        Name = "SetRetentionInput";
        Description = "The input of setRetention.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.Years).Description("1 to 30: closed cases are purged of personal data this many years after closing.");
    }
}
