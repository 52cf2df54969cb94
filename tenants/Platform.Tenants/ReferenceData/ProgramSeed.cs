namespace Platform.Tenants.ReferenceData;

/// <summary>One row of a published program list: who ran which tier, with or without start-up support.</summary>
public sealed record ProgramSeed(string MunicipalityCode, int FiscalYear, ProgramTier Tier, bool PrefecturalStartupSupport);
