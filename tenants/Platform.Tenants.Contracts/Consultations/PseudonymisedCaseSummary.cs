using Platform.Tenants.Cases;

namespace Platform.Tenants.Consultations;

/// <summary>
/// What the prefecture's multidisciplinary team sees of a case it is consulted on: no name,
/// kana, birth year, address, phone, household members, notes or contact notes; a pseudonym
/// that is stable for the consultation and says nothing about the case number.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.pseudonymised-case-summary.v1")]
public sealed record PseudonymisedCaseSummary(
    [property: Id(0)] string Pseudonym,
    [property: Id(1)] AgeBand AgeBand,
    [property: Id(2)] Gender Gender,
    [property: Id(3)] bool Is8050,
    [property: Id(4)] WithdrawalDuration? WithdrawalDuration,
    [property: Id(5)] ImmutableArray<Concern> Concerns,
    [property: Id(6)] CaseStatus Status,
    [property: Id(7)] ImmutableArray<ContactMark> Contacts);
