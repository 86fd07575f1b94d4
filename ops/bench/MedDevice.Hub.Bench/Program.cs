using System.Text.Json;
using MedDevice.Hub.Bench.E2e;

// Modes: `e2e` (HTTP in → hub → HTTP subscribers) and `udi` (parser throughput, written on another branch).
var mode = args.Length > 0 ? args[0] : "";
switch (mode)
{
    case "e2e":
        return await E2eBenchmark.RunAsync(args[1..]);
    case "udi":
        Console.WriteLine(JsonSerializer.Serialize(new { error = "udi mode not merged yet" }));
        return 2;
    default:
        Console.WriteLine(JsonSerializer.Serialize(new { error = "usage: MedDevice.Hub.Bench e2e|udi [options]" }));
        return 2;
}
