using CoopBot.Server;

await ServerApp.Create(args).RunAsync();

/// <summary>Entry point of the self-host.</summary>
public partial class Program;
