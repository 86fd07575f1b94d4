namespace MedDevice.Hub.Customs;

/// <summary>The customs module's operation and role in the authorisation matrix (registered by <see cref="CustomsServiceExtensions"/>).</summary>
public static class CustomsOperations
{
    /// <summary>Submit customs declarations over SOAP (<c>/soap/customs</c>).</summary>
    public const string Submit = "customs.submit";

    /// <summary>The role of customs systems (the word partners carry in <c>Hub:Partners:N:Roles</c>).</summary>
    public const string Role = "customs";
}
