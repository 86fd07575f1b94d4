using System.CommandLine;
using System.CommandLine.Parsing;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Cli.Udi;

/// <summary><c>hubctl udi parse "&lt;text&gt;"</c> (table) or <c>hubctl udi parse --jsonl</c> (stdin → stdout, one JSON object per line).</summary>
internal static class UdiParseCommand
{
    public static Command Create(CliIo io)
    {
        var text = new Argument<string?>("text")
        {
            Description = "The UDI as scanned or typed, e.g. \"(01)08717648200274(17)271231(10)A1\".",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read one JSON string per line from standard input; write one JSON object per line.",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Report a wrong check character as a warning instead of an error.",
        };
        var dlHost = new Option<string>("--dl-host")
        {
            Description = "Scheme and host for rendered GS1 Digital Link URIs.",
            DefaultValueFactory = _ => UdiParserOptions.DefaultDigitalLinkHost,
        };
        dlHost.Validators.Add(ValidateHost);

        var command = new Command("parse", "Parse a UDI and show issuer, DI, production identifiers and problems.")
        {
            text, jsonl, lenient, dlHost,
        };
        command.Validators.Add(result =>
        {
            var hasText = result.GetValue(text) is not null;
            var readsStdin = result.GetValue(jsonl);
            if (hasText == readsStdin)
            {
                result.AddError(hasText
                    ? "Give either a UDI argument or --jsonl, not both."
                    : "Give a UDI argument, or --jsonl to read standard input.");
            }
        });

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new UdiParserOptions
            {
                Lenient = parseResult.GetValue(lenient),
                DigitalLinkHost = parseResult.GetRequiredValue(dlHost).TrimEnd('/'),
            };
            var parser = new UdiParser(options, io.Time);
            if (parseResult.GetValue(jsonl))
            {
                return await UdiJsonlRunner.RunAsync(parser, io.In, io.Out, cancellationToken).ConfigureAwait(false);
            }

            var result = parser.Parse(parseResult.GetRequiredValue(text));
            UdiResultTable.Render(io.CreateConsole(), result);
            return result.Ok ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return command;
    }

    private static void ValidateHost(OptionResult result)
    {
        var value = result.GetValueOrDefault<string>();
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            result.AddError("--dl-host must be a scheme and host such as https://id.example.vn (no path, query or fragment).");
        }
    }
}
