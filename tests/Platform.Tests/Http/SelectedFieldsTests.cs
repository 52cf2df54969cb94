using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Platform.GraphQL.Relay;

namespace Platform.Tests.Http;

/// <summary>
/// What a page's resolver reads of its own selection: the fields along a path of names (not
/// aliases), through inline fragments and fragment spreads, and their Int arguments given in the
/// text or by a variable.
/// </summary>
public sealed class SelectedFieldsTests
{
    private const string Query = """
        query($year: Int!) {
          municipalities(first: 100) {
            nodes { code ...Rows program(fiscalYear: 2021) { tier } }
            edges { node { a: program(fiscalYear: $year) { tier } } cursor }
            pageInfo { endCursor }
            ... on MunicipalityConnection { nodes { program(fiscalYear: "x") { tier } } }
          }
        }
        fragment Rows on Municipality { ... on Municipality { program(fiscalYear: 2022) { tier } } name }
        """;

    [Fact]
    public void TheFieldsAlongAPath_AreFoundThroughFragments_ByName_AndTheirIntArguments_FromTextOrVariables()
    {
        var context = ContextOf(Query, year: 2024);

        var years = SelectedFields.At(context, "nodes", "program").Concat(SelectedFields.At(context, "edges", "node", "program"))
            .Select(field => SelectedFields.IntArgument(context, field, "fiscalYear")).ToList();
        Assert.Equal([2022, 2021, null, 2024], years);

        Assert.Equal(["a"], SelectedFields.At(context, "edges", "node", "program").Select(f => f.Alias!.Name.StringValue));
        Assert.Empty(SelectedFields.At(context, "edges", "program"));
        Assert.Empty(SelectedFields.At(context, "node", "program"));
        Assert.Empty(SelectedFields.At(context));
        Assert.Single(SelectedFields.At(context, "pageInfo"));
    }

    [Fact]
    public void AVariableWithoutAValue_GivesNoArgument()
    {
        var context = ContextOf(Query, year: null);
        Assert.Null(SelectedFields.IntArgument(context, SelectedFields.At(context, "edges", "node", "program").Single(), "fiscalYear"));
        Assert.Null(SelectedFields.IntArgument(context, SelectedFields.At(context, "edges", "node", "program").Single(), "other"));
    }

    private static ResolveFieldContext ContextOf(string query, int? year)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var variables = new Variables();
        if (year is not null)
            variables.Add(new Variable("year", operation.Variables!.Items[0]) { Value = year });
        return new ResolveFieldContext
        {
            Document = document,
            FieldAst = operation.SelectionSet.Selections.OfType<GraphQLField>().Single(),
            Variables = variables,
        };
    }
}
