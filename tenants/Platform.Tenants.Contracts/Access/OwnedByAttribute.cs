namespace Platform.Tenants.Access;

/// <summary>Declares, on a grain interface, how its key names the owning tenant.</summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false)]
public sealed class OwnedByAttribute(OwnerKind kind) : Attribute
{
    /// <summary>How the key names the owner.</summary>
    public OwnerKind Kind { get; } = kind;
}
