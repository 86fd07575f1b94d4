using System.Text;

namespace MedDevice.Hub.Cli.Tests.Registry;

/// <summary>Standard output that requests cancellation (as Ctrl+C would) when a line containing <paramref name="trigger"/> is written.</summary>
internal sealed class CancellingWriter(CancellationTokenSource cancellation, string trigger) : StringWriter
{
    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        if (value?.Contains(trigger, StringComparison.Ordinal) == true)
        {
            cancellation.Cancel();
        }
    }

    public override Encoding Encoding => Encoding.UTF8;
}
