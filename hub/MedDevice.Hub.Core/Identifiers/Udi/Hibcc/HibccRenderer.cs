using System.Text;

namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>
/// Renders parsed HIBCC elements (see <see cref="HibccElementIds"/>) as one concatenated (2D) symbol:
/// <c>+LIC PCN UOM</c>, each secondary field after '/', and the mod 43 check character. The legacy secondary
/// is rendered with its <c>$$5</c> flag.
/// </summary>
internal static class HibccRenderer
{
    public static string Render(IReadOnlyList<UdiElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.Count < 3)
        {
            throw new ArgumentException("The primary elements LIC, PCN and UOM are required.", nameof(elements));
        }

        var builder = new StringBuilder(64).Append('+')
            .Append(elements[0].Value).Append(elements[1].Value).Append(elements[2].Value);
        for (var i = 3; i < elements.Count; i++)
        {
            var (id, value) = (elements[i].Id, elements[i].Value);
            builder.Append('/');
            if (id is HibccElementIds.SupplementalSerial or HibccElementIds.SupplementalExpiry
                or HibccElementIds.ManufactureDate or HibccElementIds.SupplementalQuantity)
            {
                builder.Append(id.AsSpan(1)).Append(value);
                continue;
            }

            builder.Append(id).Append(value);
            if (id is HibccElementIds.QuantityTwoDigits or HibccElementIds.QuantityFiveDigits)
            {
                // The date/lot part of the same field follows without its "$$".
                i++;
                builder.Append(elements[i].Id.AsSpan(2)).Append(elements[i].Value);
                id = elements[i].Id;
            }

            if (HibccElementIds.DateFormatOf(id) is not null)
            {
                // A date flag's lot or serial continues the same field.
                i++;
                builder.Append(elements[i].Value);
            }
        }

        return builder.Append(HibccCheckCharacter.Compute(builder.ToString())).ToString();
    }
}
