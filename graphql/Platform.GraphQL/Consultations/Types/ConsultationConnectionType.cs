namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL type <c>ConsultationConnection</c>.</summary>
public sealed class ConsultationConnectionType() : ConnectionType<ConsultationGraphType, ConsultationEdgeType, ConsultationNode>("ConsultationConnection");

/// <summary>GraphQL type <c>ConsultationEdge</c>.</summary>
public sealed class ConsultationEdgeType() : EdgeType<ConsultationGraphType, ConsultationNode>("ConsultationEdge");
