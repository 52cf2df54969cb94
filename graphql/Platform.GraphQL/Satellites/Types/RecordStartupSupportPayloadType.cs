using Platform.GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>RecordStartupSupportPayload</c>.</summary>
public sealed class RecordStartupSupportPayloadType()
    : PayloadType<ProgramType, ProgramRecord>("RecordStartupSupportPayload", "program", "The program with its prefecturalStartupSupport flag as recorded.");
