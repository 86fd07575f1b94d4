using System.CommandLine;
using System.Globalization;
using MedDevice.Hub.Cli.Queues;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage.Audit;

namespace MedDevice.Hub.Cli.Audit;

/// <summary><c>hubctl audit verify [--config path] [--trusted-key file]</c>: checks the hash chain and the signed checkpoints.</summary>
internal static class AuditCommand
{
    public static Command Create(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var trusted = new Option<string[]>("--trusted-key")
        {
            Description = "PEM public key file a checkpoint signature must come from (repeatable); without it each checkpoint's own key is used.",
        };
        var verify = new Command("verify", "Verify the audit log: entries in sequence, hashes, links and checkpoint signatures. Exit 1 when broken.") { config, trusted };
        verify.SetAction(async (parseResult, ct) =>
        {
            var keys = LoadTrustedKeys(parseResult.GetValue(trusted) ?? []);
            await using var hub = HubConnection.Open(parseResult.GetValue(config));
            var result = await new AuditStore(hub.Dialect).VerifyAsync(keys, ct);
            await io.Out.WriteLineAsync(Format(result));
            return result.Intact ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return new Command("audit", "The tamper-evident audit log.") { verify };
    }

    internal static string Format(AuditVerification result)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"entries checked: {result.EntriesChecked}"),
            string.Create(CultureInfo.InvariantCulture, $"checkpoints verified: {result.CheckpointsVerified}"),
            string.Create(CultureInfo.InvariantCulture, $"unsigned checkpoints: {result.UnsignedCheckpoints}"),
            result.FirstBreak is { } broken
                ? string.Create(CultureInfo.InvariantCulture, $"first broken link: sequence {broken.Sequence} ({Name(broken.Reason)}): {broken.Detail}")
                : "chain intact",
        };
        return string.Join(Environment.NewLine, lines);
    }

    private static string Name(AuditBreakReason reason) => reason switch
    {
        AuditBreakReason.Edited => "edited",
        AuditBreakReason.Deleted => "deleted",
        AuditBreakReason.Reordered => "reordered",
        AuditBreakReason.BadHash => "bad hash",
        _ => "bad checkpoint signature",
    };

    private static HashSet<string>? LoadTrustedKeys(string[] files)
    {
        if (files.Length == 0)
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var key = System.Security.Cryptography.ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(file));
            keys.Add(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()));
        }

        return keys;
    }
}
