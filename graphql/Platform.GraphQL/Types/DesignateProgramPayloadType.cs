using Platform.Tenants.Programs;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>DesignateProgramPayload</c>.</summary>
public sealed class DesignateProgramPayloadType() : PayloadType<ProgramType, ProgramRecord>("DesignateProgramPayload", "program");
