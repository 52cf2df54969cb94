using Platform.GraphQL.Types;

namespace Platform.GraphQL.Consultations.Types;

/// <summary>The payload of a consultation mutation: <c>{ clientMutationId consultation errors }</c>.</summary>
public abstract class ConsultationPayloadType(string name)
    : PayloadType<ConsultationGraphType, ConsultationNode>(name, "consultation", "The consultation as it now stands; null when errors is not empty.");
