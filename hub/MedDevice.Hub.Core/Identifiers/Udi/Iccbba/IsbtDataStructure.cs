namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>One fixed-length ISBT 128 data structure (ICCBBA ST-001 Table 2).</summary>
/// <param name="Id">Data identifier (2 or 3 characters; <c>=</c> for the DIN).</param>
/// <param name="Number">ICCBBA data structure number.</param>
/// <param name="Length">Data content length.</param>
/// <param name="Kind">How the content maps to the UDI result.</param>
/// <param name="AllowsLowercase">True when the content may hold lowercase letters (blood groups, product code).</param>
internal sealed record IsbtDataStructure(string Id, int Number, int Length, IsbtContentKind Kind, bool AllowsLowercase = false);
