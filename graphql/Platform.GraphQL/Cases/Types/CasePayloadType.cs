using Platform.GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>The payload of a case mutation: <c>{ clientMutationId case errors }</c>.</summary>
public abstract class CasePayloadType(string name)
    : PayloadType<CaseGraphType, CaseFile>(name, "case", "The case as it now stands; null when errors is not empty.", CaseNode.Of);
