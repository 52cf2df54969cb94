namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>What every change of an existing satellite carries.</summary>
public abstract class SatelliteMutationInput : MutationInput
{
    /// <summary>The satellite's global id.</summary>
    public string SatelliteId { get; set; } = "";
}

/// <summary>An input type of a change to an existing satellite: <c>clientMutationId</c>, <c>satelliteId</c> and the fields of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The input class.</typeparam>
public abstract class SatelliteMutationInputType<T> : InputObjectGraphType<T>
    where T : SatelliteMutationInput
{
    /// <summary>Defines the common fields under <paramref name="name"/>.</summary>
    protected SatelliteMutationInputType(string name)
    {
        Name = name;
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("satelliteId").Description("The satellite's global id.");
    }
}
