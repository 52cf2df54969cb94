namespace Platform.Tests.Http;

/// <summary>
/// The introspection query of graphql-js 16 (<c>getIntrospectionQuery</c>) with every option on,
/// as GraphQL Code Generator, GraphQL Inspector and IDEs send it.
/// </summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed class GraphQLModernIntrospectionTests(GraphQLHttpHost host)
{
    /// <summary>
    /// <c>getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
    /// schemaDescription: true, inputValueDeprecation: true })</c> of graphql-js 16.
    /// </summary>
    public const string FullIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task FullIntrospectionQuery_Runs_AndShowsDeprecatedArguments()
    {
        using var response = await host.PostQueryAsync(FullIntrospectionQuery, operationName: "IntrospectionQuery");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var schema = JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("__schema");
        Assert.False(JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out _), text);
        var greet = schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Query")
            .GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "greet");
        var greeting = greet.GetProperty("args").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "greeting");
        Assert.True(greeting.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Always \"Hello\".", greeting.GetProperty("deprecationReason").GetString());
        var deprecated = schema.GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "deprecated");
        Assert.False(deprecated.GetProperty("isRepeatable").GetBoolean());
        Assert.All(schema.GetProperty("types").EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("specifiedByURL").ValueKind));
    }

    [Fact]
    public async Task ArgumentsWithoutIncludeDeprecated_LeaveTheDeprecatedOnesOut()
    {
        using var response = await host.PostQueryAsync("{ __type(name: \"Query\") { fields { name args { name } } } }");

        var fields = (await GraphQLHttpHost.ReadJsonAsync(response)).GetProperty("data").GetProperty("__type").GetProperty("fields");
        var greet = fields.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "greet");
        Assert.Equal(["name"], greet.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }
}
