namespace Platform.GraphQL.Mutations;

/// <summary>GraphQL type <c>UserError</c>: a problem with the input that the user can fix.</summary>
public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Field(x => x.Code).Description("A stable code to branch on.");
        Field(x => x.Message).Description("What is wrong, in words for the user.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field")
            .Description("The path of the input field at fault, when there is one.")
            .Resolve(ctx => ctx.Source.Field.IsDefaultOrEmpty ? null : ctx.Source.Field);
    }
}
