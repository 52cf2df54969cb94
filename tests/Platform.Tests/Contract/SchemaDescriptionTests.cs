using System.Net.Http.Json;
using Platform.Tests.Http;

namespace Platform.Tests.Contract;

/// <summary>
/// What code generators and the docs explorer show: every type, field, argument, enum value and
/// input field of the served schema has a description, and every deprecation says why. Walks the
/// schema as an integrator's tool does, by introspection.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SchemaDescriptionTests(PlatformFixture fixture)
{
    // GraphQL.NET's default reason, which tells a reader nothing.
    private const string DefaultDeprecationReason = "No longer supported";

    [Fact]
    public async Task EveryElement_HasADescription_AndEveryDeprecationAReason()
    {
        using var response = await fixture.Host.Http.PostAsJsonAsync("/graphql",
            new { query = GraphQLModernIntrospectionTests.FullIntrospectionQuery, operationName = "IntrospectionQuery" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var types = JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types");

        var problems = Problems(types).ToList();

        Assert.True(types.GetArrayLength() > 100, "The walk should see the whole schema.");
        Assert.True(problems.Count == 0, $"{problems.Count} schema elements need a description or a deprecation reason:\n" + string.Join('\n', problems));
    }

    /// <summary>The elements without a description or with a deprecation that gives no reason, by path.</summary>
    internal static IEnumerable<string> Problems(JsonElement types)
    {
        foreach (var type in types.EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal))
                continue;
            if (Missing(type))
                yield return $"type {name}";
            foreach (var field in Items(type, "fields"))
            {
                var path = $"{name}.{field.GetProperty("name").GetString()}";
                if (Missing(field))
                    yield return $"field {path}";
                if (BadDeprecation(field))
                    yield return $"deprecation of {path}";
                foreach (var argument in Items(field, "args"))
                {
                    if (Missing(argument))
                        yield return $"argument {path}({argument.GetProperty("name").GetString()})";
                    if (BadDeprecation(argument))
                        yield return $"deprecation of {path}({argument.GetProperty("name").GetString()})";
                }
            }

            foreach (var input in Items(type, "inputFields"))
            {
                if (Missing(input))
                    yield return $"input field {name}.{input.GetProperty("name").GetString()}";
                if (BadDeprecation(input))
                    yield return $"deprecation of {name}.{input.GetProperty("name").GetString()}";
            }

            foreach (var value in Items(type, "enumValues"))
            {
                if (Missing(value))
                    yield return $"enum value {name}.{value.GetProperty("name").GetString()}";
                if (BadDeprecation(value))
                    yield return $"deprecation of {name}.{value.GetProperty("name").GetString()}";
            }
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static bool Missing(JsonElement element) =>
        !element.TryGetProperty("description", out var description) || string.IsNullOrWhiteSpace(description.GetString());

    private static bool BadDeprecation(JsonElement element) =>
        element.TryGetProperty("isDeprecated", out var deprecated) && deprecated.GetBoolean()
        && (!element.TryGetProperty("deprecationReason", out var reason) || string.IsNullOrWhiteSpace(reason.GetString()) || reason.GetString() == DefaultDeprecationReason);
}
