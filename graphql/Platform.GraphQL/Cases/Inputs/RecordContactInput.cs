using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>recordContact</c>.</summary>
public sealed class RecordContactInput : CaseMutationInput
{
    /// <summary>When it took place.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>How it took place.</summary>
    public ContactChannel Channel { get; set; }

    /// <summary>Who the worker spoke with.</summary>
    public ContactParty With { get; set; }

    /// <summary>How long it took.</summary>
    public int? Minutes { get; set; }

    /// <summary>What was said and agreed.</summary>
    public string? Notes { get; set; }
}
