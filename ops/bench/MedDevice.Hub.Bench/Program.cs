using MedDevice.Hub.Bench.Udi;

// ops/bench: benchmarks print JSON figures; they are never timed assertions in tests.
return args.Length > 0 && args[0] == "udi"
    ? UdiBenchmark.Run(args[1..])
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: MedDevice.Hub.Bench udi [seconds-per-round]");
    return 2;
}
