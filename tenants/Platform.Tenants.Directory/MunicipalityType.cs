namespace Platform.Tenants.Directory;

/// <summary>The kind of municipality (市区町村).</summary>
public enum MunicipalityType
{
    /// <summary>市: a city.</summary>
    City = 0,

    /// <summary>町: a town.</summary>
    Town = 1,

    /// <summary>村: a village.</summary>
    Village = 2,

    /// <summary>特別区: one of Tokyo's 23 special wards.</summary>
    SpecialWard = 3,

    /// <summary>政令指定都市: a designated city, with prefecture-level duties in this policy.</summary>
    DesignatedCity = 4,
}
