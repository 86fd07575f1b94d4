using System.Text;

namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>Renders parsed ISBT 128 elements back to concatenated data structures (data identifier + content).</summary>
internal static class IsbtRenderer
{
    public static string Render(IReadOnlyList<UdiElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var builder = new StringBuilder(64);
        foreach (var element in elements)
        {
            builder.Append(element.Id).Append(element.Value);
        }

        return builder.ToString();
    }
}
