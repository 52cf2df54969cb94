namespace Platform.Tenants.Programs;

/// <summary>Who runs a program.</summary>
public enum OperatorKind
{
    /// <summary>直営: run directly by the government body.</summary>
    Direct = 0,

    /// <summary>委託: commissioned to a contractor (an NPO, the social welfare council, ...).</summary>
    Commissioned = 1,
}
