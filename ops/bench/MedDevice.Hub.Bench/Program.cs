using System.Text.Json;
using MedDevice.Hub.Bench.Customs;
using MedDevice.Hub.Bench.E2e;
using MedDevice.Hub.Bench.Import;
using MedDevice.Hub.Bench.Udi;

// ops/bench: benchmarks print JSON figures; they are never timed assertions in tests.
//   e2e: HTTP in → hub process → two HTTP subscribers;  udi: parser throughput on one core;
//   import: hubctl registry generate + import (and an unchanged re-import) into a fresh database.
//   customs: signed SOAP declarations → hub process, reply latency.
var mode = args.Length > 0 ? args[0] : "";
switch (mode)
{
    case "e2e":
        return await E2eBenchmark.RunAsync(args[1..]);
    case "fhir":
        return await MedDevice.Hub.Bench.Fhir.FhirBenchmark.RunAsync(args[1..]);
    case "import":
        return await ImportBenchmark.RunAsync(args[1..]);
    case "udi":
        return UdiBenchmark.Run(args[1..]);
    case "customs":
        return await CustomsBenchmark.RunAsync(args[1..]);
    default:
        Console.WriteLine(JsonSerializer.Serialize(new { error = "usage: MedDevice.Hub.Bench e2e|udi|import|fhir|customs [options]" }));
        return 2;
}
