using System.Text.RegularExpressions;
using GraphQL.Utilities;

namespace Platform.GraphQL.Schema;

/// <summary>
/// Puts every description on one line (those read from the contracts' doc comments keep the
/// comments' line breaks and indentation, which clients would show as they are), and describes
/// the built-in scalars, which GraphQL.NET leaves without.
/// </summary>
internal sealed partial class SchemaDescriptions : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema) => type.Description = OneLine(type.Description);

    public override void VisitInterface(IInterfaceGraphType type, ISchema schema) => type.Description = OneLine(type.Description);

    public override void VisitInputObject(IInputObjectGraphType type, ISchema schema) => type.Description = OneLine(type.Description);

    public override void VisitEnum(EnumerationGraphType type, ISchema schema) => type.Description = OneLine(type.Description);

    public override void VisitScalar(ScalarGraphType type, ISchema schema) => type.Description = OneLine(type.Description ?? BuiltIn(type.Name));

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => field.Description = OneLine(field.Description);

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => field.Description = OneLine(field.Description);

    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema) => field.Description = OneLine(field.Description);

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema) => argument.Description = OneLine(argument.Description);

    public override void VisitInterfaceFieldArgumentDefinition(QueryArgument argument, FieldType field, IInterfaceGraphType type, ISchema schema) => argument.Description = OneLine(argument.Description);

    public override void VisitEnumValue(EnumValueDefinition value, EnumerationGraphType type, ISchema schema) => value.Description = OneLine(value.Description);

    private static string? BuiltIn(string name) => name switch
    {
        "String" => "Text: a sequence of Unicode characters, UTF-8 in JSON.",
        "Int" => "A signed 32-bit integer.",
        "Boolean" => "true or false.",
        "ID" => "An opaque identifier, written as a string; not meant to be read by people.",
        _ => null,
    };

    private static string? OneLine(string? description) => description is null ? null : Whitespace().Replace(description, " ").Trim();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex Whitespace();
}
