using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>RegisterPlaceOfBelongingPayload</c>.</summary>
public sealed class RegisterPlaceOfBelongingPayloadType()
    : PayloadType<PlaceOfBelongingType, PlaceOfBelonging>("RegisterPlaceOfBelongingPayload", "placeOfBelonging", "Null when errors is not empty.");
