namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>
/// One (identifier, value) pair in input order: a GS1 AI (<c>01</c>), a HIBCC data flag (<c>$$3</c>, <c>/S</c>)
/// or an ISBT 128 data identifier (<c>=/</c>, <c>=,</c>).
/// </summary>
public sealed record UdiElement(string Id, string Value);
