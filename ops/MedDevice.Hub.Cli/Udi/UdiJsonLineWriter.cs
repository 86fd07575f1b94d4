using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Cli.Udi;

/// <summary>
/// Formats one <see cref="UdiParseResult"/> as one compact JSON line in the fixed key order of the jsonl contract:
/// ok, issuer, di, lot, serial, expiry, manufactured, elements, hri, errors. Reuses one buffer, so memory is
/// bounded by the longest line, not by the input.
/// </summary>
internal sealed class UdiJsonLineWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public UdiJsonLineWriter()
    {
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The JSON object for one result, without a line terminator.</summary>
    public string Format(UdiParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _buffer.ResetWrittenCount();
        _json.Reset();

        _json.WriteStartObject();
        _json.WriteBoolean("ok", result.Ok);
        WriteString("issuer", IssuerName(result.Issuer));
        WriteString("di", result.Di);
        WriteString("lot", result.Lot);
        WriteString("serial", result.Serial);
        WriteString("expiry", IsoDate(result.Expiry));
        WriteString("manufactured", IsoDate(result.Manufactured));
        _json.WriteStartArray("elements");
        foreach (var element in result.Elements)
        {
            _json.WriteStartObject();
            WriteString("id", element.Id);
            WriteString("value", element.Value);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        WriteString("hri", result.Hri);
        _json.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            _json.WriteStartObject();
            WriteString("code", error.Code);
            WriteString("message", error.Message);
            _json.WriteNumber("position", error.Position);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>The contract's issuer names.</summary>
    public static string? IssuerName(UdiIssuer? issuer) => issuer switch
    {
        UdiIssuer.Gs1 => "GS1",
        UdiIssuer.Hibcc => "HIBCC",
        UdiIssuer.Iccbba => "ICCBBA",
        _ => null,
    };

    /// <summary>ISO 8601 calendar date, or null.</summary>
    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => _json.Dispose();

    private void WriteString(string name, string? value)
    {
        _json.WritePropertyName(name);
        if (value is null)
        {
            _json.WriteNullValue();
        }
        else
        {
            _json.WriteRawValue(JsonStringLiteral.Quote(value));
        }
    }
}
