using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MedDevice.Hub.Storage.Registry.Sql;

namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>The opaque keyset cursor: driver kind, order value and last id, base64url-encoded.</summary>
internal static class SearchCursor
{
    internal static string Encode(DeviceSearchSql.DriverKind kind, string? text, long number, string id)
    {
        var raw = string.Create(CultureInfo.InvariantCulture, $"{(int)kind}\u001f{number}\u001f{id}\u001f{text}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(raw));
    }

    internal static (DeviceSearchSql.DriverKind Kind, string Text, long Number, string Id) Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\u001f');
            if (parts.Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
                || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || parts[2].Length == 0)
            {
                throw new InvalidCursorException();
            }

            return ((DeviceSearchSql.DriverKind)kind, parts[3], number, parts[2]);
        }
        catch (FormatException ex)
        {
            throw new InvalidCursorException("The paging cursor is not valid.", ex);
        }
    }
}
