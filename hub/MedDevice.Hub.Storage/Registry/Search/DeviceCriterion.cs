namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>One condition of a device search; the criteria of a query are AND-ed, the values of one criterion OR-ed.</summary>
public abstract record DeviceCriterion;
