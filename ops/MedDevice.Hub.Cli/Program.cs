using MedDevice.Hub.Cli;

return await HubCtl.RunAsync(args, new CliIo(Console.In, Console.Out, Console.Error, TimeProvider.System) { Interactive = !Console.IsOutputRedirected });
